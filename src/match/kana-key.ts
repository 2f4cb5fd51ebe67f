// A shared "Japanese sound" key for comparing kana-written names with Latin list names.
// Japanese writes a foreign name by ear: Vladimir → ウラジーミル (urajimiru), Ivanov →
// イワノフ (iwanofu), Putin → プーチン (puchin). Two rule tables meet in the middle:
//  - LATIN_TO_KANA turns a Latin list token into the romaji Japanese would write
//    (add the vowel Japanese puts after a lone consonant, ti → chi, l → r, final v → f);
//  - KANA_MERGES then folds the distinctions kana writers use inconsistently
//    (ヴ/ブ/フ/ワ for в, ジ/ディ for ди, long vowels), applied to both sides.

import { memoize } from './memoize';

interface Rule {
  pattern: RegExp;
  replacement: string;
  why: string;
}

/** A merge rule, with what a string must hold for its pattern to match: one of `needs` (DOUBLED: two equal letters in a row). */
interface MergeRule extends Rule {
  needs: readonly string[];
}

const DOUBLED = 'doubled';

/** Latin spelling → Latin units before syllabification. */
const LATIN_PREPARE: readonly Rule[] = [
  { pattern: /x/g, replacement: 'ks', why: 'x is two sounds' },
  { pattern: /w/g, replacement: 'v', why: 'German в' },
  { pattern: /q/g, replacement: 'k', why: 'q is k' },
  { pattern: /ph/g, replacement: 'f', why: 'ph is f' },
  { pattern: /c(?!h)/g, replacement: 'k', why: 'lone c is k in these names' },
  { pattern: /(iy|yy|ij|ii|yi)$/g, replacement: 'i', why: '-ий/-ый endings are a long イー' },
  { pattern: /ey$/g, replacement: 'ei', why: 'Sergey → セルゲイ' },
  { pattern: /([bcdfghjklmnpqrstvwxz])\1/g, replacement: '$1', why: 'double consonants are written once (Kirill → キリル)' },
  { pattern: /v(?=$|[kstpf]|ch|sh)/g, replacement: 'f', why: 'в devoices at the end and before voiceless consonants (Ivanov → イワノフ)' },
];

const CONSONANT_UNITS = ['shch', 'sch', 'dzh', 'zh', 'kh', 'ts', 'ch', 'sh', 'b', 'c', 'd', 'f', 'g', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z'];
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

/** Unit before a vowel, as Japanese writes it. */
const ONSET: Readonly<Record<string, string>> = {
  shch: 'shich', sch: 'sh', dzh: 'j', zh: 'j', kh: 'h', ts: 'ts', ch: 'ch', sh: 'sh', j: 'j',
};

/** A consonant with no vowel after it gets the vowel Japanese adds. */
function loneConsonant(unit: string): string {
  if (unit === 'n') return 'n';
  if (unit === 't' || unit === 'd') return `${unit}o`;
  if (unit === 'ch' || unit === 'j' || unit === 'zh' || unit === 'dzh' || unit === 'shch') return `${ONSET[unit] ?? unit}i`;
  if (unit === 'kh' || unit === 'h') return 'fu';
  return `${ONSET[unit] ?? unit}u`;
}

function latinToKanaRomaji(token: string): string {
  let s = token;
  for (const rule of LATIN_PREPARE) s = s.replace(rule.pattern, rule.replacement);
  let out = '';
  let i = 0;
  while (i < s.length) {
    const ch = s[i] as string;
    if (VOWELS.has(ch)) {
      // y before a vowel is a glide (ya, yu, yo); elsewhere it is ы, heard as i.
      if (ch === 'y' && i + 1 < s.length && VOWELS.has(s[i + 1] as string) && s[i + 1] !== 'y') {
        out += 'y';
      } else {
        out += ch === 'y' ? 'i' : ch;
      }
      i++;
      continue;
    }
    const unit = CONSONANT_UNITS.find((u) => s.startsWith(u, i)) ?? ch;
    i += unit.length;
    const next = s[i];
    // A soft consonant before ya/yu/yo/ye (Tatyana, Artyom) is written with an i-kana: タチヤナ.
    if (next === 'y' && i + 1 < s.length && VOWELS.has(s[i + 1] as string) && s[i + 1] !== 'y' && unit !== 'y') {
      out += `${ONSET[unit] ?? unit}i`;
      continue;
    }
    out += next !== undefined && VOWELS.has(next) ? (ONSET[unit] ?? unit) : loneConsonant(unit);
  }
  return out;
}

/** Applied to both sides after romaji: folds what kana writers render inconsistently. */
export const KANA_MERGES: readonly MergeRule[] = [
  { pattern: /l/g, replacement: 'r', why: 'Japanese has one liquid: l and r are both ラ行', needs: ['l'] },
  { pattern: /[vwf]/g, replacement: 'b', why: 'в is written ヴ, ブ, ワ or フ', needs: ['v', 'w', 'f'] },
  { pattern: /(?<![cs])hu/g, replacement: 'bu', why: 'フ is fu/hu (not the u of chu/shu)', needs: ['hu'] },
  { pattern: /ti/g, replacement: 'chi', why: 'ти → チ', needs: ['ti'] },
  { pattern: /d[iy]/g, replacement: 'ji', why: 'ди → ジ or ディ', needs: ['di', 'dy'] },
  { pattern: /de/g, replacement: 'je', why: 'де → デ or ジェ (Medvedev → メドヴェージェフ)', needs: ['de'] },
  { pattern: /si/g, replacement: 'shi', why: 'си → シ', needs: ['si'] },
  { pattern: /zi/g, replacement: 'ji', why: 'зи → ジ', needs: ['zi'] },
  { pattern: /tu/g, replacement: 'tsu', why: 'ту → トゥ or ツ', needs: ['tu'] },
  { pattern: /(ch|j|sh)iy([aeou])/g, replacement: '$1$2', why: 'チヤ/チャ, ジユ/ジュ: the same soft consonant', needs: ['iy'] },
  { pattern: /ye/g, replacement: 'e', why: 'е → エ or イェ', needs: ['ye'] },
  { pattern: /yi/g, replacement: 'i', why: 'йи is heard as i', needs: ['yi'] },
  { pattern: /([aeiou])\1+/g, replacement: '$1', why: 'long vowels (ー, イー) are written inconsistently', needs: [DOUBLED] },
  { pattern: /([b-df-hj-np-tv-z])\1+/g, replacement: '$1', why: 'ッ gemination is written inconsistently', needs: [DOUBLED] },
];

function hasDoubled(s: string): boolean {
  for (let i = 1; i < s.length; i++) if (s.charCodeAt(i) === s.charCodeAt(i - 1)) return true;
  return false;
}

function mayApply(rule: MergeRule, s: string): boolean {
  for (const need of rule.needs) if (need === DOUBLED ? hasDoubled(s) : s.includes(need)) return true;
  return false;
}

/** KANA_MERGES in order; a rule whose needs the string lacks is skipped (most are: 14 regular expressions took most of a new kana word's key). */
function applyMerges(romaji: string): string {
  let s = romaji;
  for (const rule of KANA_MERGES) if (mayApply(rule, s)) s = s.replace(rule.pattern, rule.replacement);
  return s;
}

/** Key of a kana token, given its romaji (katakana.ts). Not remembered: with the rules' needs checked first it costs less than a lookup. */
export function kanaKeyOfRomaji(romaji: string): string {
  return applyMerges(romaji);
}

/** Key of a Latin list token: how Japanese would write it, then folded. */
export const kanaKeyOfLatin = memoize((token: string): string => applyMerges(latinToKanaRomaji(token)), 200_000);
