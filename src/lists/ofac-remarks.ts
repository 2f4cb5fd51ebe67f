// Pure parsers for the free-text Remarks column of OFAC's legacy CSV (sdn.csv / cons_prim.csv).
// The remarks are "; "-separated facts written in a stable house style, e.g.
//   DOB 01 Jun 1961; alt. DOB 1962; nationality Russia; citizen Russia; a.k.a. 'BNC';
//   Digital Currency Address - XBT 1Ljk...; alt. Digital Currency Address - ETH 0x39D9...
// OFAC cuts this column at exactly 1000 characters and continues it, mid-word, in
// sdn_comments.csv; callers join the two with `joinRemarks` BEFORE parsing.
import type { EntityName, Wallet } from './entity';

/** OFAC's legacy CSV cuts the Remarks field at this many characters. */
export const OFAC_REMARKS_LIMIT = 1000;

export interface RemarkFacts {
  /** Names from `a.k.a. '…'` (weak), `f.k.a. '…'` (fka) and `n.k.a. '…'` (weak). */
  names: EntityName[];
  /** As OFAC writes them: "01 Jun 1961", "1962", "circa 1960", "1960 to 1962". */
  birthDates: string[];
  /** From `nationality X` and `citizen X` (with or without `alt.`). */
  nationalities: string[];
  wallets: Wallet[];
}

export interface RemarkOptions {
  /**
   * The text ends at the 1000-character cut with no continuation available, so its last
   * fact is a fragment: a wallet reaching the end is `partial`, a name/DOB/nationality there is dropped.
   */
  truncated?: boolean;
}

/** The legacy null marker is `-0- ` (with a trailing space); treat any spacing variant as null. */
export function isOfacNull(value: string | undefined): boolean {
  return value === undefined || value.trim() === '-0-' || value.trim() === '';
}

/** Remarks text plus its sdn_comments.csv continuations. OFAC splits mid-word, so no separator. */
export function joinRemarks(remarks: string, continuations: readonly string[]): string {
  const head = isOfacNull(remarks) ? '' : remarks;
  return head + continuations.join('');
}

/** A remark is cut (and its tail unusable) when it fills the limit and nothing continues it. */
export function isRemarkTruncated(remarks: string, hasContinuation: boolean): boolean {
  return !hasContinuation && remarks.length >= OFAC_REMARKS_LIMIT;
}

/**
 * Facts are separated by ";" normally followed by a space; a few real rows omit the space
 * ("nationality possibly Palestinian;arrested 23 Apr 2002"), so any whitespace is optional.
 */
export function splitRemarkSegments(text: string): string[] {
  // Splitting on ";" and trimming drops the same white space as splitting on /;\s*/ would,
  // in one pass and without a regex (this runs for every entity of every load).
  const segments: string[] = [];
  for (const part of text.split(';')) {
    const segment = part.trim();
    if (segment.length > 0) segments.push(segment);
  }
  return segments;
}

/** The final period of the remarks sticks to the last fact ("a.k.a. 'BNC'."). */
function stripFinalPeriod(value: string): string {
  return (value.endsWith('.') ? value.replace(/\.+$/, '') : value).trim();
}

const NAME_SEGMENT = /^([afn])\.k\.a\.\s+(.*)$/;

/**
 * OFAC quotes remark names in single quotes, but names may themselves contain apostrophes
 * ("ABU 'ABDALLAH", "''FOOPIE''"), so only ONE outer quote is removed on each side.
 */
function unquoteName(raw: string): { name: string; closed: boolean } {
  let value = stripFinalPeriod(raw);
  const closed = value.length > 1 && value.endsWith("'");
  if (value.startsWith("'")) value = value.slice(1);
  if (closed) value = value.slice(0, -1);
  return { name: value.trim(), closed };
}

const NAME_KIND_BY_PREFIX = { a: 'weak', f: 'fka', n: 'weak' } as const;

/**
 * Names written in the remarks. OFAC puts its *weak* aliases (short, common or nickname-like)
 * here rather than in alt.csv, so `a.k.a.` becomes kind `weak`. `n.k.a.` ("now known as",
 * seen as `n.k.a. 'LGOK'`) is also a remarks-only alias, so it is weak too.
 */
export function extractRemarkNames(segments: readonly string[], lastIsFragment = false): EntityName[] {
  const names: EntityName[] = [];
  const last = segments.length - 1;
  segments.forEach((segment, index) => {
    const match = NAME_SEGMENT.exec(segment);
    if (!match) return;
    const { name, closed } = unquoteName(match[2] ?? '');
    // A cut last name ("a.k.a. 'snowsjo") is a prefix of the real one: matching on it
    // would produce hits on the wrong person, so it is left to the raw remarks text.
    if (lastIsFragment && index === last && !closed) return;
    if (name.length === 0) return;
    names.push({ name, kind: NAME_KIND_BY_PREFIX[match[1] as 'a' | 'f' | 'n'] });
  });
  return names;
}

const DOB_SEGMENT = /^(?:alt\.\s+)?DOB\s+(.+)$/;

/** `DOB 01 Jun 1961`, `alt. DOB 1962`, `DOB circa 1960`, `DOB 1960 to 1962`: kept as written. */
export function extractBirthDates(segments: readonly string[], lastIsFragment = false): string[] {
  return collect(segments, lastIsFragment, DOB_SEGMENT);
}

const NATIONALITY_SEGMENT = /^(?:alt\.\s+)?(?:nationality|citizen(?:ship)?)\s+(.+)$/i;

/** `nationality Russia`, `alt. nationality Italy`, `citizen Russia` (OFAC writes it lower-case). */
export function extractNationalities(segments: readonly string[], lastIsFragment = false): string[] {
  return collect(segments, lastIsFragment, NATIONALITY_SEGMENT);
}

function collect(segments: readonly string[], lastIsFragment: boolean, pattern: RegExp): string[] {
  const values: string[] = [];
  // A cut last fact ("nationality Rus") would be a wrong value, not a shorter right one.
  const count = segments.length - (lastIsFragment ? 1 : 0);
  for (let index = 0; index < count; index++) {
    const match = pattern.exec(segments[index] as string);
    if (!match) continue;
    const value = stripFinalPeriod(match[1] ?? '');
    if (value.length > 0 && !values.includes(value)) values.push(value);
  }
  return values;
}

// Addresses are base58 / hex / bech32 / etc.: never whitespace, ";" or ",". A final "."
// belongs to the sentence, not the address (no supported chain uses "." in addresses).
const WALLET_LABEL = 'Digital Currency Address - ';
const WALLET = /Digital Currency Address - ([A-Za-z0-9]+) ([^\s;,]+)/g;

/**
 * Every `Digital Currency Address - TICKER ADDRESS` (the `alt.` ones included: the regex is
 * not anchored to a segment start). Scans the whole text rather than segments so a label
 * split across the 1000-character join is still found once the caller has joined it.
 */
export function extractWallets(text: string, truncated = false): Wallet[] {
  const wallets: Wallet[] = [];
  // Most entities have none: skip the regex scan (and its iterator) unless the label is there.
  if (!text.includes(WALLET_LABEL)) return wallets;
  const seen = new Set<string>();
  for (const match of text.matchAll(WALLET)) {
    const ticker = match[1] ?? '';
    const raw = match[2] ?? '';
    const address = raw.replace(/\.+$/, '');
    if (address.length === 0) continue;
    const key = `${ticker} ${address}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // The address runs into the cut: it is a prefix of the real address, never to be matched exactly.
    const reachesCut = truncated && (match.index ?? 0) + match[0].length === text.length && raw === address;
    wallets.push(reachesCut ? { ticker, address, partial: true } : { ticker, address });
  }
  return wallets;
}

/** Everything the reader takes from one (already joined) remarks text. */
export function parseOfacRemarks(text: string, options: RemarkOptions = {}): RemarkFacts {
  const truncated = options.truncated ?? false;
  const segments = splitRemarkSegments(text);
  // A cut that lands right after a ";" leaves every fact whole (seen: "...ezzGa;" at 1000).
  const lastIsFragment = truncated && !/;\s*$/.test(text);
  return {
    names: extractRemarkNames(segments, lastIsFragment),
    birthDates: extractBirthDates(segments, lastIsFragment),
    nationalities: extractNationalities(segments, lastIsFragment),
    wallets: extractWallets(text, truncated),
  };
}
