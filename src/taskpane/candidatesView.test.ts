import { describe, expect, it } from "vitest";
import { confirmActual } from "../app/confirmActual";
import { DEFAULT_SETTINGS } from "../app/settings";
import { runSubmissionCheck } from "../app/runSubmissionCheck";
import { fakeWorkbook } from "../../test/fakeExcel/fakeHost";
import { seedGoalSheet } from "../../test/goalSheets";
import { candidatesView, percentOf } from "./candidatesView";
import { ja } from "./strings/ja";

async function checked(goal: number) {
  const { workbook } = fakeWorkbook([seedGoalSheet(goal)]);
  const report = await runSubmissionCheck(workbook, { asOf: "2025-11-21", settings: DEFAULT_SETTINGS });
  if (!report.ok) throw new Error("no table");
  return report.value;
}

describe("candidatesView", () => {
  it("gives goal 1 item ⑥ its sub-item's target, the value and the sentence, never the capacity", async () => {
    const view = candidatesView(await checked(1), [], ja);
    expect(view.groups).toHaveLength(1);
    const [group] = view.groups;
    expect(group?.title).toBe("⑥ (1)");
    expect(group?.targetText).toBe("消防団員の確保（定員1,850人）充足率90%");
    expect(group?.candidates.map((candidate) => candidate.value)).toEqual(["84.3%"]);
    expect(group?.candidates[0]?.source).toContain("充足率84.3%");
  });

  it("groups goal 5 item ② by sub-item and leaves out what was dismissed, counting it", async () => {
    const report = await checked(5);
    expect(candidatesView(report, [], ja).groups.map((group) => group.key)).toEqual(["2:1", "2:3"]);
    const view = candidatesView(report, ["2:3", "9:"], ja);
    expect(view.groups.map((group) => group.title)).toEqual(["② (1)"]);
    expect(view.dismissed).toBe(1);
  });

  it("notices the 実績値 column right of the table, so that it can be taken off", async () => {
    const { workbook } = fakeWorkbook([seedGoalSheet(2)]);
    const options = { asOf: "2025-11-21", settings: DEFAULT_SETTINGS };
    const first = await runSubmissionCheck(workbook, options);
    expect(first.ok && candidatesView(first.value, [], ja)).toEqual({
      groups: [],
      dismissed: 0,
      actualColumn: false,
    });
    await confirmActual(workbook, { ...options, target: { item: 1, row: 9, subItem: 1 }, value: "1回" });
    const second = await runSubmissionCheck(workbook, options);
    expect(second.ok && candidatesView(second.value, [], ja).actualColumn).toBe(true);
  });

  it("lists nothing before a check", () => {
    expect(candidatesView(null, [], ja)).toEqual({ groups: [], dismissed: 0, actualColumn: false });
  });
});

describe("percentOf", () => {
  it("rounds an achievement rate to one decimal", () => {
    expect([percentOf(0.9366), percentOf(0.843 / 0.9), percentOf(1)]).toEqual(["93.7%", "93.7%", "100.0%"]);
  });
});
