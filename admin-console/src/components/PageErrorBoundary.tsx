import { Component, type ReactNode } from 'react';
import { ErrorAlert } from './ErrorAlert';

interface State {
  error: unknown;
}

/**
 * Keeps one page's bug from blanking the whole console: the shell stays, the page shows an error. The shell gives
 * it the route as key, so navigating elsewhere starts afresh.
 */
export class PageErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: undefined };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override componentDidCatch(error: unknown): void {
    console.error('Page failed to render', error);
  }

  override render() {
    if (this.state.error !== undefined) return <ErrorAlert error={this.state.error} />;
    return this.props.children;
  }
}
