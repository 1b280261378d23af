import type { ColumnDef } from "../schema/column";
import { normalizeLabel } from "../schema/normalize";
import { headerSpellings } from "../schema/sheets";

export interface HeaderMatch {
  /** Grid column index of each schema column found, by column key. */
  readonly columns: ReadonlyMap<string, number>;
  /** Later columns whose header names a field already found: [key, grid index of the repeat]. */
  readonly repeats: readonly { key: string; index: number }[];
}

/**
 * Finds each schema column by its header in any accepted language, wherever
 * it stands; headers that name no schema column are extra and ignored. When a
 * header appears twice the first one is read (the second is reported).
 */
export function matchHeaders(headerRow: readonly unknown[], defs: readonly ColumnDef[]): HeaderMatch {
  const spellings = defs.map((d) => ({ key: d.key, names: new Set(headerSpellings(d)) }));
  const columns = new Map<string, number>();
  const repeats: { key: string; index: number }[] = [];
  headerRow.forEach((cell, index) => {
    const name = normalizeLabel(cell);
    if (name === "") return;
    const match = spellings.find((s) => s.names.has(name));
    if (!match) return;
    if (columns.has(match.key)) repeats.push({ key: match.key, index });
    else columns.set(match.key, index);
  });
  return { columns, repeats };
}
