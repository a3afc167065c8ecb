import { describe, expect, it, test } from "vitest";
import { ISSUE_CODES } from "../issueCodes";
import type { Issue } from "../result";
import { formatIssue, localeOf, statusLabel } from "./formatIssue";

describe("formatIssue", () => {
  test.each(ISSUE_CODES.map((code) => [code]))("has a Japanese and an English message for %s", (code) => {
    const issue: Issue = { code, text: "X", due: "2025-10-31", subItem: 1, sheet: "S", month: 10 };
    const jaText = formatIssue(issue, "ja");
    const enText = formatIssue(issue, "en");
    expect(jaText).toMatch(/[ぁ-んァ-ヶ一-龠]/);
    expect(enText).toMatch(/^[^ぁ-ん]*[A-Za-z]/);
    expect(jaText).not.toBe(code);
    expect(enText).not.toBe(code);
  });

  it("names the cell's text and says what is expected", () => {
    expect(formatIssue({ code: "value_unreadable", text: "未定", side: "target" }, "ja")).toBe(
      "目標値「未定」を数値として読み取れません。「120 件」「36.4 ％」「130 万PV」「△5」のように数値と単位で入力してください。",
    );
  });

  it("names every sub-item of a group", () => {
    expect(
      formatIssue({ code: "stale_planned_statement", subItem: 3, subItems: "3,4", month: 10 }, "ja"),
    ).toBe("(3)(4) 「予定」と書かれた時期（10月）を過ぎています。実施したかどうかを報告に反映してください。");
  });

  test.each([
    ["header_repeated", "12行目に表の見出しがもう一度あり", "Row 12 repeats the table's header"],
    ["sheet_title", "12行目に次のシートのタイトルがあり", "Row 12 holds the next sheet's title"],
    ["note", "12行目の注記（※）で表が終わる", "The note (※) in row 12"],
    [
      undefined,
      "列の割り当て（作業ウィンドウの「列の割り当て」、コマンドラインでは --map）",
      "column mapping",
    ],
  ])("names the unread rows and what ended the table (%s)", (reason, jaReason, enReason) => {
    const issue: Issue = {
      code: "rows_not_read",
      sheet: "KPI一覧",
      rows: "13-20, 22",
      count: 9,
      stopRow: 12,
      reason,
    };
    expect(formatIssue(issue, "ja")).toMatch(
      /^13-20, 22行目（9行）は表の行として読み取られず、チェックされていません。/,
    );
    expect(formatIssue(issue, "ja")).toContain(jaReason);
    expect(formatIssue(issue, "en")).toMatch(/^Rows 13-20, 22 \(9 rows\) were not read as rows of the table/);
    expect(formatIssue(issue, "en")).toContain(enReason);
  });

  it("falls back to the code for a code no catalogue knows, rather than failing", () => {
    expect(formatIssue({ code: "no_such_code" as never }, "en")).toBe("no_such_code");
  });
});

describe("localeOf", () => {
  test.each([
    ["ja-JP", "ja"],
    ["ja", "ja"],
    ["ja_JP.UTF-8", "ja"],
    ["jav", "en"],
    ["en-US", "en"],
    ["de-DE", "en"],
    ["", "en"],
    [null, "en"],
  ])("%j → %s", (language, locale) => {
    expect(localeOf(language)).toBe(locale);
  });
});

describe("statusLabel", () => {
  it("speaks the statuses in Japanese and English", () => {
    expect(["achieved", "on_track", "behind", "overdue"].map((s) => statusLabel(s as never, "ja"))).toEqual([
      "達成",
      "順調",
      "遅れ",
      "期限超過",
    ]);
    expect(statusLabel("overdue", "en")).toBe("Overdue");
  });
});
