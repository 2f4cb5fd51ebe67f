// Synthetic bigger lists for the speed bench: the bundled OFAC SDN publication (sdn.csv with
// its add.csv / alt.csv companions) written out `factor` times, in the same legacy layout, so
// `loadLists` reads it through the real reader and the CLI can screen against it.
//
// Copy 0 is the original rows. Copy c ≥ 1 of every row gets a new ent_num (and alt/add number)
// `c × 10,000,000 + original` and new names, deterministically:
//   - each word of 3+ letters is, with probability 1/2, swapped for a word drawn from all the
//     words of that entity type's names (primary and aliases), drawn by frequency, so common
//     list words (AL, MOHAMMAD, LIMITED…) stay as common as in a real list;
//   - each word left in place is, with probability 1/5, respelled (one vowel changed), so the
//     vocabulary grows too, with near neighbours of real spellings as in real merged lists;
//   - a name that came out unchanged gets its longest word respelled.
// Wallet addresses in the remarks are respelled as well (a clone has its own wallets), so the
// planted wallet hits still hit the original entities only. Everything else (programs,
// addresses, dates of birth) is copied unchanged.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';

export const ID_STRIDE = 10_000_000;

export interface ScaledList {
  /** The new sdn.csv. */
  primary: string;
  entities: number;
  aliases: number;
}

function readRows(file: string): string[][] {
  let bytes = readFileSync(file);
  let end = bytes.length;
  while (end > 0 && bytes[end - 1] === 0x1a) end--;
  bytes = bytes.subarray(0, end);
  return (parse(bytes, { relax_column_count: true }) as string[][]).filter((r) => !(r.length === 1 && (r[0] ?? '').trim() === ''));
}

/** OFAC legacy serialisation: numbers and the `-0- ` null bare, text quoted. */
function csvLine(fields: readonly string[], numeric: ReadonlySet<number>): string {
  return fields
    .map((f, i) => (f === '-0- ' || (numeric.has(i) && /^\d+$/.test(f)) ? f : `"${f.replace(/"/g, '""')}"`))
    .join(',');
}

/** Stateless 32-bit hash (murmur3 finalizer over a few ints). */
function hash(...parts: number[]): number {
  let h = 0x9e3779b9;
  for (const p of parts) {
    h = Math.imul(h ^ (p >>> 0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

function stringHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const WORD = /[A-Za-z]{3,}/g;
const VOWELS = 'aeiou';

function withCaseOf(model: string, word: string): string {
  if (model === model.toUpperCase()) return word.toUpperCase();
  if (model === model.toLowerCase()) return word.toLowerCase();
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/** One vowel (after the first letter) changed to another vowel; or a letter doubled when there is none. */
function respell(word: string, h: number): string {
  const spots: number[] = [];
  for (let i = 1; i < word.length; i++) if (VOWELS.includes(word.charAt(i).toLowerCase())) spots.push(i);
  if (spots.length === 0) {
    const i = 1 + (h % (word.length - 1));
    return word.slice(0, i + 1) + word.slice(i);
  }
  const at = spots[h % spots.length] as number;
  const old = word.charAt(at);
  const lower = old.toLowerCase();
  const choices = VOWELS.replace(lower, '');
  const next = choices.charAt((h >>> 8) % choices.length);
  return word.slice(0, at) + (old === lower ? next : next.toUpperCase()) + word.slice(at + 1);
}

export function perturbName(name: string, copy: number, key: number, pool: readonly string[]): string {
  let i = 0;
  const out = name.replace(WORD, (word) => {
    const h = hash(copy, key, i++);
    if (h % 2 === 0 && pool.length > 0) return withCaseOf(word, pool[(h >>> 1) % pool.length] as string);
    if ((h >>> 4) % 5 === 0) return respell(word, h >>> 7);
    return word;
  });
  if (out !== name) return out;
  let longest = '';
  for (const m of name.matchAll(WORD)) if (m[0].length > longest.length) longest = m[0];
  if (longest === '') return `${name} ${String.fromCharCode(65 + (hash(copy, key) % 26))}`;
  return name.replace(longest, respell(longest, hash(copy, key, 99)));
}

/** Alphanumerics shifted by `copy` within their class (0-9, a-z, A-Z): same length and format, another address. */
function respellWallet(address: string, copy: number): string {
  const shift = (c: string, base: string, n: number): string => String.fromCharCode(base.charCodeAt(0) + ((c.charCodeAt(0) - base.charCodeAt(0) + copy) % n));
  // The first two characters (1…, bc, 0x, T…) keep the address's format.
  return address.slice(0, 2) + address.slice(2).replace(/[0-9a-zA-Z]/g, (c) => (c <= '9' ? shift(c, '0', 10) : c <= 'Z' ? shift(c, 'A', 26) : shift(c, 'a', 26)));
}

function perturbRemarks(remarks: string, copy: number): string {
  return remarks.replace(/(Digital Currency Address - [A-Za-z0-9]+ )([^\s;,]+)/g, (_m, head: string, addr: string) => head + respellWallet(addr, copy));
}

/**
 * Writes `outDir/sdn.csv`, `alt.csv`, `add.csv` (and copies list-info.json) holding `factor`
 * copies of the list next to `primaryPath`. Nothing is rewritten when the folder already
 * holds a complete copy (the file names carry no hash: delete the folder after changing this).
 */
export function writeScaledList(primaryPath: string, factor: number, outDir: string): ScaledList {
  const srcDir = path.dirname(primaryPath);
  const primaryOut = path.join(outDir, 'sdn.csv');
  const done = path.join(outDir, '.complete.json');
  if (existsSync(done)) return { primary: primaryOut, ...(JSON.parse(readFileSync(done, 'utf8')) as Omit<ScaledList, 'primary'>) };
  mkdirSync(outDir, { recursive: true });

  const sdn = readRows(primaryPath);
  const altFile = path.join(srcDir, 'alt.csv');
  const addFile = path.join(srcDir, 'add.csv');
  const alt = existsSync(altFile) ? readRows(altFile) : [];
  const add = existsSync(addFile) ? readRows(addFile) : [];

  const typeOf = new Map<string, string>();
  for (const r of sdn) typeOf.set((r[0] ?? '').trim(), (r[2] ?? '').trim() === '-0-' ? 'entity' : (r[2] ?? '').trim().toLowerCase());
  // Word pools per entity type, by frequency.
  const pools = new Map<string, string[]>();
  const addWords = (type: string, name: string): void => {
    let pool = pools.get(type);
    if (pool === undefined) pools.set(type, (pool = []));
    for (const m of name.matchAll(WORD)) pool.push(m[0]);
  };
  for (const r of sdn) addWords(typeOf.get((r[0] ?? '').trim()) ?? 'entity', r[1] ?? '');
  for (const r of alt) addWords(typeOf.get((r[0] ?? '').trim()) ?? 'entity', r[3] ?? '');

  const newId = (id: string, copy: number): string => String(copy * ID_STRIDE + Number(id.trim()));
  const sdnLines: string[] = [];
  const altLines: string[] = [];
  const addLines: string[] = [];
  for (let copy = 0; copy < factor; copy++) {
    for (const r of sdn) {
      const f = [...r];
      if (copy > 0) {
        const id = (r[0] ?? '').trim();
        f[0] = newId(id, copy);
        f[1] = perturbName(r[1] ?? '', copy, Number(id), pools.get(typeOf.get(id) ?? 'entity') ?? []);
        if (f[11] !== undefined && f[11] !== '-0- ') f[11] = perturbRemarks(f[11], copy);
      }
      sdnLines.push(csvLine(f, new Set([0])));
    }
    for (const r of alt) {
      const f = [...r];
      if (copy > 0) {
        const id = (r[0] ?? '').trim();
        f[0] = newId(id, copy);
        f[1] = newId(r[1] ?? '0', copy);
        f[3] = perturbName(r[3] ?? '', copy, stringHash(`${id}/${r[1] ?? ''}`), pools.get(typeOf.get(id) ?? 'entity') ?? []);
      }
      altLines.push(csvLine(f, new Set([0, 1])));
    }
    for (const r of add) {
      const f = [...r];
      if (copy > 0) {
        f[0] = newId(r[0] ?? '0', copy);
        f[1] = newId(r[1] ?? '0', copy);
      }
      addLines.push(csvLine(f, new Set([0, 1])));
    }
  }
  const write = (name: string, lines: string[]): void => writeFileSync(path.join(outDir, name), lines.length > 0 ? `${lines.join('\r\n')}\r\n\x1a` : '');
  write('alt.csv', altLines);
  if (add.length > 0) write('add.csv', addLines);
  write('sdn.csv', sdnLines);
  const manifest = path.join(srcDir, 'list-info.json');
  if (existsSync(manifest)) copyFileSync(manifest, path.join(outDir, 'list-info.json'));
  const result = { entities: sdnLines.length, aliases: altLines.length };
  writeFileSync(done, JSON.stringify(result));
  return { primary: primaryOut, ...result };
}
