/**
 * Runs every text of the corpus (test/corpus/*.tsv) through the core parsers and prints, per kind, how
 * many are read as the careful reader reads them, how many are refused, and how many are read WRONG (a
 * number different from the answer, or a number where the answer is to refuse), listing the wrong ones
 * and the tags they share. Informational: it never fails, because the parsers are measured against
 * the corpus, not the other way round.
 *
 * Usage: npm run corpus            (summary, wrong readings, tag tables)
 *        npm run corpus -- --all   (also list every refused text)
 */
import { parseKpiPair } from "../src/core/parseKpiPair";
import type { KpiValue } from "../src/core/parseKpiValue";
import { parseKpiValue } from "../src/core/parseKpiValue";
import type { Due } from "../src/core/resolveDue";
import { classifyHeader } from "../src/core/headerSynonyms";
import { resolveDue } from "../src/core/resolveDue";
import type { ExpectedDeadline, ExpectedPair, ExpectedValue } from "../test/corpus/loadCorpus";
import { loadDeadlineRows, loadValueRows } from "../test/corpus/loadCorpus";

export type Outcome = "right" | "refused" | "wrong";

export interface Judged {
  readonly id: string;
  readonly kind: string;
  readonly text: string;
  readonly tags: readonly string[];
  readonly outcome: Outcome;
  readonly expected: string;
  readonly got: string;
  /** Right number but a different qualifier or period: shown, not counted as wrong. */
  readonly detail?: string;
}

function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function showValue(value: KpiValue): string {
  if (value.missing) return `missing${value.unit ? ` (${value.unit})` : ""}`;
  const extras = [
    value.qualifier !== "none" ? value.qualifier : "",
    value.period !== "snapshot" ? value.period : "",
  ]
    .filter((x) => x !== "")
    .join(",");
  return `${String(value.amount)} ${value.unit}${extras ? ` [${extras}]` : ""}`.trim();
}

function showExpectedValue(expected: ExpectedValue): string {
  if ("refuse" in expected) return `refuse «${expected.refuse}»`;
  if ("missing" in expected) return "missing";
  const extras = [expected.qualifier ?? "", expected.period ?? ""].filter(
    (x) => x !== "" && x !== "none" && x !== "snapshot",
  );
  return `${String(expected.amount)} ${expected.unit}${extras.length ? ` [${extras.join(",")}]` : ""}`.trim();
}

/** Compares one reading (or a refusal) with the careful reader's answer for a single value. */
export function judgeValue(
  expected: ExpectedValue,
  reading: KpiValue | null,
): { outcome: Outcome; detail?: string } {
  if ("refuse" in expected) {
    if (reading === null || reading.missing || reading.amount === null) return { outcome: "right" };
    return { outcome: "wrong" };
  }
  if ("missing" in expected) {
    if (reading === null) return { outcome: "refused" };
    return reading.missing ? { outcome: "right" } : { outcome: "wrong" };
  }
  if (reading === null || reading.missing || reading.amount === null) return { outcome: "refused" };
  if (!sameNumber(reading.amount, expected.amount)) return { outcome: "wrong" };
  const qualifier = expected.qualifier ?? "none";
  const period = expected.period ?? "snapshot";
  const differences = [
    reading.qualifier !== qualifier ? `qualifier ${reading.qualifier}≠${qualifier}` : "",
    reading.period !== period ? `period ${reading.period}≠${period}` : "",
    reading.approximate !== (expected.approx ?? false) ? `approximate ${String(reading.approximate)}` : "",
  ].filter((x) => x !== "");
  return differences.length ? { outcome: "right", detail: differences.join(", ") } : { outcome: "right" };
}

function worst(a: Outcome, b: Outcome): Outcome {
  if (a === "wrong" || b === "wrong") return "wrong";
  if (a === "refused" || b === "refused") return "refused";
  return "right";
}

/** A value or pair text, judged. */
export function judgeValueRow(
  kind: "value" | "pair",
  text: string,
  expected: ExpectedValue | ExpectedPair,
): {
  outcome: Outcome;
  got: string;
  expected: string;
  detail?: string;
} {
  if (kind === "value") {
    const result = parseKpiValue(text);
    const reading = result.ok ? result.value : null;
    const judged = judgeValue(expected as ExpectedValue, reading);
    const got = result.ok ? showValue(result.value) : `refused ${result.issues.map((i) => i.code).join(",")}`;
    return { ...judged, got, expected: showExpectedValue(expected as ExpectedValue) };
  }
  const pair = expected as ExpectedPair;
  const result = parseKpiPair(text);
  const got = result.ok
    ? `${showValue(result.value.baseline)} → ${showValue(result.value.target)}`
    : `refused ${result.issues.map((i) => i.code).join(",")}`;
  if ("refuse" in pair) {
    const invented =
      result.ok &&
      ((!result.value.baseline.missing && result.value.baseline.amount !== null) ||
        (!result.value.target.missing && result.value.target.amount !== null));
    return { outcome: invented ? "wrong" : "right", got, expected: `refuse «${pair.refuse}»` };
  }
  const expectedText = `${showExpectedValue(pair.baseline)} → ${showExpectedValue(pair.target)}`;
  if (!result.ok) {
    const bothRefused = "refuse" in pair.baseline && "refuse" in pair.target;
    return { outcome: bothRefused ? "right" : "refused", got, expected: expectedText };
  }
  const baseline = judgeValue(pair.baseline, result.value.baseline);
  const target = judgeValue(pair.target, result.value.target);
  const detail = [
    baseline.detail ? `baseline ${baseline.detail}` : "",
    target.detail ? `target ${target.detail}` : "",
  ]
    .filter((x) => x !== "")
    .join("; ");
  return {
    outcome: worst(baseline.outcome, target.outcome),
    got,
    expected: expectedText,
    ...(detail ? { detail } : {}),
  };
}

/** What the resolver's reading amounts to: its last due date, else a start, else no fixed due. */
function summarizeDues(dues: readonly Due[]): ExpectedDeadline {
  const dated = dues.filter((due) => (due.kind === "date" || due.kind === "continuous") && due.due !== null);
  if (dated.length > 0) {
    const last = dated.reduce((a, b) => ((a.due ?? "") >= (b.due ?? "") ? a : b));
    return { kind: "date", due: last.due ?? "", ...(last.start ? { start: last.start } : {}) };
  }
  const starts = dues.filter((due) => due.kind === "start_only" && due.start !== null);
  if (starts.length > 0) {
    const first = starts.reduce((a, b) => ((a.start ?? "") <= (b.start ?? "") ? a : b));
    return { kind: "start_only", start: first.start ?? "" };
  }
  return { kind: "no_fixed_due" };
}

function showDeadline(reading: ExpectedDeadline): string {
  if ("refuse" in reading) return `refuse «${reading.refuse}»`;
  switch (reading.kind) {
    case "date":
    case "continuous":
      return `due ${reading.due}${reading.start ? ` (from ${reading.start})` : ""}`;
    case "start_only":
      return `start_only ${reading.start}`;
    case "no_fixed_due":
      return "no_fixed_due";
  }
}

/** A deadline text, judged against the reader's due date on the document's fiscal year. */
export function judgeDeadlineRow(
  text: string,
  fiscalYear: number,
  expected: ExpectedDeadline,
  header?: string,
): {
  outcome: Outcome;
  got: string;
  expected: string;
} {
  const expectedText = showDeadline(expected);
  // A text whose answer comes from its column (tag `header=開始年度`): the checker reads due dates only
  // from a column it takes as 期間・期限, so a cell of any other column is never read as a due date.
  if (header !== undefined && classifyHeader(header) !== "period") {
    const got = `not read: ${header} is not a 期間・期限 column`;
    return { outcome: "refuse" in expected ? "right" : "refused", got, expected: expectedText };
  }
  const result = resolveDue(text, fiscalYear);
  if (!result.ok) {
    const got = `refused ${result.issues.map((i) => i.code).join(",")}`;
    return { outcome: "refuse" in expected ? "right" : "refused", got, expected: expectedText };
  }
  const reading = summarizeDues(result.value.entries.flatMap((entry) => entry.dues));
  const got = showDeadline(reading);
  if ("refuse" in expected) {
    const invented = "kind" in reading && (reading.kind === "date" || reading.kind === "start_only");
    return { outcome: invented ? "wrong" : "right", got, expected: expectedText };
  }
  if (!("kind" in reading)) return { outcome: "refused", got, expected: expectedText };
  switch (expected.kind) {
    case "date":
    case "continuous":
      return {
        outcome: reading.kind === "date" && reading.due === expected.due ? "right" : "wrong",
        got,
        expected: expectedText,
      };
    case "no_fixed_due":
      return { outcome: reading.kind === "no_fixed_due" ? "right" : "wrong", got, expected: expectedText };
    case "start_only":
      if (reading.kind === "start_only") {
        return { outcome: reading.start === expected.start ? "right" : "wrong", got, expected: expectedText };
      }
      return { outcome: reading.kind === "no_fixed_due" ? "refused" : "wrong", got, expected: expectedText };
  }
}

/** The column header a row's answer depends on, from its `header=…` tag. */
function headerOf(tags: readonly string[]): string | undefined {
  const tag = tags.find((t) => t.startsWith("header="));
  return tag === undefined ? undefined : tag.slice("header=".length);
}

function safely<T>(run: () => T, fallback: (error: unknown) => T): T {
  try {
    return run();
  } catch (error) {
    return fallback(error);
  }
}

export function judgeCorpus(): Judged[] {
  const judged: Judged[] = [];
  for (const row of loadValueRows()) {
    const result = safely(
      () => judgeValueRow(row.kind, row.text, row.expected),
      (error) => ({ outcome: "refused" as Outcome, got: `threw ${String(error)}`, expected: "" }),
    );
    judged.push({ id: row.id, kind: row.kind, text: row.text, tags: row.tags, ...result });
  }
  for (const row of loadDeadlineRows()) {
    const result = safely(
      () => judgeDeadlineRow(row.text, row.fiscalYear, row.expected, headerOf(row.tags)),
      (error) => ({ outcome: "refused" as Outcome, got: `threw ${String(error)}`, expected: "" }),
    );
    judged.push({ id: row.id, kind: "deadline", text: row.text, tags: row.tags, ...result });
  }
  return judged;
}

const oneLine = (text: string): string => text.replace(/\n/g, "\\n").replace(/\t/g, "\\t");

function percent(part: number, whole: number): string {
  return whole === 0 ? "-" : `${((100 * part) / whole).toFixed(1)}%`;
}

function tagTable(rows: readonly Judged[]): string[] {
  const counts = new Map<string, number>();
  for (const row of rows) for (const tag of row.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([tag, count]) => `  ${String(count).padStart(4)}  ${tag}`);
}

function main(): void {
  const all = process.argv.includes("--all");
  const judged = judgeCorpus();
  const lines: string[] = [];
  lines.push("Corpus report: texts from other municipalities' documents, read by the current core parsers");
  lines.push("");
  lines.push("kind       total   right          refused        WRONG");
  for (const kind of ["value", "pair", "deadline"]) {
    const rows = judged.filter((row) => row.kind === kind);
    const count = (outcome: Outcome): number => rows.filter((row) => row.outcome === outcome).length;
    lines.push(
      `${kind.padEnd(9)} ${String(rows.length).padStart(6)}   ${String(count("right")).padStart(4)} ${percent(count("right"), rows.length).padStart(7)}   ${String(count("refused")).padStart(4)} ${percent(count("refused"), rows.length).padStart(7)}   ${String(count("wrong")).padStart(4)} ${percent(count("wrong"), rows.length).padStart(7)}`,
    );
  }
  const detailed = judged.filter((row) => row.outcome === "right" && row.detail);
  lines.push("");
  lines.push(`Right number, other qualifier or period (not counted as wrong): ${detailed.length}`);
  for (const kind of ["value", "pair", "deadline"]) {
    const wrong = judged.filter((row) => row.kind === kind && row.outcome === "wrong");
    lines.push("");
    lines.push(`── WRONG ${kind} readings (${wrong.length}) ──`);
    for (const row of wrong) {
      lines.push(`${row.id}  «${oneLine(row.text)}»`);
      lines.push(`      reader: ${row.expected}`);
      lines.push(`      parser: ${row.got}`);
    }
    if (wrong.length > 0) {
      lines.push(`   tags of the wrong ${kind} readings:`);
      lines.push(...tagTable(wrong));
    }
  }
  for (const kind of ["value", "pair", "deadline"]) {
    const refused = judged.filter((row) => row.kind === kind && row.outcome === "refused");
    lines.push("");
    lines.push(`── tags of the refused ${kind} readings (${refused.length}) ──`);
    lines.push(...tagTable(refused));
    if (all) {
      for (const row of refused)
        lines.push(`${row.id}  «${oneLine(row.text)}»  reader: ${row.expected}  parser: ${row.got}`);
    }
  }
  if (detailed.length > 0) {
    lines.push("");
    lines.push("── right number, other qualifier or period ──");
    for (const row of detailed) lines.push(`${row.id}  «${oneLine(row.text)}»  ${row.detail ?? ""}`);
  }
  console.log(lines.join("\n"));
}

main();
