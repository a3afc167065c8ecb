/**
 * Japanese eras and the one notation every reader of a year uses: the era written out (`令和`), shortened
 * (`令`) or as its initial (`R`, `Ｒ`), then the year in the era (`7`, `７`, `元`). Year N of an era is
 * (first Gregorian year − 1) + N, by arithmetic: plans written before 2019 name years such as 平成33年度
 * that never existed, and they mean FY2021.
 */

export type EraName = "reiwa" | "heisei" | "showa" | "taisho" | "meiji";

interface EraDefinition {
  readonly name: EraName;
  /** Gregorian year of the era's year 1. */
  readonly firstYear: number;
  /** The era written in kanji, longest first so `令和` wins over `令`. */
  readonly written: readonly string[];
  /** Latin initials, half and full width, upper and lower case as sheets write them. */
  readonly initials: readonly string[];
  /** Every label: written forms, then initials. */
  readonly labels: readonly string[];
}

function era(name: EraName, firstYear: number, written: string[], initials: string[]): EraDefinition {
  return { name, firstYear, written, initials, labels: [...written, ...initials] };
}

// 大 and 明 alone are ordinary words (大会, 説明): only 大正 and 明治 name their eras.
export const ERAS: readonly EraDefinition[] = [
  era("reiwa", 2019, ["令和", "令"], ["R", "r", "Ｒ", "ｒ"]),
  era("heisei", 1989, ["平成", "平"], ["H", "h", "Ｈ", "ｈ"]),
  era("showa", 1926, ["昭和", "昭"], ["S", "s", "Ｓ", "ｓ"]),
  era("taisho", 1912, ["大正"], ["T", "Ｔ"]),
  era("meiji", 1868, ["明治"], ["M", "Ｍ"]),
];

const LATIN = "A-Za-zＡ-Ｚａ-ｚ";

/** A pattern of the labels given: written forms as alternatives, initials that stand apart from letters. */
function labelPattern(eras: readonly EraDefinition[]): string {
  const written = eras.flatMap((e) => e.written).sort((a, b) => b.length - a.length);
  const initials = eras.flatMap((e) => e.initials).join("");
  return [...written, `(?<![${LATIN}])[${initials}](?![${LATIN}])`].join("|");
}

/**
 * An era label, half or full width, without groups: `令和`, `令`, `R`, `Ｒ`. An initial must stand apart
 * from other letters (`RH` and `FY` are not eras).
 */
export const ERA_LABEL_PATTERN = labelPattern(ERAS);

/** A year in an era, without groups: `元` or up to three digits, half or full width. */
export const ERA_YEAR_PATTERN = "元|[0-9０-９]{1,3}";

/**
 * An era label and its year, with two groups (label, year): `令和7`, `R 7`, `Ｈ３０`, `平成元`. The year
 * must not run on into more digits. Read the groups with `yearOfEraNotation`.
 */
export const ERA_NOTATION_PATTERN = `(${ERA_LABEL_PATTERN})\\s*(${ERA_YEAR_PATTERN})(?![0-9０-９])`;

/**
 * The label pattern of one era (`令和|令|R|…` for reiwa), for rewriting that era's years in place.
 * @example new RegExp(`^(?:${eraLabelPattern("reiwa")})$`).test("Ｒ") // true
 */
export function eraLabelPattern(name: EraName): string {
  return labelPattern(ERAS.filter((e) => e.name === name));
}

/**
 * The era a label names (half or full width), or null.
 * @example eraOfLabel("令和") // "reiwa"
 * @example eraOfLabel("Ｈ") // "heisei"
 */
export function eraOfLabel(label: string): EraName | null {
  for (const e of ERAS) if (e.labels.includes(label)) return e.name;
  return null;
}

/**
 * The Gregorian year of an era year. `元` (first year) is passed as 1.
 * @example gregorianYear("heisei", 33) // 2021
 */
export function gregorianYear(name: EraName, eraYear: number): number {
  const def = ERAS.find((e) => e.name === name);
  if (!def) throw new RangeError(`unknown era: ${String(name)}`);
  return def.firstYear - 1 + eraYear;
}

/**
 * The Gregorian year an era label and year name (the groups of ERA_NOTATION_PATTERN), or null when the
 * label is not an era or the year is not one (`0`, `七`). Years past the era's end count on.
 * @example yearOfEraNotation("平成", "33") // 2021
 * @example yearOfEraNotation("Ｒ", "元") // 2019
 */
export function yearOfEraNotation(label: string, yearText: string): number | null {
  const name = eraOfLabel(label);
  const year = readEraYear(yearText);
  return name === null || year === null || year < 1 ? null : gregorianYear(name, year);
}

/**
 * The era a Gregorian year is usually named in on a sheet (the era in force on 1 April of that year,
 * so FY2019 is 令和元年度 as written after the change, and 平成31年度 before it; both mean 2019).
 * @example eraOfFiscalYear(2025) // { era: "reiwa", eraYear: 7 }
 */
export function eraOfFiscalYear(fiscalYear: number): { era: EraName; eraYear: number } {
  for (const e of ERAS) {
    if (fiscalYear >= e.firstYear) return { era: e.name, eraYear: fiscalYear - e.firstYear + 1 };
  }
  return { era: "meiji", eraYear: fiscalYear - 1867 };
}

const FULL_WIDTH_DIGIT = /[０-９]/g;

/**
 * Reads an era year number: digits (half or full width), or 元 for the first year.
 * @example readEraYear("３０") // 30
 */
export function readEraYear(text: string): number | null {
  if (text === "元") return 1;
  const digits = text.replace(FULL_WIDTH_DIGIT, (d) => String(d.charCodeAt(0) - 0xff10));
  return /^\d{1,3}$/.test(digits) ? Number(digits) : null;
}
