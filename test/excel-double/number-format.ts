/**
 * Range.text: values shown through their number format. Covers the formats a
 * plan workbook uses — General, 0, 0.00, #,##0.00, 0%, 0.0%, dates (yyyy-mm-dd,
 * m/d/yyyy, yyyy/m/d, yyyy"年"m"月"d"日"), text (@), literal prefixes and
 * suffixes ("$"#,##0, 0.00"万"), and sections (positive;negative;zero;text) —
 * not the whole of Excel's format language (no colors in output, fractions,
 * scaling commas, elapsed time).
 */
import type { ExcelValue } from "./formula-engine";

/** Excel's General: up to 11 characters, then scientific. */
export function formatGeneral(v: number): string {
  if (v === 0) return "0";
  const abs = Math.abs(v);
  if (abs >= 1e11 || abs < 1e-9) {
    const [m, e] = v.toExponential(5).split("e");
    const mant = m.replace(/\.?0+$/, "");
    const exp = Number(e);
    return `${mant}E${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  }
  const intDigits = Math.max(1, Math.floor(Math.log10(abs)) + 1);
  const decimals = Math.max(0, 10 - intDigits - (v < 0 ? 1 : 0));
  return String(Number(v.toFixed(Math.min(decimals, 20))));
}

function splitSections(fmt: string): string[] {
  const out: string[] = [];
  let cur = "";
  let inQuote = false;
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i];
    if (ch === '"') inQuote = !inQuote;
    if (ch === "\\" && i + 1 < fmt.length) {
      cur += ch + fmt[++i];
      continue;
    }
    if (ch === ";" && !inQuote) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** Removes [Red], [$-804] and similar bracket codes. */
const stripBrackets = (s: string): string => s.replace(/\[[^\]]*\]/g, "");

function serialToDate(serial: number): Date {
  return new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86400000));
}

function formatDate(serial: number, fmt: string): string {
  const d = serialToDate(serial);
  const Y = d.getUTCFullYear();
  const M = d.getUTCMonth() + 1;
  const D = d.getUTCDate();
  const h = d.getUTCHours();
  const mi = d.getUTCMinutes();
  const s = d.getUTCSeconds();
  let out = "";
  const f = fmt;
  let i = 0;
  let lastWasHour = false;
  while (i < f.length) {
    const ch = f[i];
    if (ch === '"') {
      const j = f.indexOf('"', i + 1);
      out += f.slice(i + 1, j < 0 ? f.length : j);
      i = j < 0 ? f.length : j + 1;
      continue;
    }
    if (ch === "\\") {
      out += f[i + 1] ?? "";
      i += 2;
      continue;
    }
    const run = /^(y+|m+|d+|h+|s+)/i.exec(f.slice(i));
    if (run) {
      const tok = run[0].toLowerCase();
      const n = tok.length;
      if (tok[0] === "y") out += n <= 2 ? String(Y % 100).padStart(2, "0") : String(Y);
      else if (tok[0] === "m") {
        const rest = f.slice(i + n);
        const isMinute = lastWasHour || /^[^dmy]*s/i.test(rest);
        if (isMinute) out += n >= 2 ? String(mi).padStart(2, "0") : String(mi);
        else out += n >= 2 ? String(M).padStart(2, "0") : String(M);
      } else if (tok[0] === "d") out += n >= 2 ? String(D).padStart(2, "0") : String(D);
      else if (tok[0] === "h") out += n >= 2 ? String(h).padStart(2, "0") : String(h);
      else out += n >= 2 ? String(s).padStart(2, "0") : String(s);
      lastWasHour = tok[0] === "h";
      i += n;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

function formatNumberSection(v: number, section: string): string {
  // literal text around the number pattern
  let prefix = "";
  let suffix = "";
  let pattern = "";
  let i = 0;
  let seenDigit = false;
  while (i < section.length) {
    const ch = section[i];
    let lit: string | null = null;
    if (ch === '"') {
      const j = section.indexOf('"', i + 1);
      lit = section.slice(i + 1, j < 0 ? section.length : j);
      i = j < 0 ? section.length : j + 1;
    } else if (ch === "\\") {
      lit = section[i + 1] ?? "";
      i += 2;
    } else if (ch === "_" || ch === "*") {
      lit = ch === "_" ? " " : "";
      i += 2;
    } else if ("0#?.,".includes(ch)) {
      pattern += ch;
      seenDigit = true;
      i++;
      continue;
    } else if (ch === "%") {
      pattern += ch;
      i++;
      continue;
    } else {
      lit = ch;
      i++;
    }
    if (seenDigit) suffix += lit;
    else prefix += lit;
  }
  const percent = pattern.includes("%") || suffix.includes("%");
  let x = percent ? v * 100 : v;
  const core = pattern.replace(/%/g, "");
  const dot = core.indexOf(".");
  const intPart = dot >= 0 ? core.slice(0, dot) : core;
  const decPart = dot >= 0 ? core.slice(dot + 1).replace(/,/g, "") : "";
  const decimals = decPart.length;
  const minDecimals = (decPart.match(/0/g) ?? []).length;
  const grouping = intPart.includes(",") && /[0#],[0#]/.test(intPart);
  const minInt = (intPart.match(/0/g) ?? []).length;
  x = Math.abs(x);
  let fixed = x.toFixed(decimals);
  if (decimals > minDecimals)
    fixed = fixed.replace(new RegExp(`0{0,${decimals - minDecimals}}$`), "").replace(/\.$/, "");
  const [intDigits, dp] = fixed.split(".");
  let ip = intDigits;
  if (ip === "0" && minInt === 0) ip = "";
  ip = ip.padStart(minInt, "0");
  if (grouping) ip = ip.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const num = dp !== undefined && dp !== "" ? `${ip}.${dp}` : ip;
  const pctSuffix = pattern.includes("%") ? "%" : "";
  return `${prefix}${num}${pctSuffix}${suffix}`;
}

/** The text Excel shows for a value in a cell with this number format. */
export function formatValue(value: ExcelValue, numberFormat: string): string {
  if (value === "") return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  const sections = splitSections(numberFormat || "General");
  if (typeof value === "string") {
    const textSection = sections[3] ?? (sections.length === 1 && sections[0].includes("@") ? sections[0] : undefined);
    if (textSection === undefined) return value;
    return stripBrackets(textSection)
      .replace(/"([^"]*)"/g, "$1")
      .replace("@", value);
  }
  let section = sections[0];
  let v = value;
  if (sections.length >= 2 && value < 0) {
    section = sections[1];
    v = -value;
  } else if (sections.length >= 3 && value === 0) section = sections[2];
  const clean = stripBrackets(section).trim();
  if (clean === "" && section.trim() !== "") return "";
  if (/^general$/i.test(clean) || clean === "") return (value < 0 && v > 0 ? "-" : "") + formatGeneral(v);
  if (clean === "@") return formatGeneral(value);
  const noQuoted = clean.replace(/"[^"]*"/g, "");
  if (/[yd]/i.test(noQuoted) || /(^|[^0#])m/i.test(noQuoted.replace(/\[[^\]]*\]/g, "")) || /h/i.test(noQuoted))
    return formatDate(v, clean);
  const text = formatNumberSection(v, clean);
  return v < 0 ? `-${text}` : text;
}
