/**
 * Plan files from disk (Node): the size cap is checked on the file's stat, so
 * an oversized file is refused without being read.
 */
import { readFile, stat } from "node:fs/promises";
import { DEFAULT_CAPS, fail, type FileCaps } from "./caps";

export async function readPlanFileBytes(path: string, caps: FileCaps = DEFAULT_CAPS): Promise<Uint8Array> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) fail({ code: "unreadable", reason: "not a file" });
    size = info.size;
  } catch (e) {
    if (e instanceof Error && "problem" in e) throw e;
    return fail({ code: "unreadable", reason: (e as NodeJS.ErrnoException).code ?? String(e) });
  }
  if (size > caps.maxFileBytes) fail({ code: "fileTooLarge", bytes: size, cap: caps.maxFileBytes });
  try {
    return new Uint8Array(await readFile(path));
  } catch (e) {
    return fail({ code: "unreadable", reason: (e as NodeJS.ErrnoException).code ?? String(e) });
  }
}
