import { Component, type ErrorInfo, type ReactNode } from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Strings } from "../i18n";
import { errorMessage } from "../lib/errors";

interface Props {
  t: Strings;
  children: ReactNode;
}

interface State {
  error: unknown;
  failed: boolean;
}

/**
 * Catches a render error (or a flow chunk that failed to load) and shows it as a
 * MessageBar with a retry, so the pane is never blank.
 */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: undefined, failed: false };

  static getDerivedStateFromError(error: unknown): State {
    return { error, failed: true };
  }

  componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error("Task pane error", error, info.componentStack);
  }

  private readonly retry = () => this.setState({ error: undefined, failed: false });

  render() {
    const { t, children } = this.props;
    if (!this.state.failed) return children;
    return (
      <MessageBar intent="error" role="alert" layout="multiline" data-testid="error-boundary">
        <MessageBarBody>
          <MessageBarTitle>{t.errorTitle}</MessageBarTitle>
          {errorMessage(this.state.error, t)}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={this.retry}>{t.tryAgain}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}
