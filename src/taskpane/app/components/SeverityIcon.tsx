import type { Severity } from "../../../excel/contract";

const COLORS: Record<Severity, string> = { error: "#c50f1f", warning: "#bc4b09", info: "#0f6cbd" };

/** A small inline-SVG severity icon (no icon package); decorative, the text says the severity. */
export function SeverityIcon({ severity }: { severity: Severity }) {
  const color = COLORS[severity];
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false" style={{ flex: "none" }}>
      {severity === "error" && (
        <>
          <circle cx="8" cy="8" r="7" fill={color} />
          <path d="M5.5 5.5l5 5m0-5l-5 5" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" />
        </>
      )}
      {severity === "warning" && (
        <>
          <path d="M8 1.5l7 12.5H1z" fill={color} />
          <path d="M8 6v4" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" />
          <circle cx="8" cy="12" r="0.9" fill="#fff" />
        </>
      )}
      {severity === "info" && (
        <>
          <circle cx="8" cy="8" r="7" fill={color} />
          <path d="M8 7.2v4.3" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" />
          <circle cx="8" cy="4.8" r="0.9" fill="#fff" />
        </>
      )}
    </svg>
  );
}
