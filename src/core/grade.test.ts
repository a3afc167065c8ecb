import { describe, expect, it, test } from "vitest";
import { GRADE_PRESETS, gradeOf, parseGradeScale } from "./grade";

describe("gradeOf", () => {
  test.each([
    [1.05, "A"],
    [1, "A"],
    [0.8, "B"],
    [0.79, "C"],
    [0.6, "C"],
    [0.2, "D"],
    [-0.5, "D"],
  ])("grades %d as %s on A≥100/B≥80/C≥60/D", (rate, grade) => {
    expect(gradeOf(rate, GRADE_PRESETS.abcd_100_80_60)).toBe(grade);
  });

  test.each([
    [0.95, "B"],
    [0.85, "C"],
    [0.79, "D"],
  ])("grades %d as %s on A≥100/B≥90/C≥80/D", (rate, grade) => {
    expect(gradeOf(rate, GRADE_PRESETS.abcd_100_90_80)).toBe(grade);
  });

  test.each([
    [1.1, undefined, "◎"],
    [0.5, "on_track", "○"],
    [0.95, "behind", "△"],
    [0, "behind", "×"],
    [0.9, undefined, "○"],
    [0.3, undefined, "△"],
  ] as const)("marks %d with status %s as %s", (rate, status, mark) => {
    expect(gradeOf(rate, GRADE_PRESETS.marks, status)).toBe(mark);
  });
});

describe("parseGradeScale", () => {
  test.each([
    ["abcd_100_80_60", "abcd_100_80_60"],
    ["100/90/80", "abcd_100_90_80"],
    ["◎○△×", "marks"],
    ["", "abcd_100_80_60"],
  ])("reads preset %j", (input, id) => {
    const result = parseGradeScale(input);
    expect(result.ok && result.value.id).toBe(id);
  });

  it("reads a range of labels and thresholds in rows, lowest band taking the rest", () => {
    const result = parseGradeScale([
      ["S", 1.2],
      ["A", "100%"],
      ["B", 0.5],
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(gradeOf(1.3, result.value)).toBe("S");
    expect(gradeOf(1, result.value)).toBe("A");
    expect(gradeOf(0.1, result.value)).toBe("B");
  });

  it("reads labels in one row and thresholds in the next", () => {
    const result = parseGradeScale([
      ["優", "良", "可"],
      [1, 0.7, 0],
    ]);
    expect(result.ok && gradeOf(0.75, result.value)).toBe("良");
  });

  test.each([
    ["unknown preset", "ABCDE"],
    ["a single band", [["A", 1]]],
    [
      "a threshold that is not a number",
      [
        ["A", "高い"],
        ["B", 0.5],
      ],
    ],
    [
      "repeated thresholds",
      [
        ["A", 1],
        ["B", 1],
      ],
    ],
    [
      "a row with three cells",
      [
        ["A", 1, 2],
        ["B", 0.5, 1],
      ],
    ],
  ])("refuses %s", (_what, input) => {
    const result = parseGradeScale(input as never);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.code).toBe("grade_scale_invalid");
  });
});
