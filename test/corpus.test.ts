import { describe, expect, it } from "vitest";
import type { ExpectedValue, ValueRow } from "./corpus/loadCorpus";
import { loadDeadlineRows, loadValueRows } from "./corpus/loadCorpus";

// The corpus is evidence the parsers are measured against (npm run corpus), not a test of the parsers:
// these checks keep the data well-formed, so that every row can be read and every answer means something.

const values = loadValueRows();
const deadlines = loadDeadlineRows();

/** The seeds the parsers were first written from: the corpus must come from elsewhere. */
const SEED_MUNICIPALITIES = ["上田市", "上野町"];

function singleValues(row: ValueRow): ExpectedValue[] {
  const expected = row.expected;
  if ("baseline" in expected) return [expected.baseline, expected.target];
  if (row.kind === "value") return [expected as ExpectedValue];
  return [];
}

describe("the corpus of value and deadline texts", () => {
  it("holds at least 300 value texts and 200 deadline texts, every row parsed", () => {
    expect(values.length).toBeGreaterThanOrEqual(300);
    expect(deadlines.length).toBeGreaterThanOrEqual(200);
  });

  it("comes from at least 20 municipalities and prefectures, none of them a seed's", () => {
    const municipalities = new Set([...values, ...deadlines].map((row) => row.municipality));
    expect(municipalities.size).toBeGreaterThanOrEqual(20);
    for (const seed of SEED_MUNICIPALITIES) expect(municipalities.has(seed)).toBe(false);
  });

  it("gives every row a unique id, a source with a URL, and a text", () => {
    const ids = [...values, ...deadlines].map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const row of [...values, ...deadlines]) {
      expect(row.source.split(" | ")[2], row.id).toMatch(/^https?:\/\//);
      expect(row.text.trim(), row.id).not.toBe("");
    }
  });

  it("keeps each text once per source (a repeated cell adds no evidence)", () => {
    const keys = [...values, ...deadlines].map((row) => `${row.kind}\u0000${row.source}\u0000${row.text}`);
    const repeated = keys.filter((key, index) => keys.indexOf(key) !== index);
    expect(repeated).toEqual([]);
  });

  it("writes percentages as fractions (36.4% is 0.364), so no answer is off by a factor of 100", () => {
    for (const row of values) {
      for (const value of singleValues(row)) {
        if ("amount" in value && value.unit === "%") {
          expect(Math.abs(value.amount), `${row.id} ${row.text}`).toBeLessThan(20);
        }
      }
    }
  });

  it("agrees with the 達成率 the document prints wherever it is recorded", () => {
    let checked = 0;
    for (const row of values) {
      for (const value of singleValues(row)) {
        if (!("amount" in value) || value.printedRate === undefined || value.rateOf === undefined) continue;
        const base = value.rateBase ?? 0;
        const rate = (value.amount - base) / (value.rateOf - base);
        expect(Math.abs(rate - value.printedRate), `${row.id} ${row.text}`).toBeLessThanOrEqual(0.005);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it("gives every dated deadline a due on or after its start", () => {
    for (const row of deadlines) {
      const expected = row.expected;
      if (
        "kind" in expected &&
        (expected.kind === "date" || expected.kind === "continuous") &&
        expected.start
      ) {
        expect(expected.start <= expected.due, `${row.id} ${row.text}`).toBe(true);
      }
      if ("kind" in expected && "due" in expected) {
        expect(Number.isNaN(Date.parse(expected.due)), `${row.id} ${expected.due}`).toBe(false);
      }
    }
  });
});
