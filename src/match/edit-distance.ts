// Optimal-string-alignment distance: Levenshtein plus adjacent transposition as one
// edit. Typists swap neighbours ("Donlad", "Prigozihn") far more than they substitute
// two letters, and plain Levenshtein charges a swap twice.
//
// Tokens are short, so the distance is computed bit-parallel (Hyyrö 2003, "A bit-vector
// algorithm for computing Levenshtein and Damerau edit distances"): one 32-bit word holds
// a whole DP column, and each character of the other string costs a dozen bit operations
// instead of a row of cells. A new query word's partners are verified with it, and every
// candidate's word pairs are scored with it: the row-by-row DP took ~0.5 µs a pair,
// more than finding the pair. Longer strings (over 32 characters) use the DP.

/** Bit masks of the pattern's positions per character code (ASCII only; set and cleared per call). */
const positions = new Int32Array(128);

/** OSA distance between a and b, or max + 1 when it exceeds max. */
export function boundedOsaDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  if (n === 0 || m === 0) return Math.max(n, m) <= max ? Math.max(n, m) : max + 1;
  const result = n <= 32 && isAscii(a) ? bitParallelOsa(a, b) : osaByRows(a, b, max);
  return result <= max ? result : max + 1;
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return false;
  return true;
}

/**
 * The exact OSA distance, for a pattern `a` of 1–32 ASCII characters. Bit i of the
 * vectors stands for row i + 1 of the DP column: VP/VN mark where the column goes up or
 * down by one from the row above, D0 where a diagonal step is free (a match, or a
 * transposition through the previous column).
 */
function bitParallelOsa(a: string, b: string): number {
  const n = a.length;
  for (let i = 0; i < n; i++) positions[a.charCodeAt(i)] = (positions[a.charCodeAt(i)] as number) | (1 << i);
  const last = 1 << (n - 1);
  let vp = -1;
  let vn = 0;
  let d0 = 0;
  let previousMatch = 0;
  let distance = n;
  for (let j = 0; j < b.length; j++) {
    const code = b.charCodeAt(j);
    // A character the pattern lacks (any non-ASCII one too) matches no row.
    const match = code < 128 ? (positions[code] as number) : 0;
    const transposed = ((~d0 & match) << 1) & previousMatch;
    // The sum may carry past bit 31: `^` takes it modulo 2³², as the algorithm wants.
    d0 = (((match & vp) + vp) ^ vp) | match | vn | transposed;
    let hp = vn | ~(d0 | vp);
    let hn = d0 & vp;
    if ((hp & last) !== 0) distance++;
    else if ((hn & last) !== 0) distance--;
    hp = (hp << 1) | 1;
    hn <<= 1;
    vp = hn | ~(d0 | hp);
    vn = hp & d0;
    previousMatch = match;
  }
  for (let i = 0; i < n; i++) positions[a.charCodeAt(i)] = 0;
  return distance;
}

let prev2 = new Int32Array(64);
let prev = new Int32Array(64);
let curr = new Int32Array(64);

/**
 * The row-by-row DP: the exact distance, or some value over max as soon as a whole row
 * exceeds max. Used for long or non-ASCII patterns, and by the test as the reference.
 */
export function osaByRows(a: string, b: string, max: number): number {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return Math.max(n, m);
  if (m + 1 > curr.length) {
    prev2 = new Int32Array(m + 1);
    prev = new Int32Array(m + 1);
    curr = new Int32Array(m + 1);
  }
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    curr[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const bj = b.charCodeAt(j - 1);
      const cost = ai === bj ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (curr[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) d = Math.min(d, (prev2[j - 2] as number) + 1);
      curr[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = curr;
    curr = t;
  }
  return prev[m] as number;
}
