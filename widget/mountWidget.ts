import { h, render } from 'preact';
import { createDelivery, type Delivery } from '../src/delivery/createDelivery.ts';
import type { Catalog } from '../src/catalog/schema.ts';
import type { EmbedConfig } from '../src/embedConfig.ts';
import { describeSetting } from '../src/config/describeSetting.ts';
import type { MountConfig, RawConfig } from '../src/config/MountConfig.ts';
import { parseEmbedConfig } from '../src/config/parseEmbedConfig.ts';
import { App } from './components/App.tsx';
import { createWidgetModel, type WidgetModel } from './model/createWidgetModel.ts';
import { describeSkipped, embedCatalog, inlineCatalog } from './embedCatalog.ts';
import { dispatchEmbedEvent, type SchoolMatchErrorCode } from './embedEvents.ts';
import { EmbedGuard } from './embedGuard.ts';
import { embedStyles } from './embedStyles.ts';

/** Controls one mounted widget. */
export interface Handle {
  /** Applies changed settings live (a new catalog or endpoint reloads). */
  update(partial: Partial<MountConfig>): void;
  /** Removes the widget and stops its fetches, timers and listeners. */
  destroy(): void;
}

// One widget per target: mounting again replaces the earlier widget instead of stacking a second one.
const mounted = new WeakMap<Element, Handle>();

/** Mounts a widget into `target`'s shadow root: validates config, loads the catalog, renders, dispatches events. */
export function mountWidget(target: Element, config: RawConfig): Handle {
  mounted.get(target)?.destroy();
  let raw: RawConfig = { ...config };
  let current: EmbedConfig | null = null;
  let model: WidgetModel | null = null;
  let loading: AbortController | null = null;
  let generation = 0;
  let destroyed = false;
  let delivery: Delivery | null = null;
  let container: HTMLElement | null = null;

  const report = (code: SchoolMatchErrorCode, message: string): void => {
    stop();
    if (container) render(null, container);
    console.error(message);
    // A microtask later, so listeners added right after mount() still hear it.
    queueMicrotask(() => {
      if (!destroyed) dispatchEmbedEvent(target, 'schoolmatch:error', { code, message });
    });
  };
  const guard = (run: () => void): void => {
    try {
      run();
    } catch (error) {
      report('internal', `[schoolmatch] the widget failed: ${String(error)}. Please report this with your embed code.`);
    }
  };
  const stop = (): void => {
    generation += 1;
    loading?.abort();
    loading = null;
    model?.dispose();
    model = null;
  };

  const start = (): void => {
    stop();
    const run = generation;
    if (!container) return;
    let source = raw;
    if (source.catalog === undefined || source.catalog === null) {
      const inline = inlineCatalog(target);
      if (inline && !inline.ok) return report('catalog-invalid', inline.message);
      if (inline) source = { ...source, catalog: inline.json };
    }
    const parsed = parseEmbedConfig(source, pageLocation());
    if (!parsed.ok) return report('config-invalid', parsed.error.message);
    const settings = parsed.config;
    current = settings;
    if (!delivery) {
      delivery = createDelivery({ storage: localStorageOrNull() });
      delivery.resume(); // leads saved on earlier page loads
    }
    render(h('div', { class: 'sm-skeleton', 'aria-hidden': 'true' }), container);
    loading = new AbortController();
    void embedCatalog(settings.catalog, loading.signal).then((result) =>
      guard(() => {
        if (run !== generation || destroyed) return;
        loading = null;
        if (!result.ok) return report(result.code, result.message);
        const where = typeof settings.catalog === 'string' ? `catalog "${settings.catalog}"` : 'the inline catalog';
        if (result.skipped.length > 0) console.warn(describeSkipped(result.skipped, where));
        warnUnknownSubject(settings, result.catalog, raw.source ?? 'options');
        show(result.catalog, settings);
      }),
    );
  };

  const show = (catalog: Catalog, settings: EmbedConfig): void => {
    if (!container || !delivery) return;
    model = createWidgetModel({
      catalog,
      config: settings,
      delivery,
      emit: (event) => dispatchEmbedEvent(target, event.type, event.detail),
    });
    const app = h(App, { model });
    let failed = false;
    // Reported a microtask later: unmounting from inside Preact's own render would corrupt it.
    const onError = (error: unknown): void => {
      failed = true;
      queueMicrotask(() => guard(() => { throw error; }));
    };
    render(h(EmbedGuard, { onError, children: app }), container);
    if (failed) return;
    const programs = catalog.schools.reduce((sum, school) => sum + school.programs.length, 0);
    dispatchEmbedEvent(target, 'schoolmatch:ready', { schools: catalog.schools.length, programs });
  };

  const update = (partial: RawConfig): void =>
    guard(() => {
      if (destroyed) return;
      const previous = current;
      raw = { ...raw, ...partial };
      if (!model || !previous) return start();
      // An inline catalog stays the same catalog while other attributes change; a removed catalog URL
      // means a restart, which looks for an inline catalog.
      const kept = previous.catalog;
      if (raw.catalog == null && typeof kept === 'string') return start();
      const parsed = parseEmbedConfig(raw.catalog == null && typeof kept !== 'string' ? { ...raw, catalog: kept.inline } : raw, pageLocation());
      if (!parsed.ok) return report('config-invalid', parsed.error.message);
      if (parsed.config.endpoint !== previous.endpoint || !sameCatalog(parsed.config.catalog, previous.catalog)) return start();
      current = parsed.config;
      model.config.value = parsed.config;
    });

  guard(() => {
    let root = target.shadowRoot;
    if (!root) {
      try {
        root = target.attachShadow({ mode: 'open' });
      } catch {
        return report(
          'target-invalid',
          `[schoolmatch] SchoolMatch.mount() cannot render into <${target.localName}>. Mount into a <div> or use the <school-match> element.`,
        );
      }
    }
    embedStyles(root);
    container = document.createElement('div');
    container.className = 'sm-embed';
    root.append(container);
    start();
  });

  const handle: Handle = {
    update,
    destroy: () =>
      guard(() => {
        if (destroyed) return;
        if (mounted.get(target) === handle) mounted.delete(target);
        stop();
        destroyed = true;
        if (container) {
          render(null, container);
          container.remove();
          container = null;
        }
        delivery?.destroy();
        delivery = null;
      }),
  };
  mounted.set(target, handle);
  return handle;
}

function pageLocation(): { origin: string; hostname: string } {
  return { origin: window.location.origin, hostname: window.location.hostname };
}

function sameCatalog(a: EmbedConfig['catalog'], b: EmbedConfig['catalog']): boolean {
  return typeof a === 'string' || typeof b === 'string' ? a === b : a.inline === b.inline;
}

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage ?? null;
  } catch {
    return null; // storage blocked (sandboxed frame, privacy settings): deliver without an outbox
  }
}

function warnUnknownSubject(config: EmbedConfig, catalog: Catalog, source: 'attributes' | 'options'): void {
  const subject = config.subject;
  if (subject === undefined || catalog.subjects.some((item) => item.id === subject)) return;
  const words = describeSetting('subject', source);
  const ids = catalog.subjects.map((item) => item.id).join(', ');
  console.warn(`[schoolmatch] ${words.name} names "${subject}", which is not a subject of the catalog, so nothing is preset. Set it to one of: ${ids}.`);
}
