import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * A ref, and a function an event handler calls to focus the first element matching a selector inside it
 * after the re-render that event causes (the element it had focused may be gone by then).
 */
export function useFocusAfter<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const wanted = useRef('');
  useLayoutEffect(() => {
    if (wanted.current) ref.current?.querySelector<HTMLElement>(wanted.current)?.focus();
    wanted.current = '';
  });
  return [ref, (selector: string) => void (wanted.current = selector)] as const;
}
