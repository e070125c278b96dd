import { parseCatalogInSteps, type CatalogResult } from '../src/catalog/parseCatalog.ts';
import type { Catalog } from '../src/catalog/schema.ts';
import type { MountConfig, RawConfig } from '../src/config/MountConfig.ts';
import { parseEmbedConfig } from '../src/config/parseEmbedConfig.ts';
import { createDelivery } from '../src/delivery/createDelivery.ts';
import type { EmbedConfig } from '../src/embedConfig.ts';
import type { QuestionId } from '../src/questions.ts';
import { version } from '../package.json';
import type { SchoolMatchErrorCode } from './embedEvents.ts';
import { catalogName, loadCatalog } from './loadCatalog.ts';
import { createWidgetModel, type WidgetModel } from './model/createWidgetModel.ts';
import { renderApp } from './renderApp.tsx';
import { renderInSlices } from './renderInSlices.ts';
import { runInTasks } from './runInTasks.ts';
import css from './styles/widget.css?inline';

/** Controls one mounted widget. */
export interface Handle {
  /** Applies changed settings live (a new catalog or endpoint reloads). */
  update(partial: Partial<MountConfig>): void;
  /** Removes the widget and stops its fetches, timers and listeners. */
  destroy(): void;
}

let sheet: CSSStyleSheet | undefined;

// One widget per target: mounting again replaces the earlier widget instead of stacking a second one.
const mounted = new WeakMap<Element, Handle>();

const dispatch = (target: EventTarget, type: string, detail: object): unknown =>
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));

/**
 * Mounts a widget into `target`'s shadow root and runs its lifecycle: validates the config, loads the catalog
 * (widget/loadCatalog.ts), renders it in slices (widget/renderInSlices.ts), dispatches events, updates, destroys.
 */
export function mountWidget(target: Element, config: RawConfig): Handle {
  mounted.get(target)?.destroy();
  let raw: RawConfig = { ...config };
  let current: EmbedConfig | undefined;
  let model: WidgetModel | undefined;
  let loading: AbortController | undefined;
  let destroyed = false;
  let inlineText: string | undefined;
  let inlineJson: unknown;
  // A lead queued earlier (maybe on an earlier page load) that got through later is still news to the page.
  // A delivered event is exactly the lead event's detail: { status, leadId, schoolId, programId }, no contact details.
  const delivery = createDelivery({
    onChange: (event) => event.status === 'delivered' && dispatch(target, 'schoolmatch:lead', event),
  });
  let container: Element = document.createElement('div');
  container.className = 'sm-embed';
  let root: ShadowRoot | undefined;
  // A server-rendered view (renderEmbed) of this version, until the first start takes it over.
  let served: Element | null = null;

  let unrender: (() => void) | undefined;
  // Stops the steps of parsing and rendering the catalog.
  let stopSteps: (() => void) | undefined;
  const stop = (): void => {
    loading?.abort();
    stopSteps?.();
    unrender?.();
    model?.dispose();
    loading = model = unrender = stopSteps = undefined;
  };
  // Out of the shadow root too, so a failed widget leaves no gap.
  const clear = (): void => {
    stop();
    container.remove();
  };
  const report = (code: SchoolMatchErrorCode, message: string): void => {
    clear();
    console.error((message = `[schoolmatch] ${message}`));
    // A microtask later, so listeners added right after mount() still hear it.
    queueMicrotask(() => destroyed || dispatch(target, 'schoolmatch:error', { code, message }));
  };
  const guard = (run: () => void): void => {
    try {
      run();
    } catch (error) {
      report('internal', `the widget failed: ${error}. Please report this.`);
    }
  };
  // The valid settings (with an inline <script type="application/json"> catalog when no URL is given), or a report.
  const settings = (): EmbedConfig | void => {
    let source = raw;
    const text =
      raw.catalog == null ? target.querySelector(':scope>script[type="application/json"]')?.textContent : null;
    if (text != null) {
      try {
        // The same text is the same catalog, so attribute changes keep the student's answers.
        if (text !== inlineText) inlineJson = JSON.parse(text);
        inlineText = text;
      } catch (error) {
        return report(
          'catalog-invalid',
          `the inline catalog <script> is not valid JSON (${(error as Error).message}). Fix it.`,
        );
      }
      source = { ...raw, catalog: inlineJson };
    }
    const parsed = parseEmbedConfig(source, location);
    if (!parsed.ok) return report('config-invalid', parsed.error.message);
    return parsed.config;
  };

  const start = (config: EmbedConfig): void => {
    stop();
    current = config;
    // The first start hydrates the server-rendered view; a later one (a new catalog or endpoint before that
    // render) starts from an empty container, as any fresh render does.
    const hydrating = !!served;
    served = null;
    if (!hydrating) container.replaceChildren();
    // Empty until the catalog arrives (unless server-rendered): widget.css reserves the space of an empty container.
    if (container.parentNode !== root) root?.append(container);
    const controller = (loading = new AbortController());
    void loadCatalog(config.catalog, controller).then((loaded) =>
      guard(() => {
        // A newer load, a reload or destroy() (which clears `loading`) supersedes this one.
        if (controller !== loading) return;
        if (loaded.status === 'failed') return report(loaded.code, loaded.message);
        stopSteps = runInTasks(show(config, loaded.json, hydrating), guard);
      }),
    );
  };

  // Parsing and rendering a large catalog at once would hold up the page, so they run in steps, over tasks.
  function* show(config: EmbedConfig, json: unknown, hydrating: boolean): Generator<boolean | void, void> {
    // Validated over as many tasks as it takes (a large catalog's validation would be one long task).
    const catalog = checkParsed(yield* parseCatalogInSteps(json), config);
    if (!catalog) return;
    const live = (model = createWidgetModel({
      catalog,
      config,
      delivery,
      emit: (type, detail) => dispatch(target, type, detail),
    }));
    // Reported a microtask later: unmounting from inside Preact's own render would corrupt it. Every slice
    // is followed by a task boundary, so that report stops the slices before they go on.
    const onRenderError = (error: unknown): void =>
      queueMicrotask(() =>
        guard(() => {
          throw error;
        }),
      );
    // In a task of its own when parsing took a while.
    yield;
    yield* renderInSlices(live, hydrating, () => {
      unrender = renderApp(live, container, onRenderError, hydrating);
      // A select the student changed before the script ran (its choice is no longer the server-rendered
      // `selected` option) keeps its value through hydration, and counts as an answer; so does a ZIP code typed.
      const early = [...container.querySelectorAll('select')]
        .filter((select) => !select.selectedOptions[0]?.defaultSelected)
        .map((select) => [select.id.split('-').pop() as QuestionId, select.value] as const);
      const typed = [...container.querySelectorAll('input')]
        .filter((field) => field.value !== field.defaultValue)
        .map((field) => [field.value, field.id] as const);
      for (const [question, value] of early)
        if ((live.answers.peek()[question] ?? '') !== value) live.answer(question, value);
      for (const [text, field] of typed) live.typeZip(text, field);
    });
    dispatch(target, 'schoolmatch:ready', {
      schools: catalog.schools.length,
      programs: catalog.schools.flatMap((school) => school.programs).length,
    });
  }

  // The valid catalog, with a warning for what was skipped; or nothing, reported.
  const checkParsed = (result: CatalogResult, config: EmbedConfig): Catalog | void => {
    const where = catalogName(config.catalog);
    if (!result.ok)
      return report('catalog-invalid', `${where} is invalid at ${result.error.path}: ${result.error.message}. Fix it.`);
    const { catalog, skipped, warnings } = result;
    // Each reason starts with the JSON path of the wrong value.
    if (skipped[0])
      console.warn(
        `[schoolmatch] ${where}: skipped invalid entries; fix them:${skipped.map((item) => `\n  ${item.reason}`).join('')}`,
      );
    for (const { path, message } of warnings) console.warn(`[schoolmatch] ${where}: ${path}: ${message}.`);
    const { subject } = config;
    if (subject && !catalog.subjects.some((item) => item.id === subject)) {
      console.warn(
        `[schoolmatch] subject "${subject}" is not in the catalog; use one of: ${catalog.subjects.map((item) => item.id)}.`,
      );
    }
    return catalog;
  };

  const handle: Handle = {
    update: (partial) =>
      guard(() => {
        if (destroyed) return;
        raw = { ...raw, ...partial };
        const next = settings();
        if (!next) return;
        const key = (config?: EmbedConfig) => (config?.catalog as { inline?: unknown })?.inline ?? config?.catalog;
        // Only a new catalog or endpoint reloads; anything else applies live, keeping the answers.
        if (model && key(next) === key(current) && next.endpoint === current?.endpoint)
          model.config.value = current = next;
        else start(next);
      }),
    destroy: () =>
      guard(() => {
        if (destroyed) return;
        // Left in `mounted`: destroying it again when the target is mounted anew does nothing.
        clear();
        destroyed = true;
        delivery.destroy();
      }),
  };
  mounted.set(target, handle);

  guard(() => {
    try {
      root = target.shadowRoot ?? target.attachShadow({ mode: 'open' });
    } catch {
      return report('target-invalid', `cannot render into <${target.localName}>. Mount into a <div>.`);
    }
    // A server-rendered view of this version is hydrated; one of another version may not match these
    // components, so it gives way to a fresh render.
    const view = root.querySelector('[data-schoolmatch-version]');
    if (view?.getAttribute('data-schoolmatch-version') === version) container = served = view;
    else view?.remove();
    // One shared constructable stylesheet, no <style> element: a strict CSP without 'unsafe-inline' works.
    if (!sheet) (sheet = new CSSStyleSheet()).replaceSync(css);
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    const config = settings();
    if (config) start(config);
    // Leads saved on earlier page loads; after the catalog fetch has started, which the first read of
    // localStorage (a few ms in Chromium) would otherwise delay.
    delivery.resume();
  });
  return handle;
}

/** `SchoolMatch.mount()`: mounts into an element (or the first element a selector matches); never throws into the page. */
export function mount(target: Element | string, config: MountConfig): Handle {
  let element: Element | null | undefined;
  try {
    element = typeof target === 'string' ? document.querySelector(target) : target;
  } catch {
    // an invalid selector: reported below like a missing element
  }
  if (element?.attachShadow) return mountWidget(element, { ...config, source: 'options' });
  const message = `[schoolmatch] SchoolMatch.mount() found no element for ${JSON.stringify(String(target))}. Pass an element or a matching selector.`;
  console.error(message);
  queueMicrotask(() => dispatch(document, 'schoolmatch:error', { code: 'target-invalid', message }));
  return { update() {}, destroy() {} };
}
