// Latin (BGN/PCGN Russian) → katakana, the way Japanese media write Russian names:
// Vladimir Putin → ヴラジーミル・プーチン / ウラジーミル・プーチン, Sergey Lavrov → セルゲイ・ラヴロフ,
// Yevgeniy Prigozhin → エヴゲーニー・プリゴジン. Rules:
//  - consonant + vowel → one kana (ka カ, ri リ, zhe ジェ, tsa ツァ); ti → チ (or ティ), di → ジ (or ディ);
//  - a consonant with no vowel after it gets the vowel Japanese adds: u (ク, ス, ル), o after t/d (ト, ド),
//    n → ン, ch → チ, zh → ジュ, sh → シュ, kh → フ;
//  - l and r are both ラ行; v is ヴ (ヴァ, ヴィ…) or ブ (バ, ビ…), one style per name; v at the end or
//    before a voiceless consonant is フ (Lavrov → ラヴロフ);
//  - y + vowel after a consonant palatalizes (Vyacheslav → ヴャチェスラフ); -iy/-ii and a final -y after a
//    consonant are a long イー (Dmitriy → ドミトリー, -skiy → スキー); ы inside a word is u-column + イ (Ryzhkov → ルイジュコフ);
//  - y after a vowel is イ (Sergey → セルゲイ); doubled consonants are written once, except nn → ンナ;
//  - optionally one stressed vowel is lengthened with ー (プーチン): Japanese marks Russian stress that way.
import type { Rng } from './rng';

type Row = readonly [string, string, string, string, string];
const VOWEL_INDEX: Readonly<Record<string, number>> = { a: 0, i: 1, u: 2, e: 3, o: 4 };

const ROWS: Readonly<Record<string, Row>> = {
  '': ['ア', 'イ', 'ウ', 'エ', 'オ'],
  k: ['カ', 'キ', 'ク', 'ケ', 'コ'],
  g: ['ガ', 'ギ', 'グ', 'ゲ', 'ゴ'],
  s: ['サ', 'シ', 'ス', 'セ', 'ソ'],
  z: ['ザ', 'ジ', 'ズ', 'ゼ', 'ゾ'],
  t: ['タ', 'チ', 'トゥ', 'テ', 'ト'],
  d: ['ダ', 'ジ', 'ドゥ', 'デ', 'ド'],
  n: ['ナ', 'ニ', 'ヌ', 'ネ', 'ノ'],
  kh: ['ハ', 'ヒ', 'フ', 'ヘ', 'ホ'],
  h: ['ハ', 'ヒ', 'フ', 'ヘ', 'ホ'],
  f: ['ファ', 'フィ', 'フ', 'フェ', 'フォ'],
  b: ['バ', 'ビ', 'ブ', 'ベ', 'ボ'],
  p: ['パ', 'ピ', 'プ', 'ペ', 'ポ'],
  m: ['マ', 'ミ', 'ム', 'メ', 'モ'],
  y: ['ヤ', 'イ', 'ユ', 'エ', 'ヨ'],
  r: ['ラ', 'リ', 'ル', 'レ', 'ロ'],
  l: ['ラ', 'リ', 'ル', 'レ', 'ロ'],
  v: ['ヴァ', 'ヴィ', 'ヴ', 'ヴェ', 'ヴォ'],
  zh: ['ジャ', 'ジ', 'ジュ', 'ジェ', 'ジョ'],
  j: ['ジャ', 'ジ', 'ジュ', 'ジェ', 'ジョ'],
  sh: ['シャ', 'シ', 'シュ', 'シェ', 'ショ'],
  shch: ['シチャ', 'シチ', 'シチュ', 'シチェ', 'シチョ'],
  ch: ['チャ', 'チ', 'チュ', 'チェ', 'チョ'],
  ts: ['ツァ', 'ツィ', 'ツ', 'ツェ', 'ツォ'],
};

/** v written with バ行 instead of ヴ: the other common style (ラブロフ for Lavrov). */
const V_AS_B: Row = ['バ', 'ビ', 'ブ', 'ベ', 'ボ'];

/** A consonant with no vowel after it. */
const LONE: Readonly<Record<string, string>> = {
  k: 'ク', g: 'グ', s: 'ス', z: 'ズ', t: 'ト', d: 'ド', n: 'ン', kh: 'フ', h: 'フ', f: 'フ', b: 'ブ',
  p: 'プ', m: 'ム', r: 'ル', l: 'ル', zh: 'ジュ', j: 'ジ', sh: 'シュ', shch: 'シチ', ch: 'チ', ts: 'ツ',
};

const SMALL: Readonly<Record<string, string>> = { a: 'ャ', u: 'ュ', o: 'ョ' };
const UNITS = ['shch', 'zh', 'kh', 'ts', 'ch', 'sh', 'b', 'd', 'f', 'g', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z'];
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);
const VOICELESS = ['k', 's', 't', 'p', 'f', 'ch', 'sh', 'ts', 'kh', 'h'];

export interface KatakanaStyle {
  /** v as ヴ (true) or バ行 (false). */
  vu: boolean;
  /** ti/di as ティ/ディ (true) or チ/ジ (false). */
  tiDi: boolean;
  /** Lengthen one vowel with ー (stress mark). */
  stress: boolean;
  /** Ukrainian spelling: its y is и, an i (Volodymyr → ヴォロディミル), not Russian ы (Ryzhkov → ルイジュコフ). */
  ukrainian?: boolean;
}

/** Ukrainian-spelled names on the list (Volodymyr, Mykolayovych, Oleksandrivna). */
export function looksUkrainian(name: string): boolean {
  return /(ovych|evych|yovych|ivna|yivna)\b/i.test(name) || /\b(Volodymyr|Mykola|Mykhailo|Oleksandr|Oleksiy|Serhiy|Andriy|Dmytro|Tetyana|Kateryna|Iryna|Vasyl|Hennadiy|Yevhen)\b/i.test(name);
}

export function randomStyle(rng: Rng): KatakanaStyle {
  return { vu: rng.chance(0.5), tiDi: rng.chance(0.25), stress: rng.chance(0.6) };
}

function prepare(token: string): string {
  return token
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/x/g, 'ks')
    .replace(/w/g, 'v')
    .replace(/q/g, 'k')
    .replace(/ph/g, 'f')
    .replace(/c(?!h)/g, 'k');
}

function rowOf(unit: string, style: KatakanaStyle): Row {
  if (unit === 'v' && !style.vu) return V_AS_B;
  return ROWS[unit] ?? (ROWS[''] as Row);
}

/**
 * Consonant + ya/yu/yo: リャ, ニュ, ヴャ, チョ (i-column kana + small ャュョ: Artyom → アルチョム);
 * tya/dya and kana that are already two characters keep a full-size ヤユヨ (Tatyana → タチヤナ).
 */
function palatal(unit: string, iKana: string, vowel: string, style: KatakanaStyle): string {
  const full = ROWS.y?.[VOWEL_INDEX[vowel] ?? 0] as string;
  if (unit === 'v') return (style.vu ? 'ヴ' : 'ビ') + (SMALL[vowel] as string);
  if (((unit === 't' || unit === 'd') && vowel === 'a') || iKana.length > 1) return iKana + full;
  return iKana + (SMALL[vowel] as string);
}

function kanaFor(unit: string, vowel: string, style: KatakanaStyle): string {
  const index = VOWEL_INDEX[vowel] ?? 1;
  if (vowel === 'i' && style.tiDi && (unit === 't' || unit === 'd')) return unit === 't' ? 'ティ' : 'ディ';
  return rowOf(unit, style)[index] as string;
}

/** Syllables of one token; each entry is one kana group, so a stress mark can follow any of them. */
function syllables(token: string, style: KatakanaStyle): Array<{ kana: string; vowel: boolean }> {
  const s = prepare(token);
  const out: Array<{ kana: string; vowel: boolean }> = [];
  let i = 0;
  while (i < s.length) {
    const ch = s[i] as string;
    if (VOWELS.has(ch)) {
      out.push({ kana: kanaFor('', ch, style), vowel: true });
      i++;
      continue;
    }
    if (ch === 'y') {
      const next = s[i + 1];
      if (next !== undefined && VOWELS.has(next)) {
        // ya/yu/yo/ye/yi at a word start or after a vowel: ヤ ユ ヨ エ イ
        out.push({ kana: kanaFor('y', next, style), vowel: true });
        i += 2;
      } else {
        // -iy / -ey / -ay / -oy: the y is a second vowel (セルゲイ); -iy is a long イー
        const prevIsI = s[i - 1] === 'i';
        if (prevIsI && i === s.length - 1) out.push({ kana: 'ー', vowel: false });
        else if (!(prevIsI && s[i + 1] === 'y')) out.push({ kana: 'イ', vowel: true });
        i++;
      }
      continue;
    }
    const unit = UNITS.find((u) => s.startsWith(u, i)) ?? ch;
    let j = i + unit.length;
    // Doubled consonants: one kana; nn is ン + ナ行 (Anna → アンナ).
    if (unit.length === 1 && s[j] === ch) {
      if (ch === 'n') out.push({ kana: 'ン', vowel: false });
      i = j;
      continue;
    }
    const next = s[j];
    if (next !== undefined && VOWELS.has(next)) {
      out.push({ kana: kanaFor(unit, next, style), vowel: true });
      i = j + 1;
      continue;
    }
    if (next === 'y') {
      const after = s[j + 1];
      const iKana = kanaFor(unit, 'i', style);
      if (after !== undefined && (after === 'a' || after === 'u' || after === 'o')) {
        out.push({ kana: palatal(unit, iKana, after, style), vowel: true });
        i = j + 2;
      } else if (after === 'e' || after === 'i') {
        out.push({ kana: iKana + (after === 'e' ? 'エ' : 'イ'), vowel: true });
        i = j + 2;
      } else if (after === undefined) {
        out.push({ kana: `${iKana}ー`, vowel: false }); // final -y after a consonant: Dmitry → ドミトリー
        i = j + 1;
      } else if (after === 'y' && j + 2 === s.length) {
        // -yy: Navalnyy → ナヴァルヌイ; Ukrainian Zelenskyy → ゼレンスキー
        out.push({ kana: style.ukrainian === true ? `${iKana}ー` : `${rowOf(unit, style)[2] as string}イ`, vowel: style.ukrainian !== true });
        i = j + 2;
      } else if (style.ukrainian === true) {
        out.push({ kana: iKana, vowel: true }); // Ukrainian y = и: Volodymyr → ヴォロディミル
        i = j + 1;
      } else {
        out.push({ kana: `${rowOf(unit, style)[2] as string}イ`, vowel: true }); // ы: Ryzhkov → ルイジュコフ
        i = j + 1;
      }
      continue;
    }
    // A lone consonant: the epenthetic vowel, or フ for a devoiced v.
    if (unit === 'v') {
      const devoiced = next === undefined || VOICELESS.some((u) => s.startsWith(u, j));
      out.push({ kana: devoiced ? 'フ' : style.vu ? 'ヴ' : 'ブ', vowel: false });
    } else {
      out.push({ kana: LONE[unit] ?? '', vowel: false });
    }
    i = j;
  }
  return out;
}

/** One Latin token → katakana; `stressAt` (syllable index) gets a ー when it ends in a vowel. */
export function tokenToKatakana(token: string, style: KatakanaStyle, rng?: Rng): string {
  const syl = syllables(token, style);
  let stressAt = -1;
  if (style.stress && rng !== undefined) {
    // Never the last syllable, nor one followed by ー, ン or a bare vowel (セルゲーイ, アーンナ are not written).
    const eligible = syl
      .map((s, i) => {
        const next = syl[i + 1]?.kana ?? '';
        return s.vowel && i < syl.length - 1 && !/^[ーンアイウエオ]/.test(next) ? i : -1;
      })
      .filter((i) => i >= 0);
    if (eligible.length > 0) stressAt = rng.pick(eligible);
  }
  return syl.map((s, i) => (i === stressAt ? `${s.kana}ー` : s.kana)).join('');
}

/** Tokens joined with the katakana middle dot, as Japanese writes a foreign full name. */
export function nameToKatakana(tokens: readonly string[], style: KatakanaStyle, rng?: Rng): string {
  return tokens.map((t) => tokenToKatakana(t, style, rng)).join('・');
}
