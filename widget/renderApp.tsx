import { Component, hydrate, render, type ComponentChildren } from 'preact';
import { App } from './components/App.tsx';
import type { WidgetModel } from './model/createWidgetModel.ts';

/**
 * Catches an error thrown while rendering anything below it, hands it on and shows nothing, instead of
 * breaking the page. (Preact counts an error as handled when the boundary updates its state.)
 */
class RenderErrorBoundary extends Component<
  { onError: (error: unknown) => void; children: ComponentChildren },
  { failed: boolean }
> {
  override state = { failed: false };
  override componentDidCatch(error: unknown): void {
    this.setState({ failed: true });
    this.props.onError(error);
  }
  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

/**
 * Renders the widget of `model` into `container` and returns a function that removes it. Components
 * re-render on their own when the signals they read change. A render error goes to `onError`. With
 * `hydrating`, it takes over the server-rendered view already in `container`, keeping its nodes.
 */
export function renderApp(
  model: WidgetModel,
  container: Element,
  onError: (error: unknown) => void,
  hydrating?: boolean,
): () => void {
  (hydrating ? hydrate : render)(
    <RenderErrorBoundary onError={onError}>
      <App model={model} />
    </RenderErrorBoundary>,
    container,
  );
  return () => render(null, container);
}
