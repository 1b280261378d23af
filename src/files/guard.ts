/**
 * Everything a file must pass before ExcelJS sees it: its size, that it is a
 * zip at all (not an old binary workbook or a password-protected one), the
 * sizes its parts declare, the sizes they really inflate to, and the rows each
 * worksheet holds. Browser and Node alike (DecompressionStream, no zlib).
 */
import { fail, type FileCaps } from "./caps";
import { entryData, isZip, zipEntries, type ZipEntry } from "./zip-entries";

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function isOle(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && OLE_MAGIC.every((b, i) => bytes[i] === b);
}

/** Office writes a password-protected .xlsx as an OLE container with an EncryptedPackage stream. */
function holdsUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) needle[i * 2] = text.charCodeAt(i);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

function extensionOf(fileName: string): string {
  const m = /\.([^./\\]+)$/.exec(fileName);
  return m ? m[1].toLowerCase() : "";
}

const WORKSHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/i;

/** Rows of one sheet's XML as it streams by: its declared dimension, the highest row number, the row count. */
class RowCounter {
  private carry = "";
  private readonly decoder = new TextDecoder();
  rows = 0;

  push(chunk: Uint8Array, last = false): void {
    const text = this.carry + this.decoder.decode(chunk, { stream: !last });
    // Tags never straddle what is scanned: the text after the last ">" waits for the next chunk.
    const cut = last ? text.length : text.lastIndexOf(">") + 1;
    this.carry = text.slice(cut);
    this.scan(text.slice(0, cut));
  }

  private scan(text: string): void {
    const dim = /<(?:\w+:)?dimension\s+ref="[A-Z]*\d*:?[A-Z]*(\d+)"/.exec(text);
    if (dim) this.rows = Math.max(this.rows, Number(dim[1]));
    let count = 0;
    for (const m of text.matchAll(/<(?:\w+:)?row(?=[\s>/])([^>]*)>/g)) {
      count++;
      const r = /\br="(\d+)"/.exec(m[1]);
      if (r) this.rows = Math.max(this.rows, Number(r[1]));
    }
    this.counted += count;
    this.rows = Math.max(this.rows, this.counted);
  }

  private counted = 0;
}

async function inflate(
  data: Uint8Array,
  cap: number,
  onChunk?: (chunk: Uint8Array) => boolean,
): Promise<"ok" | "overCap" | "stopped"> {
  const ds = new DecompressionStream("deflate-raw");
  const writer = ds.writable.getWriter();
  writer.write(data as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = ds.readable.getReader();
  let total = 0;
  for (;;) {
    let step: ReadableStreamReadResult<Uint8Array>;
    try {
      step = await reader.read();
    } catch {
      return fail({ code: "corrupt", detail: "a part does not inflate" });
    }
    if (step.done) return "ok";
    total += step.value.length;
    if (total > cap) {
      await reader.cancel().catch(() => undefined);
      return "overCap";
    }
    if (onChunk && !onChunk(step.value)) {
      await reader.cancel().catch(() => undefined);
      return "stopped";
    }
  }
}

/** Throws a FileError when the file must not be loaded; resolves when ExcelJS may open it. */
export async function guardWorkbook(bytes: Uint8Array, fileName: string, caps: FileCaps): Promise<void> {
  if (bytes.length > caps.maxFileBytes) fail({ code: "fileTooLarge", bytes: bytes.length, cap: caps.maxFileBytes });
  const ext = extensionOf(fileName);
  if (isOle(bytes)) {
    if (holdsUtf16(bytes.subarray(0, Math.min(bytes.length, 1 << 20)), "EncryptedPackage")) fail({ code: "encrypted" });
    fail({ code: "legacyFormat", format: ext === "et" ? "et" : "xls" });
  }
  if (!isZip(bytes)) {
    if (ext === "xls" || ext === "et") fail({ code: "legacyFormat", format: ext });
    fail({ code: "notAWorkbook" });
  }
  const entries = zipEntries(bytes);
  if (entries.length > caps.maxParts) fail({ code: "tooManyParts", parts: entries.length, cap: caps.maxParts });
  if (!entries.some((e) => e.name === "xl/workbook.xml")) fail({ code: "notAWorkbook" });
  if (entries.some((e) => e.encrypted)) fail({ code: "encrypted" });
  let declared = 0;
  for (const e of entries) {
    if (e.declaredSize > caps.maxPartBytes) fail({ code: "inflatesTooMuch", part: e.name, cap: caps.maxPartBytes });
    declared += e.declaredSize;
  }
  if (declared > caps.maxInflatedBytes) fail({ code: "inflatesTooMuch", part: "*", cap: caps.maxInflatedBytes });
  const names = await sheetNamesByPart(bytes, entries);
  for (const e of entries) await checkPart(bytes, e, caps, names.get(e.name) ?? e.name);
}

async function partText(bytes: Uint8Array, e: ZipEntry | undefined): Promise<string> {
  if (!e) return "";
  const data = entryData(bytes, e);
  if (e.method === 0) return new TextDecoder().decode(data);
  const decoder = new TextDecoder();
  let text = "";
  const outcome = await inflate(
    data,
    e.declaredSize,
    (chunk) => ((text += decoder.decode(chunk, { stream: true })), true),
  );
  if (outcome === "overCap") fail({ code: "corrupt", detail: `part ${e.name} inflates past its declared size` });
  return text + decoder.decode();
}

function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:]+)="([^"]*)"/g)) out.set(m[1], m[2]);
  return out;
}

const unescapeXml = (s: string) =>
  s.replace(
    /&(lt|gt|quot|apos|amp);/g,
    (_, e: string) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[e] ?? "",
  );

/** Worksheet part → the sheet's name (xl/workbook.xml and its relationships), so a refusal names the sheet people see. */
async function sheetNamesByPart(bytes: Uint8Array, entries: readonly ZipEntry[]): Promise<Map<string, string>> {
  const find = (name: string) => entries.find((e) => e.name === name);
  const [workbook, rels] = await Promise.all([
    partText(bytes, find("xl/workbook.xml")),
    partText(bytes, find("xl/_rels/workbook.xml.rels")),
  ]);
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const a = attributes(m[0]);
    const target = a.get("Target");
    if (a.get("Id") && target) targets.set(a.get("Id")!, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const names = new Map<string, string>();
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const a = attributes(m[0]);
    const id = [...a].find(([k]) => k.endsWith(":id"))?.[1];
    const part = id && targets.get(id);
    if (part && a.get("name")) names.set(part, unescapeXml(a.get("name")!));
  }
  return names;
}

async function checkPart(bytes: Uint8Array, e: ZipEntry, caps: FileCaps, sheetName: string): Promise<void> {
  const data = entryData(bytes, e);
  if (e.method !== 0 && e.method !== 8)
    fail({ code: "corrupt", detail: `part ${e.name} uses compression method ${e.method}` });
  const counter = WORKSHEET_PART.test(e.name) ? new RowCounter() : undefined;
  const tooMany = () => fail({ code: "tooManyRows", sheet: sheetName, rows: counter!.rows, cap: caps.maxRowsPerSheet });
  if (e.method === 0) {
    counter?.push(data, true);
  } else {
    // A part may not inflate past what it declares: the declared sizes were what the caps allowed.
    const outcome = await inflate(
      data,
      e.declaredSize,
      counter && ((chunk) => (counter.push(chunk), counter.rows <= caps.maxRowsPerSheet)),
    );
    if (outcome === "overCap")
      fail({ code: "inflatesTooMuch", part: e.name, cap: Math.min(caps.maxPartBytes, e.declaredSize) });
  }
  if (counter && counter.rows > caps.maxRowsPerSheet) tooMany();
}
