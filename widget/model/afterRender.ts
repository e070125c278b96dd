/**
 * Work to do once a change has rendered, such as moving the focus to a control the change creates.
 * Components re-render after a signal changes (in a microtask), so an event handler that changes the
 * state asks here, and the element of the named place runs the work when it next renders (through its ref).
 */
export interface AfterRender {
  /** Runs `then` with the element of `place` once that place has rendered again. */
  request(place: string, then: (element: HTMLElement) => void): void;
  /** A ref for the element standing for `place` (new on every render, so Preact calls it on every render). */
  ref(place: string): (element: HTMLElement | null) => void;
}

/** Creates the after-render requests of one widget instance. */
export function createAfterRender(): AfterRender {
  const pending = new Map<string, (element: HTMLElement) => void>();
  return {
    request: (place, then) => void pending.set(place, then),
    ref: (place) => (element) => {
      const then = element && pending.get(place);
      if (!then) return;
      pending.delete(place);
      then(element);
    },
  };
}
