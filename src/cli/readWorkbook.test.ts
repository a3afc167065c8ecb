import { openAsBlob } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it, test } from "vitest";
import type { CellValue, SheetGrid } from "../core/sheetTable";
import { kpiRows, rowXml, sheetXml, workbookParts, writeZip, zeros } from "../../test/xlsxFixtures";
import { blobSource } from "../workbookFile/byteSource";
import { readWorkbookSource } from "../workbookFile/readWorkbookSource";
import type { ReadLimits } from "./readWorkbook";
import { DEFAULT_READ_LIMITS, readWorkbook } from "./readWorkbook";

const EXAMPLES = fileURLToPath(new URL("../../examples/", import.meta.url));
const GOAL_SHEETS = path.join(EXAMPLES, "重点目標管理シート_令和7年度_総務部等.xlsx");
const KPI_LIST = path.join(EXAMPLES, "マニフェストKPI一覧_R7-R10.xlsx");

/** The task pane's way in: the file's bytes as a Blob, through the same reader. */
async function readBlob(
  file: string,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
): ReturnType<typeof readWorkbook> {
  return readWorkbookSource(blobSource(await openAsBlob(file)), file, { limits });
}

/** Every refusal and damage holds whichever way the file comes in: a path (the checker) or a Blob (the pane). */
const READERS = [
  ["from a path", readWorkbook],
  ["from a Blob", readBlob],
] as const;

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "readWorkbook-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function readOk(file: string): Promise<readonly SheetGrid[]> {
  const result = await readWorkbook(file);
  if (!result.ok) throw new Error(`expected ${file} to read: ${JSON.stringify(result.issues)}`);
  return result.value.sheets;
}

/** The cell at a worksheet address, read through the grid's offsets as the core does. */
function cellAt(grid: SheetGrid, row: number, column: number): CellValue | undefined {
  return grid.values[row - grid.firstRow]?.[column - grid.firstColumn];
}

/** The 1-based worksheet row whose cell in `column` holds `text`. */
function rowWith(grid: SheetGrid, column: number, text: string): number {
  const index = grid.values.findIndex((row) => row[column - grid.firstColumn] === text);
  if (index < 0) throw new Error(`no ${text} in column ${column} of ${grid.name}`);
  return grid.firstRow + index;
}

function sheetNamed(sheets: readonly SheetGrid[], name: string): SheetGrid {
  const sheet = sheets.find((s) => s.name === name);
  if (sheet === undefined) throw new Error(`no sheet ${name}`);
  return sheet;
}

async function writeWorkbook(name: string, build: (workbook: ExcelJS.Workbook) => void): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  const file = path.join(dir, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

describe("readWorkbook", () => {
  describe("on the 重点目標管理シート example", () => {
    it("reads the five goal sheets in tab order", async () => {
      const sheets = await readOk(GOAL_SHEETS);
      expect(sheets.map((s) => s.name)).toEqual(["1 防災力", "2 行財政改革", "3 人材", "4 ICT", "5 選挙"]);
    });

    it("starts the grid at A1 with the title", async () => {
      const sheet = sheetNamed(await readOk(GOAL_SHEETS), "1 防災力");
      expect(sheet.firstRow).toBe(1);
      expect(sheet.firstColumn).toBe(0);
      expect(cellAt(sheet, 1, 0)).toBe("令和7年度 重点目標管理シート");
    });

    it("gives the ① row's 期間・期限 as the seed has it", async () => {
      const sheet = sheetNamed(await readOk(GOAL_SHEETS), "1 防災力");
      const row = rowWith(sheet, 0, "①");
      expect(cellAt(sheet, row, 2)).toBe("(1)5月、1月 (2)(3)年度内 (4)通年");
      expect(cellAt(sheet, row, 1)).toMatch(
        /^○ 危機管理防災体制の強化 \(1\) 総合防災情報システムの効率的な運用/,
      );
    });

    it("gives a merged area's value only in its top-left cell (中間報告 E:F)", async () => {
      const sheet = sheetNamed(await readOk(GOAL_SHEETS), "1 防災力");
      const header = rowWith(sheet, 0, "①") - 1;
      expect(cellAt(sheet, header, 4)).toMatch(/^中間報告（目標に対する進捗状況・進捗度）/);
      expect(cellAt(sheet, header, 5)).toBeNull();
      expect(cellAt(sheet, header, 6)).toBe("期末報告（目標に対する達成状況・達成度）");
      const first = rowWith(sheet, 0, "①");
      expect(cellAt(sheet, first, 4)).toMatch(/^\(1\) 危機管理防災担当者操作訓練 2回/);
      expect(cellAt(sheet, first, 5)).toBeNull();
      expect(cellAt(sheet, first, 6)).toBeNull();
    });

    it("keeps sheet 4's 中間報告 and 期末報告 in adjacent columns", async () => {
      const sheet = sheetNamed(await readOk(GOAL_SHEETS), "4 ICT");
      const header = rowWith(sheet, 0, "①") - 1;
      expect(cellAt(sheet, header, 4)).toMatch(/^中間報告/);
      expect(cellAt(sheet, header, 5)).toBe("期末報告（目標に対する達成状況・達成度）");
    });

    it("holds goal 2's SDGs as plain lines, without the export's <div> markup", async () => {
      const sheet = sheetNamed(await readOk(GOAL_SHEETS), "2 行財政改革");
      const row = rowWith(sheet, 4, "該当するSDGsの目標");
      const sdgs = cellAt(sheet, row, 5);
      expect(sdgs).toMatch(/^7 エネルギーをみんなにそしてクリーンに\n8 働きがいも経済成長も\n/);
      expect(sdgs).toContain("17 パートナリーシップで目標を達成しよう");
      expect(sdgs).not.toContain("<div>");
    });
  });

  describe("on the KPI list example", () => {
    it("keeps the values with their units and typos", async () => {
      const [sheet] = await readOk(KPI_LIST);
      if (sheet === undefined) throw new Error("no sheet");
      const views = rowWith(sheet, 4, "町ホームページのアクセス数");
      expect(cellAt(sheet, views, 5)).toBe("130 万PV");
      expect(cellAt(sheet, views, 6)).toBe("150万 万PV");
      const x = rowWith(sheet, 4, "町公式Xフォロワー数");
      expect(cellAt(sheet, x, 5)).toBe("－ 人");
      expect(cellAt(sheet, x, 6)).toBe("1,000 人");
    });

    it("reads the two header rows and the merged 重点項目", async () => {
      const [sheet] = await readOk(KPI_LIST);
      if (sheet === undefined) throw new Error("no sheet");
      const header = rowWith(sheet, 0, "重点項目");
      expect(sheet.values[header - sheet.firstRow]).toEqual([
        "重点項目",
        "推進項目",
        "推進事項",
        "推進事項達成に向けた具体的な取組内容",
        "推進項目のＫＰＩ　※３",
        "基準値　※1",
        "目標値　※2",
        "R7実績",
      ]);
      expect(sheet.values[header + 1 - sheet.firstRow]).toEqual([
        null,
        null,
        null,
        null,
        null,
        "R6年度末",
        "R10年度末",
        "R7年度",
      ]);
      expect(cellAt(sheet, header + 2, 0)).toBe("Ⅴ\n行政ＤＸと行財政改革の\n断行");
      expect(cellAt(sheet, header + 3, 0)).toBeNull();
    });
  });

  describe("on cells of every kind", () => {
    let sheet: SheetGrid;
    beforeAll(async () => {
      const file = await writeWorkbook("kinds.xlsx", (workbook) => {
        const ws = workbook.addWorksheet("種類");
        ws.getCell("B2").value = "通年";
        ws.getCell("C2").value = 36.4;
        ws.getCell("D2").value = true;
        ws.getCell("E2").value = "";
        ws.getCell("B3").value = new Date(Date.UTC(2026, 2, 31));
        ws.getCell("C3").value = new Date(Date.UTC(2025, 9, 1, 12));
        ws.getCell("D3").value = { formula: "DATE(2025,5,20)", result: new Date(Date.UTC(2025, 4, 20)) };
        ws.getCell("D3").numFmt = "yyyy/m/d";
        ws.getCell("B4").value = { formula: "C2*2", result: 72.8 };
        ws.getCell("C4").value = { formula: 'TEXT(111,"0")&" 件"', result: "111 件" };
        ws.getCell("D4").value = { formula: "NA()", result: { error: "#N/A" } };
        ws.getCell("E4").value = { formula: "B4+1" };
        ws.getCell("B5").value = { error: "#DIV/0!" };
        ws.getCell("C5").value = {
          richText: [{ text: "(1) 令和7年5月20日" }, { text: "に適正に執行した。", font: { bold: true } }],
        };
        ws.getCell("D5").value = {
          text: "上田市ホームページ",
          hyperlink: "https://www.city.ueda.nagano.jp/",
        };
        ws.getCell("B6").value = "年度内";
        ws.mergeCells("B6:C7");
        ws.getCell("B8").value = 1;
        ws.getCell("B9").value = 2;
        ws.fillFormula("C8:C9", "B8*10", [10, 20]);
        ws.getCell("E9").value = "右端";
      });
      sheet = sheetNamed(await readOk(file), "種類");
    });

    it("covers the used range from the first row and column with a value", () => {
      expect(sheet.firstRow).toBe(2);
      expect(sheet.firstColumn).toBe(1);
      expect(sheet.values).toHaveLength(8);
      expect(sheet.values.every((row) => row.length === 4)).toBe(true);
    });

    test.each([
      ["text", 2, 1, "通年"],
      ["a number", 2, 2, 36.4],
      ["a boolean", 2, 3, true],
      ["an empty string, as empty", 2, 4, null],
      ["a date, as its serial", 3, 1, 46112],
      ["a date and time, with the time as a fraction", 3, 2, 45931.5],
      ["a formula with a date result, as the serial", 3, 3, 45797],
      ["a formula, as its cached result", 4, 1, 72.8],
      ["a formula with a text result", 4, 2, "111 件"],
      ["a formula with an error result, as the error", 4, 3, "#N/A"],
      ["a formula never calculated, as empty", 4, 4, null],
      ["an error, as its text", 5, 1, "#DIV/0!"],
      ["rich text, joined", 5, 2, "(1) 令和7年5月20日に適正に執行した。"],
      ["a hyperlink, as its text", 5, 3, "上田市ホームページ"],
      ["a merged area's top-left cell", 6, 1, "年度内"],
      ["the rest of a merged area, as empty", 6, 2, null],
      ["the rest of a merged area below, as empty", 7, 1, null],
      ["a shared formula's master, as its result", 8, 2, 10],
      ["a shared formula's other cells, as their results", 9, 2, 20],
    ] as const)("gives %s", (_kind, row, column, expected) => {
      expect(cellAt(sheet, row, column)).toStrictEqual(expected);
    });
  });

  it("reads a workbook with no sheets as no grids", async () => {
    const file = await writeWorkbook("no-sheets.xlsx", () => {});
    expect(await readWorkbook(file)).toEqual({ ok: true, value: { path: file, sheets: [] } });
  });

  it("reads an empty sheet as a grid with no values", async () => {
    const file = await writeWorkbook("empty-sheet.xlsx", (workbook) => {
      workbook.addWorksheet("重点目標");
      workbook.addWorksheet("formatted only").getCell("C3").fill = {
        type: "pattern",
        pattern: "solid",
        fgColor: { argb: "FFFFFF00" },
      };
    });
    expect(await readOk(file)).toEqual([
      { name: "重点目標", firstRow: 1, firstColumn: 0, values: [] },
      { name: "formatted only", firstRow: 1, firstColumn: 0, values: [] },
    ]);
  });

  describe("with a file that is not a readable .xlsx", () => {
    const writeBytes = (name: string, bytes: () => Promise<Buffer> | Buffer) => async (): Promise<string> => {
      const file = path.join(dir, name);
      await writeFile(file, await bytes());
      return file;
    };

    test.each([
      ["a missing file", async () => path.join(dir, "ない.xlsx"), "missing"],
      ["a path through a file", async () => path.join(GOAL_SHEETS, "sheet1.xml"), "missing"],
      [
        "a folder",
        async () => {
          const folder = path.join(dir, "フォルダ.xlsx");
          await mkdir(folder, { recursive: true });
          return folder;
        },
        "not_a_file",
      ],
      [
        "a text file renamed .xlsx",
        writeBytes("メモ.xlsx", () => Buffer.from("重点目標\t防災力\n", "utf8")),
        "not_xlsx",
      ],
      ["an empty file", writeBytes("空.xlsx", () => Buffer.alloc(0)), "not_xlsx"],
      [
        "a zip without a workbook",
        writeBytes("other.xlsx", async () => {
          // Same length, so the zip stays valid: only the workbook part's name changes.
          const bytes = await readFile(KPI_LIST);
          let at = bytes.indexOf("xl/workbook.xml");
          while (at >= 0) {
            bytes.write("xl/workbooX.xml", at, "ascii");
            at = bytes.indexOf("xl/workbook.xml", at);
          }
          return bytes;
        }),
        "not_xlsx",
      ],
      [
        "an old .xls or a password-protected file",
        writeBytes("旧形式.xls", () =>
          Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]),
        ),
        "encrypted_or_xls",
      ],
      [
        "a truncated .xlsx",
        writeBytes("途中まで.xlsx", async () => (await readFile(KPI_LIST)).subarray(0, -200)),
        "corrupt",
      ],
    ] as const)("fails with file_unreadable for %s", async (_case, makeFile, reason) => {
      const file = await makeFile();
      // A damaged file's issue also says what is damaged (`detail`).
      const read = await readWorkbook(file);
      expect(read).toMatchObject({
        ok: false,
        issues: [{ code: "file_unreadable", path: file, reason }],
      });
      // The same bytes as a Blob (the task pane's collected file) fail the same way.
      if (reason !== "missing" && reason !== "not_a_file") expect(await readBlob(file)).toEqual(read);
    });
  });
});

describe("readWorkbook on workbooks other tools write", () => {
  it("reads a workbook that ExcelJS fails on (a drawing written in the default namespace)", async () => {
    // A drawing part whose elements carry no `xdr:` prefix is valid XML; ExcelJS 4.4 matches prefixed
    // names only and throws a TypeError while loading it, so such a workbook was never checked.
    const file = path.join(dir, "drawing.xlsx");
    writeZip(file, [
      ...workbookParts([{ name: "KPI一覧", chunks: sheetXml(kpiRows(3)) }]),
      {
        name: "xl/drawings/drawing1.xml",
        chunks: [
          '<?xml version="1.0"?><wsDr xmlns="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>',
        ],
      },
      {
        name: "xl/drawings/_rels/drawing1.xml.rels",
        chunks: ['<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>'],
      },
    ]);
    await expect(new ExcelJS.Workbook().xlsx.readFile(file)).rejects.toThrow(TypeError);
    const [sheet] = await readOk(file);
    if (sheet === undefined) throw new Error("no sheet");
    expect(sheet.name).toBe("KPI一覧");
    expect(cellAt(sheet, 5, 1)).toBe("町ホームページのアクセス数");
    expect(cellAt(sheet, 5, 3)).toBe("150万 万PV");
    expect(cellAt(sheet, 7, 4)).toBeNull();
  });

  it("reads prefixed elements, shared strings with furigana and escapes, and every cell type", async () => {
    const file = path.join(dir, "written-by-others.xlsx");
    const sst =
      '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4" uniqueCount="4">' +
      "<si><t>期間・期限</t></si>" +
      // Rich text runs are joined; the phonetic guide (rPh) is not part of the value.
      '<si><r><t>重点</t></r><r><rPr><b/></rPr><t xml:space="preserve">目標 </t></r><rPh sb="0" eb="2"><t>ジュウテン</t></rPh></si>' +
      "<si><t>1行目_x000D_\n2行目 &amp; _x005F_x0041_</t></si>" +
      "<si><t/></si></sst>";
    const rows =
      '<x:row r="2"><x:c r="B2" t="s"><x:v>0</x:v></x:c><x:c r="C2" t="s"><x:v>1</x:v></x:c></x:row>' +
      // Neither the row nor its cells give a reference: they follow the previous ones.
      '<x:row><x:c t="s"><x:v>2</x:v></x:c><x:c t="b"><x:v>1</x:v></x:c><x:c t="e"><x:v>#N/A</x:v></x:c></x:row>' +
      '<x:row r="5"><x:c r="A5" t="d"><x:v>2026-03-31T12:00:00</x:v></x:c><x:c r="B5"><x:f>A1*2</x:f><x:v>72.8</x:v></x:c>' +
      '<x:c r="C5" t="str"><x:f>TEXT(1,"0")</x:f><x:v>111 件</x:v></x:c><x:c r="D5"><x:f>B4+1</x:f></x:c>' +
      '<x:c r="E5" t="s"><x:v>3</x:v></x:c><x:c r="F5" s="1"/></x:row>' +
      '<x:row r="6"><x:c r="A6" t="inlineStr"><x:is><x:t>通年</x:t></x:is></x:c><x:c r="B6" t="inlineStr"><x:is><x:t>隠れる</x:t></x:is></x:c></x:row>';
    const sheet =
      '<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>' +
      rows +
      '</x:sheetData><x:mergeCells count="1"><x:mergeCell ref="A6:B7"/></x:mergeCells></x:worksheet>';
    writeZip(file, workbookParts([{ name: "他社製", chunks: [sheet] }], sst));
    const [grid] = await readOk(file);
    if (grid === undefined) throw new Error("no sheet");
    expect(grid).toEqual({
      name: "他社製",
      firstRow: 2,
      firstColumn: 0,
      values: [
        [null, "期間・期限", "重点目標 "],
        ["1行目\r\n2行目 & _x0041_", true, "#N/A"],
        [null, null, null],
        [46112.5, 72.8, "111 件"],
        ["通年", null, null],
      ],
    });
  });

  it("says which part is damaged when its XML breaks off", async () => {
    const file = path.join(dir, "broken-xml.xlsx");
    writeZip(
      file,
      workbookParts([{ name: "壊れ", chunks: ['<worksheet><sheetData><row r="1"><c r="A1" t="s'] }]),
    );
    expect(await readWorkbook(file)).toEqual({
      ok: false,
      issues: [
        {
          code: "file_unreadable",
          path: file,
          reason: "corrupt",
          detail: "xl/worksheets/sheet1.xml: the part ends inside a tag",
        },
      ],
    });
  });
});

/** A full garbage collection, so a test can measure what stays in memory. */
function collectGarbage(): void {
  setFlagsFromString("--expose-gc");
  (runInNewContext("gc") as () => void)();
}

describe.each(READERS)("readWorkbook on hostile files %s", (_way, readWorkbook) => {
  it("keeps the text of the cells, not the XML around it", async () => {
    // 300 cells, each in a chunk of 64 KiB of XML: a kept value must not hold its chunk (20 MB in all).
    const file = path.join(dir, "padded.xlsx");
    const padding = `<!--${"x".repeat(64 * 1024)}-->`;
    const rows = Array.from(
      { length: 300 },
      (_v, i) => rowXml(i + 1, [`保持される文字列です（${i + 1} 行目）`]) + padding,
    );
    writeZip(file, workbookParts([{ name: "表", chunks: sheetXml(rows) }]));
    collectGarbage();
    const before = process.memoryUsage().heapUsed;
    const result = await readWorkbook(file);
    if (!result.ok) throw new Error(`padded.xlsx was refused: ${JSON.stringify(result.issues)}`);
    const sheets = result.value.sheets;
    collectGarbage();
    const held = process.memoryUsage().heapUsed - before;
    expect(sheets[0]?.values[299]).toEqual(["保持される文字列です（300 行目）"]);
    expect(held).toBeLessThan(5 * 1024 * 1024);
  });

  const MIB = 1024 * 1024;
  const refusal = async (name: string, build: (file: string) => void): Promise<unknown> => {
    const file = path.join(dir, name);
    build(file);
    const result = await readWorkbook(file);
    if (result.ok) throw new Error(`${name} was read`);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ code: "file_too_large", path: file });
    return result.issues[0];
  };

  it("refuses a zip bomb by its central directory, before inflating anything", async () => {
    // 2 GiB of zeros in about 2 MB: refused for what it declares.
    const issue = await refusal("bomb.xlsx", (file) =>
      writeZip(file, workbookParts([{ name: "爆弾", chunks: zeros(2048 * MIB) }])),
    );
    expect(issue).toMatchObject({ limit: "unpacked_size", max: DEFAULT_READ_LIMITS.zip.maxTotalBytes });
  });

  it("refuses a part compressed past the ratio a spreadsheet reaches", async () => {
    const issue = await refusal("ratio.xlsx", (file) =>
      writeZip(file, workbookParts([{ name: "圧縮", chunks: zeros(64 * MIB) }])),
    );
    expect(issue).toMatchObject({ limit: "compression_ratio", part: "xl/worksheets/sheet1.xml", max: 500 });
  });

  it("stops inflating a part that grows past the size it declares", async () => {
    // The directory says 1 KiB: nothing there to refuse. The bytes are counted while they inflate.
    const issue = await refusal("liar.xlsx", (file) =>
      writeZip(file, workbookParts([{ name: "嘘", chunks: zeros(64 * MIB), declaredSize: 1024 }])),
    );
    expect(issue).toMatchObject({ limit: "declared_size", part: "xl/worksheets/sheet1.xml", max: 1024 });
  });

  it("refuses a zip of more entries than the limit", async () => {
    const issue = await refusal("entries.xlsx", (file) =>
      writeZip(file, [
        ...workbookParts([{ name: "多数", chunks: sheetXml([rowXml(1, ["①"])]) }]),
        ...Array.from({ length: DEFAULT_READ_LIMITS.zip.maxEntries }, (_v, i) => ({
          name: `xl/media/image${i}.png`,
          chunks: [],
          stored: true,
        })),
      ]),
    );
    expect(issue).toMatchObject({ limit: "entries", max: 10_000 });
  });

  it("stops reading a sheet at the first row past the row limit, naming the sheet and the row", async () => {
    const issue = await refusal("rows.xlsx", (file) =>
      writeZip(file, workbookParts([{ name: "KPI一覧", chunks: sheetXml(kpiRows(60_000)) }])),
    );
    // The title is in row 1: row 50,001 is the first past 50,000 rows of used range.
    expect(issue).toMatchObject({ limit: "rows", sheet: "KPI一覧", row: 50_001, max: 50_000 });
  });

  it("refuses a stray value far below the table, counting the used range, not the values", async () => {
    const issue = await refusal("stray-row.xlsx", (file) =>
      writeZip(
        file,
        workbookParts([{ name: "表", chunks: sheetXml([rowXml(1, ["①"]), rowXml(1_048_576, ["x"])]) }]),
      ),
    );
    expect(issue).toMatchObject({ limit: "rows", sheet: "表", row: 1_048_576 });
  });

  it("refuses a used range past the cell limit (a value in column XFD)", async () => {
    const far = '<row r="200"><c r="XFD200"><v>1</v></c></row>';
    const issue = await refusal("stray-column.xlsx", (file) =>
      writeZip(file, workbookParts([{ name: "表", chunks: sheetXml([rowXml(1, ["①"]), far]) }])),
    );
    expect(issue).toMatchObject({ limit: "cells", sheet: "表", row: 200, max: 2_000_000 });
  });

  it("counts the limits over all sheets together", async () => {
    const limits = { ...DEFAULT_READ_LIMITS, sheets: { maxRows: 10, maxCells: 1000, maxTextLength: 1000 } };
    const file = path.join(dir, "two-sheets.xlsx");
    const six = Array.from({ length: 6 }, (_v, i) => rowXml(i + 1, ["取組", i]));
    writeZip(
      file,
      workbookParts([
        { name: "一", chunks: sheetXml(six) },
        { name: "二", chunks: sheetXml(six) },
      ]),
    );
    expect(await readWorkbook(file, limits)).toMatchObject({
      ok: false,
      issues: [{ code: "file_too_large", limit: "rows", sheet: "二", row: 5, max: 10 }],
    });
  });

  test.each([
    [
      "in its cells",
      undefined,
      [rowXml(1, ["①"]), rowXml(2, ["期限".repeat(30)]), rowXml(3, ["年度末".repeat(20)])],
      "表",
      3,
    ],
    [
      "in its shared strings",
      "<sst><si><t>①</t></si><si><r><t>期限</t></r><r><t>" + "通年".repeat(60) + "</t></r></si></sst>",
      ['<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'],
      undefined,
      undefined,
    ],
  ])("refuses a workbook whose text passes the limit %s", async (_case, sst, rows, sheet, row) => {
    const limits = { ...DEFAULT_READ_LIMITS, sheets: { ...DEFAULT_READ_LIMITS.sheets, maxTextLength: 100 } };
    const file = path.join(dir, `text-${sheet ?? "shared"}.xlsx`);
    writeZip(file, workbookParts([{ name: "表", chunks: sheetXml(rows) }], sst));
    const result = await readWorkbook(file, limits);
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          code: "file_too_large",
          path: file,
          limit: "text",
          ...(sheet === undefined ? {} : { sheet, row }),
          max: 100,
        },
      ],
    });
  });
});
