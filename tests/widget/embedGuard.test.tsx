import { afterEach, describe, expect, it, vi } from 'vitest';
import catalog from '../../fixtures/catalog.json';
import { mount } from '../../widget/mountWidget.ts';

// A widget bug, simulated: the UI throws while rendering.
vi.mock('../../widget/components/App.tsx', () => ({
  App: () => {
    throw new Error('render failed');
  },
}));

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('a widget that fails while rendering', () => {
  it('never throws into the page: it logs one [schoolmatch] error, dispatches schoolmatch:error and shows nothing', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const target = document.createElement('div');
    document.body.append(target);
    const failed = new Promise<CustomEvent>((resolve) =>
      target.addEventListener('schoolmatch:error', (event) => resolve(event as CustomEvent), { once: true }),
    );
    expect(() => mount(target, { catalog, endpoint: '/api/leads', publisher: 'pub-123' })).not.toThrow();
    const event = await failed;
    expect(event.detail).toEqual({
      code: 'internal',
      message: expect.stringMatching(/^\[schoolmatch\] the widget failed: Error: render failed/),
    });
    expect(errors).toHaveBeenCalledTimes(1);
    expect(errors.mock.calls[0]?.[0]).toBe(event.detail.message);
    expect(target.shadowRoot?.textContent).toBe('');
  });
});
