/**
 * How headers, sheet names and list entries are compared: people retype them
 * with full-width brackets （）, extra spaces or another case, and Excel keeps
 * whatever they typed. NFKC folds full-width forms to half-width; spaces,
 * case and a trailing required-marker "*" are dropped.
 */
export function normalizeLabel(text: unknown): string {
  if (text === null || text === undefined) return "";
  const s = String(text);
  let n = NORMALIZED.get(s);
  if (n === undefined) {
    n = s.normalize("NFKC").replace(/\s+/g, "").replace(/\*+$/, "").toLowerCase();
    // A sheet repeats a few spellings (list entries, metric names) thousands of
    // times; remember recent ones, but never grow without bound on free text.
    if (NORMALIZED.size >= MAX_REMEMBERED) NORMALIZED.clear();
    NORMALIZED.set(s, n);
  }
  return n;
}

const NORMALIZED = new Map<string, string>();
const MAX_REMEMBERED = 4096;
