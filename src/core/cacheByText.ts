/**
 * The longest text a cache keeps. V8 hashes at most 16,383 characters of a string and gives every longer
 * string a hash made from its length alone, so a map keyed by long texts of one length degrades to a list
 * that compares whole strings (2,000 distinct 20,000-character reports took KPI.DONE 20 s). A text this
 * long is read each time instead: a linear reading of it costs less than the hashing and comparing, and
 * such texts are rarely repeated down a column.
 */
export const MAX_CACHED_TEXT_LENGTH = 4096;
/** Characters of text kept per entry of capacity, on average: bounds memory as well as the entry count. */
const CHARACTERS_PER_ENTRY = 256;

/**
 * Remembers a pure function's results by input text. Sheets repeat the same texts (`年度内`, `－ 人`,
 * `111 件 ⇒ 120 件` in every copy of a list), and Excel recalculates thousands of cells at once: the same
 * text is read once. The cache is bounded (in entries and in characters) and simply starts afresh when
 * full, which keeps every lookup O(1) and memory fixed in a runtime that lives as long as the workbook is
 * open. Texts longer than MAX_CACHED_TEXT_LENGTH are not cached. Results must be immutable: callers share
 * them.
 * @example const read = cacheByText(parseKpiValue); read("111 件") === read("111 件") // true
 */
export function cacheByText<T>(fn: (text: string) => T, capacity = 10_000): (text: string) => T {
  if (!Number.isInteger(capacity) || capacity < 1)
    throw new RangeError(`cache capacity must be ≥ 1, got ${capacity}`);
  const characterBudget = capacity * CHARACTERS_PER_ENTRY;
  // An undefined result is kept as UNDEFINED, so that one lookup tells a hit from a miss: a column of
  // distinct texts misses on every cell, and a second lookup on each miss would be time for nothing.
  let entries = new Map<string, T | typeof UNDEFINED>();
  let characters = 0;
  return (text: string): T => {
    if (text.length > MAX_CACHED_TEXT_LENGTH) return fn(text);
    const hit = entries.get(text);
    if (hit !== undefined) return (hit === UNDEFINED ? undefined : hit) as T;
    const value = fn(text);
    if (entries.size >= capacity || characters + text.length > characterBudget) {
      entries = new Map();
      characters = 0;
    }
    entries.set(text, value === undefined ? UNDEFINED : value);
    characters += text.length;
    return value;
  };
}

const UNDEFINED: unique symbol = Symbol("undefined");
