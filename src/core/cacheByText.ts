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
 * text is read once. The cache is bounded (in entries and in characters), which keeps every lookup O(1)
 * and memory fixed in a runtime that lives as long as the workbook is open. Texts longer than
 * MAX_CACHED_TEXT_LENGTH are not cached. Results must be immutable: callers share them.
 *
 * Each text has one slot, chosen by a hash of its length and its first and last characters; a text
 * arriving at a taken slot replaces the one there. The texts a sheet repeats are few and seldom share a
 * slot, and a column of distinct texts (every actual a new number), which misses on every cell, pays one
 * look at a small array per miss. A map of ten thousand texts (two lookups per miss, each
 * result kept long enough to be copied by the garbage collector) made reading such a column 40% slower
 * than reading it without a cache; 2,048 slots cost next to nothing.
 * @example const read = cacheByText(parseKpiValue); read("111 件") === read("111 件") // true
 */
export function cacheByText<T>(fn: (text: string) => T, capacity = 2048): (text: string) => T {
  if (!Number.isInteger(capacity) || capacity < 1)
    throw new RangeError(`cache capacity must be ≥ 1, got ${capacity}`);
  const characterBudget = capacity * CHARACTERS_PER_ENTRY;
  let table: Slots<T> | null = null;
  let characters = 0;
  return (text: string): T => {
    if (text.length > MAX_CACHED_TEXT_LENGTH) return fn(text);
    const hash = hashOf(text);
    const slot = (hash >>> 0) % capacity;
    if (table !== null && table.hashes[slot] === hash && table.keys[slot] === text)
      return table.values[slot] as T;
    const value = fn(text);
    // Made at the first miss: a module creates its caches when it loads, most of them never used.
    table ??= newSlots<T>(capacity);
    // Counts every text put in since the table was made (not looking at the text it replaces, which
    // would cost a trip to memory per miss): a bound on what the table can hold.
    characters += text.length;
    if (characters > characterBudget) {
      table = newSlots<T>(capacity);
      characters = text.length;
    }
    table.hashes[slot] = hash;
    table.keys[slot] = text;
    table.values[slot] = value;
    return value;
  };
}

interface Slots<T> {
  readonly hashes: Int32Array;
  readonly keys: (string | undefined)[];
  readonly values: (T | undefined)[];
}

function newSlots<T>(capacity: number): Slots<T> {
  return {
    hashes: new Int32Array(capacity),
    keys: new Array<string | undefined>(capacity).fill(undefined),
    values: new Array<T | undefined>(capacity).fill(undefined),
  };
}

/** Characters hashed from each end of a text: all of a cell's usual text, and what tells long ones apart. */
const HASHED_FROM_EACH_END = 16;

/**
 * FNV-1a over the length and up to 16 characters from each end. Texts that differ only in the middle
 * share a slot and take turns in it; the comparison of the whole text keeps every answer right.
 */
function hashOf(text: string): number {
  const n = text.length;
  let hash = Math.imul(0x811c9dc5 ^ n, 0x01000193);
  const headEnd = n <= 2 * HASHED_FROM_EACH_END ? n : HASHED_FROM_EACH_END;
  for (let i = 0; i < headEnd; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  for (let i = Math.max(headEnd, n - HASHED_FROM_EACH_END); i < n; i++)
    hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash ^ (hash >>> 15);
}
