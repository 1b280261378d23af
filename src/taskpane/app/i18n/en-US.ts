import { sheetNamesIn } from "./domain-names";
import type { Strings } from "./types";

const FREQUENCY_EN: Record<string, string> = { weekly: "weekly", monthly: "monthly", quarterly: "quarterly" };

export const enUS: Strings = {
  appTitle: "Marketing plan",
  languageLabel: "Language · 语言",
  languageNames: { "zh-CN": "中文（简体）", "en-US": "English" },
  tabListLabel: "Plan tasks",
  tabs: {
    create: "Create plan",
    check: "Check plan",
    weekly: "Weekly update",
    settings: "Settings",
    functions: "Functions",
    rollup: "Roll-up",
    review: "Review",
  },
  loading: "Loading…",
  errorTitle: "Something went wrong",
  tryAgain: "Try again",
  withCode: (message, code) => `${message} (code ${code})`,
  errorCellEditMode: "Excel is editing a cell. Press Enter or Esc in the sheet, then try again.",
  errorUnknown: "An unknown error occurred.",
  errorChunk: "This part of the pane could not be loaded. Check the connection and try again.",
  workbookErrors: {
    noMonitoringTable: () => "The workbook has no monitoring table yet. Create it on the Create plan tab first.",
    badPeriod: (p) => `"${p.period}" is not a period; type 2026-W05, 2026-01 or 2026-Q1.`,
    frequencyMismatch: (p) => `"${p.period}" is not a ${FREQUENCY_EN[String(p.frequency)] ?? p.frequency} period.`,
    noStrategies: () => "The workbook has no strategy table. Create it under Create plan first.",
    timelineSheetTaken: (p) =>
      `The sheet "${p.sheetName}" holds other content and was left as it is; rename it, then create the timeline.`,
    cellNotEmpty: (p) =>
      `${p.address} already holds something and was left as it is. Select an empty cell, then insert the example.`,
    notAnAddress: (p) => `"${p.address}" is not a cell address.`,
    cellEditMode: () => "Excel is editing a cell. Press Enter or Esc in the sheet, then try again.",
    requestTooLarge: () =>
      "Excel refused the request: too much data at once. Close other workbooks and try again, or split very large tables.",
    itemNotFound: () => "A sheet or table this needs is gone (deleted or renamed just now). Try again.",
    accessDenied: () => "The sheet or workbook is protected. Unprotect it, then try again.",
    office: (p) =>
      p.officeCode ? `Excel could not finish (code ${p.officeCode}). Try again.` : "Excel could not finish. Try again.",
  },
  listSeparator: ", ",
  money: (amount) => `${amount} (10k)`,
  sheetNames: sheetNamesIn("en-US"),
  severity: { error: "Error", warning: "Warning", info: "Info" },
  units: { percent: "%", money: "10k", ratio: "×", count: "periods" },

  rollup: {
    title: "Roll up department plans",
    intro:
      "Pick the departments' plan workbooks (.xlsx). Each is checked, then a Roll-up sheet is written into this workbook: one row per department and a total row of formulas. No other sheet is touched.",
    pick: "Choose department workbooks",
    picked: (count) => `${count} file(s) chosen`,
    run: "Roll up",
    running: "Reading and rolling up…",
    written: (sheet, departments) => `Wrote the "${sheet}" sheet: ${departments} department(s).`,
    totals: (budget, actual, errors) => `Total budget ${budget} (10k), actual ${actual}, ${errors} error(s).`,
    sheetTaken: (sheet) =>
      `The workbook already has another sheet named "${sheet}"; it was left alone. Rename it first.`,
    failedTitle: "These files could not be read",
    noneRead: "No file could be read; nothing was written.",
  },

  create: {
    title: "Create the plan sheets",
    intro: "Adds the standard plan tables. Sheets that already exist are never overwritten.",
    sheetLang: "Language of the sheets",
    sheets: "Sheets",
    sheetsNone: "Choose at least one sheet.",
    content: "Content",
    contentEmpty: "Empty tables",
    contentExample: "Worked example",
    style: "Formula style",
    styleNames: { standard: "Standard formulas", plan: "PLAN functions" },
    styleHints: {
      standard:
        "Plain formulas: people without the add-in (WPS, LibreOffice, Excel on iPad, Excel 2016/2019) still compute and audit them.",
      plan: "=PLAN.STATUS(…) and the like: people without the add-in see #NAME?.",
    },
    createButton: "Create",
    creating: "Creating the sheets…",
    reportTitle: "Result",
    reportEmpty: "Nothing was done.",
    outcome: { created: "Created", existing: "Already existed", columnsAdded: "Columns added", conflict: "Conflict" },
    outcomeHelp: {
      created: "New sheet and table.",
      existing: "Left alone.",
      columnsAdded: "Missing columns added to the existing table.",
      conflict: "A sheet with this name holds something else; left alone.",
    },
    notes: {
      sheetConflict: (p) =>
        `A sheet named "${p.sheetName}" already exists with other content and was left as it is. Rename it to create this sheet.`,
      settingsMoved: (p) =>
        `The sheet "${p.taken}" holds other content and was left as it is; the settings were created as "${p.free}".`,
      settingsAdded: () => "The computed columns use the thresholds on the settings sheet, so it was created as well.",
    },
    addedColumns: (columns) => `Added: ${columns}`,
    applyStyle: "Apply formula style to existing sheets",
    applyStyleHint: "Rewrites only the computed columns; what people typed is kept.",
    applyingStyle: "Rewriting formulas…",
    styleRewritten: (count) => `Rewrote the formulas of ${count} ${count === 1 ? "cell" : "cells"}.`,
  },

  check: {
    title: "Check the plan",
    intro: "Reads the plan sheets and lists what needs attention.",
    run: "Run check",
    rerun: "Check again",
    running: "Checking…",
    summary: "Summary",
    totalBudget: "Total budget",
    totalActual: "Actual spend",
    variance: "Variance",
    contingencyShare: "Contingency share",
    notAvailable: "—",
    approvalsDue: "Approvals due",
    approvalLead: "Marketing lead",
    approvalGM: "General manager",
    metricsByStatus: "Metrics by status",
    status: { onTrack: "On track", warning: "Warning", alert: "Alert", notReported: "Not reported" },
    categoryShare: "Budget by category",
    summaryChart: "Chart: budget vs actual, metrics by status",
    findings: "Findings",
    findingsRegion: "Findings by sheet",
    stretchReached: "Metrics at their stretch value",
    filterSeverity: "Filter by severity",
    filterSheet: "Filter by sheet",
    filteredOut: (hidden) => `The filters hide all ${hidden} findings.`,
    expand: (sheet) => `Expand ${sheet}`,
    collapse: (sheet) => `Collapse ${sheet}`,
    restore: "Restore formula",
    restoreLabel: (address) => `Restore the formula of ${address}`,
    restoreAll: (cells) => `Restore all formulas (${cells} ${cells === 1 ? "cell" : "cells"})`,
    timeline: "Create / refresh timeline",
    timelineRunning: "Drawing the timeline…",
    timelineDone: (sheet, strategies, weeks) =>
      `${sheet} updated: ${strategies} ${strategies === 1 ? "strategy" : "strategies"} over ${weeks} ${weeks === 1 ? "week" : "weeks"}.`,
    restored: (cells) => `Restored the formula of ${cells} ${cells === 1 ? "cell" : "cells"}.`,
    findingCount: (count) => `${count} ${count === 1 ? "finding" : "findings"}`,
    change: (before, after) =>
      after === before
        ? `Same number of findings as the last check (${after}).`
        : after < before
          ? `${before - after} fewer than the last check (${before} → ${after}).`
          : `${after - before} more than the last check (${before} → ${after}).`,
    allClear: "All clear",
    allClearBody: "The check found nothing to fix.",
    findingLabel: (severity, address, message) => `${severity}: ${address}: ${message}`,
    selected: (address) => `Selected ${address}.`,
    checkedAt: (time) => `Checked at ${time}`,
  },

  review: {
    title: "Review and dashboard",
    intro:
      "Builds a Review sheet (goal completion, ROI and contribution by strategy, budget execution) and a Dashboard sheet of native Excel charts from the four plan sheets. Building again replaces only their own tables and charts; plan data and the Lessons table stay as they are.",
    run: "Create / refresh review and dashboard",
    running: "Building…",
    result: (review, dashboard, charts) => `Updated the "${review}" and "${dashboard}" sheets (${charts} charts).`,
    lessonsAdded:
      "Added a Lessons table (scenario, strategy, action, result, lesson) on the review sheet for you to fill.",
    plan: "Plan",
    budget: "Budget",
    actual: "Actual",
    executionRate: "Execution rate",
    revenue: "Attributed revenue",
    roi: "ROI",
    goals: "Goal completion",
    strategies: "ROI by strategy",
    goalLine: (metric, completion, status) => `${metric}: ${completion} complete · ${status}`,
    strategyLine: (name, roi, contribution) => `${name}: ROI ${roi} · contribution ${contribution}`,
    belowMinRoi: "below the minimum ROI",
    notAvailable: "—",
  },

  weekly: {
    title: "Add this period's rows",
    intro: "Appends one monitoring row per metric for the period, ready for the actual values. History stays.",
    frequency: "Frequency",
    frequencies: { weekly: "Weekly", monthly: "Monthly", quarterly: "Quarterly" },
    period: "Period",
    periodHint: {
      weekly: "ISO week, e.g. 2026-W48",
      monthly: "Month, e.g. 2026-11",
      quarterly: "Quarter, e.g. 2026-Q4",
    },
    periodInvalid: {
      weekly: "Enter an ISO week like 2026-W48 (weeks 01–53).",
      monthly: "Enter a month like 2026-11 (months 01–12).",
      quarterly: "Enter a quarter like 2026-Q4 (Q1–Q4).",
    },
    useCurrent: "Use current period",
    add: "Add rows",
    adding: "Adding rows…",
    result: (added, skipped) => `Added ${added}, skipped ${skipped} (already there).`,
    firstActual: (address) => `Selected ${address}: type the first actual value.`,
    nothingAdded: "No new rows: every metric already has a row for this period.",
  },

  settings: {
    title: "Thresholds",
    intro: "These live on the Settings sheet as named cells; the formulas use them.",
    loading: "Reading the settings…",
    notPresent: "The workbook has no Settings sheet yet: the defaults are shown.",
    save: "Save",
    saving: "Saving…",
    saved: "Saved to the workbook.",
    reset: "Reset to defaults",
    reload: "Reload from workbook",
    fixProblems: (count) => `Fix ${count === 1 ? "this problem" : `these ${count} problems`} before saving.`,
    rejected: "The workbook did not accept these values:",
    nameOfCell: (name) => `Cell name: ${name}`,
    split: {
      label: "Budget split",
      hint: "The check compares each group's share of the budget with its target, within the budget split tolerance.",
      none: "Not checked",
      groups: {
        headChannels: "head channels",
        newTests: "new tech tests",
        upkeep: "traditional upkeep",
        acquisition: "acquisition",
        brand: "brand",
        conversion: "conversion",
        reserve: "reserve",
      },
      share: (group, categories, percent) => `${group} (${categories}) ${percent}`,
      leftOut: (categories) => `not counted: ${categories}`,
      separator: "; ",
      notes: {
        splitCellMissing: () =>
          "This workbook's settings have no Budget split row yet (it was made before the split existed). Pick a split and save: the row is added below the settings, with its drop-down.",
        splitNotAPreset: (p) =>
          `${p.address} holds "${p.text}", which is not one of these splits, so the check leaves the split unchecked. Pick one and save to replace it; until then it stays as typed.`,
      },
    },
  },

  functions: {
    title: "PLAN functions",
    intro: "Type these in any cell. Examples use plain numbers; in a plan, point them at cells.",
    syntax: "Syntax",
    example: "Example",
    result: "Result",
    insert: "Insert example",
    insertLabel: (name) => `Insert example of PLAN.${name} into the selected cell`,
    inserting: "Inserting…",
    insertedAt: (formula, address) => `${formula} inserted in ${address}.`,
    entries: {
      DEVIATION: {
        summary: "Deviation from target: (actual − target) / target. Blank actual stays blank.",
        syntax: "PLAN.DEVIATION(actual, target)",
        result: "−25% (click-through 1.5% against 2%)",
      },
      STATUS: {
        summary: "On track, Warning or Alert, from the deviation, the direction (≥, ≤, =) and the thresholds.",
        syntax: "PLAN.STATUS(actual, target, [direction], [alert shortfall], [tolerance])",
        result: "Alert (25% short of target)",
      },
      ROI: {
        summary: 'Return on investment as revenue / cost, written 1:3.6; mode "net" gives (revenue − cost) / cost.',
        syntax: "PLAN.ROI(revenue, cost, [mode])",
        result: "3.6, i.e. 1:3.6",
      },
      VARIANCE: {
        summary: "Budget variance: actual − budget; positive is overspend.",
        syntax: "PLAN.VARIANCE(actual, budget)",
        result: "1 (10k overspend)",
      },
      VARIANCEPCT: {
        summary: "Variance % of budget: (actual − budget) / budget.",
        syntax: "PLAN.VARIANCEPCT(actual, budget)",
        result: "10%",
      },
      APPROVAL: {
        summary: "Approval level an overrun needs: none, marketing lead (above 10%) or general manager (above 50%).",
        syntax: "PLAN.APPROVAL(actual, budget, [lead threshold], [GM threshold])",
        result: "Marketing lead (20% overrun)",
      },
      EXPLAIN: {
        summary:
          "Whether the variance needs a written explanation: |variance %| above the threshold and |variance| at least the minimum amount.",
        syntax: "PLAN.EXPLAIN(actual, budget, [threshold], [min amount])",
        result: "TRUE (20% above 10%)",
      },
    },
  },
};
