import { describe, expect, it, test } from "vitest";
import { checkSheet } from "../app/runSubmissionCheck";
import { DEFAULT_SETTINGS } from "../app/settings";
import { detectTableInGrid } from "../app/detectTable";
import { goalSheet2, kpiList } from "../../test/fakeExcel/seedSheets";
import type { SheetGrid } from "../core/sheetTable";
import { en } from "./strings/en";
import { ja } from "./strings/ja";
import type { Notice } from "./paneController";
import {
  columnOptions,
  columnText,
  failureView,
  findingGroups,
  issueText,
  layoutSummary,
  messagesAt,
  nextFiscalYearText,
  noticeView,
  roleRows,
  verdictView,
} from "./viewModel";

const WHEN = { asOf: "2025-11-21", startMonth: 4 };

function gridOf(spec: { name: string; values: SheetGrid["values"] }): SheetGrid {
  return { name: spec.name, firstRow: 1, firstColumn: 0, values: spec.values };
}

describe("roleRows", () => {
  it("lists a KPI list's roles with the column recognised for each", () => {
    const detection = detectTableInGrid(gridOf(kpiList()), {}, WHEN);
    expect(roleRows(detection, {}, "kpi_list", ja).slice(0, 3)).toEqual([
      { role: "initiative", label: "取組項目・取組内容", column: 0, source: "recognised" },
      { role: "kpi", label: "KPI", column: 1, source: "recognised" },
      { role: "baseline", label: "基準値", column: 2, source: "recognised" },
    ]);
  });

  it("marks a column the user chose as chosen", () => {
    const sheet = { mapping: { status: 5 } };
    const detection = detectTableInGrid(gridOf(kpiList()), sheet, WHEN);
    expect(roleRows(detection, sheet, "kpi_list", ja).find((row) => row.role === "status")).toMatchObject({
      column: 5,
      source: "chosen",
    });
  });

  it("shows the saved mapping when no table was found", () => {
    const detection = detectTableInGrid(
      { name: "x", firstRow: 1, firstColumn: 0, values: [["メモ"]] },
      {},
      WHEN,
    );
    const rows = roleRows(detection, { mapping: { kpi: 2 } }, "kpi_list", en);
    expect(rows.find((row) => row.role === "kpi")).toEqual({
      role: "kpi",
      label: "KPI",
      column: 2,
      source: "chosen",
    });
    expect(rows.find((row) => row.role === "target")?.column).toBeNull();
  });
});

describe("columnOptions", () => {
  it("offers none, then every column with its header", () => {
    expect(
      columnOptions(
        [
          { column: 1, letter: "B", header: "KPI" },
          { column: 2, letter: "C", header: "" },
        ],
        ja,
      ),
    ).toEqual([
      { value: "", text: "（なし）" },
      { value: "1", text: "B：KPI" },
      { value: "2", text: "C" },
    ]);
  });

  it("offers only none for a sheet without columns", () => {
    expect(columnOptions([], en)).toEqual([{ value: "", text: "(none)" }]);
  });
});

describe("columnText", () => {
  const header =
    "中間報告（目標に対する進捗状況・進捗度）及び（中間報告の時点で取組項目に対する方法・手段の見直しを行った点）";
  const choices = [
    { column: 2, letter: "C", header: "期間・期限（いつ・いつまでに）" },
    { column: 4, letter: "E", header },
  ];
  test.each([
    [2, "C：期間・期限（いつ・いつまでに）"],
    [4, `E：${header}`],
    [7, "H"],
    [null, "（なし）"],
  ])("shows column %s whole as %s", (column, text) => {
    expect(columnText(column, choices, ja)).toBe(text);
  });
});

describe("verdictView", () => {
  const summary = { rows: 6, unreadRows: 0, errors: 0, warnings: 0, overdueRows: 0 };
  test.each([
    [{ errors: 0, warnings: 0, overdueRows: 0 }, true, "success", "提出できます"],
    [
      { errors: 0, warnings: 2, overdueRows: 4 },
      true,
      "warning",
      "提出できます（警告 2件・期限超過 4行を確認してください）",
    ],
    [
      { errors: 0, warnings: 0, overdueRows: 4 },
      true,
      "warning",
      "提出できます（期限超過 4行を確認してください）",
    ],
    [
      { errors: 0, warnings: 1, overdueRows: 0 },
      true,
      "warning",
      "提出できます（警告 1件を確認してください）",
    ],
    [{ errors: 1, warnings: 2, overdueRows: 4 }, false, "error", "提出前に修正が必要です"],
  ] as const)("words %o as %s, %s", (counts, readyToSubmit, intent, title) => {
    expect(verdictView({ readyToSubmit, summary: { ...summary, ...counts } }, ja)).toMatchObject({
      intent,
      title,
    });
  });

  it("never shows green beside listed warnings, in English too", () => {
    const view = verdictView(
      { readyToSubmit: true, summary: { ...summary, warnings: 2, overdueRows: 1 } },
      en,
    );
    expect(view).toMatchObject({
      intent: "warning",
      title: "Ready to submit (look at 2 warnings and 1 overdue row)",
    });
  });
});

describe("findingGroups", () => {
  it("words each finding in the user's language, errors first", () => {
    const checked = checkSheet(gridOf(kpiList()), { asOf: "2025-11-21", settings: DEFAULT_SETTINGS });
    if (!checked.ok) throw new Error("the KPI list should be checkable");
    const groups = findingGroups(checked.value, "en", en);
    expect(groups.map((g) => [g.severity, g.title])).toEqual([
      ["error", "Errors (1)"],
      ["warning", "Warnings (1)"],
    ]);
    expect(groups[0]?.items[0]).toMatchObject({ cell: "E25" });
    expect(groups[0]?.items[0]?.message).toContain("未集計");
  });

  it("gives empty groups for a sheet without findings", () => {
    const checked = checkSheet(gridOf(kpiList(4)), { asOf: "2025-11-21", settings: DEFAULT_SETTINGS });
    if (!checked.ok) throw new Error("the KPI list should be checkable");
    expect(findingGroups(checked.value, "ja", ja).map((g) => g.items.length)).toEqual([0, 0]);
  });
});

describe("issueText", () => {
  it("words the core's issues from the core's catalogue", () => {
    expect(issueText({ code: "target_zero" }, "ja", ja)).toBe("目標値が 0 のため、達成率を計算できません。");
  });

  it("words the app's issues from the pane's strings", () => {
    expect(issueText({ code: "selection_other_sheet", sheet: "別紙" }, "ja", ja)).toBe(
      "選択範囲が別のシート（別紙）にあります。このシートで列のセルを選択してください。",
    );
  });
});

describe("noticeView", () => {
  const flagged: Notice = {
    id: 1,
    kind: "flagged",
    outcome: {
      conditionalFormatsAdded: 2,
      notesWritten: 3,
      notesSkippedForUserNotes: ["E11"],
      notesSkippedForSize: 0,
      notesSupported: true,
      previousFlagsRemoved: 0,
    },
  };

  it("says what flagging did, and what it left alone", () => {
    expect(noticeView(flagged, "ja", ja)).toEqual({
      intent: "info",
      lines: [
        "シートに表示しました（条件付き書式 2件・メモ 3件）。",
        "メモが既にあるセル（E11）には、メモを付けていません。",
      ],
    });
  });

  it("says how many finding cells were left uncoloured under the user's own conditional formatting", () => {
    const underUserRules: Notice = {
      ...flagged,
      outcome: { ...flagged.outcome, notesSkippedForUserNotes: [], findingCellsUnderUserRules: 3 },
    };
    expect(noticeView(underUserRules, "ja", ja)).toEqual({
      intent: "info",
      lines: [
        "シートに表示しました（条件付き書式 2件・メモ 3件）。",
        "ご自身の条件付き書式がかかっている3セルは、色を付けていません（同じセルに書式ルールが重なると、Excel ではアドインが消去できなくなるため）。指摘の内容は一覧とメモでご確認ください。",
      ],
    });
    expect(noticeView(underUserRules, "en", en).lines[1]).toMatch(/^3 cells with findings are not coloured/);
    const none = { ...underUserRules, outcome: { ...underUserRules.outcome, findingCellsUnderUserRules: 0 } };
    expect(noticeView(none, "en", en).lines).toHaveLength(1);
  });

  it("lists at most five cells", () => {
    const cleared: Notice = {
      id: 2,
      kind: "cleared",
      outcome: {
        conditionalFormatsRemoved: 1,
        notesRemoved: 0,
        notesKeptAsEdited: ["A1", "A2", "A3", "A4", "A5", "A6"],
      },
    };
    expect(noticeView(cleared, "en", en).lines[1]).toBe(
      "Notes that someone edited (A1, A2, A3, A4, A5 …) were kept.",
    );
  });
});

describe("failureView", () => {
  it("says what happened, what to do, and that nothing was written", () => {
    expect(
      failureView(
        {
          code: "cell_edit_mode",
          operation: "flag",
          detail: "InvalidOperationInCellEditMode",
          partialWrite: false,
        },
        ja,
      ),
    ).toEqual({
      title: "セルの編集中です",
      action: "Enter キーか Esc キーでセルの編集を終えてから、もう一度お試しください。",
      written: "シートには何も書き込まれていません。",
      detail: "InvalidOperationInCellEditMode",
    });
  });

  test.each([
    ["flag", "「表示」を実行するか、「表示を消去」で消してください"],
    ["clear", "もう一度「表示を消去」を実行してください"],
    ["compute", "計算列の範囲を確認し"],
  ] as const)("tells how to remove what a %s that stopped part way left", (operation, words) => {
    const view = failureView(
      { code: "general", operation, detail: "GeneralException", partialWrite: true },
      ja,
    );
    expect(view.written).toContain(words);
  });

  it("says the user's overlapping rules are what Excel cannot read, and what to do", () => {
    const view = failureView(
      { code: "rules_unreadable", operation: "clear", detail: "GeneralException", partialWrite: false },
      ja,
    );
    expect(view.action).toContain("ルールの管理");
    expect(view.written).toBe("シートには何も書き込まれていません。");
  });

  it("says nothing about writing for a read, and owns up to an unexpected error", () => {
    const view = failureView(
      { code: "unexpected", operation: null, detail: "TypeError", partialWrite: false },
      en,
    );
    expect(view).toMatchObject({ title: "Something unexpected went wrong", written: null });
  });
});

describe("layoutSummary", () => {
  it("says the layout, the fiscal year in 令和 and the rows in one line", () => {
    const detection = detectTableInGrid(gridOf(goalSheet2()), {}, WHEN);
    if (!detection.ok) throw new Error("the goal sheet should be found");
    const rows = detection.value.table.rows.length;
    expect(layoutSummary(detection.value, "ja", ja)).toBe(`重点目標管理シート・令和7年度・${rows}行`);
    expect(layoutSummary(detection.value, "en", en)).toContain("FY2025");
  });
});

describe("nextFiscalYearText", () => {
  test.each([
    ["2025-11-21", "ja", "令和8年度"],
    ["2018-05-01", "ja", "令和元年度"],
    ["2025-11-21", "en", "FY2026"],
  ] as const)("after %s in %s is %s", (asOf, locale, text) => {
    expect(nextFiscalYearText({ settings: { asOf, startMonth: 4 }, today: "2025-12-01" }, locale)).toBe(text);
  });
});

describe("messagesAt", () => {
  const notices: Notice[] = [
    { id: 1, kind: "computed", address: "F4:I28" },
    {
      id: 2,
      kind: "issues",
      intent: "warning",
      issues: [{ code: "summary_no_sheets" }],
      action: "summarize",
    },
    { id: 3, kind: "inserted", sheetName: "令和8年度" },
  ];
  const failure = {
    code: "general",
    operation: "flag",
    detail: "x",
    partialWrite: false,
    action: "flag",
  } as const;

  test.each([
    ["sheet", [1], true],
    ["summary", [2], false],
    ["check", [3], false],
    ["settings", [], false],
  ] as const)("shows at %s the notices %o", (place, ids, failed) => {
    const shown = messagesAt({ notices, failure }, place);
    expect(shown.notices.map((n) => n.id)).toEqual(ids);
    expect(shown.failure !== null).toBe(failed);
  });
});
