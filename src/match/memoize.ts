// Per-word results (romanization keys, kana keys) are pure functions of a short string, and
// an export repeats its words far more than its names: remember them, within a bound.
import { AnswerCache } from './answer-cache';

/**
 * `fn` remembered per argument, for up to about `limit` arguments (the last ones asked for:
 * answer-cache.ts keeps the arguments out of the JS heap, so a long file's hundreds of
 * thousands of words cost the garbage collector nothing).
 */
export function memoize(fn: (text: string) => string, limit: number): (text: string) => string {
  const memory = new AnswerCache<string>(Math.ceil(limit / 2), 12);
  return (text) => {
    const known = memory.get(text);
    if (known !== undefined) return known;
    const result = fn(text);
    memory.set(text, result);
    return result;
  };
}
