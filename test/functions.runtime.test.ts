import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { excelErrorOf as errorOf } from "./excelErrorOf";
import { loadBuiltAddin as loadAddin } from "./loadBuiltAddin";

const DIST = inject("distDir");
const IDS = [
  "VALUE",
  "UNIT",
  "BASELINE",
  "TARGET",
  "ACHIEVEMENT",
  "PROGRESS",
  "GOALRATE",
  "GRADE",
  "DUE",
  "DONE",
  "OVERDUE",
  "STATUS",
  "FISCALYEAR",
];

describe("the built functions, loaded as Excel loads them", () => {
  const ja = loadAddin("ja-JP");
  const en = loadAddin("en-US");

  it("runs the page's bundles without a DOM, and the ribbon commands wait for Office", () => {
    expect(ja.loaded).toEqual(
      expect.arrayContaining(["runtime.js", "shared.js", "functions.js", "commands.js"]),
    );
    expect(ja.loaded.indexOf("runtime.js")).toBeLessThan(ja.loaded.indexOf("functions.js"));
    expect(ja.onReadyCalls).toBeGreaterThan(0);
  });

  it("registers every formula of the contract, and those only", () => {
    expect([...ja.customFunctions.associations.keys()].sort()).toEqual([...IDS].sort());
  });

  it("registers exactly what functions.json declares", () => {
    const metadata = JSON.parse(readFileSync(path.join(DIST, "functions.json"), "utf8")) as {
      functions: { id: string }[];
    };
    expect([...ja.customFunctions.associations.keys()].sort()).toEqual(
      metadata.functions.map((f) => f.id).sort(),
    );
  });

  it.each([
    ["VALUE", ["36.4 ％"], 0.364],
    ["VALUE", ["130 万PV"], 1_300_000],
    ["VALUE", ["1万2600回"], 12_600],
    ["VALUE", ["△5"], -5],
    ["VALUE", [1557], 1557],
    ["UNIT", ["R4 7,072 ｔ"], "t"],
    ["UNIT", ["－ 人"], "人"],
    ["BASELINE", ["111 件 ⇒ 120 件"], 111],
    ["TARGET", ["111 件 ⇒ 120 件"], 120],
    ["ACHIEVEMENT", ["120 件", "114 件"], 0.95],
    ["ACHIEVEMENT", [120, 114], 0.95],
    ["ACHIEVEMENT", [120, "114 件"], 0.95],
    ["ACHIEVEMENT", ["4,352 ｔ", "5,440 ｔ", "減少"], 0.8],
    ["PROGRESS", ["111 件", "120 件", "114 件"], 1 / 3],
    ["GOALRATE", ["(1) 20点以上の作品を募る (3) 15校以上へ貸出", "(1) 30点\n(3) 3校"], 0.2],
    ["GRADE", [0.85], "B"],
    ["GRADE", [0.85, [["100/90/80"]]], "C"],
    [
      "GRADE",
      [
        0.9,
        [
          ["A", 1],
          ["B", "80%"],
          ["C", 0],
        ],
      ],
      "B",
    ],
    ["DUE", ["R8. 3月", 2025], 46112],
    ["DUE", ["(1)5月、1月 (2)(3)年度内", "令和7年度", 1], 46053],
    ["DONE", ["(1) 令和7年5月20日に適正に執行した。 (3) (4) 3月の執行に向けて準備を進めた。", 1], true],
    ["DONE", ["(1) 令和7年5月20日に適正に執行した。 (3) (4) 3月の執行に向けて準備を進めた。", 3], false],
    ["DONE", ["(1) 令和7年5月20日に適正に執行した。 (3) (4) 3月の執行に向けて準備を進めた。"], false],
    ["OVERDUE", [45961, "", 45982], true],
    ["OVERDUE", [45961, "完了", 45982], false],
    ["OVERDUE", [45961], true],
    ["OVERDUE", [45982], false],
    ["STATUS", [0.6, 46112, 45931], "順調"],
    ["STATUS", [0.6, 45961], "期限超過"],
    ["FISCALYEAR", [46037], 2025],
    ["FISCALYEAR", ["R8.1.15"], 2025],
  ] as const)("%s(%j) gives %j", (id, args, expected) => {
    const result = ja.call(id, ...args);
    if (typeof expected === "number") expect(result).toBeCloseTo(expected, 12);
    else expect(result).toBe(expected);
  });

  it.each([
    ["VALUE", ["－ 人"], "#N/A", "値が入力されていません。", "Value is empty."],
    [
      "VALUE",
      ["未定"],
      "#VALUE!",
      "「未定」を数値として読み取れません",
      'Value "未定" cannot be read as a number',
    ],
    // #N/A rather than #DIV/0!: Excel shows a custom function's message only with #VALUE! and #N/A
    ["PROGRESS", [1, 1, 1], "#N/A", "基準値と目標値が同じため", "The baseline equals the target"],
    ["ACHIEVEMENT", [0, 5], "#N/A", "目標値が 0 のため", "The target is 0"],
    ["ACHIEVEMENT", ["50 %", "45"], "#VALUE!", "％ がありません", "has no %"],
    ["PROGRESS", ["年 10 回", "期間中 30 回", "15 回"], "#N/A", "期間中の累計", "total over the plan period"],
    ["DUE", ["9999年度末", 2025], "#VALUE!", "9999年12月31日", "9999-12-31"],
    ["DUE", ["(1)5月 (2)1月", 2025, 3], "#N/A", "小項目 (3)", "sub-item (3)"],
    ["VALUE", ["9".repeat(400)], "#NUM!", "数値の範囲", "beyond the numbers Excel can hold"],
    ["ACHIEVEMENT", [5e-324, "15 業務"], "#NUM!", "数値の範囲", "beyond the numbers Excel can hold"],
    ["DUE", ["随時", 2025], "#N/A", "期日が定まっていない", "has no fixed date"],
    ["DUE", ["R7.1O月", 2025], "#VALUE!", "読み取れません", "cannot be read"],
    [
      "OVERDUE",
      ["来月"],
      "#VALUE!",
      "期限「来月」を日付として読み取れません",
      'The due date "来月" cannot be read as a date',
    ],
    ["FISCALYEAR", [46037, 13], "#NUM!", "1〜12 の整数", "from 1 to 12"],
    ["GRADE", [0.5, [["nonsense"]]], "#VALUE!", "評価基準", "Grading scale"],
    [
      "GOALRATE",
      ["(1) 20点以上 (3) 15校以上", "(1) 30点"],
      "#N/A",
      "実績値が入力されていません",
      "actual value is empty",
    ],
    ["GOALRATE", ["今年度実施する選挙を管理執行する", "1件"], "#N/A", "目標値がない", "There is no target"],
  ] as const)(
    "%s(%j) gives %s with a message in Excel's language",
    (id, args, code, jaMessage, enMessage) => {
      const inJapanese = errorOf(() => ja.call(id, ...args));
      expect(inJapanese.code).toBe(code);
      expect(inJapanese.message).toContain(jaMessage);
      const inEnglish = errorOf(() => en.call(id, ...args));
      expect(inEnglish.code).toBe(code);
      expect(inEnglish.message).toContain(enMessage);
    },
  );

  it("labels a status in Excel's language", () => {
    expect(ja.call("STATUS", 1, 46112, 45931)).toBe("達成");
    expect(en.call("STATUS", 1, 46112, 45931)).toBe("Achieved");
    expect(en.call("STATUS", 0.3, 46112, 45931)).toBe("Behind");
    expect(en.call("STATUS", 0.9, 45961, 45982)).toBe("Overdue");
  });

  it("turns an unexpected failure into #VALUE! with a message", () => {
    const hostile = {
      toString(): string {
        throw new Error("boom");
      },
    };
    const error = errorOf(() => ja.call("VALUE", hostile));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toContain("boom");
  });

  it("never writes to or formats a cell: the functions bundle does not touch the workbook", () => {
    const bundle = readFileSync(path.join(DIST, "functions.js"), "utf8");
    expect(bundle).not.toMatch(/Excel\.run|getRange|\.format\b|\.values\s*=/);
  });
});
