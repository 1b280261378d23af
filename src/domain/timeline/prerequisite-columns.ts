/**
 * The timeline's prerequisite columns: 前置 / Depends on copies the strategy's
 * 前置依赖 cell as typed; 开始早于截止 / Starts before due of names each
 * prerequisite the strategy starts before, by a formula over the timeline's own
 * start and due cells, so the note and its mark follow edited dates wherever
 * the workbook is opened. Which row an id means is resolved at refresh (the
 * same resolution as the check); if the 前置依赖 text changes afterwards the
 * note asks for a refresh instead of judging prerequisites it no longer lists.
 */
import { columnLetters } from "../address/a1";
import { parseDateText } from "../dates/calendar-date";
import { prerequisitesOf, startsBeforeDue, startsBeforeDueFormula, type Prerequisite } from "../check/prerequisites";
import type { Lang, Localized } from "../language";
import type { SheetRead } from "../read/read-sheet";
import type { StrategyRow } from "../read/rows";

export const PREREQUISITE_LABELS: readonly Localized[] = [
  { "zh-CN": "前置", "en-US": "Depends on" },
  { "zh-CN": "开始早于截止", "en-US": "Starts before due of" },
];

const LIST_CHANGED: Localized = {
  "zh-CN": "前置依赖已改，请刷新甘特图",
  "en-US": "Depends on changed: refresh the timeline",
};

/** Excel refuses a formula longer than 8,192 characters and a text in quotes longer than 255. */
const MAX_FORMULA = 8192;
const MAX_LITERAL = 255;

/** Where the columns the note formula reads stand on the timeline (0-based) and its first body row (1-based). */
export interface TimelineColumns {
  readonly start: number;
  readonly due: number;
  readonly dependsOn: number;
  readonly firstRow: number;
}

const text = (s: string) => `"${s.replace(/"/g, '""')}"`;
const dateOf = (row: StrategyRow, key: "start" | "due") => {
  const t = row.cells[key]?.value;
  return t ? parseDateText(t) : undefined;
};

/**
 * For each strategy row, its two cells: the copy of its 前置依赖 cell and the
 * note formula. A note too long for a formula is written as the ids the check
 * would name today, as text.
 */
export function prerequisiteCells(
  read: SheetRead<"strategies">,
  lang: Lang,
  strategySheetRef: string,
  at: TimelineColumns,
): string[][] {
  const col = read.columns.dependsOn;
  if (col === undefined) return read.rows.map(() => ["", ""]);
  const [startCol, dueCol, listCol] = [at.start, at.due, at.dependsOn].map(columnLetters);
  const prerequisites = prerequisitesOf(read);
  return read.rows.map((row, index) => {
    const ref = `${strategySheetRef}${columnLetters(col)}${row.rowNumber}`;
    const copy = `=IF(${ref}="","",${ref})`;
    const here = at.firstRow + index;
    const listed = String(row.cells.dependsOn?.raw ?? "");
    const before = prerequisites[index]!;
    const parts = before.map(
      (p) =>
        `IF(${startsBeforeDueFormula(`$${startCol}${here}`, `$${dueCol}${at.firstRow + p.index}`)},${text(`, ${p.id}`)},"")`,
    );
    // ", S1, S3" without its leading ", ".
    const names = parts.length === 0 ? `""` : `MID(${parts.join("&")},3,32767)`;
    const note = `=IF($${listCol}${here}&""<>${text(listed)},${text(LIST_CHANGED[lang])},${names})`;
    const fits =
      note.length <= MAX_FORMULA && [listed, ...before.map((p) => `, ${p.id}`)].every((s) => s.length <= MAX_LITERAL);
    return [copy, fits ? note : earlyToday(read, row, before)];
  });
}

function earlyToday(read: SheetRead<"strategies">, row: StrategyRow, before: readonly Prerequisite[]): string {
  const start = dateOf(row, "start");
  if (!start) return "";
  return before
    .filter((p) => {
      const due = dateOf(read.rows[p.index]!, "due");
      return due !== undefined && startsBeforeDue(start, due);
    })
    .map((p) => p.id)
    .join(", ");
}

/** The mark on a 前置 cell whose note names something, relative to the column's first body cell. */
export function prerequisiteMarkFormula(at: TimelineColumns, noteCol: number): string {
  return `=$${columnLetters(noteCol)}${at.firstRow}<>""`;
}
