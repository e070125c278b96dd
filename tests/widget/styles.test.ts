import { describe, expect, it } from 'vitest';
// Read from disk: vitest does not process CSS, so importing it with `?inline` would give '' here, and this
// happy-dom project cannot import `node:fs` statically.
const fs = process.getBuiltinModule('fs') as typeof import('fs');
// The one stylesheet the widget adopts, request dialog and embed layer rules included.
const css = fs.readFileSync('widget/styles/widget.css', 'utf8');
const adopted = css;

const THEME_PROPERTIES = [
  '--sm-color-text',
  '--sm-color-bg',
  '--sm-color-accent',
  '--sm-color-accent-text',
  '--sm-color-muted',
  '--sm-color-border',
  '--sm-font-family',
  '--sm-font-size',
  '--sm-radius',
  '--sm-space',
];

describe('widget styles', () => {
  it('can be themed through every documented custom property', () => {
    for (const property of THEME_PROPERTIES) expect(adopted).toContain(`var(${property},`);
  });

  it('resets inherited properties on the host so page styles cannot leak in', () => {
    expect(css).toMatch(/:host\s*\{[^}]*all:\s*initial/);
    expect(css).toMatch(/:host\s*\{[^}]*contain:\s*layout style/);
  });

  it('shows a visible focus ring, has no motion to reduce and never sizes by the host root font', () => {
    expect(css).toMatch(/:focus-visible\s*\{[^}]*outline:\s*3px solid/);
    expect(adopted).not.toMatch(/animation|transition/);
    expect(adopted).not.toMatch(/\d+(\.\d+)?rem\b/);
  });
});
