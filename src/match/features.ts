// Every scoring feature: a small named function or constant with its weight and a
// one-line description. The scorer uses them and the explanation is assembled from
// the same entries, so what a reviewer reads is exactly what made the score.
import { boundedOsaDistance } from './edit-distance';
import { kanaKeyOfLatin } from './kana-key';
import type { NameToken } from './normalize';

export interface Feature {
  name: string;
  /** Similarity a token pair gets from this feature (pair features), or the weight of an unmatched part. */
  value: number;
  description: string;
}

export const FEATURES = {
  exact: { name: 'exact', value: 1.0, description: 'the query token equals the list token' },
  romanization: { name: 'romanization', value: 0.95, description: 'same name in another romanization (Yevgeniy / Evgenii / Jewgenij)' },
  katakana: { name: 'katakana', value: 0.95, description: 'kana rendering of the list token (プーチン = PUTIN)' },
  typo: { name: 'typo', value: 1.0, description: 'within the edit budget for the token length: 1 − edits/length (a swap of neighbours is one edit)' },
  initial: { name: 'initial', value: 0.7, description: 'a single letter standing for the list token' },
  joined: { name: 'split or joined', value: 0.95, description: 'a query word split or joined against the list words (SergeiLavrov, High Land): factor on the pair' },
  weakPair: { name: 'title or function word', value: 0.5, description: 'weight of a matched title or function word (of, the, bin, Mr)' },
  extraWeak: { name: 'extra title or function word', value: 0.2, description: 'weight of an unmatched title or function word (President, the)' },
  legalSame: { name: 'legal form', value: 1.0, description: 'same legal form (OOO = LLC = Limited Liability Company)' },
  legalClass: { name: 'legal class', value: 0.8, description: 'same class of legal form (AO vs PAO)' },
  legalOther: { name: 'legal mismatch', value: 0.0, description: 'different legal forms (OOO vs AO are different companies)' },
  legalWeight: { name: 'legal form weight', value: 0.3, description: 'legal forms weigh little against the name itself' },
  legalMismatchWeight: { name: 'legal mismatch weight', value: 0.5, description: 'a different legal form weighs more than an agreeing one: OOO X and AO X are different companies' },
  extraQuery: { name: 'extra', value: 0.8, description: 'weight of a query token with no partner in the list name' },
  extraPatronymic: { name: 'extra patronymic', value: 0.1, description: 'weight of a query patronymic the list name lacks' },
  extraQueryInitial: { name: 'extra initial', value: 0.3, description: 'weight of an unmatched single-letter query token' },
  missing: { name: 'missing', value: 0.5, description: 'weight of a list token absent from the query (a given name or word)' },
  missingPatronymic: { name: 'missing patronymic', value: 0.1, description: 'weight of a list patronymic absent from the query (often omitted)' },
  otherPatronymic: { name: 'different patronymic', value: 0.65, description: 'weight of each patronymic when both names have one and they differ (a different father)' },
  missingLegal: { name: 'missing legal form', value: 0.1, description: 'weight of a legal form present on one side only' },
  weakAlias: { name: 'weak alias', value: 0.9, description: 'OFAC weak a.k.a.: counts only when every token matches, scaled down' },
} as const satisfies Record<string, Feature>;

/** How a query token relates to a list token. */
export type PairHow = 'exact' | 'romanization' | 'katakana' | 'typo' | 'initial';

export interface TokenPairScore {
  readonly how: PairHow;
  readonly sim: number;
  readonly edits: number;
}

/**
 * Edits allowed for a token of this length: short tokens stay strict, since one edit
 * turns one short name into another (Olga/Oleg, Ivan/Iran); long tokens allow two.
 */
export function editBudget(length: number): number {
  if (length <= 3) return 0;
  if (length <= 7) return 1;
  return 2;
}

/** Kana keys run longer than the Latin spelling (vowels Japanese adds), so they get more room. */
export function kanaEditBudget(length: number): number {
  if (length <= 4) return 0;
  if (length <= 7) return 1;
  return 2;
}

/** Below this a token pair is not worth aligning. */
export const MIN_PAIR_SIM = 0.5;

function fuzzy(a: string, b: string, budget: (len: number) => number, scale: number): { sim: number; edits: number } | null {
  const len = Math.max(a.length, b.length);
  const allowed = budget(len);
  if (allowed === 0 || Math.abs(a.length - b.length) > allowed) return null;
  const edits = boundedOsaDistance(a, b, allowed);
  if (edits > allowed) return null;
  const sim = scale * (1 - edits / len);
  return sim >= MIN_PAIR_SIM ? { sim, edits } : null;
}

// The answers without edits, shared: compareTokens runs for every candidate pair, and its
// callers only read (or copy) what it returns.
const EXACT_PAIR: TokenPairScore = Object.freeze({ how: 'exact', sim: FEATURES.exact.value, edits: 0 });
const KATAKANA_PAIR: TokenPairScore = Object.freeze({ how: 'katakana', sim: FEATURES.katakana.value, edits: 0 });
const INITIAL_PAIR: TokenPairScore = Object.freeze({ how: 'initial', sim: FEATURES.initial.value, edits: 0 });
const ROMANIZATION_PAIR: TokenPairScore = Object.freeze({ how: 'romanization', sim: FEATURES.romanization.value, edits: 0 });

/** The best way a query token pairs with a list token, or null. Legal forms are compared elsewhere. */
export function compareTokens(q: NameToken, c: NameToken): TokenPairScore | null {
  if (q.text === c.text) return EXACT_PAIR;
  if (q.kana !== null) {
    const listKana = kanaKeyOfLatin(c.text);
    if (q.kana === listKana) return KATAKANA_PAIR;
    const f = fuzzy(q.kana, listKana, kanaEditBudget, FEATURES.katakana.value);
    return f === null ? null : { how: 'katakana', ...f };
  }
  if (q.text.length === 1 || c.text.length === 1) {
    const [short, long] = q.text.length === 1 ? [q.text, c.text] : [c.text, q.text];
    return long.startsWith(short) && long.length > 1 ? INITIAL_PAIR : null;
  }
  if (q.key === c.key && q.key.length >= 2) return ROMANIZATION_PAIR;
  // A slip in the spelling, or in the romanization key (a slip on top of another
  // romanization); whichever explains the pair better. The index searches both spaces.
  const typo = fuzzy(q.text, c.text, editBudget, FEATURES.typo.value);
  const roman = fuzzy(q.key, c.key, editBudget, FEATURES.romanization.value);
  if (typo !== null && (roman === null || typo.sim >= roman.sim)) return { how: 'typo', ...typo };
  if (roman !== null) return { how: 'romanization', ...roman };
  return null;
}

const PATRONYMIC = /(ovich|evich|yevich|ovna|evna|yevna|ichna|ovych|evych|ivna|avich|ovitch|ovitsch|owitsch)$|^(ogly|oglu|kyzy|uly|kizi)$/;

export function isPatronymic(token: NameToken): boolean {
  return token.legal === null && PATRONYMIC.test(token.text);
}
