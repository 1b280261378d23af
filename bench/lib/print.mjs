/** Plain-text tables and number formats for the benchmark report (decimal units: KB = 1,000 bytes, MB = 10^6). */

const WIDTH = 110;

export function heading(text) {
  return `\n${text}\n${"─".repeat(Math.min(WIDTH, Math.max(20, [...text].length)))}`;
}

/** Display width: CJK and full-width characters take two columns. */
function width(s) {
  let n = 0;
  for (const ch of String(s)) {
    const c = ch.codePointAt(0);
    n +=
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6)
        ? 2
        : 1;
  }
  return n;
}

const NUMERIC = /^[-+≤≥<>~]?\s?[\d.,]+\s?(%|×|ms|s|B|KB|MB|GB|k|M)?(\/s)?( gz)?$/;

export function table(headers, rows, { header = true } = {}) {
  const all = header ? [headers, ...rows] : rows;
  const cols = Math.max(...all.map((r) => r.length));
  const w = Array.from({ length: cols }, (_, c) => Math.max(...all.map((r) => width(r[c] ?? ""))));
  const line = (r, isHeader) =>
    "  " +
    r
      .map((cell, c) => {
        const s = String(cell ?? "");
        const pad = " ".repeat(w[c] - width(s));
        return header && !isHeader && c > 0 && NUMERIC.test(s) ? pad + s : s + pad;
      })
      .join("  ")
      .trimEnd();
  const out = [];
  if (header) {
    out.push(line(headers, true));
    out.push("  " + w.map((x) => "-".repeat(x)).join("  "));
  }
  for (const r of rows) out.push(line(r, false));
  return out.join("\n") + "\n";
}

export function note(text) {
  const words = text.split(/\s+/);
  const lines = [];
  let cur = "";
  for (const word of words) {
    if (cur && width(cur) + 1 + width(word) > WIDTH - 2) {
      lines.push(cur);
      cur = word;
    } else cur = cur ? `${cur} ${word}` : word;
  }
  if (cur) lines.push(cur);
  return lines.map((l) => `  ${l}`).join("\n") + "\n";
}

export const verdict = (ok) => (ok ? "PASS" : "MISS");

export function fmtInt(n) {
  return Math.round(n).toLocaleString("en-US");
}

export function fmtMs(ms) {
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  if (ms >= 10) return `${ms.toFixed(1)} ms`;
  return `${ms.toFixed(2)} ms`;
}

export function fmtBytes(b) {
  if (b >= 1e6) return `${(b / 1e6).toFixed(2)} MB`;
  if (b >= 1e3) return `${(b / 1e3).toFixed(1)} KB`;
  return `${b} B`;
}

export function fmtKB(b) {
  return `${(b / 1e3).toFixed(1)} KB`;
}

export function fmtRate(x) {
  if (x >= 1e6) return `${(x / 1e6).toFixed(2)} M`;
  if (x >= 1e3) return `${(x / 1e3).toFixed(0)} k`;
  return x.toFixed(0);
}
