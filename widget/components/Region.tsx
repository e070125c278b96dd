import type { ComponentChildren } from 'preact';
import type { WidgetModel } from '../model/createWidgetModel.ts';

/** A region named by its heading, with the visible "Sponsored" label that discloses what it means. */
export function Region({
  model,
  name,
  children,
}: {
  model: WidgetModel;
  name: 'featured' | 'popular';
  children: ComponentChildren;
}) {
  const m = model.messages.value;
  return (
    <section aria-label={m[name]}>
      <h2>{m[name]}</h2>
      <details>
        <summary>{m.sponsored}</summary>
        <p>{m.note}</p>
      </details>
      {children}
    </section>
  );
}
