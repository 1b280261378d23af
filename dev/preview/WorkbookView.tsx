/**
 * The preview's workbook window: name box and formula bar, the grid of the
 * active sheet (column letters, row numbers, computed values through their
 * number formats, formula cells marked, the selection highlighted) and a tab
 * per sheet. It redraws after every change of the double (each sync of the
 * task pane's Excel.run, each edit here).
 *
 * Editing works like a spreadsheet: click or arrow to a cell; type to replace
 * it, or F2 / double-click / the formula bar to change it; Enter (down), Tab
 * (right) or a click elsewhere commits through the double's state helper, where
 * "=…" is a formula and "12", "10%" are numbers, as typed in Excel; Esc cancels;
 * Delete clears. Tab outside edit mode leaves the grid (one tab stop).
 */
import {
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type CSSProperties,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type RefObject,
} from "react";
import { parseAddress, rectA1 } from "../../test/excel-double/address";
import type { PreviewWorkbook } from "./preview-double";
import { ChartsView } from "./ChartsView";
import { cellA1, columnLetters, sheetView, type SheetView } from "./sheet-view";

interface Editing {
  sheet: string;
  row: number;
  col: number;
  text: string;
  /** The cell's input when the edit started: committing it unchanged writes nothing. */
  original: string;
  /** "enter": started by typing, arrows commit and move; "edit": F2, double-click or the formula bar, arrows move the caret. */
  mode: "enter" | "edit";
  /** Where the text is typed. */
  place: "cell" | "bar";
}

type Move = "down" | "up" | "right" | "left" | "none";

const MOVES: Record<Move, [number, number]> = { down: [1, 0], up: [-1, 0], right: [0, 1], left: [0, -1], none: [0, 0] };
const ARROWS: Record<string, Move> = { ArrowDown: "down", ArrowUp: "up", ArrowRight: "right", ArrowLeft: "left" };

function messageOf(error: unknown): string {
  if (error && typeof error === "object" && "message" in error) {
    const e = error as { code?: string; message?: string };
    return e.code ? `${e.code}: ${e.message}` : String(e.message);
  }
  return String(error);
}

export function WorkbookView({ wb }: { wb: PreviewWorkbook }) {
  const version = useSyncExternalStore(wb.subscribe, wb.version);
  const state = wb.double.workbookState;
  const sheets = state.model.sheets.filter((s) => s.visibility === "Visible").map((s) => s.name);
  const active = state.activeSheet();
  // The model is mutable: `version` says when it changed.
  const view = useMemo(() => sheetView(state, active), [state, active, version]);
  const charts = useMemo(() => state.charts(active), [state, active, version]);

  const [editing, setEditingState] = useState<Editing | null>(null);
  const editingRef = useRef<Editing | null>(null);
  const setEditing = (e: Editing | null) => {
    editingRef.current = e;
    setEditingState(e);
  };
  const [message, setMessage] = useState<string | null>(null);
  const gridRef = useRef<HTMLTableElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const cellInputRef = useRef<HTMLInputElement>(null);
  const barRef = useRef<HTMLInputElement>(null);
  const remembered = useRef(new Map<string, string>());

  const sel = view.selection ?? { row: 0, col: 0, rows: 1, cols: 1 };
  const activeCell = view.cells[sel.row]?.[sel.col];

  // An edit belongs to its sheet: if the pane switches sheets meanwhile, it is dropped.
  useEffect(() => {
    if (editingRef.current && editingRef.current.sheet !== active) setEditing(null);
  }, [active]);

  // Another sheet starts at its top-left corner (then the selection is scrolled into view).
  useLayoutEffect(() => {
    scrollRef.current?.scrollTo(0, 0);
  }, [active]);

  // Keep the selected cell in view (the task pane selects findings' cells, weekly rows …).
  useLayoutEffect(() => {
    const cell = gridRef.current?.querySelector<HTMLElement>(`[data-address="${cellA1(sel.row, sel.col)}"]`);
    cell?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [sel.row, sel.col, active]);

  // Typing goes on in the cell's editor as soon as it appears.
  useLayoutEffect(() => {
    if (editing?.place === "cell") cellInputRef.current?.focus();
  }, [editing?.place, editing?.row, editing?.col]);

  const select = (row: number, col: number, rows = 1, cols = 1) => {
    const r = Math.max(0, row);
    const c = Math.max(0, col);
    const a1 = rows === 1 && cols === 1 ? cellA1(r, c) : `${cellA1(r, c)}:${cellA1(r + rows - 1, c + cols - 1)}`;
    state.select(active, a1);
    remembered.current.set(active, a1);
    wb.changed();
  };

  const focusGrid = () => gridRef.current?.focus({ preventScroll: true });

  /** Writes the edit into the workbook; false (and a message) when the workbook refuses it. */
  const commit = (move: Move): boolean => {
    const e = editingRef.current;
    if (!e) return true;
    if (e.text !== e.original) {
      try {
        state.setCell(e.sheet, cellA1(e.row, e.col), e.text);
      } catch (error) {
        setMessage(messageOf(error));
        return false;
      }
    }
    setEditing(null);
    setMessage(null);
    const [dr, dc] = MOVES[move];
    if (e.sheet === state.activeSheet()) select(e.row + dr, e.col + dc);
    else wb.changed();
    return true;
  };

  const cancel = () => {
    setEditing(null);
    setMessage(null);
    focusGrid();
  };

  const startEdit = (text: string, mode: Editing["mode"], place: Editing["place"] = "cell") => {
    setMessage(null);
    setEditing({ sheet: active, row: sel.row, col: sel.col, text, original: activeCell?.input ?? "", mode, place });
  };

  const onGridKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    if (editingRef.current || event.target !== event.currentTarget) return;
    const arrow = ARROWS[event.key];
    if (arrow) {
      event.preventDefault();
      const [dr, dc] = MOVES[arrow];
      if (event.shiftKey) {
        // Extend from the top-left corner.
        select(sel.row, sel.col, Math.max(1, sel.rows + dr), Math.max(1, sel.cols + dc));
      } else {
        select(Math.min(sel.row + dr, view.rows - 1), Math.min(sel.col + dc, view.cols - 1));
      }
      return;
    }
    switch (event.key) {
      case "Enter":
        event.preventDefault();
        select(sel.row + (event.shiftKey ? -1 : 1), sel.col);
        return;
      case "Home":
        event.preventDefault();
        select(event.ctrlKey ? 0 : sel.row, 0);
        return;
      case "F2":
        event.preventDefault();
        startEdit(activeCell?.input ?? "", "edit");
        return;
      case "Delete": {
        event.preventDefault();
        try {
          state.setCell(active, rectA1(sel), "");
          setMessage(null);
        } catch (error) {
          setMessage(messageOf(error));
        }
        wb.changed();
        return;
      }
      case "Backspace":
        event.preventDefault();
        startEdit("", "enter");
        return;
    }
    if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      startEdit(event.key, "enter");
    }
  };

  const onEditKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const e = editingRef.current;
    if (!e || event.nativeEvent.isComposing) return; // an IME is still composing (Chinese input)
    let move: Move | null = null;
    if (event.key === "Enter") move = event.shiftKey ? "up" : "down";
    else if (event.key === "Tab") move = event.shiftKey ? "left" : "right";
    else if (e.mode === "enter" && ARROWS[event.key]) move = ARROWS[event.key];
    else if (event.key === "Escape") {
      event.preventDefault();
      cancel();
      return;
    }
    if (move === null) return;
    event.preventDefault();
    if (commit(move)) focusGrid();
  };

  const onEditBlur = (event: FocusEvent<HTMLInputElement>) => {
    const next = event.relatedTarget as Node | null;
    // Between the cell and the formula bar the edit goes on; anywhere else it is committed.
    if (next && (next === cellInputRef.current || next === barRef.current)) return;
    if (editingRef.current) commit("none");
  };

  const onCellMouseDown = (event: MouseEvent<HTMLTableCellElement>, row: number, col: number) => {
    event.preventDefault();
    const e = editingRef.current;
    if (e && e.row === row && e.col === col) return;
    if (e && !commit("none")) return;
    if (event.shiftKey) {
      select(Math.min(sel.row, row), Math.min(sel.col, col), Math.abs(row - sel.row) + 1, Math.abs(col - sel.col) + 1);
    } else select(row, col);
    focusGrid();
  };

  const switchSheet = (name: string) => {
    if (editingRef.current && !commit("none")) return;
    state.select(name, remembered.current.get(name) ?? "A1");
    wb.changed();
  };

  const onTabKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = sheets[(index + step + sheets.length) % sheets.length];
    switchSheet(next);
    document.getElementById(tabId(next))?.focus();
  };

  /** The name box goes to an address typed into it: E7, 预算分配!E7, A1:C3. */
  const goTo = (address: string): boolean => {
    const target = parseAddress(address);
    try {
      if (!target) throw new Error(`不是单元格地址 · Not a cell address: ${address}`);
      const sheet = target.sheet ?? active;
      state.select(sheet, rectA1(target.rect));
      remembered.current.set(state.activeSheet(), rectA1(target.rect));
      setMessage(null);
      wb.changed();
      focusGrid();
      return true;
    } catch (error) {
      setMessage(messageOf(error));
      return false;
    }
  };

  const editingHere = editing && editing.sheet === active ? editing : null;
  const barText = editingHere ? editingHere.text : (activeCell?.input ?? "");

  return (
    <div className="wb" data-testid="workbook">
      <div className="wb-bar">
        <NameBox address={view.selectionAddress ?? ""} onGo={goTo} />
        <span className="wb-fx" aria-hidden="true">
          fx
        </span>
        <input
          ref={barRef}
          className="wb-formula"
          aria-label="编辑栏 · Formula bar"
          value={barText}
          spellCheck={false}
          onChange={(e) => {
            // Focusing the bar (or tabbing through it) changes nothing; typing in it starts an edit.
            if (editingRef.current) setEditing({ ...editingRef.current, text: e.target.value, place: "bar" });
            else startEdit(e.target.value, "edit", "bar");
          }}
          onKeyDown={(e) => {
            if (editingRef.current) onEditKeyDown(e);
          }}
          onBlur={onEditBlur}
          data-testid="formula-bar"
        />
      </div>
      <div className="wb-scroll" ref={scrollRef} style={{ scrollPaddingTop: 22 * (1 + view.frozenRows) }}>
        <ChartsView charts={charts} />
        <table
          ref={gridRef}
          className="wb-grid"
          role="grid"
          aria-label={`${view.name} · 工作表 · Worksheet`}
          aria-rowcount={view.rows + 1}
          aria-colcount={view.cols + 1}
          aria-activedescendant={`cell-${cellA1(sel.row, sel.col)}`}
          tabIndex={0}
          onKeyDown={onGridKeyDown}
          data-testid="grid"
          data-sheet={view.name}
          data-selection={view.selectionAddress ?? ""}
        >
          <colgroup>
            <col style={{ width: 44 }} />
            {view.widths.map((w, c) => (
              <col key={c} style={{ width: w }} />
            ))}
          </colgroup>
          <thead>
            <tr role="row">
              <th className="wb-corner" aria-hidden="true" />
              {view.widths.map((_, c) => (
                <th
                  key={c}
                  role="columnheader"
                  className={c >= sel.col && c < sel.col + sel.cols ? "wb-colhead on" : "wb-colhead"}
                >
                  {columnLetters(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {view.cells.map((line, r) => (
              <Row
                key={r}
                r={r}
                line={line}
                view={view}
                sel={sel}
                editing={editingHere && editingHere.row === r ? editingHere : null}
                onMouseDown={onCellMouseDown}
                onDoubleClick={(row, col) => {
                  select(row, col);
                  const input = view.cells[row][col].input;
                  setEditing({ sheet: active, row, col, text: input, original: input, mode: "edit", place: "cell" });
                }}
                inputRef={cellInputRef}
                onEditChange={(text) =>
                  editingRef.current && setEditing({ ...editingRef.current, text, place: "cell" })
                }
                onEditKeyDown={onEditKeyDown}
                onEditBlur={onEditBlur}
              />
            ))}
          </tbody>
        </table>
      </div>
      <div className="wb-tabs" role="tablist" aria-label="工作表 · Sheets">
        {sheets.map((name, i) => (
          <button
            key={name}
            id={tabId(name)}
            type="button"
            role="tab"
            aria-selected={name === active}
            tabIndex={name === active ? 0 : -1}
            className={name === active ? "wb-tab on" : "wb-tab"}
            onClick={() => switchSheet(name)}
            onKeyDown={(e) => onTabKeyDown(e, i)}
            data-testid={`sheet-tab-${name}`}
          >
            {name}
          </button>
        ))}
      </div>
      <div className="wb-status">
        {message ? (
          <span role="alert" className="wb-error" data-testid="grid-error">
            {message}
          </span>
        ) : (
          <span role="status" className="wb-hint">
            {editingHere ? "编辑中：Enter 确认，Esc 取消 · Editing: Enter commits, Esc cancels" : "就绪 · Ready"}
          </span>
        )}
        <span className="wb-legend">
          <span className="wb-legend-formula" aria-hidden="true" /> 公式单元格 · formula cell
          {view.truncated
            ? ` · 仅显示前 ${view.rows} 行 ${view.cols} 列 · first ${view.rows} rows, ${view.cols} columns shown`
            : ""}
        </span>
      </div>
    </div>
  );
}

const tabId = (sheet: string) => `sheet-tab-${encodeURIComponent(sheet)}`;

function NameBox({ address, onGo }: { address: string; onGo: (address: string) => boolean }) {
  const [text, setText] = useState(address);
  useEffect(() => setText(address), [address]);
  return (
    <input
      className="wb-namebox"
      aria-label="名称框 · Name box"
      value={text}
      onChange={(e) => setText(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === "Enter") {
          e.preventDefault();
          if (onGo(text.trim())) setText(address);
        } else if (e.key === "Escape") setText(address);
      }}
      onFocus={(e) => e.currentTarget.select()}
      onBlur={() => setText(address)}
      spellCheck={false}
      data-testid="name-box"
    />
  );
}

function Row({
  r,
  line,
  view,
  sel,
  editing,
  onMouseDown,
  onDoubleClick,
  inputRef,
  onEditChange,
  onEditKeyDown,
  onEditBlur,
}: {
  r: number;
  line: SheetView["cells"][number];
  view: SheetView;
  sel: { row: number; col: number; rows: number; cols: number };
  editing: Editing | null;
  onMouseDown: (e: MouseEvent<HTMLTableCellElement>, row: number, col: number) => void;
  onDoubleClick: (row: number, col: number) => void;
  inputRef: RefObject<HTMLInputElement>;
  onEditChange: (text: string) => void;
  onEditKeyDown: (e: KeyboardEvent<HTMLInputElement>) => void;
  onEditBlur: (e: FocusEvent<HTMLInputElement>) => void;
}) {
  const rowSelected = r >= sel.row && r < sel.row + sel.rows;
  const frozen = r < view.frozenRows;
  return (
    <tr
      role="row"
      className={frozen ? "frozen" : undefined}
      style={frozen ? ({ "--frozen-top": `${22 + r * 22}px` } as CSSProperties) : undefined}
    >
      <th role="rowheader" className={rowSelected ? "wb-rowhead on" : "wb-rowhead"}>
        {r + 1}
      </th>
      {line.map((cell, c) => {
        const inSel = rowSelected && c >= sel.col && c < sel.col + sel.cols;
        const isActive = r === sel.row && c === sel.col;
        const isEditing = editing !== null && editing.col === c;
        const classes = ["wb-cell", `k-${cell.kind}`];
        if (cell.formula) classes.push("formula");
        if (inSel) classes.push("selected");
        if (isActive) classes.push("active");
        if (cell.style.wrap) classes.push("wrap");
        return (
          <td
            key={c}
            id={`cell-${cell.a1}`}
            role="gridcell"
            aria-selected={inSel}
            className={classes.join(" ")}
            style={{
              background: cell.style.background,
              color: cell.style.color,
              fontWeight: cell.style.bold ? 600 : undefined,
              fontStyle: cell.style.italic ? "italic" : undefined,
              textAlign: cell.style.align,
            }}
            title={cell.formula ?? (cell.text.length > 12 ? cell.text : undefined)}
            data-address={cell.a1}
            data-formula={cell.formula}
            onMouseDown={(e) => onMouseDown(e, r, c)}
            onDoubleClick={() => onDoubleClick(r, c)}
          >
            {isEditing ? (
              <input
                ref={inputRef}
                className="wb-edit"
                aria-label={`${cell.a1} 编辑 · edit`}
                value={editing.text}
                spellCheck={false}
                onChange={(e) => onEditChange(e.target.value)}
                onKeyDown={onEditKeyDown}
                onBlur={onEditBlur}
                onMouseDown={(e) => e.stopPropagation()}
                data-testid="cell-editor"
              />
            ) : (
              cell.text
            )}
          </td>
        );
      })}
    </tr>
  );
}
