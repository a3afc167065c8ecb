import type { KpiValue } from "./parseKpiValue";
import { parseKpiValue } from "./parseKpiValue";
import type { Issue, Result } from "./result";
import { fail, ok } from "./result";

/** A KPI list cell `基準値 ⇒ 目標値`, read side by side. */
export interface KpiPair {
  readonly baseline: KpiValue;
  readonly target: KpiValue;
}

export type PairSide = "baseline" | "target";

/**
 * The arrows people type between 基準値 and 目標値, in raw (not yet width-normalised) text:
 * ⇒ → ⇨ ➔ ➜ ➡ ⟶ ⟹, and => -> in half or full width. Split before NFKC so that each side's
 * missing marker (`－ 人`) is still readable.
 */
const ARROW = /(?:⇒|→|⇨|➔|➜|➡|⟶|⟹|[=＝][>＞]|[-－][>＞])\uFE0F?/g;

/**
 * Splits `基準値 ⇒ 目標値` at its arrow and reads each side with parseKpiValue.
 * Issues from a side carry `side: "baseline"` or `side: "target"`.
 * @example parseKpiPair("－ 人 ⇒ 1,000 人")
 * // { ok: true, value: { baseline: { missing: true, unit: "人", … }, target: { amount: 1000, unit: "人", … } } }
 * @example parseKpiPair("111 件") // { ok: false, issues: [{ code: "pair_unreadable", text: "111 件" }] }
 */
export function parseKpiPair(input: string | null | undefined): Result<KpiPair> {
  const text = input ?? "";
  if (typeof text !== "string") return fail({ code: "pair_unreadable", text: String(text) });
  const sides = splitAtArrow(text);
  if (!sides) return fail({ code: "pair_unreadable", text });

  const baseline = parseKpiValue(sides[0]);
  const target = parseKpiValue(sides[1]);
  if (baseline.ok && target.ok) return ok({ baseline: baseline.value, target: target.value });

  const issues: Issue[] = [];
  if (!baseline.ok) for (const issue of baseline.issues) issues.push(withSide(issue, "baseline"));
  if (!target.ok) for (const issue of target.issues) issues.push(withSide(issue, "target"));
  return fail(...issues);
}

/** `{ ...issue, side }`, copied key by key: several times faster in V8 than a spread that adds a key. */
function withSide(issue: Issue, side: PairSide): Issue {
  // The same issue with one more field: a value issue takes its side (issues.ts), so the copy is one.
  const copy: Record<string, unknown> = {};
  const fields = issue as unknown as Readonly<Record<string, unknown>>;
  for (const key in fields) copy[key] = fields[key];
  copy.side = side;
  return copy as unknown as Issue;
}

/**
 * A label before the pair, read on the raw text (NFKC would make `③` a digit): an optional item marker
 * (`③`, `(1)`), words without digits or brackets, and a colon. `③ 利用率：41% → 45%`.
 */
const LEADING_LABEL =
  /^\s*(?:[①-⑳]|[(（]\s*[0-9０-９]{1,2}\s*[)）])?\s*([^0-9０-９:：()（）[\]【】⇒→⇨➔➜➡⟶⟹=＝>＞\n]{1,60}?)\s*[:：]\s*/;
/** A label word that belongs to the value, not to the label: `期間中: 5件` is cumulative. */
const LABEL_KEEPS = /(?:期間中|累計|年間|毎年度?|年|約|概ね|おおむね)$/;
const OPENING = "(（";
const CLOSING = ")）";

/**
 * The trimmed text on each side of the one arrow, or null when there is no arrow or more than one
 * (`1 ⇒ 2 ⇒ 3` might be a revised target or a typo: asking is better than choosing). A pair wrapped in
 * brackets (`(7,153千円/人→7,612千円/人)`) is unwrapped, and a label before it (`③ 利用率：`) set aside.
 * @example splitAtArrow("期間中 5 件 ⇒ 期間中 10 件") // ["期間中 5 件", "期間中 10 件"]
 * @example splitAtArrow("③ 利用率：41% → 45%") // ["41%", "45%"]
 */
export function splitAtArrow(text: string): [string, string] | null {
  ARROW.lastIndex = 0;
  const first = ARROW.exec(text);
  if (!first) return null;
  const end = ARROW.lastIndex;
  if (ARROW.exec(text)) return null;
  ARROW.lastIndex = 0;
  let baseline = text.slice(0, first.index).trim();
  let target = text.slice(end).trim();
  const opening = baseline.charAt(0);
  const closing = target.charAt(target.length - 1);
  if (opening !== "" && closing !== "" && OPENING.includes(opening) && CLOSING.includes(closing)) {
    if (!hasBracket(baseline.slice(1), CLOSING) && !hasBracket(target.slice(0, -1), OPENING + CLOSING)) {
      baseline = baseline.slice(1).trim();
      target = target.slice(0, -1).trim();
    }
  }
  const label = LEADING_LABEL.exec(baseline);
  if (label && !LABEL_KEEPS.test(label[1] ?? "")) baseline = baseline.slice(label[0].length).trim();
  return [baseline, target];
}

function hasBracket(text: string, brackets: string): boolean {
  for (const c of text) if (brackets.includes(c)) return true;
  return false;
}
