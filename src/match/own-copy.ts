/**
 * A copy of s that holds no reference to a larger string. A cell value is usually a slice
 * of the 64 KB chunk it was read from, and V8 keeps the whole chunk alive while the slice
 * lives: as a cache key it would pin every chunk of the file in memory. (V8 copies strings
 * shorter than 13 characters instead of slicing them.)
 */
export function ownCopy(s: string): string {
  return s.length < 13 ? s : Buffer.from(s, 'utf8').toString('utf8');
}
