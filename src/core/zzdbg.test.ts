import { it } from "vitest";
import { findTable } from "./findTable";
it("perf", () => {
  const header = ["重点項目","推進項目","推進事項","推進事項達成に向けた具体的な取組内容","推進項目のＫＰＩ　※３","基準値　※1",null,"目標値　※2","R7実績","R8実績"];
  const big: (string|null)[][] = [["タイトル"], header, [null,null,null,null,null,"R6年度末",null,"R10年度末",null,null]];
  for (let i=0;i<100000;i++) big.push([null,null,i%5===0?"推進":null,"取組"+i,"各種行政手続きにおけるＤＸの推進KPI名"+i,`${i} 件`,"⇒",`${i+10} 件`,i%3===0?`${i} 件`:null,null]);
  for (let k=0;k<6;k++){
  const t0 = performance.now();
  const b = findTable({ name: "big", firstRow: 1, firstColumn: 0, values: big });
  console.log("100k rows ms", (performance.now()-t0).toFixed(1), b.ok && b.value.table.rows.length);
  }
});
