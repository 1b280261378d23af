/**
 * Limits on what a plan file may make the reader do. A plan of the standard
 * framework is a few hundred KB; these leave room for plans 100× that size and
 * refuse files built to exhaust memory (a zip bomb, a million-row sheet).
 */
export interface FileCaps {
  /** The file itself, as stored. */
  readonly maxFileBytes: number;
  /** Any one part (sheet XML, shared strings) once inflated. */
  readonly maxPartBytes: number;
  /** All parts together once inflated. */
  readonly maxInflatedBytes: number;
  /** Entries in the zip. */
  readonly maxParts: number;
  /** Rows of any one worksheet (by its dimension, its last row number or its row count). */
  readonly maxRowsPerSheet: number;
}

const MB = 1024 * 1024;

export const DEFAULT_CAPS: FileCaps = Object.freeze({
  maxFileBytes: 50 * MB,
  maxPartBytes: 200 * MB,
  maxInflatedBytes: 400 * MB,
  maxParts: 2000,
  maxRowsPerSheet: 100_000,
});

export type { FileProblem } from "../domain/findings/file-problems";
import type { FileProblem } from "../domain/findings/file-problems";

export class FileError extends Error {
  constructor(readonly problem: FileProblem) {
    super(problem.code);
  }
}

export function fail(problem: FileProblem): never {
  throw new FileError(problem);
}
