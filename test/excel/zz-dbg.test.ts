import { setup } from "./harness";
it("edits", async () => {
  const h = setup();
  await h.workbook.create({ lang: "zh-CN", sheets: ["goals", "strategies", "budget", "monitoring", "settings"], example: true, style: "plan" });
  const B = "预算分配";
  // 1. reorder: 审批人 (K) moves to C
  h.state.insertColumn(B, "C");
  h.state.setCells(B, "C1:C4", h.state.getValues(B, "L1:L4"));
  h.state.deleteColumns(B, "L");
  // 2. insert a column of notes at B
  h.state.insertColumn(B, "B");
  h.state.setCell(B, "B1", "备注");
  // 3. English header for actual (now G)
  console.log(JSON.stringify(h.state.getValues(B, "A1:L1")));
  h.state.setCell(B, "G1", "Actual (10k)");
  // 4. a blank row in the middle
  h.state.insertRows(B, 3);
  // 5. numbers typed as text
  h.state.setCell(B, "G4", "'18");
  h.state.setCell(B, "F5", "五万");
  // 6. formula overwritten
  h.state.setCell(B, "H2", 1);
  // 7. delete goal G2 (row 3)
  h.state.deleteRows("目标分解", 3);
  console.log(JSON.stringify(h.state.getFormulas(B, "A1:L5")));
  console.log(h.state.table("PlanBudget")?.address, h.state.table("PlanBudget")?.headers);
  const r = await h.workbook.check("zh-CN");
  console.log(JSON.stringify(r.findings.map(f => [f.code, f.address, f.message]), null, 1));
  h.uninstall();
});
