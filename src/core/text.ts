/**
 * Width normalisation. NFKC turns full-width digits and letters into ASCII (`３６．４ ％` → `36.4 %`),
 * but it also turns the missing marker `－` into `-` and the item marker `①` into `1`: callers read those
 * markers on the raw text first, then normalise.
 * @example normalizeWidth("３６．４ ％") // "36.4 %"
 */
export function normalizeWidth(text: string): string {
  return (
    text
      .normalize("NFKC")
      // wave dashes used for ranges: 〜 (U+301C) and ～ (U+FF5E, which NFKC makes ~)
      .replace(/[〜~]/g, "～")
      .replace(/\s+/g, " ")
      .trim()
  );
}

/**
 * NFKC of a text made only of characters it maps one for one, without calling it: ASCII, kanji (U+4E00–9FFF),
 * hiragana, katakana and ー unchanged, full-width ASCII forms (U+FF01–FF5E: `３６．４ ％`, `ｔ`) as ASCII, and
 * the ideographic space as a space. None of these has a combining class or combines with a neighbour (the
 * kana voicing marks are outside them), so the text maps character by character; a test checks every one
 * of them against NFKC. Returns null for a text with any other character, which NFKC itself must read.
 * @example foldWidth("３６．４ ％") // "36.4 %"
 * @example foldWidth("①") // null
 */
export function foldWidth(text: string): string | null {
  let folded: string | null = null;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xa0 || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3041 && c <= 0x3096)) continue;
    if ((c >= 0x30a1 && c <= 0x30fa) || c === 0x30fc) continue;
    let ascii: number;
    if (c >= 0xff01 && c <= 0xff5e) ascii = c - 0xfee0;
    else if (c === 0x3000) ascii = 0x20;
    else return null;
    folded = (folded ?? "") + text.slice(from, i) + String.fromCharCode(ascii);
    from = i + 1;
  }
  return folded === null ? text : folded + text.slice(from);
}

/** Circled numbers ①…⑳ as item numbers; read before NFKC. */
const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

/**
 * The item number of a circled marker, or null.
 * @example readItemMarker("③") // 3
 */
export function readItemMarker(text: string): number | null {
  const first = text.trim().charAt(0);
  // indexOf("") is 0: an empty cell must not read as ①.
  const index = first === "" ? -1 : CIRCLED.indexOf(first);
  return index >= 0 ? index + 1 : null;
}

/**
 * Writes an item number as its circled marker (for messages that point at ①…).
 * @example formatItemMarker(2) // "②"
 */
export function formatItemMarker(n: number): string {
  return n >= 1 && n <= CIRCLED.length ? CIRCLED.charAt(n - 1) : `(${n})`;
}

/** Where a match starts and ends. */
export interface MatchSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * The first match of a pattern at or after a position, for positions asked in increasing order: each
 * search starts where the last one stopped being valid, so all the questions about one text together scan
 * it once (asking a regex `test(text.slice(from, to))` for each of n positions scans it n times).
 * @example const turns = new ForwardMatcher(/完了/g, "7月完了。8月予定"); turns.firstFrom(0) // { start: 2, end: 4 }
 */
export class ForwardMatcher {
  private readonly pattern: RegExp;
  private searchedFrom = Number.POSITIVE_INFINITY;
  private found: MatchSpan | null = null;

  constructor(
    pattern: RegExp,
    private readonly text: string,
  ) {
    // A private copy: lastIndex is the matcher's own state, and the pattern must be global to use it.
    this.pattern = new RegExp(
      pattern.source,
      pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`,
    );
  }

  /** The first match starting at or after `from`, or null. */
  firstFrom(from: number): MatchSpan | null {
    // The match found for an earlier position is still the first from here when it starts at or after
    // `from`; none after an earlier position means none after this one.
    if (from >= this.searchedFrom && (this.found === null || this.found.start >= from)) return this.found;
    this.searchedFrom = from;
    this.pattern.lastIndex = from;
    const match = this.pattern.exec(this.text);
    this.found = match === null ? null : { start: match.index, end: match.index + match[0].length };
    return this.found;
  }
}

/**
 * Whether a UTF-16 code unit is whitespace as a regex's `\s` knows it, without making a string of it.
 * @example isSpaceCode(0x3000) // true: the ideographic space
 */
export function isSpaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
