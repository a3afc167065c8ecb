import path from "node:path";
import { describe, expect, it } from "vitest";
import { openWorkbook } from "./openWorkbook";
import { readWorkbook } from "./readWorkbook";

const GOALS = path.join("examples", "重点目標管理シート_令和7年度_総務部等.xlsx");

describe("openWorkbook", () => {
  it("gives the file's sheets through the workbook port, as readWorkbook reads them", async () => {
    const opened = await openWorkbook(GOALS);
    const read = await readWorkbook(GOALS);
    expect(opened.ok && read.ok).toBe(true);
    if (!opened.ok || !read.ok) return;
    const sheets = await opened.value.readAllSheets();
    expect(sheets.map((sheet) => sheet.name)).toContain("2 行財政改革");
    expect(sheets).toEqual(read.value.sheets);
  });

  it("fails with file_unreadable for a file that is not there", async () => {
    expect(await openWorkbook(path.join("examples", "ない.xlsx"))).toEqual({
      ok: false,
      issues: [{ code: "file_unreadable", path: path.join("examples", "ない.xlsx"), reason: "missing" }],
    });
  });
});
