import { it } from "vitest";
import { findTable } from "./findTable";
it("x", () => {
  const _ = null;
  const r = findTable({ name: "s", firstRow: 1, firstColumn: 0, values: [
    [_, "取組項目", "期限", "数値目標"],
    ["①", "○ 文書", "年度内", "(1) 文書"],
  ]});
  console.log(JSON.stringify(r));
});
