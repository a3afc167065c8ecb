// Crafted worst cases for the text parsers: one legal cell of up to 32,767 characters (Excel's limit for a
// cell's text) built from a unit repeated, each chosen to hit a scan that could restart at every
// position, a regex that could backtrack, or a list that could grow with every marker. The scaling tests
// (test/parserScaling.test.ts) and `npm run bench` (bench/parserScaling.bench.ts) share them.
import { findStalePlans } from "../src/core/findStalePlans";
import { findTable } from "../src/core/findTable";
import { findValueCandidates } from "../src/core/findValueCandidates";
import { parseKpiPair } from "../src/core/parseKpiPair";
import { parseKpiValue } from "../src/core/parseKpiValue";
import { readReport, reportSaysDone } from "../src/core/readReport";
import { latestDueIn } from "../src/core/readDeadline";
import { duesForSubItem, resolveDue } from "../src/core/resolveDue";
import { mentionedSubItems } from "../src/core/splitBySubItem";
import { normalizeWidth } from "../src/core/text";

/** Excel's limit on the characters in one cell. */
export const EXCEL_CELL_LIMIT = 32_767;

/** `unit` repeated to exactly `length` characters (the last copy cut short). */
export function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** Kanji that make distinct labels: the i-th label is two of them (`一丁`, `一七` …). */
const LABEL_KANJI =
  "一丁七万丈三上下不与丐丑且丕世丗丘丙丞両並个中丱串丶丸丹主丼丿乂乃久之乍乎乏乕乖乗乘乙九乞也";

function distinctLabels(length: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < length; i++) {
    const a = LABEL_KANJI.charAt(i % LABEL_KANJI.length);
    const b = LABEL_KANJI.charAt(Math.floor(i / LABEL_KANJI.length) % LABEL_KANJI.length);
    const part = `${a}${b}率${i % 100}%、`;
    parts.push(part);
    size += part.length;
  }
  return parts.join("").slice(0, length);
}

/** A worst case: its name and the text of a given length. */
export interface WorstCase {
  readonly name: string;
  readonly make: (length: number) => string;
}

const repeated = (unit: string): WorstCase => ({
  name: `${JSON.stringify(unit)} repeated`,
  make: (length) => repeatTo(unit, length),
});

/** Inputs that made some parser quadratic, or could have. */
export const WORST_CASES: readonly WorstCase[] = [
  repeated("(1)～(99)"),
  repeated("(1)"),
  repeated("(1)a、"),
  repeated("1人"),
  repeated("充足率1%"),
  repeated("1"),
  repeated("("),
  repeated("（"),
  repeated("、"),
  repeated(" "),
  repeated("～"),
  repeated("1月～"),
  repeated("予定1月"),
  repeated("(時点"),
  repeated("R7.1O月"),
  repeated("第1"),
  repeated("1,000"),
  repeated("R7.1.1"),
  repeated("予定(10月)"),
  repeated("実施予定、"),
  { name: "nested brackets ((((…1…))))", make: (length) => nested(length) },
  { name: "one long word, then R7.1O月", make: (length) => `${repeatTo("x", length - 8)} R7.1O月` },
  { name: "(定員 then 1人 repeated", make: (length) => `(定員${repeatTo("1人", length - 3)}` },
  { name: "distinct labels 一丁率1%、…", make: distinctLabels },
];

function nested(length: number): string {
  const depth = Math.floor((length - 1) / 2);
  return `${"(".repeat(depth)}1${")".repeat(length - 1 - depth)}`;
}

/** A parser as a user reaches it: a custom function, the sheet check, or the CLI. */
export interface ParserUnderTest {
  readonly name: string;
  readonly run: (text: string) => unknown;
}

/** The header reading of findTable: a header row with the long text in it, then a row of data. */
function findTableWith(text: string): unknown {
  return findTable({
    name: "Sheet1",
    firstRow: 1,
    firstColumn: 0,
    values: [
      [text, text, "取組項目", "期間・期限", text],
      [text, "R6年度末", text, text, text],
      ["①", "x", "取組", "年度内", text],
    ],
  });
}

/** resolveDue remembers readings by fiscal year and text: a new year each call makes it read the text. */
let fiscalYearTurn = 0;

export const PARSERS: readonly ParserUnderTest[] = [
  {
    name: "resolveDue (KPI.DUE)",
    run: (text) => {
      fiscalYearTurn = (fiscalYearTurn + 1) % 300;
      const reading = resolveDue(text, 1900 + fiscalYearTurn);
      if (reading.ok)
        return [
          latestDueIn(reading.value.entries.flatMap((entry) => entry.dues)),
          duesForSubItem(reading.value, 50),
        ];
      return reading;
    },
  },
  { name: "readReport (KPI.DONE)", run: (text) => [readReport(text), reportSaysDone(text, 50)] },
  { name: "mentionedSubItems", run: (text) => mentionedSubItems(text) },
  { name: "findValueCandidates (report)", run: (text) => findValueCandidates(text, "充足率90%、1人") },
  { name: "findValueCandidates (target)", run: (text) => findValueCandidates("充足率84%、5人", text) },
  { name: "findValueCandidates (both)", run: (text) => findValueCandidates(text, text) },
  { name: "findStalePlans", run: (text) => findStalePlans(text, 2025, "2025-11-21") },
  { name: "parseKpiValue", run: (text) => parseKpiValue(text) },
  { name: "parseKpiPair", run: (text) => parseKpiPair(`${text} ⇒ ${text}`) },
  { name: "normalizeWidth", run: (text) => normalizeWidth(text) },
  { name: "findTable (header)", run: findTableWith },
];
