import type { WidgetModel } from './model/createWidgetModel.ts';

/** How many schools (cards and popular schools together) each slice adds. */
const SLICE = 24;

/**
 * Renders a widget a slice of schools at a time, so a large catalog never holds up the page: the first
 * slice at once (so the student sees programs soon), then the rest, each added after what is already on
 * screen, so nothing the student sees moves. It is the one writer of `model.rendered`. Yields `true`
 * after each slice: the caller gives the page its turn to lay it out and paint before the next. A
 * server-rendered view (`whole`) is already on screen in full: it is taken over in one go.
 */
export function* renderInSlices(model: WidgetModel, whole: boolean, renderFirst: () => void): Generator<true, void> {
  const { rendered } = model;
  const sliced = whole ? 0 : model.featured.peek().length + model.config.peek().maxSchools;
  rendered.value = whole ? Infinity : SLICE;
  renderFirst();
  while ((yield true, rendered.peek() < sliced)) rendered.value += SLICE;
  rendered.value = Infinity;
  yield true;
}
