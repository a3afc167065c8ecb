import type { KpiValue } from "./parseKpiValue";
import type { Result } from "./result";
import { fail, ok } from "./result";
import { normalizeWidth } from "./text";

/** Which way a KPI is meant to move: up to a target, down to a ceiling, or held at a floor. */
export type Direction = "increase" | "decrease" | "maintain";

const DIRECTION_WORDS: ReadonlyArray<readonly [RegExp, Direction]> = [
  [/^(increase|up|増加|増|向上|拡大|以上を目指す)$/i, "increase"],
  [/^(decrease|down|reduce|減少|減|削減|縮減|低減|抑制|以下|以内)$/i, "decrease"],
  [/^(maintain|keep|floor|維持|以上|現状維持)$/i, "maintain"],
];

/**
 * Reads a direction a person gives: `increase`/`decrease`/`maintain` or `増加`/`減少`/`維持` (and 削減, 以下 …).
 * @example parseDirection("減少") // { ok: true, value: "decrease" }
 */
export function parseDirection(input: string | null | undefined): Result<Direction> {
  const text = normalizeWidth(input ?? "");
  for (const [pattern, direction] of DIRECTION_WORDS) if (pattern.test(text)) return ok(direction);
  return fail({ code: "direction_unreadable", text: input ?? "" });
}

// Words in a KPI's name that say the aim is to bring a quantity down (排出量 of CO2, 使用量 of paper …).
const REDUCTION_WORDS =
  /削減|減少|縮減|低減|抑制|排出量|使用量|廃棄量|ごみ量|待機児童|事故件数|発生件数|超過勤務|時間外/;
const MAINTAIN_WORDS = /維持|保持|継続/;

/**
 * The direction a KPI's wording gives. The target's qualifier decides first (以下/以内 → decrease,
 * 以上/維持 → maintain), then words in the KPI's name (削減, 排出量 …), else increase. Numbers are never
 * compared: 83.1% ⇒ 81% can be a floor that allows for ageing, not a goal to fall.
 * @example inferDirection({ qualifier: "at_most" }) // "decrease"
 */
export function inferDirection(target: Pick<KpiValue, "qualifier">, kpiName?: string | null): Direction {
  if (target.qualifier === "at_most") return "decrease";
  if (target.qualifier === "at_least" || target.qualifier === "maintain") return "maintain";
  const name = !kpiName ? "" : hasOnlyWordStableCharacters(kpiName) ? kpiName : normalizeWidth(kpiName);
  if (REDUCTION_WORDS.test(name)) return "decrease";
  if (MAINTAIN_WORDS.test(name)) return "maintain";
  return "increase";
}

/**
 * True when width normalisation cannot change whether the name holds one of the words above (all kanji
 * and hiragana, without spaces or dashes): every character is ASCII, a kanji, kana, ー, ・, Japanese
 * punctuation, or a full-width ASCII form (ＣＯ２), which NFKC turns into ASCII on its own. Most KPI names
 * qualify, and are then read without the normalisation, which cost more than the rest of the judgement.
 * Anything else (a Kangxi radical that NFKC makes a kanji, a combining or half-width sound mark that makes
 * こ into ご) is normalised first.
 */
function hasOnlyWordStableCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c >= 0x4e00 && c <= 0x9fff) continue;
    if (c >= 0x3041 && c <= 0x3096) continue;
    if (c >= 0x30a1 && c <= 0x30fc) continue;
    // 、。〃々〆〇 and 「」『』
    if ((c >= 0x3001 && c <= 0x3007) || (c >= 0x300c && c <= 0x300f)) continue;
    if (c >= 0xff01 && c <= 0xff5e) continue;
    return false;
  }
  return true;
}
