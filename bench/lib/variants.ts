// Query forms derived from one list entity that a screener must still resolve to that
// entity: reordering, dropped patronymic, typos, initials, glued and split tokens, other
// romanizations, Cyrillic, full-width Latin, katakana (full and half width), and legal
// forms of organisations written another way. Each generator returns null when the form
// does not apply to the entity (no long token, no legal form, not a person…).
import type { Entity } from '../../src/lists/entity';
import { latinToCyrillic } from './cyrillic';
import { looksUkrainian, nameToKatakana, randomStyle } from './katakana';
import { findLegalForm, LEGAL_WORDS, otherSpelling } from './legal-forms';
import type { Rng } from './rng';
import { romanizeVariant } from './romanization';
import { toFullWidthLatin, toHalfWidthKatakana } from './widths';

export interface Variant {
  query: string;
  /** The list name it was made from. */
  base: string;
  /** What was done, for the errors file (e.g. "transposition@4 in VLADIMIROVICH"). */
  detail: string;
}

export interface VariantForm {
  id: string;
  /** Which entity types the form is tried on. */
  types: ReadonlyArray<Entity['type']>;
  /** Seed key when not the id: forms sharing it draw the same entities and choices (half-width = katakana, re-encoded). */
  seedKey?: string;
  make: (entity: Entity, rng: Rng) => Variant | null;
}

export interface PersonName {
  surname: string;
  given: string[];
}

/** OFAC writes people "SURNAME, Given Patronymic"; null for names without that shape. */
export function parsePerson(name: string): PersonName | null {
  const comma = name.indexOf(',');
  if (comma < 0) return null;
  const surname = name.slice(0, comma).trim();
  const given = name
    .slice(comma + 1)
    .trim()
    .split(/\s+/)
    .filter((t) => t !== '');
  if (surname === '' || given.length === 0 || /[^\p{L}\s'.-]/u.test(name.replace(',', ''))) return null;
  return { surname, given };
}

export function titleCase(word: string): string {
  return word.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

function primary(entity: Entity): string {
  return entity.names[0]?.name ?? '';
}

function person(entity: Entity): PersonName | null {
  return entity.type === 'individual' ? parsePerson(primary(entity)) : null;
}

function firstLast(p: PersonName): string {
  return `${p.given.join(' ')} ${titleCase(p.surname)}`;
}

/** Letter-only words of at least `min` letters, with their offsets. */
function longWords(text: string, min: number): Array<{ start: number; word: string }> {
  const out: Array<{ start: number; word: string }> = [];
  for (const m of text.matchAll(/\p{L}+/gu)) if (m[0].length >= min) out.push({ start: m.index ?? 0, word: m[0] });
  return out;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

type TypoKind = 'substitution' | 'deletion' | 'transposition';

/** One typo at `pos` of `word`; case follows the word. */
function typo(word: string, pos: number, kind: TypoKind, rng: Rng): string {
  const upper = word === word.toUpperCase();
  const ch = word[pos] as string;
  switch (kind) {
    case 'substitution': {
      let sub = ch;
      while (sub.toLowerCase() === ch.toLowerCase()) sub = rng.pick([...LETTERS]);
      return word.slice(0, pos) + (upper ? sub.toUpperCase() : sub) + word.slice(pos + 1);
    }
    case 'deletion':
      return word.slice(0, pos) + word.slice(pos + 1);
    case 'transposition':
      return word.slice(0, pos) + (word[pos + 1] ?? '') + ch + word.slice(pos + 2);
  }
}

const TYPO_KINDS: readonly TypoKind[] = ['substitution', 'deletion', 'transposition'];

/** A position where the typo changes the word (a transposition of equal letters does not). */
function typoPosition(word: string, kind: TypoKind, rng: Rng, from: number, to: number): number | null {
  const positions: number[] = [];
  for (let p = from; p <= to; p++) {
    if (kind === 'transposition' && (p + 1 >= word.length || word[p] === word[p + 1])) continue;
    positions.push(p);
  }
  return positions.length === 0 ? null : rng.pick(positions);
}

function replaceAt(text: string, start: number, oldWord: string, newWord: string): string {
  return text.slice(0, start) + newWord + text.slice(start + oldWord.length);
}

function withTypos(entity: Entity, rng: Rng, minLength: number, count: 1 | 2): Variant | null {
  const base = primary(entity);
  const words = longWords(base, minLength);
  if (words.length === 0) return null;
  const { start, word } = rng.pick(words);
  if (count === 1) {
    const kind = rng.pick(TYPO_KINDS);
    const pos = typoPosition(word, kind, rng, 0, word.length - 1);
    if (pos === null) return null;
    return { query: replaceAt(base, start, word, typo(word, pos, kind, rng)), base, detail: `${kind}@${pos} in ${word}` };
  }
  // Two typos, at least 3 letters apart; the later one first so the earlier position still holds.
  const k1 = rng.pick(TYPO_KINDS);
  const k2 = rng.pick(TYPO_KINDS);
  const p1 = typoPosition(word, k1, rng, 0, word.length - 5);
  if (p1 === null) return null;
  const p2 = typoPosition(word, k2, rng, p1 + 3, word.length - 1);
  if (p2 === null) return null;
  const changed = typo(typo(word, p2, k2, rng), p1, k1, rng);
  return { query: replaceAt(base, start, word, changed), base, detail: `${k1}@${p1} + ${k2}@${p2} in ${word}` };
}

function katakana(entity: Entity, rng: Rng, halfWidth: boolean): Variant | null {
  const p = person(entity);
  if (p === null) return null;
  const withPatronymic = p.given.length > 1 && rng.chance(0.3);
  const tokens = [p.given[0] as string, ...(withPatronymic ? p.given.slice(1) : []), ...p.surname.split(/[\s-]+/)];
  const style = { ...randomStyle(rng), ukrainian: looksUkrainian(primary(entity)) };
  const kana = nameToKatakana(tokens, style, rng);
  const detail = `${withPatronymic ? 'with patronymic' : 'given + surname'}${style.ukrainian ? '; Ukrainian y' : ''}; v as ${style.vu ? 'ヴ' : 'ブ'}${style.tiDi ? '; ti/di as ティ/ディ' : ''}${style.stress ? '; stress ー' : ''}`;
  return { query: halfWidth ? toHalfWidthKatakana(kana) : kana, base: primary(entity), detail: halfWidth ? `${detail}; full width ${kana}` : detail };
}

function legalVariant(entity: Entity, rng: Rng, how: 'rewrite' | 'moved' | 'quoted'): Variant | null {
  for (const n of entity.names) {
    if (n.kind === 'weak') continue;
    const found = findLegalForm(n.name);
    if (found === null) continue;
    const form = otherSpelling(found, rng);
    let side = found.side;
    if (how === 'moved') side = side === 'before' ? 'after' : 'before';
    if (how === 'quoted') side = rng.chance(0.5) ? 'before' : 'after';
    const quotes = rng.chance(0.5) ? ['«', '»'] : ['"', '"'];
    const body = how === 'quoted' ? `${quotes[0]}${found.body}${quotes[1]}` : found.body;
    const query = side === 'before' ? `${form} ${body}` : `${body} ${form}`;
    return { query, base: n.name, detail: `${found.written} (${found.side}) → ${form} (${side})` };
  }
  return null;
}

const PEOPLE: ReadonlyArray<Entity['type']> = ['individual'];
const ORGS: ReadonlyArray<Entity['type']> = ['entity'];
const BOTH: ReadonlyArray<Entity['type']> = ['individual', 'entity'];

export const VARIANT_FORMS: readonly VariantForm[] = [
  { id: 'exact list form', types: BOTH, make: (e) => ({ query: primary(e), base: primary(e), detail: '' }) },
  {
    id: 'First Last order',
    types: PEOPLE,
    make: (e) => {
      const p = person(e);
      return p === null ? null : { query: firstLast(p), base: primary(e), detail: '' };
    },
  },
  {
    id: 'no patronymic/middle',
    types: PEOPLE,
    make: (e) => {
      const p = person(e);
      if (p === null || p.given.length < 2) return null;
      return { query: `${p.given[0] as string} ${titleCase(p.surname)}`, base: primary(e), detail: `dropped ${p.given.slice(1).join(' ')}` };
    },
  },
  { id: '1 typo, token ≥ 8', types: BOTH, make: (e, rng) => withTypos(e, rng, 8, 1) },
  { id: '2 typos, token ≥ 12', types: BOTH, make: (e, rng) => withTypos(e, rng, 12, 2) },
  {
    id: 'initial for first name',
    types: PEOPLE,
    make: (e) => {
      const p = person(e);
      const first = p?.given[0];
      if (p === null || first === undefined || first.length < 2) return null;
      return { query: `${first[0] as string}. ${titleCase(p.surname)}`, base: primary(e), detail: '' };
    },
  },
  {
    id: 'two tokens glued',
    types: BOTH,
    make: (e, rng) => {
      const p = person(e);
      const words = (p === null ? primary(e) : firstLast(p)).split(/\s+/);
      const ok = (w: string | undefined): boolean => w !== undefined && /^\p{L}{2,}$/u.test(w) && !LEGAL_WORDS.has(w.toUpperCase());
      const pairs = words.map((w, i) => (ok(w) && ok(words[i + 1]) ? i : -1)).filter((i) => i >= 0);
      if (pairs.length === 0) return null;
      const i = rng.pick(pairs);
      const glued = [...words.slice(0, i), `${words[i] as string}${words[i + 1] as string}`, ...words.slice(i + 2)].join(' ');
      return { query: glued, base: primary(e), detail: `${words[i] as string}+${words[i + 1] as string}` };
    },
  },
  {
    id: 'token split in two',
    types: BOTH,
    make: (e, rng) => {
      const base = primary(e);
      const words = longWords(base, 8);
      if (words.length === 0) return null;
      const { start, word } = rng.pick(words);
      const at = 3 + rng.int(word.length - 5);
      return { query: replaceAt(base, start, word, `${word.slice(0, at)} ${word.slice(at)}`), base, detail: `${word} at ${at}` };
    },
  },
  {
    id: 'other romanization',
    types: PEOPLE,
    make: (e, rng) => {
      for (const n of e.names) {
        if (n.kind === 'weak') continue;
        const r = romanizeVariant(n.name, rng);
        if (r.changes.length > 0 && r.text !== n.name) return { query: r.text, base: n.name, detail: r.changes.join(', ') };
      }
      return null;
    },
  },
  // People only: letter-by-letter Cyrillic of English company words (ЛИМИТЕД ЛИАБИЛИТЫ КОМПАНЫ) is nobody's spelling.
  {
    id: 'Cyrillic, list order',
    types: PEOPLE,
    make: (e) => (person(e) === null ? null : { query: latinToCyrillic(primary(e)), base: primary(e), detail: '' }),
  },
  {
    id: 'Cyrillic, First Last',
    types: PEOPLE,
    make: (e) => {
      const p = person(e);
      return p === null ? null : { query: latinToCyrillic(firstLast(p)), base: primary(e), detail: '' };
    },
  },
  { id: 'full-width Latin', types: BOTH, make: (e) => ({ query: toFullWidthLatin(primary(e)), base: primary(e), detail: '' }) },
  { id: 'katakana', types: PEOPLE, make: (e, rng) => katakana(e, rng, false) },
  { id: 'half-width katakana', types: PEOPLE, seedKey: 'katakana', make: (e, rng) => katakana(e, rng, true) },
  { id: 'legal form rewritten', types: ORGS, make: (e, rng) => legalVariant(e, rng, 'rewrite') },
  { id: 'legal form rewritten + moved', types: ORGS, make: (e, rng) => legalVariant(e, rng, 'moved') },
  { id: 'legal form rewritten + quotes', types: ORGS, make: (e, rng) => legalVariant(e, rng, 'quoted') },
];

/** Russia/Belarus programs: RUSSIA-EO14024, CAATSA - RUSSIA, UKRAINE-EO136xx, BELARUS, BELARUS-EO14038. */
export function isRussiaBelarus(entity: Entity): boolean {
  return entity.programs.some((p) => /RUSSIA|UKRAINE-EO136|BELARUS/.test(p));
}
