import type { ColumnDef, ColumnType } from "./column";

/**
 * Keeps each column's key and type as literal types, so the reader's row
 * types follow from the schema instead of being written out a second time.
 */
export function column<const K extends string, const T extends ColumnType>(
  def: ColumnDef & { readonly key: K; readonly type: T },
): ColumnDef & { readonly key: K; readonly type: T } {
  return def;
}
