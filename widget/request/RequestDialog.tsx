import { useEffect, useRef } from 'preact/hooks';
import type { OpenRequest, WidgetModel } from '../model/createWidgetModel.ts';
import { RequestForm } from './RequestForm.tsx';

/**
 * The request dialog of the widget: shows a fresh form whenever `model.request` names a school, and on
 * closing returns focus to whatever opened it.
 */
export function RequestDialog({ model }: { model: WidgetModel }) {
  const request = model.request.value;
  const opener = useRef<HTMLElement | null>(null);
  const session = useRef<{ request: OpenRequest | null; count: number }>({ request: null, count: 0 });
  // Read during render, before the form mounts and moves focus: this is the element the student used.
  if (request !== null && opener.current === null) opener.current = deepActiveElement();
  // Every new request (another school offered after success included) gets a new form and lead id.
  if (request !== session.current.request) session.current = { request, count: session.current.count + 1 };

  useEffect(() => {
    if (request !== null || opener.current === null) return;
    const element = opener.current;
    opener.current = null;
    if (element.isConnected) element.focus();
  }, [request]);

  if (request === null) return null;
  return <RequestForm key={session.current.count} model={model} request={request} />;
}

// Inside a shadow root, document.activeElement is the host; the focused element is deeper.
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : null;
}
