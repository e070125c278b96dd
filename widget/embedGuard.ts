import { Component, type ComponentChildren } from 'preact';

interface GuardProps {
  onError: (error: unknown) => void;
  children: ComponentChildren;
}

/** Catches render errors of the widget once, then renders nothing, so a widget bug never breaks the host page. */
export class EmbedGuard extends Component<GuardProps, { failed: boolean }> {
  override state = { failed: false };
  override componentDidCatch(error: unknown): void {
    if (this.state.failed) return;
    this.setState({ failed: true });
    this.props.onError(error);
  }
  render(): ComponentChildren {
    return this.state.failed ? null : this.props.children;
  }
}
