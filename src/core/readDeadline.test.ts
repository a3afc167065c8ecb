import { describe, expect, it, test } from "vitest";
import { dueOfReading, latestDueIn, readDeadline } from "./readDeadline";
import type { DeadlineReading } from "./resolveDue";

function reading(text: string): DeadlineReading {
  const result = readDeadline(text, 2025);
  if (!result.ok) throw new Error(`test deadline ${text} does not read`);
  return result.value;
}

describe("readDeadline", () => {
  it("reads a deadline as resolveDue does", () => {
    expect(reading("R8. 3月").entries[0]?.dues[0]?.due).toBe("2026-03-31");
  });

  test.each([
    ["9999年度末", "10000-03-31"],
    ["(1)5月 (2)9999年度末", "10000-03-31"],
    ["1899年12月", "1899-12-31"],
  ])("refuses %j, due %s, which Excel cannot hold", (text, due) => {
    expect(readDeadline(text, 2025)).toEqual({
      ok: false,
      issues: [{ code: "date_out_of_range", role: "due", source: expect.any(String), due, text }],
    });
  });

  it("keeps the last day Excel holds", () => {
    expect(reading("9999年12月").entries[0]?.dues[0]?.due).toBe("9999-12-31");
  });

  it("passes resolveDue's refusals through", () => {
    expect(readDeadline("", 2025)).toEqual({ ok: false, issues: [{ code: "deadline_empty" }] });
  });
});

describe("latestDueIn", () => {
  it("gives the latest dated due, and null when none has a date", () => {
    expect(latestDueIn(reading("(1)5月、1月").entries[0]?.dues ?? [])).toBe("2026-01-31");
    expect(latestDueIn(reading("随時").entries[0]?.dues ?? [])).toBeNull();
    expect(latestDueIn([])).toBeNull();
  });
});

describe("dueOfReading", () => {
  test.each([
    ["(1)5月、1月 (2)(3)年度内", null, "2026-03-31"],
    ["(1)5月、1月 (2)(3)年度内", 1, "2026-01-31"],
    ["(1)5月、1月 (2)(3)年度内", 3, "2026-03-31"],
    ["(1) 5月から8月まで  (2) 年末  (3) 随時", null, "2025-12-31"],
    ["年度末まで", 4, "2026-03-31"],
  ])("gives %j, sub-item %j, the due %s", (text, subItem, due) => {
    expect(dueOfReading(reading(text), subItem)).toEqual({ ok: true, value: due });
  });

  test.each([
    ["(1)5月 (2)1月", 3, { code: "sub_item_not_found", subItem: 3, text: "(1)5月 (2)1月" }],
    ["随時", null, { code: "deadline_no_fixed_due", source: "随時" }],
    ["(1) 5月から8月まで (3) 随時", 3, { code: "deadline_no_fixed_due", source: "随時", subItem: 3 }],
    ["5月から", null, { code: "deadline_start_only", source: "5月から" }],
  ])("refuses %j, sub-item %j, saying why", (text, subItem, issue) => {
    expect(dueOfReading(reading(text), subItem)).toEqual({ ok: false, issues: [issue] });
  });
});
