/**
 * Remembers a text reading for recent inputs. Excel calls a custom function once per cell on every
 * recalculation, and a sheet repeats a handful of texts (`－ 人`, `111 件`, `通年`) down thousands of rows:
 * each distinct text is read once. Clearing the whole map when it is full keeps memory bounded without
 * the upkeep of an LRU list; a sheet with more distinct texts than the limit pays a re-read, nothing more.
 * Results are shared between calls, so callers must not mutate them (the core's results are readonly).
 * @example const read = memoizeByText((text) => text.length); read("111 件") // 5, computed once
 */
export function memoizeByText<V>(compute: (text: string) => V, limit = 10_000): (text: string) => V {
  const cache = new Map<string, V>();
  return (text: string): V => {
    const cached = cache.get(text);
    if (cached !== undefined) return cached;
    const value = compute(text);
    if (cache.size >= limit) cache.clear();
    cache.set(text, value);
    return value;
  };
}
