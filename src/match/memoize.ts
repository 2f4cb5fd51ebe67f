// Per-word results (romanization keys, kana keys) are pure functions of a short string, and
// an export repeats its words far more than its names: remember them, within a bound.
import { ownCopy } from './own-copy';

/** `fn` remembered per argument; the memory is emptied whole when `limit` entries are held. */
export function memoize(fn: (text: string) => string, limit: number): (text: string) => string {
  const memory = new Map<string, string>();
  return (text) => {
    const known = memory.get(text);
    if (known !== undefined) return known;
    const result = fn(text);
    if (memory.size >= limit) memory.clear();
    // Own copies: a word of a screened row is often a slice of the input chunk it was read
    // from, and as a key it would keep the whole chunk alive (a 1M-row run's main thread
    // held ~20 MB of chunks so).
    memory.set(ownCopy(text), ownCopy(result));
    return result;
  };
}
