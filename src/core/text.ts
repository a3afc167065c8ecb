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
