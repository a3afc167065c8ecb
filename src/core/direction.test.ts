import { describe, expect, it, test } from "vitest";
import { inferDirection, parseDirection } from "./direction";

describe("parseDirection", () => {
  test.each([
    ["increase", "increase"],
    ["増加", "increase"],
    ["ｄｅｃｒｅａｓｅ", "decrease"],
    ["減少", "decrease"],
    ["削減", "decrease"],
    ["維持", "maintain"],
    ["maintain", "maintain"],
  ])("reads %s as %s", (input, expected) => {
    expect(parseDirection(input)).toEqual({ ok: true, value: expected });
  });

  it("names the text it cannot read", () => {
    expect(parseDirection("上がる")).toEqual({
      ok: false,
      issues: [{ code: "direction_unreadable", text: "上がる" }],
    });
    expect(parseDirection(null)).toEqual({ ok: false, issues: [{ code: "direction_unreadable", text: "" }] });
  });
});

describe("inferDirection", () => {
  test.each([
    [{ qualifier: "at_most" }, "", "decrease"],
    [{ qualifier: "at_least" }, "", "maintain"],
    [{ qualifier: "maintain" }, "", "maintain"],
    [{ qualifier: "none" }, "行政事務におけるＣＯ２排出量", "decrease"],
    [{ qualifier: "none" }, "業務で使用するコピー用紙等使用量", "decrease"],
    [{ qualifier: "none" }, "男性の育児休暇取得率", "increase"],
    [{ qualifier: "none" }, null, "increase"],
  ] as const)("takes %j with name %j as %s", (target, name, expected) => {
    expect(inferDirection(target, name)).toBe(expected);
  });

  it("lets the target's qualifier win over the name", () => {
    expect(inferDirection({ qualifier: "maintain" }, "排出量")).toBe("maintain");
  });
});
