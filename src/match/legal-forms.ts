// Legal forms, written five ways (OOO / LLC / Limited Liability Company / ООО /
// Obshchestvo s Ogranichennoy Otvetstvennostyu), are rewritten to one code. They are
// kept, not deleted: "OOO X" and "AO X" are different companies. The scorer compares
// the codes (same code, same class, different class) and gives them little weight.
import { boundedOsaDistance } from './edit-distance';

export type LegalClass = 'LLC' | 'JSC' | 'CORP' | 'CO' | 'PARTNERSHIP' | 'OTHER';

export interface LegalForm {
  /** Compare code: OOO and LLC share "llc"; PAO and PJSC share "pjsc". */
  code: string;
  cls: LegalClass;
  /** Spellings after normalization (lower-case ASCII tokens joined by single spaces). */
  spellings: readonly string[];
}

export const LEGAL_FORMS: readonly LegalForm[] = [
  { code: 'llc', cls: 'LLC', spellings: ['ooo', 'llc', 'l l c', 'limited liability company', 'limited liability co',
    'obshchestvo s ogranichennoy otvetstvennostyu', 'obshchestvo s ogranichennoi otvetstvennostiu',
    'obshchestvo s ogranichennoy otvetstvennostiu', 'obshchestvo s ogranichennoi otvetstvennostyu',
    'obschestvo s ogranichennoy otvetstvennostyu', 'tov', 'too'] },
  { code: 'jsc', cls: 'JSC', spellings: ['ao', 'jsc', 'joint stock company', 'jointstock company', 'joint stock co',
    'aktsionernoe obshchestvo', 'aktsionernoye obshchestvo', 'aktsionernoe obschestvo', 'at', 'pat'] },
  { code: 'pjsc', cls: 'JSC', spellings: ['pao', 'pjsc', 'public joint stock company', 'publichnoe aktsionernoe obshchestvo',
    'publichnoye aktsionernoye obshchestvo'] },
  { code: 'cjsc', cls: 'JSC', spellings: ['zao', 'cjsc', 'closed joint stock company', 'zakrytoe aktsionernoe obshchestvo',
    'zakrytoye aktsionernoye obshchestvo'] },
  { code: 'ojsc', cls: 'JSC', spellings: ['oao', 'ojsc', 'open joint stock company', 'otkrytoe aktsionernoe obshchestvo',
    'otkrytoye aktsionernoye obshchestvo'] },
  { code: 'kk', cls: 'JSC', spellings: ['kk', 'k k', 'kabushiki kaisha', 'kabushikigaisha', 'kabushiki gaisha'] },
  { code: 'yk', cls: 'LLC', spellings: ['yk', 'yugen kaisha', 'yugengaisha'] },
  { code: 'gk', cls: 'LLC', spellings: ['gk', 'godo kaisha', 'godogaisha'] },
  { code: 'ltd', cls: 'LLC', spellings: ['ltd', 'limited', 'co ltd', 'company limited', 'co limited', 'pte ltd',
    'pte limited', 'private limited', 'pvt ltd', 'private limited company'] },
  { code: 'gmbh', cls: 'LLC', spellings: ['gmbh', 'gesellschaft mit beschrankter haftung', 'gesellschaft mbh'] },
  { code: 'spzoo', cls: 'LLC', spellings: ['sp z o o', 'sp z oo', 'spolka z ograniczona odpowiedzialnoscia'] },
  { code: 'sdnbhd', cls: 'LLC', spellings: ['sdn bhd', 'sendirian berhad', 'bhd', 'berhad'] },
  { code: 'pt', cls: 'JSC', spellings: ['pt', 'p t', 'perseroan terbatas'] },
  { code: 'sal', cls: 'JSC', spellings: ['sal', 's a l', 'societe anonyme libanaise'] },
  { code: 'ptyltd', cls: 'LLC', spellings: ['pty ltd', 'pty limited', 'proprietary limited'] },
  { code: 'sarl', cls: 'LLC', spellings: ['sarl', 's a r l'] },
  // Mexico's S. de R.L. (de C.V.): "de C.V." (capital variable) does not make another kind
  // of company. Dots split "C.V." into two one-letter words (two letters are too few for
  // an initialism), so each way of grouping the letters is spelled out.
  { code: 'srl', cls: 'LLC', spellings: ['srl', 's r l', 'srl de cv', 'srl de c v', 's r l de cv', 's r l de c v',
    's de rl', 's de r l', 's de rl de cv', 's de rl de c v', 's de r l de cv', 's de r l de c v',
    'sociedad de responsabilidad limitada', 'sociedad de responsabilidad limitada de capital variable'] },
  { code: 'bv', cls: 'LLC', spellings: ['bv', 'b v'] },
  { code: 'fze', cls: 'LLC', spellings: ['fze', 'fzco', 'fz llc', 'fzc', 'fzllc', 'free zone establishment', 'dmcc'] },
  { code: 'ou', cls: 'LLC', spellings: ['ou'] },
  { code: 'ag', cls: 'JSC', spellings: ['ag', 'aktiengesellschaft'] },
  // Mexico's S.A. de C.V. (~650 SDN names and aliases), S.A.P.I. and S.A.B. de C.V.: left as words, "de",
  // "c" and "v" paired with those of every other Mexican company on the list.
  { code: 'sa', cls: 'JSC', spellings: ['sa', 's a', 'sociedad anonima', 'societe anonyme',
    'sa de cv', 'sa de c v', 's a de cv', 's a de c v', 'sapi', 'sapi de cv', 'sapi de c v', 'sab de cv', 'sab de c v',
    'sociedad anonima de capital variable', 'sociedad anonima promotora de inversion de capital variable',
    'sociedad anonima bursatil de capital variable'] },
  { code: 'nv', cls: 'JSC', spellings: ['nv', 'n v'] },
  { code: 'plc', cls: 'JSC', spellings: ['plc', 'public limited company'] },
  { code: 'inc', cls: 'CORP', spellings: ['inc', 'incorporated', 'corp', 'corporation'] },
  { code: 'co', cls: 'CO', spellings: ['co', 'company'] },
  { code: 'llp', cls: 'PARTNERSHIP', spellings: ['llp', 'lp', 'limited partnership', 'limited liability partnership'] },
  { code: 'fgup', cls: 'OTHER', spellings: ['fgup', 'federalnoe gosudarstvennoe unitarnoe predpriyatie', 'fsue',
    'federal state unitary enterprise'] },
  { code: 'gup', cls: 'OTHER', spellings: ['gup', 'state unitary enterprise'] },
  { code: 'ip', cls: 'OTHER', spellings: ['individualnyy predprinimatel', 'individualnyi predprinimatel'] },
  { code: 'nko', cls: 'OTHER', spellings: ['nko', 'ano', 'avtonomnaya nekommercheskaya organizatsiya'] },
];

/** CJK and Japanese bank-data forms, rewritten before transliteration (any-ascii would read 株式会社 as Chinese). */
export const CJK_LEGAL_FORMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/株式会社|\(株\)|㈱|カブシキガイシャ|カブシキカイシャ|\(カ\)|カ\)|\(カ(?=[\s\u30A0-\u30FF])/g, ' kabushiki kaisha '],
  [/有限会社|\(有\)|㈲|ユウゲンガイシャ|\(ユ\)|ユ\)/g, ' yugen kaisha '],
  [/合同会社|ゴウドウガイシャ|\(ド\)|ド\)/g, ' godo kaisha '],
];

interface PhraseEntry {
  form: LegalForm;
  length: number;
}

/** spelling's first token → candidate phrases, longest first. */
const BY_FIRST_TOKEN: Map<string, Array<{ tokens: string[] } & PhraseEntry>> = (() => {
  const map = new Map<string, Array<{ tokens: string[] } & PhraseEntry>>();
  for (const form of LEGAL_FORMS) {
    for (const spelling of form.spellings) {
      const tokens = spelling.split(' ');
      const first = tokens[0] as string;
      const list = map.get(first) ?? [];
      list.push({ tokens, form, length: tokens.length });
      map.set(first, list);
    }
  }
  for (const list of map.values()) list.sort((a, b) => b.length - a.length);
  return map;
})();

/** Multi-word and long spellings by their first letter, longest first, for the typo-tolerant pass. */
const MULTI_WORD_BY_LETTER: Map<string, Array<{ tokens: string[] } & PhraseEntry>> = (() => {
  const map = new Map<string, Array<{ tokens: string[] } & PhraseEntry>>();
  for (const candidate of [...BY_FIRST_TOKEN.values()].flat()) {
    // Single words are typo-tolerant only when long (CORPORATION, INCORPORATED, LIMITED).
    if (candidate.length < 2 && (candidate.tokens[0] as string).length < 7) continue;
    // This pass starts only at a word of 4 letters or more (legalFormAt), which no slip
    // turns into a first word of 1 or 2 ("s a de c v", "co ltd"): those are never reached.
    if ((candidate.tokens[0] as string).length <= 2) continue;
    const letter = (candidate.tokens[0] as string)[0] as string;
    const list = map.get(letter) ?? [];
    list.push(candidate);
    map.set(letter, list);
  }
  for (const list of map.values()) list.sort((a, b) => b.length - a.length);
  return map;
})();

/** Spelling slips inside long legal-form words (LIABILTY, OBSHESTVO) still read as the form. */
function closeEnough(word: string, spelled: string, single: boolean): boolean {
  if (word === spelled) return true;
  const len = Math.max(word.length, spelled.length);
  // A lone word gets one slip only: COOPERATION is two edits from CORPORATION.
  const budget = len <= 3 ? 0 : len <= 7 || single ? 1 : 2;
  return budget > 0 && boundedOsaDistance(word, spelled, budget) <= budget;
}

function fuzzyPhraseAt(tokens: readonly string[], start: number): { form: LegalForm; length: number } | null {
  const first = tokens[start] as string;
  for (const candidate of MULTI_WORD_BY_LETTER.get(first[0] as string) ?? []) {
    if (start + candidate.length > tokens.length) continue;
    let ok = true;
    for (let i = 0; i < candidate.length && ok; i++) ok = closeEnough(tokens[start + i] as string, candidate.tokens[i] as string, candidate.length === 1);
    if (ok) return { form: candidate.form, length: candidate.length };
  }
  return null;
}

function exactPhraseAt(tokens: readonly string[], start: number): { form: LegalForm; length: number } | null {
  for (const candidate of BY_FIRST_TOKEN.get(tokens[start] as string) ?? []) {
    if (start + candidate.length > tokens.length) continue;
    let ok = true;
    for (let i = 1; i < candidate.length && ok; i++) ok = tokens[start + i] === candidate.tokens[i];
    if (ok) return { form: candidate.form, length: candidate.length };
  }
  return null;
}

/** The legal form spelled by tokens[start…] (exactly, or with slips in long words), or null. */
export function legalFormAt(tokens: readonly string[], start: number): { form: LegalForm; length: number } | null {
  const exact = exactPhraseAt(tokens, start);
  const fuzzy = (tokens[start] as string).length >= 4 ? fuzzyPhraseAt(tokens, start) : null;
  if (fuzzy !== null && (exact === null || fuzzy.length > exact.length)) return fuzzy;
  return exact;
}

const BY_CODE = new Map(LEGAL_FORMS.map((form) => [form.code, form]));

/** The legal form with this compare code, or undefined. */
export function legalFormByCode(code: string): LegalForm | undefined {
  return BY_CODE.get(code);
}
