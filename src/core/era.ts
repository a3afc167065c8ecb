/**
 * Japanese eras. Year N of an era is (first Gregorian year − 1) + N, by arithmetic: plans written
 * before 2019 name years such as 平成33年度 that never existed, and they mean FY2021.
 */

export type EraName = "reiwa" | "heisei" | "showa";

interface EraDefinition {
  readonly name: EraName;
  /** Gregorian year of the era's year 1. */
  readonly firstYear: number;
  /** Every way a sheet writes the era, longest first so `令和` wins over `令`. */
  readonly labels: readonly string[];
}

export const ERAS: readonly EraDefinition[] = [
  { name: "reiwa", firstYear: 2019, labels: ["令和", "令", "R", "r"] },
  { name: "heisei", firstYear: 1989, labels: ["平成", "平", "H", "h"] },
  { name: "showa", firstYear: 1926, labels: ["昭和", "昭", "S", "s"] },
];

/** Matches an era label at the start of a string. Latin initials must not be followed by a letter. */
export const ERA_LABEL_PATTERN = "令和|平成|昭和|令|平|昭|[RHSrhs](?![A-Za-z])";

/**
 * The era a label names, or null.
 * @example eraOfLabel("令和") // "reiwa"
 */
export function eraOfLabel(label: string): EraName | null {
  for (const era of ERAS) if (era.labels.includes(label)) return era.name;
  return null;
}

/**
 * The Gregorian year of an era year. `元` (first year) is passed as 1.
 * @example gregorianYear("heisei", 33) // 2021
 */
export function gregorianYear(era: EraName, eraYear: number): number {
  const def = ERAS.find((e) => e.name === era);
  if (!def) throw new RangeError(`unknown era: ${String(era)}`);
  return def.firstYear - 1 + eraYear;
}

/**
 * The era a Gregorian year is usually named in on a sheet (the era in force on 1 April of that year,
 * so FY2019 is 令和元年度 as written after the change, and 平成31年度 before it; both mean 2019).
 * @example eraOfFiscalYear(2025) // { era: "reiwa", eraYear: 7 }
 */
export function eraOfFiscalYear(fiscalYear: number): { era: EraName; eraYear: number } {
  for (const era of ERAS) {
    if (fiscalYear >= era.firstYear) return { era: era.name, eraYear: fiscalYear - era.firstYear + 1 };
  }
  return { era: "showa", eraYear: fiscalYear - 1925 };
}

/** Reads an era year number: digits, or 元 for the first year. */
export function readEraYear(text: string): number | null {
  if (text === "元") return 1;
  return /^\d{1,3}$/.test(text) ? Number(text) : null;
}
