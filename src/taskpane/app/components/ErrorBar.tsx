import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useI18n } from "../i18n";
import { errorMessage } from "../lib/errors";

/** A failed action, as a readable error MessageBar (role=alert so screen readers announce it). */
export function ErrorBar({ error }: { error: unknown }) {
  const { t } = useI18n();
  return (
    <MessageBar intent="error" role="alert" data-testid="error-bar">
      <MessageBarBody>
        <MessageBarTitle>{t.errorTitle}</MessageBarTitle>
        {errorMessage(error, t)}
      </MessageBarBody>
    </MessageBar>
  );
}
