/**
 * A worksheet name Excel accepts and the workbook does not use yet: a new sheet never replaces one.
 * Excel refuses names over 31 characters, names with : \ / ? * [ ], and names that differ from one in
 * use only in letter case.
 */

export const SHEET_NAME_MAX_LENGTH = 31;
const FORBIDDEN = /[:\\/?*[\]]/g;

/**
 * `wanted`, made valid, or with ` (2)`, ` (3)` … after it until no sheet has the name.
 * @example freeSheetName("令和8年度 重点目標", ["令和8年度 重点目標"]) // "令和8年度 重点目標 (2)"
 * @example freeSheetName("KPI一覧 [R8]", []) // "KPI一覧 (R8)"
 */
export function freeSheetName(wanted: string, taken: readonly string[]): string {
  const used = new Set(taken.map((name) => name.toLowerCase()));
  const cleaned = wanted
    .replace(/\[/g, "(")
    .replace(/\]/g, ")")
    .replace(FORBIDDEN, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "");
  const base = cleaned === "" ? "Sheet" : cleaned;
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : ` (${n})`;
    const name = `${[...base]
      .slice(0, SHEET_NAME_MAX_LENGTH - suffix.length)
      .join("")
      .trimEnd()}${suffix}`;
    if (!used.has(name.toLowerCase())) return name;
  }
}
