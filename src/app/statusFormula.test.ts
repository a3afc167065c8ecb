import { describe, expect, it } from "vitest";
import { judgedTargetExpression, targetBlankCondition } from "./statusFormula";

describe("judgedTargetExpression", () => {
  it("hands the revised cell to the KPI function in the notation the core reads, where it is not blank", () => {
    expect(judgedTargetExpression("F6", (t) => t, "G6")).toBe(
      'IF(G6="",F6,IF(F6="",G6,F6&"（見直し後 "&G6&"）"))',
    );
  });

  it("reads a 基準値 ⇒ 目標値 cell's target with KPI.TARGET, revised or not", () => {
    expect(judgedTargetExpression("E6", (t) => `KPI.TARGET(${t})`, "G6")).toBe(
      'IF(G6="",KPI.TARGET(E6),IF(E6="",G6,KPI.TARGET(E6&"（見直し後 "&G6&"）")))',
    );
  });

  it("is the written target alone on a table without a revised column", () => {
    expect(judgedTargetExpression("F6", (t) => t, null)).toBe("F6");
  });
});

describe("targetBlankCondition", () => {
  it("takes a row as without a target only when both targets are blank", () => {
    expect(targetBlankCondition("F6", "G6")).toBe('AND(F6="",G6="")');
    expect(targetBlankCondition("F6", null)).toBe('F6=""');
  });
});
