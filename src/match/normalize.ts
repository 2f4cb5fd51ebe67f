// Name normalization: whatever script and width a name arrives in, produce the tokens
// the scorer compares. Each token keeps where it came from (Latin, Cyrillic, kana), its
// romanization key, and, for kana, a key in "Japanese sound" space (kana-key.ts).
import anyAscii from 'any-ascii';
import { hasCyrillic, isUkrainian, transliterateCyrillic } from './cyrillic';
import { hasKana, kanaToRomaji } from './katakana';
import { kanaKeyOfRomaji } from './kana-key';
import { CJK_LEGAL_FORMS, legalFormAt, type LegalForm } from './legal-forms';
import { romanizationKey } from './romanization';

export type TokenOrigin = 'latin' | 'cyrillic' | 'kana' | 'other';

export interface NameToken {
  /** Lower-case ASCII form: what a reviewer sees in explanations. */
  text: string;
  /** Romanization key (romanization.ts). */
  key: string;
  origin: TokenOrigin;
  /** Kana sound key, set for kana tokens (query side) and computed on demand for list tokens. */
  kana: string | null;
  /** Set when this token stands for a legal form (its text is the form's code). */
  legal: LegalForm | null;
  /** A title or function word (Mr, President, of, the, bin): little weight either way. */
  weak: boolean;
  /** Set when the matcher split or joined query words against the list's words ("sergeilavrov"). */
  rewrittenFrom?: string;
}

export interface NormalizeOptions {
  /** The name is a person's (list individuals): never read a word as a legal form ("PAO, Yu"). */
  person?: boolean;
}

export interface NormalizedName {
  raw: string;
  tokens: NameToken[];
}

/** Separators: whitespace, punctuation, the katakana middle dot and CJK commas. */
const SEPARATORS = /[\s\p{P}\p{S}・･、，]+/u;
const APOSTROPHES = /['’‘`´ʼ]/g;
const MARKS = /\p{M}/gu;
const LATIN_EXTRA: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', ø: 'o', œ: 'oe', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

function toAsciiWord(word: string, ukrainian: boolean): { text: string; origin: TokenOrigin } {
  if (hasCyrillic(word)) return { text: transliterateCyrillic(word, ukrainian), origin: 'cyrillic' };
  if (hasKana(word)) return { text: kanaToRomaji(word), origin: 'kana' };
  const lower = word.toLowerCase();
  if (/^[\x00-\x7f]*$/.test(lower)) return { text: lower, origin: 'latin' };
  // Latin diacritics: strip combining marks (never on kana: that would turn ジ into シ).
  const stripped = lower.normalize('NFD').replace(MARKS, '').normalize('NFC');
  let latin = '';
  for (const ch of stripped) latin += LATIN_EXTRA[ch] ?? ch;
  if (/^[\x00-\x7f]*$/.test(latin)) return { text: latin, origin: 'latin' };
  return { text: anyAscii(latin).toLowerCase(), origin: 'other' };
}

/**
 * Titles and function words: they carry little identity, so they weigh little whether
 * they match or not ("President Putin", "Bank of Moscow", "Osama bin Laden").
 */
const WEAK_WORDS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'president', 'prezident', 'general', 'gen', 'colonel', 'col',
  'major', 'maj', 'captain', 'capt', 'sir', 'lord', 'lady', 'his', 'her', 'excellency', 'hon', 'honorable', 'senator',
  'minister', 'sheikh', 'shaikh', 'sheik', 'haji', 'hajji', 'hadji', 'mullah', 'mulla', 'maulana', 'imam', 'gospodin',
  'gospozha', 'herr', 'frau', 'monsieur', 'madame', 'san', 'sama', 'shi',
  'the', 'of', 'and', 'for', 'de', 'del', 'da', 'di', 'la', 'le', 'les', 'el', 'al', 'von', 'van', 'der', 'den', 'y', 'e',
  'und', 'et', 'bin', 'ibn', 'ben', 'bint',
]);

/** "U.S.A.", "S.A.L.", "A.B.C.": dotted initialisms of three or more letters are one word. */
const DOTTED_INITIALISM = /(?<!\p{L})(?:\p{L}\.){2,}\p{L}(?!\p{L})\.?/gu;
/**
 * Whether text may hold a dotted initialism: two dots one letter apart (two code units when
 * the letter is outside the BMP). Most names with a dot have none ("J. Smith", "Co., Ltd."),
 * and this loop turns them away at a fraction of the expression's cost (its lookbehind and
 * \p{L} tests run at every position): ~7% of the main thread's normalizing on 1M rows.
 */
function mayHoldInitialism(text: string): boolean {
  for (let i = text.indexOf('.'); i !== -1; i = text.indexOf('.', i + 1)) {
    if (text.charCodeAt(i + 2) === 46 || text.charCodeAt(i + 3) === 46) return true;
  }
  return false;
}

/** Stress marks in Cyrillic dictionary spellings (Влади́мир): the letter is the same without them. */
const STRESS_MARKS = /[\u0300\u0301]/g;

/** Short forms like "AO", "SA", "CO" are legal forms only at either end of a longer name. */
const SHORT_FORM_MAX = 3;

const ASCII = /^[\x00-\x7f]*$/;
const CJK_RANGE = /[\u3000-\uffff]/;

export function normalizeName(raw: string, options: NormalizeOptions = {}): NormalizedName {
  // Plain ASCII (most export rows) is already NFKC and has no CJK forms or stress marks.
  const ascii = ASCII.test(raw);
  let text = ascii ? raw : raw.normalize('NFKC');
  // Every CJK form holds a character from U+3000 on (kana, kanji, ㈱): others skip the expressions.
  if (!ascii && CJK_RANGE.test(text)) for (const [pattern, replacement] of CJK_LEGAL_FORMS) text = text.replace(pattern, replacement);
  if (!ascii || text.includes("'") || text.includes('`')) text = text.replace(APOSTROPHES, '');
  if (!ascii) text = text.replace(STRESS_MARKS, '');
  if (mayHoldInitialism(text)) text = text.replace(DOTTED_INITIALISM, (m) => m.replace(/\./g, ''));
  const words = ascii ? asciiWords(text) : scriptWords(text);

  const plain = words.map((w) => w.text);
  const tokens: NameToken[] = [];
  for (let i = 0; i < words.length; ) {
    const legal = options.person === true ? null : legalFormAt(plain, i);
    const atEdge = i === 0 || (legal !== null && i + legal.length === words.length);
    const isShortSingle = legal !== null && legal.length === 1 && (plain[i] as string).length <= SHORT_FORM_MAX;
    if (legal !== null && words.length > legal.length && (!isShortSingle || atEdge)) {
      tokens.push(legalToken(legal.form));
      i += legal.length;
      continue;
    }
    const word = words[i] as { text: string; origin: TokenOrigin };
    tokens.push(wordToken(word.text, word.origin));
    i++;
  }
  return { raw, tokens };
}

type Word = { text: string; origin: TokenOrigin };

/** Words of any script, as lower-case ASCII with the script they came from. */
function scriptWords(text: string): Word[] {
  const ukrainian = hasCyrillic(text) && isUkrainian(text);
  const words: Word[] = [];
  for (const part of text.split(SEPARATORS)) {
    if (part === '') continue;
    const ascii = toAsciiWord(part, ukrainian);
    // any-ascii may itself produce spaces or punctuation (e.g. for CJK): split again.
    wordRuns(ascii.text, ascii.origin, words);
  }
  return words;
}

/** The runs of [a-z0-9] in `text` (the pieces of splitting at every other character), as words of this origin. */
function wordRuns(text: string, origin: TokenOrigin, words: Word[]): void {
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0;
    const wordChar = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (wordChar && start === -1) start = i;
    else if (!wordChar && start !== -1) {
      words.push({ text: text.slice(start, i), origin });
      start = -1;
    }
  }
}

/**
 * scriptWords for ASCII text, without its regular expressions (most export cells are
 * ASCII, and the two splits were most of normalizing one): every ASCII character but a
 * letter or digit separates words there, so the words are the runs of letters and digits.
 */
function asciiWords(text: string): Word[] {
  const words: Word[] = [];
  wordRuns(text.toLowerCase(), 'latin', words);
  return words;
}

/** The token of a word (lower-case ASCII) that is not a legal form; its keys unless known already. */
export function wordToken(
  text: string,
  origin: TokenOrigin,
  key: string = romanizationKey(text),
  kana: string | null = origin === 'kana' ? kanaKeyOfRomaji(text) : null,
): NameToken {
  // Every token is built with the same fields in the same order (rewrittenFrom too), so
  // all share one hidden class: code reading them stays monomorphic, not deoptimized
  // ("wrong map") each time a new shape turns up.
  return { text, key, origin, kana, legal: null, weak: WEAK_WORDS.has(text), rewrittenFrom: undefined };
}

/** The token standing for a legal form: its code. */
export function legalToken(form: LegalForm): NameToken {
  return { text: form.code, key: form.code, origin: 'latin', kana: null, legal: form, weak: false, rewrittenFrom: undefined };
}

/** A token for a new spelling (a split or joined word), keyed like any other. */
export function tokenFor(text: string, origin: TokenOrigin, rewrittenFrom: string): NameToken {
  // Only Latin-script query words are split or joined: no kana key.
  // Set on the token wordToken made, not spread into a new object: that would be another hidden class.
  const token = wordToken(text, origin, romanizationKey(text), null);
  token.rewrittenFrom = rewrittenFrom;
  return token;
}
