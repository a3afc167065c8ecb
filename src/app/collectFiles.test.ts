import { describe, expect, it, test } from "vitest";
import { goalFile, kpiFile, unreadableFile } from "../../test/collectedFiles";
import type { CollectedFile, CollectProgress } from "./collectFiles";
import { collectFiles, collectFindings, collectLines, verdictOf } from "./collectFiles";

const failed = (detail: string) => ({ code: "reader_failed", message: `読めません（${detail}）` });
const named = (...names: string[]) => names.map((name) => ({ name }));

describe("collectFiles", () => {
  it("checks the files one after another, reporting progress, and a failing check as that file's reason", async () => {
    const progress: CollectProgress[] = [];
    let reading = 0;
    const result = await collectFiles(named("総務課.xlsx", "壊れた.xlsx", "企画課.xlsx"), {
      check: async ({ name }) => {
        reading++;
        expect(reading).toBe(1); // one file in memory at a time
        await Promise.resolve();
        reading--;
        if (name === "壊れた.xlsx") throw new RangeError("offset");
        return kpiFile(name);
      },
      stopped: () => false,
      failed,
      onProgress: (p) => progress.push(p),
    });
    expect(result).toEqual({
      files: [
        kpiFile("総務課.xlsx"),
        {
          path: "壊れた.xlsx",
          error: { code: "reader_failed", message: "読めません（RangeError: offset）" },
          sheets: [],
        },
        kpiFile("企画課.xlsx"),
      ],
      stopped: false,
    });
    expect(progress).toEqual([
      { done: 0, total: 3, current: "総務課.xlsx" },
      { done: 1, total: 3, current: "壊れた.xlsx" },
      { done: 2, total: 3, current: "企画課.xlsx" },
      { done: 3, total: 3, current: null },
    ]);
  });

  it("stops before the next file when asked, and drops the file whose reading the stop interrupted", async () => {
    let stop = false;
    const result = await collectFiles(named("1.xlsx", "2.xlsx", "3.xlsx"), {
      check: async ({ name }) => {
        if (name === "2.xlsx") {
          stop = true;
          throw new Error("AbortError");
        }
        return kpiFile(name);
      },
      stopped: () => stop,
      failed,
    });
    expect(result).toEqual({ files: [kpiFile("1.xlsx")], stopped: true });
  });

  it("returns nothing for no files", async () => {
    expect(
      await collectFiles([], {
        check: () => Promise.reject(new Error("not called")),
        stopped: () => false,
        failed,
      }),
    ).toEqual({
      files: [],
      stopped: false,
    });
  });
});

describe("collectLines", () => {
  it("gives a line per sheet, one per unreadable file, and one per file without any table", () => {
    const noTable: CollectedFile = {
      path: "表なし.xlsx",
      error: { code: "workbook_without_table", message: "どのシートにも表がありません。" },
      sheets: [
        {
          name: "Sheet1",
          skipped: { code: "table_not_found", message: "表が見つかりません。" },
          findings: [],
        },
      ],
    };
    const lines = collectLines([goalFile("総務課.xlsx", 3), unreadableFile("財政課.xls"), noTable]);
    expect(lines.map((l) => [l.file, l.sheet, l.state, l.errors, l.warnings, l.reason])).toEqual([
      ["総務課.xlsx", "1 防災力", "checked", 2, 1, null],
      ["総務課.xlsx", "メモ", "skipped", 0, 0, "表が見つかりません。"],
      ["財政課.xls", null, "unreadable", 0, 0, "古い形式（.xls）か、パスワード付きのファイルです。"],
      ["表なし.xlsx", null, "skipped", 0, 0, "どのシートにも表がありません。"],
    ]);
  });

  it("gives no line for no file", () => {
    expect(collectLines([])).toEqual([]);
  });
});

describe("verdictOf", () => {
  const counts = { items: 3, achieved: 1, onTrack: 2, behind: 0, overdue: 0, noStatus: 0 };
  const line = {
    file: "a.xlsx",
    sheet: "s",
    state: "checked",
    reason: null,
    errors: 0,
    warnings: 0,
    counts,
  } as const;
  test.each([
    ["an error", { errors: 1, warnings: 3 }, "fix"],
    ["a warning", { warnings: 1 }, "review"],
    ["an overdue item without a finding", { counts: { ...counts, overdue: 1 } }, "review"],
    ["nothing", {}, "ok"],
    ["a skipped sheet", { state: "skipped" }, "skipped"],
    ["an unreadable file", { state: "unreadable", sheet: null, counts: null }, "unreadable"],
  ] as const)("reads a line with %s", (_case, patch, verdict) => {
    expect(verdictOf({ ...line, ...patch })).toBe(verdict);
  });
});

describe("collectFindings", () => {
  const files: CollectedFile[] = [
    {
      path: "企画課.xlsx",
      sheets: [
        {
          name: "KPI",
          findings: [
            { code: "a", severity: "warning", cell: "B10", message: "w1" },
            { code: "b", severity: "error", cell: "B9", message: "e1" },
            { code: "c", severity: "warning", cell: "AA2", message: "w2" },
          ],
        },
      ],
    },
    {
      path: "総務課.xlsx",
      sheets: [{ name: "1 防災力", findings: [{ code: "d", severity: "error", cell: "C2", message: "e2" }] }],
    },
  ];

  test.each([
    ["file", ["w1", "e1", "w2", "e2"]],
    ["severity", ["e1", "e2", "w1", "w2"]],
    ["sheet", ["e2", "w1", "e1", "w2"]],
    ["cell", ["e1", "w1", "e2", "w2"]],
  ] as const)("sorts by %s", (key, messages) => {
    expect(collectFindings(files, key).map((f) => f.message)).toEqual(messages);
  });

  it("names each finding's file and sheet", () => {
    expect(collectFindings(files, "file")[3]).toMatchObject({
      file: "総務課.xlsx",
      sheet: "1 防災力",
      cell: "C2",
    });
  });

  it("puts a cell that is not an A1 address after the others", () => {
    const odd: CollectedFile[] = [
      {
        path: "x.xlsx",
        sheets: [
          {
            name: "s",
            findings: [
              { code: "a", severity: "error", cell: "(表)", message: "table" },
              { code: "b", severity: "error", cell: "A1", message: "a1" },
            ],
          },
        ],
      },
    ];
    expect(collectFindings(odd, "cell").map((f) => f.message)).toEqual(["a1", "table"]);
  });
});
