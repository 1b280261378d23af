/** A tiny zip writer for hostile test files: any declared size, any content, stored or deflated. */
import { deflateRawSync, inflateRawSync } from "node:zlib";
import { entryData, zipEntries } from "../../../src/files/zip-entries";

export interface ZipPart {
  name: string;
  data: Uint8Array;
  /** What the directory claims the part inflates to; the real size when omitted. */
  declaredSize?: number;
}

export function buildZip(parts: readonly ZipPart[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, "utf8");
    const data = deflateRawSync(p.data);
    const size = p.declaredSize ?? p.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, end]));
}

/** The parts of a zip (an .xlsx ExcelJS wrote), inflated. */
export function unzipParts(bytes: Uint8Array): ZipPart[] {
  return zipEntries(bytes).map((e) => {
    const raw = entryData(bytes, e);
    return { name: e.name, data: e.method === 0 ? raw : new Uint8Array(inflateRawSync(raw)) };
  });
}

/** The same zip with one part replaced. */
export function replacePart(bytes: Uint8Array, name: string, data: Uint8Array | string): Uint8Array {
  const content = typeof data === "string" ? new Uint8Array(Buffer.from(data, "utf8")) : data;
  return buildZip(unzipParts(bytes).map((p) => (p.name === name ? { name, data: content } : p)));
}
