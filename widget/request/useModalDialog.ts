import type { RefObject } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

const FOCUSABLE = 'a[href],button:not([disabled]),input:not([disabled]):not([tabindex="-1"]),select:not([disabled]),textarea:not([disabled]),[tabindex]:not([tabindex="-1"])';

/**
 * Opens a `<dialog>` as a modal on mount (native `showModal()`, or `role="dialog"` + `aria-modal` with a
 * focus trap where that is missing) and returns the handlers that close it on Escape.
 */
export function useModalDialog(onClose: () => void): {
  ref: RefObject<HTMLDialogElement | null>;
  onKeyDown: (event: KeyboardEvent) => void;
  onCancel: (event: Event) => void;
} {
  const ref = useRef<HTMLDialogElement | null>(null);
  const trap = useRef(false);
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    if (typeof dialog.showModal === 'function') {
      if (!dialog.open) dialog.showModal();
    } else {
      trap.current = true;
      dialog.setAttribute('role', 'dialog');
      dialog.setAttribute('aria-modal', 'true');
      dialog.setAttribute('open', '');
    }
  }, []);
  return {
    ref,
    onKeyDown(event) {
      // Handled here, not left to the browser, so Escape closes the same way everywhere; preventing
      // the default stops the native close request from closing the dialog behind the model's back.
      if (event.key === 'Escape') {
        event.preventDefault();
        onClose();
      } else if (event.key === 'Tab' && trap.current && ref.current) {
        keepFocusInside(ref.current, event);
      }
    },
    onCancel(event) {
      event.preventDefault();
      onClose();
    },
  };
}

function keepFocusInside(dialog: HTMLElement, event: KeyboardEvent): void {
  const items = Array.from(dialog.querySelectorAll<HTMLElement>(FOCUSABLE));
  const first = items[0];
  const last = items[items.length - 1];
  if (first === undefined || last === undefined) return;
  const active = (dialog.getRootNode() as Document | ShadowRoot).activeElement;
  if (event.shiftKey && active === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}
