import { APPROVAL_LABELS } from "../labels";
import type { ApprovalLevel } from "../calc/budget";
import type { Lang } from "../language";
import type { ListItem } from "../schema/column";
import { sheetColumns } from "../schema/sheets";
import { PLAN_SHEET_KEYS, SHEET_NAMES, type PlanSheetKey, type WorkbookSheetKey } from "../schema/sheet-keys";
import { splitGroup, splitPresetOf } from "../settings/budget-split";
import type { Finding, FindingCode, Severity } from "./finding";
import { formatNumber, formatPercent, formatRoi, formatSigned } from "./format-values";
import {
  thresholdDef,
  thresholdProblemMessage,
  type ThresholdKey,
  type ThresholdProblemCode,
} from "../settings/thresholds";

interface MessageContext {
  readonly lang: Lang;
  /** The header of the finding's column (params.column) in the message language. */
  readonly col: string;
  readonly str: (name: string) => string;
  readonly num: (name: string) => number;
}

type Message = (c: MessageContext) => { "zh-CN": string; "en-US": string };

function columnHeader(sheet: WorkbookSheetKey, key: unknown, lang: Lang): string {
  if (typeof key !== "string" || !(PLAN_SHEET_KEYS as readonly string[]).includes(sheet)) return String(key ?? "");
  return sheetColumns(sheet as PlanSheetKey).find((c) => c.key === key)?.header[lang] ?? key;
}

function listOptions(sheet: WorkbookSheetKey, key: unknown, lang: Lang): string {
  if (!(PLAN_SHEET_KEYS as readonly string[]).includes(sheet)) return "";
  const items: readonly ListItem[] = sheetColumns(sheet as PlanSheetKey).find((c) => c.key === key)?.list ?? [];
  return items.map((i) => i.label[lang]).join(lang === "zh-CN" ? "、" : ", ");
}

const MESSAGES: Record<FindingCode, Message> = {
  columnMissing: ({ col, str, num }) =>
    str("optional") === "yes"
      ? {
          "zh-CN": `缺少“${col}”列，但有 ${num("rows")} 行需要填写它；请加回该列。`,
          "en-US": `the column "${col}" is missing, but ${num("rows")} row(s) need it filled in; add the column back.`,
        }
      : {
          "zh-CN": `缺少必填列“${col}”，无法读取和检查该列。`,
          "en-US": `the required column "${col}" is missing, so it cannot be read or checked.`,
        },
  duplicateColumn: ({ col, str }) => ({
    "zh-CN": `“${col}”列出现了不止一次，只读取第一列（${str("first")}）。`,
    "en-US": `"${col}" appears more than once; only the first column (${str("first")}) is read.`,
  }),
  requiredBlank: ({ col }) => ({
    "zh-CN": `“${col}”为必填项，请填写。`,
    "en-US": `${col} is required; please fill it in.`,
  }),
  notANumber: ({ col, str }) =>
    str("kind") === "money"
      ? {
          "zh-CN": `“${str("text")}”不是金额；“${col}”请填写以万元为单位的数字，如 12.5。`,
          "en-US": `"${str("text")}" is not an amount; ${col} takes a number in 10k CNY (万元), such as 12.5.`,
        }
      : {
          "zh-CN": `“${str("text")}”不是数字；“${col}”请填写数值，如 11、1.5%、1.2万。`,
          "en-US": `"${str("text")}" is not a number; ${col} takes a number such as 11, 1.5% or 1.2万.`,
        },
  notADate: ({ col, str }) => ({
    "zh-CN": `“${str("text")}”不是日期；“${col}”请填写日期，如 2026-01-10。`,
    "en-US": `"${str("text")}" is not a date; ${col} takes a date such as 2026-01-10.`,
  }),
  notInList: ({ col, str }) => ({
    "zh-CN": `“${str("text")}”不是“${col}”的选项；可选：${str("options")}。`,
    "en-US": `"${str("text")}" is not an option of ${col}; choose one of: ${str("options")}.`,
  }),
  computedColumnMissing: ({ col }) => ({
    "zh-CN": `计算列“${col}”已被删除；请重新添加该列，公式会重新计算。`,
    "en-US": `the computed column "${col}" was deleted; add it back so its formula recalculates.`,
  }),
  ambiguousAmount: ({ col, str }) => ({
    "zh-CN": `“${str("text")}”含义不明：“${col}”已以万元为单位，无法确定是 ${str("number")} 万元还是 ${str("number")} 万 万元；请只填写数字。`,
    "en-US": `"${str("text")}" is ambiguous: ${col} is already in 10k CNY (万元), so it could be ${str("number")} or ${str("number")} × 10k of them; type the number alone.`,
  }),
  ratioNotRoi: ({ col, str }) => ({
    "zh-CN": `“${str("text")}”是比例写法，只用于ROI指标；“${col}”请填写数值。`,
    "en-US": `"${str("text")}" is a ratio, which only an ROI metric takes; ${col} takes a number.`,
  }),
  formulaReadsDifferently: ({ col, str }) =>
    str("as") === "direction"
      ? {
          "zh-CN": `“${col}”写作“${str("text")}”：检查按“${str("value")}”计算，但表中公式只认 ≥、≤、=，会显示 #VALUE!；请从下拉列表选择。`,
          "en-US": `${col} is written "${str("text")}": the check reads it as ${str("value")}, but the sheet's formula knows only ≥, ≤ and = and shows #VALUE!; pick it from the list.`,
        }
      : str("as") === "blank"
        ? {
            "zh-CN": `“${col}”只有空格：检查视为空，但表中公式会显示 #VALUE!；请清空该单元格。`,
            "en-US": `${col} holds only spaces: the check reads it as blank, but the sheet's formula shows #VALUE!; clear the cell.`,
          }
        : {
            "zh-CN": `“${col}”的“${str("text")}”是文本：检查按 ${str("value")} 计算，但表中公式在 WPS、LibreOffice 等软件里可能算不出或算得不同；请填写为数字。`,
            "en-US": `${col} holds the text "${str("text")}": the check reads ${str("value")}, but the sheet's formula may not read it (or read it otherwise) in WPS, LibreOffice and other spreadsheets; type it as a number.`,
          },
  computedValueTyped: ({ col, str }) => ({
    "zh-CN": `“${col}”应为公式，但被填入了数值“${str("text")}”，它不会随数据更新；请恢复公式。`,
    "en-US": `${col} should be a formula but holds the typed value "${str("text")}", which will not update; restore the formula.`,
  }),
  computedCellEmpty: ({ col }) => ({
    "zh-CN": `“${col}”的公式被清除了；请恢复公式。`,
    "en-US": `the formula of ${col} was cleared; restore it.`,
  }),
  vagueTarget: ({ str }) => ({
    "zh-CN": `目标值“${str("text")}”不是数字，目标不够明确；请写成可衡量的数值，单位填在“单位”列。`,
    "en-US": `the target "${str("text")}" is not a number, so the goal is vague; write a measurable number and put the unit in the Unit column.`,
  }),
  ownerMissing: ({ str }) => ({
    "zh-CN": `目标“${str("metric")}”没有责任人；每个目标需要且只能有一位责任人。`,
    "en-US": `the goal "${str("metric")}" has no owner; every goal needs exactly one owner.`,
  }),
  ownerMultiple: ({ str }) => ({
    "zh-CN": `目标“${str("metric")}”填了多位责任人（${str("owner")}）；每个目标只能有一位责任人。`,
    "en-US": `the goal "${str("metric")}" names several owners (${str("owner")}); every goal needs exactly one owner.`,
  }),
  duplicateId: ({ str }) => ({
    "zh-CN": `编号 ${str("id")} 与 ${str("first")} 重复；编号必须唯一，其他表靠它关联。`,
    "en-US": `the ID ${str("id")} is already used at ${str("first")}; IDs must be unique because other sheets link to them.`,
  }),
  danglingLink: ({ col, str, lang }) => ({
    "zh-CN": `“${col}”中的 ${str("id")} 在“${SHEET_NAMES[str("target") as WorkbookSheetKey]?.[lang] ?? str("target")}”中不存在。`,
    "en-US": `${col} refers to ${str("id")}, which does not exist on ${SHEET_NAMES[str("target") as WorkbookSheetKey]?.[lang] ?? str("target")}.`,
  }),
  dependencyCycle: ({ str }) => ({
    "zh-CN": `前置依赖形成循环（${str("cycle")}），这些策略都无法开始。`,
    "en-US": `the dependencies form a cycle (${str("cycle")}), so none of these strategies can start.`,
  }),
  dueBeforeStart: ({ str }) => ({
    "zh-CN": `截止日期 ${str("due")} 早于开始日期 ${str("start")}。`,
    "en-US": `the due date ${str("due")} is before the start date ${str("start")}.`,
  }),
  negativeAmount: ({ col, num }) => ({
    "zh-CN": `“${col}”不能为负数（${formatNumber(num("value"))}）。`,
    "en-US": `${col} cannot be negative (${formatNumber(num("value"))}).`,
  }),
  approverMissing: ({ str, num, lang }) => {
    const level = APPROVAL_LABELS[str("level") as ApprovalLevel]?.[lang] ?? str("level");
    return str("unbudgeted") === "yes"
      ? {
          "zh-CN": `预算为0的支出需${level}审批，但未填写审批人。`,
          "en-US": `spend on a line with no budget needs approval by the ${level}, but no approver is named.`,
        }
      : {
          "zh-CN": `超支 ${formatPercent(num("variancePct"))} 需${level}审批，但未填写审批人。`,
          "en-US": `an overrun of ${formatPercent(num("variancePct"))} needs approval by the ${level}, but no approver is named.`,
        };
  },
  explanationMissing: ({ num, str }) =>
    str("unbudgeted") === "yes"
      ? {
          "zh-CN": `无预算的支出 ${formatNumber(num("variance"))} 万元需要说明，请填写差异分析。`,
          "en-US": `spend of ${formatNumber(num("variance"))} (10k) on a line with no budget needs an explanation; please add one.`,
        }
      : {
          "zh-CN": `差异 ${formatSigned(num("variance"))} 万元（${formatPercent(num("variancePct"), true)}）超过说明阈值 ${formatPercent(num("threshold"))}，请填写差异分析。`,
          "en-US": `a variance of ${formatSigned(num("variance"))} (10k, ${formatPercent(num("variancePct"), true)}) is beyond ${formatPercent(num("threshold"))}; please explain it.`,
        },
  contingencyOutOfRange: ({ num }) => ({
    "zh-CN": `应急预算占总预算 ${formatPercent(num("share"))}，应在 ${formatPercent(num("min"))} 至 ${formatPercent(num("max"))} 之间。`,
    "en-US": `contingency is ${formatPercent(num("share"))} of the total budget; it should be between ${formatPercent(num("min"))} and ${formatPercent(num("max"))}.`,
  }),
  badPeriod: ({ str }) =>
    str("number") === "yes"
      ? {
          "zh-CN": `“${str("text")}”不是周期，可能被 Excel 转成了日期；请把该列设为文本格式后填写 2026-W05、2026-01、2026-Q1 或 2026。`,
          "en-US": `"${str("text")}" is not a period (Excel may have turned it into a date); format the column as text and type 2026-W05, 2026-01, 2026-Q1 or 2026.`,
        }
      : {
          "zh-CN": `“${str("text")}”不是可识别的周期；请填写 2026-W05、2026-01、2026-Q1 或 2026。`,
          "en-US": `"${str("text")}" is not a period; type 2026-W05, 2026-01, 2026-Q1 or 2026.`,
        },
  duplicatePeriod: ({ str }) => ({
    "zh-CN": `指标“${str("metric")}”在 ${str("period")} 已有一行（${str("first")}）；同一周期只应有一行。`,
    "en-US": `the metric "${str("metric")}" already has a row for ${str("period")} (${str("first")}); keep one row per period.`,
  }),
  targetZero: ({ str }) => ({
    "zh-CN": `指标“${str("metric")}”的目标值为 0，无法计算偏差率和状态。`,
    "en-US": `the metric "${str("metric")}" has a target of 0, so no deviation or status can be calculated.`,
  }),
  alertWithoutAction: ({ str, num }) => ({
    "zh-CN": `指标“${str("metric")}”${str("period")} 告警（偏差 ${formatPercent(num("deviation"), true)}），请填写改进措施。`,
    "en-US": `"${str("metric")}" is on Alert for ${str("period")} (deviation ${formatPercent(num("deviation"), true)}); add an improvement action.`,
  }),
  adjustmentNeeded: ({ str, num }) => ({
    "zh-CN": `指标“${str("metric")}”连续 ${num("count")} 个周期未达标（${str("periods")}），需要调整策略。`,
    "en-US": `"${str("metric")}" has been off track for ${num("count")} periods in a row (${str("periods")}); the strategy needs adjusting.`,
  }),
  roiBelowMin: ({ str, num }) => {
    const strategies = str("strategies");
    return {
      "zh-CN": `“${str("metric")}”${str("period")} 的ROI为 ${formatRoi(num("roi"))}，低于最低ROI ${formatRoi(num("min"))}${strategies ? `；相关策略：${strategies}` : ""}。`,
      "en-US": `"${str("metric")}" has an ROI of ${formatRoi(num("roi"))} for ${str("period")}, below the minimum ${formatRoi(num("min"))}${strategies ? `; strategies: ${strategies}` : ""}.`,
    };
  },
  roiTargetBelowMin: ({ str, num }) => ({
    "zh-CN": `目标“${str("metric")}”的ROI目标 ${formatRoi(num("target"))} 低于最低ROI ${formatRoi(num("min"))}。`,
    "en-US": `the goal "${str("metric")}" aims at an ROI of ${formatRoi(num("target"))}, below the minimum ${formatRoi(num("min"))}.`,
  }),
  settingNotANumber: ({ str }) => {
    const def = thresholdDef(str("setting") as ThresholdKey);
    return {
      "zh-CN": `“${def.label["zh-CN"]}”不是数字，检查时按默认值 ${def.defaultValue} 计算。`,
      "en-US": `"${def.label["en-US"]}" is not a number; the check used the default ${def.defaultValue}.`,
    };
  },
  settingBlank: ({ str }) => {
    const def = thresholdDef(str("setting") as ThresholdKey);
    return {
      "zh-CN": `“${def.label["zh-CN"]}”为空：检查和 PLAN.* 按默认值 ${def.defaultValue} 计算，表中标准公式按 0 计算；请填写数值。`,
      "en-US": `"${def.label["en-US"]}" is blank: the check and PLAN.* use the default ${def.defaultValue}, the sheet's standard formulas read 0; type a value.`,
    };
  },
  "setting.notANumber": settingProblem("notANumber"),
  "setting.negative": settingProblem("negative"),
  "setting.percentOver100": settingProblem("percentOver100"),
  "setting.notWholeNumber": settingProblem("notWholeNumber"),
  "setting.gmBelowLead": settingProblem("gmBelowLead"),
  "setting.reserveMinAboveMax": settingProblem("reserveMinAboveMax"),
  goalWithoutStrategy: ({ str }) => ({
    "zh-CN": `目标 ${str("id")}“${str("metric")}”没有任何策略关联；请在“策略执行”中为它安排策略。`,
    "en-US": `no strategy serves the goal ${str("id")} "${str("metric")}"; link a strategy to it on the strategy sheet.`,
  }),
  goalWithoutMetric: ({ str }) => ({
    "zh-CN": `目标 ${str("id")}“${str("metric")}”没有监控行关联，无法跟踪完成情况。`,
    "en-US": `no monitoring row measures the goal ${str("id")} "${str("metric")}", so its progress cannot be followed.`,
  }),
  strategyWithoutBudget: ({ str }) => ({
    "zh-CN": `策略 ${str("id")}“${str("action")}”没有预算明细关联；请在“预算分配”中为它列支。`,
    "en-US": `no budget line pays for the strategy ${str("id")} "${str("action")}"; add one on the budget sheet.`,
  }),
  costMismatch: ({ str, num }) => ({
    "zh-CN": `策略 ${str("id")} 的预算 ${formatNumber(num("cost"))} 万元与其 ${num("count")} 条预算明细合计 ${formatNumber(num("lines"))} 万元不一致。`,
    "en-US": `the cost of ${str("id")}, ${formatNumber(num("cost"))} (10k), differs from its ${num("count")} budget line(s), which add up to ${formatNumber(num("lines"))} (10k).`,
  }),
  overdue: ({ str }) => ({
    "zh-CN": `策略 ${str("id")}“${str("action")}”截止于 ${str("due")}，截至 ${str("asOf")} 仍未完成。`,
    "en-US": `the strategy ${str("id")} "${str("action")}" was due on ${str("due")} and is not done as of ${str("asOf")}.`,
  }),
  dependencyOrder: ({ str }) => ({
    "zh-CN": `策略 ${str("id")} 于 ${str("start")} 开始，早于其前置依赖 ${str("dependsOn")} 的截止日期 ${str("due")}。`,
    "en-US": `${str("id")} starts on ${str("start")}, before its prerequisite ${str("dependsOn")} is due on ${str("due")}.`,
  }),
  splitOff: ({ str, num, lang }) => {
    const group = splitGroup(splitPresetOf(str("preset")), str("group"))?.label[lang] ?? str("group");
    return {
      "zh-CN": `按预算结构 ${str("preset")}，${group}应占 ${formatPercent(num("target"))}，实际占 ${formatPercent(num("share"))}，超出容差 ${formatPercent(num("tolerance"))}。`,
      "en-US": `under the ${str("preset")} split, ${group} should take ${formatPercent(num("target"))} of the budget but takes ${formatPercent(num("share"))}, beyond the ${formatPercent(num("tolerance"))} tolerance.`,
    };
  },
  targetLevels: ({ str, num, lang }) => {
    const levels = [
      str("baseline") !== "" ? `${lang === "zh-CN" ? "基准值" : "baseline"} ${formatNumber(num("baseline"))}` : "",
      `${lang === "zh-CN" ? "目标值" : "target"} ${formatNumber(num("target"))}`,
      str("stretch") !== "" ? `${lang === "zh-CN" ? "挑战值" : "stretch"} ${formatNumber(num("stretch"))}` : "",
    ].filter((x) => x !== "");
    const higher = str("direction") === "≥";
    return {
      "zh-CN": `目标“${str("metric")}”的三级目标顺序不对（${levels.join(" → ")}）；方向为 ${str("direction")}，应${higher ? "逐级递增" : "逐级递减"}：基准值 → 目标值 → 挑战值。`,
      "en-US": `the three levels of "${str("metric")}" are out of order (${levels.join(" → ")}); with direction ${str("direction")} they should ${higher ? "rise" : "fall"} from baseline to target to stretch.`,
    };
  },
  periodMissing: ({ str, num }) =>
    num("count") === 1
      ? {
          "zh-CN": `指标“${str("metric")}”在 ${str("before")} 与 ${str("after")} 之间缺少 ${str("from")} 的报告。`,
          "en-US": `"${str("metric")}" has no report for ${str("from")}, between ${str("before")} and ${str("after")}.`,
        }
      : {
          "zh-CN": `指标“${str("metric")}”缺少 ${str("from")} 至 ${str("to")} 共 ${num("count")} 个周期的报告。`,
          "en-US": `"${str("metric")}" has no report for the ${num("count")} periods ${str("from")} to ${str("to")}.`,
        },
};

function settingProblem(code: ThresholdProblemCode): Message {
  return ({ str }) => thresholdProblemMessage(str("setting") as ThresholdKey, code);
}

/** What is wrong at the finding's cell, in the user's language, without the address. */
export function findingDetail(f: Finding, lang: Lang): string {
  const p = f.params;
  const ctx: MessageContext = {
    lang,
    col: columnHeader(f.sheet, p.column, lang),
    str: (name) => {
      if (name === "options" && p.options === undefined) return listOptions(f.sheet, p.column, lang);
      return p[name] === undefined ? "" : String(p[name]);
    },
    num: (name) => Number(p[name]),
  };
  return MESSAGES[f.code](ctx)[lang];
}

/** A finding as one sentence in the user's language, starting with the cell it is about. */
export function formatFinding(f: Finding, lang: Lang): string {
  return `${f.address}${lang === "zh-CN" ? "：" : ": "}${findingDetail(f, lang)}`;
}

/** The shape the task pane lists (FindingView in src/excel/contract.ts). */
export interface FindingMessage {
  code: FindingCode;
  severity: Severity;
  sheet: WorkbookSheetKey;
  address: string;
  /** The whole sentence, address first: for reading anywhere on its own. */
  message: string;
  /** The sentence without the address, for lists that show the address beside it. */
  detail: string;
}

export function findingMessage(f: Finding, lang: Lang): FindingMessage {
  const detail = findingDetail(f, lang);
  return {
    code: f.code,
    severity: f.severity,
    sheet: f.sheet,
    address: f.address,
    message: formatFinding(f, lang),
    detail: detail.charAt(0).toUpperCase() + detail.slice(1),
  };
}
