import { Button, Spinner, type ButtonProps } from "@fluentui/react-components";

/**
 * The button that starts a long action: disabled while it runs (so it cannot be
 * started twice) with a spinner and a progress text announced politely.
 */
export function RunButton({
  running,
  runningText,
  children,
  disabled,
  ...rest
}: ButtonProps & { running: boolean; runningText: string }) {
  return (
    <span style={{ display: "inline-flex", alignItems: "center", gap: 8, flexWrap: "wrap" }}>
      <Button appearance="primary" {...rest} disabled={disabled || running} aria-busy={running || undefined}>
        {children}
      </Button>
      {running && <Spinner size="tiny" label={runningText} aria-live="polite" />}
    </span>
  );
}
