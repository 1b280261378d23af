/**
 * How headers, sheet names and list entries are compared: people retype them
 * with full-width brackets （）, extra spaces or another case, and Excel keeps
 * whatever they typed. NFKC folds full-width forms to half-width; spaces,
 * case and a trailing required-marker "*" are dropped.
 */
export function normalizeLabel(text: unknown): string {
  if (text === null || text === undefined) return "";
  return String(text)
    .normalize("NFKC")
    .replace(/\s+/g, "")
    .replace(/\*+$/, "")
    .toLowerCase();
}
