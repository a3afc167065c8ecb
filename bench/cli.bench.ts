import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { checkFile } from "../src/cli/checkFiles";
import type { BenchResult } from "./measure";
import { formatResult, measureAsync } from "./measure";
import { KPI_ROWS, PERIOD_CELLS } from "./seedRows";

const WORKBOOKS = 100;
const ROWS = 200;

/** 100 KPI lists of 200 rows each, laid out as seed 004 with an actual and a deadline column. */
export async function writeWorkbooks(dir: string): Promise<string[]> {
  const files: string[] = [];
  for (let w = 0; w < WORKBOOKS; w++) {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("KPI一覧");
    sheet.addRow(["第２期上野町長マニフェスト（R７～10年度）に関連する具体的な取組などの一覧"]);
    sheet.addRow([]);
    sheet.addRow(["推進事項", "推進項目のＫＰＩ", "基準値", "目標値", "R7実績", "期限"]);
    sheet.addRow([null, null, "R6年度末", "R10年度末", "R7年度", null]);
    for (let r = 0; r < ROWS; r++) {
      const [kpi, baseline, target, actual] = KPI_ROWS[(w + r) % KPI_ROWS.length] ?? KPI_ROWS[0]!;
      sheet.addRow([
        `取組 ${r + 1}`,
        kpi,
        baseline,
        target,
        actual || null,
        PERIOD_CELLS[r % PERIOD_CELLS.length],
      ]);
    }
    const file = path.join(dir, `kpi-${String(w).padStart(3, "0")}.xlsx`);
    await book.xlsx.writeFile(file);
    files.push(file);
  }
  return files;
}

/** Checking workbooks against only opening them with ExcelJS, the cost that cannot be avoided. */
export async function benchCli(): Promise<string[]> {
  const dir = mkdtempSync(path.join(tmpdir(), "kpi-bench-"));
  try {
    const files = await writeWorkbooks(dir);
    const open: BenchResult = await measureAsync(
      `ExcelJS open only: ${WORKBOOKS} workbooks × ${ROWS} rows`,
      WORKBOOKS,
      "workbooks",
      async () => {
        for (const file of files) await new ExcelJS.Workbook().xlsx.readFile(file);
      },
    );
    const check: BenchResult = await measureAsync(
      `npm run check: ${WORKBOOKS} workbooks × ${ROWS} rows`,
      WORKBOOKS,
      "workbooks",
      async () => {
        for (const file of files) {
          const checked = await checkFile(file, { asOf: "2025-11-21", locale: "ja" });
          if (checked.report.error) throw new Error(`${file}: ${checked.report.error.message}`);
        }
      },
    );
    const overhead = (check.medianMs / open.medianMs - 1) * 100;
    return [
      formatResult(open),
      formatResult(check),
      `${"checking on top of opening".padEnd(58)} ${`${overhead >= 0 ? "+" : ""}${overhead.toFixed(1)}%`.padStart(14)}   (aim: under +30%)`,
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
