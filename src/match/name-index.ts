// Candidate index over list-name tokens. A list name can only score above zero if at
// least one of its tokens pairs with a query token (features.ts compareTokens), so the
// index returns every name with a token that is equal, has the same romanization key,
// is within the edit budget (text or key), or matches a kana query in sound — the same
// mechanisms the scorer uses, so nothing scoreable is missed. Initial-only pairs are not
// indexed: a name reached only through initials cannot score above FEATURES.initial (60).
import { PassjoinIndex } from 'mnemonist';
import { distance } from 'fastest-levenshtein';
import type { NameKind } from '../lists/entity';
import { editBudget, kanaEditBudget } from './features';
import { kanaKeyOfLatin } from './kana-key';
import type { NameToken } from './normalize';

export interface IndexedName {
  entityIndex: number;
  kind: NameKind;
  /** The list's own spelling, shown as matched_name. */
  text: string;
  tokens: NameToken[];
}

type Postings = Map<string, number[]>;

function post(map: Postings, key: string, id: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [id]);
  else if (list[list.length - 1] !== id) list.push(id);
}

/** Passjoin needs a fixed k; budgets vary with length, so search with the maximum and filter. */
const TEXT_K = editBudget(Number.MAX_SAFE_INTEGER);
const KANA_K = kanaEditBudget(Number.MAX_SAFE_INTEGER);
/** Shortest list token that can still pair fuzzily (a 3-letter token vs a 4-letter query: budget 1). */
const MIN_FUZZY_LENGTH = 3;

export class NameIndex {
  readonly names: IndexedName[] = [];
  private readonly byText: Postings = new Map();
  private readonly byKey: Postings = new Map();
  private readonly byKana: Postings = new Map();
  private readonly fuzzyText = new PassjoinIndex<string>(distance, TEXT_K);
  private readonly fuzzyKey = new PassjoinIndex<string>(distance, TEXT_K);
  private readonly fuzzyKana = new PassjoinIndex<string>(distance, KANA_K);

  add(name: IndexedName): void {
    const id = this.names.length;
    this.names.push(name);
    for (const token of name.tokens) {
      if (token.legal !== null || token.text.length < 2) continue;
      this.addPosting(this.byText, this.fuzzyText, token.text, id);
      this.addPosting(this.byKey, this.fuzzyKey, token.key, id);
      this.addPosting(this.byKana, this.fuzzyKana, kanaKeyOfLatin(token.text), id);
    }
  }

  private addPosting(map: Postings, fuzzy: PassjoinIndex<string>, key: string, id: number): void {
    if (!map.has(key) && key.length >= MIN_FUZZY_LENGTH) fuzzy.add(key);
    post(map, key, id);
  }

  /** Ids of every indexed name that shares a pairable token with the query. */
  candidates(query: readonly NameToken[]): Set<number> {
    const out = new Set<number>();
    const collect = (ids: number[] | undefined): void => {
      if (ids !== undefined) for (const id of ids) out.add(id);
    };
    const collectFuzzy = (map: Postings, fuzzy: PassjoinIndex<string>, q: string, budget: (n: number) => number): void => {
      if (budget(q.length + KANA_K) === 0) return;
      for (const found of fuzzy.search(q)) {
        const allowed = budget(Math.max(found.length, q.length));
        if (allowed > 0 && Math.abs(found.length - q.length) <= allowed && distance(found, q) <= allowed) collect(map.get(found));
      }
    };
    for (const token of query) {
      if (token.legal !== null || token.text.length < 2) continue;
      if (token.kana !== null) {
        collect(this.byKana.get(token.kana));
        collectFuzzy(this.byKana, this.fuzzyKana, token.kana, kanaEditBudget);
        collect(this.byText.get(token.text));
        continue;
      }
      collect(this.byText.get(token.text));
      collect(this.byKey.get(token.key));
      collectFuzzy(this.byText, this.fuzzyText, token.text, editBudget);
      collectFuzzy(this.byKey, this.fuzzyKey, token.key, editBudget);
    }
    return out;
  }
}
