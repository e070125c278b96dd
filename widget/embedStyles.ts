import widgetCss from './styles/widget.css?inline';
import requestCss from './request/request.css?inline';

// The embed layer's own rules, after widget.css so they win ties:
// - `!important` inside the shadow tree beats the host page's `!important`, so `display` survives hostile CSS;
// - the reserved height lives on the loading skeleton, so a widget that fails renders nothing, not a blank gap;
// - `.sm-embed` re-initialises every inherited property, so host CSS that reaches the host element
//   (`* { font: … !important }`) cannot leak in; custom properties still inherit, which is how theming works;
// - lengths in px, not rem: a host page may set a huge root font size.
const EMBED_CSS =
  ':host{display:block!important;min-height:0!important}:host([hidden]){display:none!important}' +
  '.sm-embed{all:initial;display:block;color:var(--sm-color-text,#1f2328);background:var(--sm-color-bg,#fff);' +
  'font-family:var(--sm-font-family,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif);' +
  'font-size:var(--sm-font-size,16px);line-height:1.5}' +
  '.sm-skeleton{min-height:var(--sm-min-height,384px)}';

let shared: CSSStyleSheet | null = null;

/** Adopts the widget's one shared constructable stylesheet into a shadow root (CSP-safe: no `<style>` element). */
export function embedStyles(root: ShadowRoot): void {
  const css = widgetCss + requestCss + EMBED_CSS;
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
    if (!shared) {
      shared = new CSSStyleSheet();
      shared.replaceSync(css);
    }
    if (!root.adoptedStyleSheets.includes(shared)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, shared];
    return;
  }
  // Browsers without constructable stylesheets (pre-2023) get a style element inside the shadow root only.
  if (!root.querySelector('style[data-schoolmatch]')) {
    const style = document.createElement('style');
    style.setAttribute('data-schoolmatch', '');
    style.textContent = css;
    root.prepend(style);
  }
}
