import type { SubItemSegment } from "./splitBySubItem";
import { splitBySubItem } from "./splitBySubItem";

/** One sub-item's part of a 中間報告 / 期末報告, with whether it says the work is done. */
export interface ReportSegment {
  /** Sub-item numbers this text reports on (`(3)(4)` → [3, 4]); null for text without a marker. */
  readonly subItems: readonly number[] | null;
  /** The text, width-normalised, without its markers. */
  readonly text: string;
  /** Whether the text says the work is done, not only planned or under way. */
  readonly done: boolean;
}

/*
 * Reading "done" is a vote between three word lists, in this order:
 * 1. A negation (至っていない, 未実施, 延期 …) means not done, whatever else the text says.
 * 2. A statement that the work is still planned or under way (予定, に向けて, 調整中, 準備を進め …) means
 *    not done: a sub-item whose report still holds a plan has work left, and treating it as done would hide
 *    an overdue item. Words about further work beyond the item (今後も, 引き続き) do not count: reports
 *    often close a finished item with them.
 * 3. Otherwise the text is done when it holds a completed act (実施した, 開催。, 提出, 完了, 済 …).
 * Patterns run on NFKC-normalised text (splitBySubItem normalises), so full-width forms need no cases.
 */

const NEGATION = new RegExp(
  [
    "至っていない",
    "至っておらず",
    "至らず",
    "至らなかった",
    // 未 + the act; not 未受診者 (people who have not been examined), which is a noun in a done report.
    "未(?:実施|完了|着手|了|達|済|策定|提出|定|開催|執行|整備|構築|導入|確定|決定|対応|処理|解決|解消|契約|発注|作成|締結)",
    "(?:でき|し|され|行わ|進ま|終わら|間に合わ)(?:ていない|ていません|ておらず|なかった|ませんでした)",
    "できず",
    "(?:実施|完了|達成|開催|執行|提出|策定)せず",
    "中止",
    "延期",
    "見送",
    "遅れ",
    "遅延",
    "断念",
    "とどま(?:り|る|った|って)",
    "にとどめ",
    "\\bnot (?:yet )?(?:done|started|completed?)\\b",
  ].join("|"),
  "i",
);

const PENDING = new RegExp(
  [
    // 予定 as a plan; not 予定者/予定地 (people, places), 予定の (an attribute of something else:
    // 標準化予定の他システムとの連携調整を実施), 予定どおり, or a plan already past (予定していた).
    "予定(?!者|地|額|数|の|どおり|通り|とおり|して(?:い)?た|だった|であった)",
    // に向けて / に向け、 (towards: not done yet); に向けた is an attribute (訓練実施に向けた指導を提供).
    "に向け(?!た)",
    "見込",
    "(?:検討|調整|準備|審議|調査|確認|実施|進行|作業|作成|策定|協議|交渉|手続き?|取組み?|取り組み|推進|整備|構築|試行|募集|選定|精査|設計|工事|施工|申請|照会|修正|改定|改訂|見直し|分析|検証|導入|移行|開発|編集|集計|対応|準備|作成)中(?!止|断)",
    "準備を進め",
    "進めて(?:いる|います|いく|おり)",
    "進め(?:る|ます)",
    "着手(?:した|しました|し[、,])",
    "\\b(?:planned|in progress|ongoing|started|not started)\\b",
  ].join("|"),
  "i",
);

// Acts whose completion a report states. The lookahead takes a past form (した, された, できた), the
// continuative before a comma or a break (実施し、), 済/完了, or the bare noun closing a phrase
// (研修を実施(5月), 申請書を提出 県との…, 1,012人参加), as staff write reports in note form.
const DONE_VERB =
  "(?:実施|策定|執行|開催|提出|締結|導入|移行|構築|整備|交付|展開|設置|開設|作成|制定|改正|改定|改訂|公表|公開|発行|配布|配置|採用|契約|決定|承認|答申|更新|購入|取得|登録|施行|稼働|報告|参加|受講|修了|実現|共有|移管|廃棄|周知|設立|発足|受理|配信|追加|完成|竣工|貸出|提供|整理|実装|調印|採択|議決|可決|納入|納品|着工|処理|解消|送付|発出|通知|公布|告示|選定|委託|発注|派遣|実行|簡略化|開始|従事)";

const DONE = new RegExp(
  [
    `${DONE_VERB}(?:を?完了|済|した|しました|された|されました|できた|できました|し(?=[、,\\s])|(?=[。、,\\s()「」【】]|$))`,
    "(?:を|も)?行(?:った|いました|い(?=[、,]))",
    "終え(?:た|ました)",
    // Outcomes stated as facts: 応募があった, 協力を得て, 6名が入団し.
    "(?:が|も)あった",
    "を得(?:た|て|ました)",
    "(?:入団|入会|応募)し(?:た|、|\\s)",
    // 済 as in 展開済 / 済み / a status cell 済; not 経済, 返済, 救済, 決済, 共済, 弁済, 未済.
    "(?<![経返救決共弁未])済",
    "完了(?!率|する|します|見込)",
    "達成(?!率|度|状況|見込|目標|基準|する|します)",
    "終了(?!する|します|見込)",
    // A count of times held, stated as a fact (操作訓練 2回); not a frequency (年2回, 毎月1回).
    "(?<![年月週毎日第\\d,.])\\d+\\s*回(?=[\\s、。,]|$)",
    "\\b(?:done|completed?|finished)\\b",
  ].join("|"),
  "i",
);

/** A sub-item's text that breaks off mid-list (`内部監査・ (4) 自己点検を実施予定`) shares the next statement. */
const DANGLING_END = /(?:[・、,]|及び|並びに|又は|および|ならびに|または)$/;

/**
 * Whether one piece of report text (without markers) says the work is done.
 * @example isStatementDone("8月30日に防災訓練を実施し、5会場で合計1,012人参加") // true
 */
function isStatementDone(text: string): boolean {
  if (text === "") return false;
  if (NEGATION.test(text)) return false;
  if (PENDING.test(text)) return false;
  return DONE.test(text);
}

/**
 * Splits a report at its sub-item markers, joining a sub-item whose text breaks off mid-list (`内部監査・`,
 * or no text at all) to the next one, so the statement that follows speaks for both.
 * @example splitReportBySubItem("(3) 内部監査・ (4) 自己点検を実施予定(10月)")
 * // [{ subItems: [3, 4], text: "内部監査・ 自己点検を実施予定(10月)" }]
 */
export function splitReportBySubItem(text: string | null | undefined): SubItemSegment[] {
  if (text == null || text === "") return [];
  const raw = splitBySubItem(text);
  const joined: SubItemSegment[] = [];
  let carry: SubItemSegment | null = null;
  for (const segment of raw) {
    let current = segment;
    if (carry !== null) {
      current = {
        subItems: mergeSubItems(carry.subItems, segment.subItems),
        text: carry.text === "" ? segment.text : `${carry.text} ${segment.text}`,
      };
      carry = null;
    }
    // The joined text ends as the segment's own does (no ending spans the space between them): testing
    // the segment alone keeps a report of thousands of dangling parts linear.
    if (current.subItems !== null && (current.text === "" || DANGLING_END.test(segment.text))) {
      carry = current;
    } else {
      joined.push(current);
    }
  }
  if (carry !== null) joined.push(carry);
  return joined;
}

function mergeSubItems(a: readonly number[] | null, b: readonly number[] | null): readonly number[] | null {
  if (a === null) return b;
  if (b === null) return a;
  return [...new Set([...a, ...b])].sort((x, y) => x - y);
}

/**
 * The report split by sub-item, each part with whether it says the work is done.
 * @example readReport("(1) 令和7年5月20日に適正に執行した。 (3) (4) 3月の執行に向けて準備を進めた。")
 * // [{ subItems: [1], text: "令和7年5月20日に適正に執行した。", done: true },
 * //  { subItems: [3, 4], text: "3月の執行に向けて準備を進めた。", done: false }]
 */
export function readReport(text: string | null | undefined): readonly ReportSegment[] {
  return splitReportBySubItem(text).map((segment) => ({
    subItems: segment.subItems,
    text: segment.text,
    done: isStatementDone(segment.text),
  }));
}

/**
 * Whether a report text (or a status cell: 完了, 済, 達成, 未着手, 実施中, 遅れ) says the work is done,
 * not only planned. When the text has sub-item markers, every marked sub-item must be done.
 * @example isReportedDone("(1) 産業振興部、上下水道局への展開を完了") // true
 * @example isReportedDone("(2) 確認・調査中") // false
 */
export function isReportedDone(text: string | null | undefined): boolean {
  const segments = readReport(text);
  if (segments.length === 0) return false;
  const marked = segments.filter((segment) => segment.subItems !== null);
  const judged = marked.length > 0 ? marked : segments;
  return judged.every((segment) => segment.done);
}

/**
 * Whether sub-item n is reported done: every segment naming n says done. A report without any marker
 * speaks for every sub-item; a report with markers that never names n does not report n at all.
 * @example isSubItemDone(readReport("(1) 5月20日に執行した。 (2) 準備中"), 1) // true
 */
export function isSubItemDone(segments: readonly ReportSegment[], subItem: number): boolean {
  if (!Number.isInteger(subItem) || subItem < 1) return false;
  let named = false;
  let marked = false;
  for (const segment of segments) {
    if (segment.subItems === null) continue;
    marked = true;
    if (!segment.subItems.includes(subItem)) continue;
    named = true;
    if (!segment.done) return false;
  }
  if (named) return true;
  if (marked || segments.length === 0) return false;
  return segments.every((segment) => segment.done);
}

/**
 * Whether a report says the work is done: sub-item n's own statements when n is given, else the whole
 * report (every sub-item it names). The one reading of "done" that the sheet check, the 集計 sheet and
 * the KPI.DONE formula share.
 * @example reportSaysDone("(1) 令和7年5月20日に適正に執行した。 (3) (4) 3月の執行に向けて準備を進めた。", 1) // true
 */
export function reportSaysDone(text: string | null | undefined, subItem?: number | null): boolean {
  if (subItem === undefined || subItem === null) return isReportedDone(text);
  return isSubItemDone(readReport(text), subItem);
}
