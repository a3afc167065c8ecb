/**
 * Remembers a pure function's results by input text. Sheets repeat the same texts (`年度内`, `－ 人`,
 * `111 件 ⇒ 120 件` in every copy of a list), and Excel recalculates thousands of cells at once: the same
 * text is read once. The cache is bounded and simply starts afresh when full, which keeps every lookup
 * O(1) and memory fixed in a runtime that lives as long as the workbook is open. Results must be
 * immutable: callers share them.
 * @example const read = cacheByText(parseKpiValue); read("111 件") === read("111 件") // true
 */
export function cacheByText<T>(fn: (text: string) => T, capacity = 10_000): (text: string) => T {
  if (!Number.isInteger(capacity) || capacity < 1)
    throw new RangeError(`cache capacity must be ≥ 1, got ${capacity}`);
  let entries = new Map<string, T>();
  return (text: string): T => {
    const hit = entries.get(text);
    if (hit !== undefined || entries.has(text)) return hit as T;
    const value = fn(text);
    if (entries.size >= capacity) entries = new Map();
    entries.set(text, value);
    return value;
  };
}
