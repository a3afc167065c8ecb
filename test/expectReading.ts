// Compares a KPI value reading with its golden expectation, for the golden tests of the value parsers.
import { expect } from "vitest";
import type { ValueReading } from "../src/core/golden/valueCases";

/** Compares a reading with a golden expectation; amounts to 12 places, since percentages are fractions. */
export function expectReading(actual: ValueReading, expected: ValueReading): void {
  const { amount, ...rest } = actual;
  const { amount: expectedAmount, ...expectedRest } = expected;
  expect(rest).toEqual(expectedRest);
  if (expectedAmount === null) expect(amount).toBeNull();
  else expect(amount).toBeCloseTo(expectedAmount, 12);
}
