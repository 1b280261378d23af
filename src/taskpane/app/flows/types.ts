import type { PlanWorkbook } from "../../../excel/contract";

export interface FlowProps {
  workbook: PlanWorkbook;
}
