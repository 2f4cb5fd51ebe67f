// Per-word results (romanization keys, kana keys) are pure functions of a short string, and
// an export repeats its words far more than its names: remember them, within a bound.

/** `fn` remembered per argument; the memory is emptied whole when `limit` entries are held. */
export function memoize(fn: (text: string) => string, limit: number): (text: string) => string {
  const memory = new Map<string, string>();
  return (text) => {
    const known = memory.get(text);
    if (known !== undefined) return known;
    const result = fn(text);
    if (memory.size >= limit) memory.clear();
    memory.set(text, result);
    return result;
  };
}
