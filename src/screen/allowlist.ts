// Allowlist of reviewed false positives: a CSV audit record that suppresses a hit when the
// screened value and the entity match an entry that has not expired.
//
// Columns (header row required, any order; `list` may be left out or empty):
//   value      the screened value as it appeared (name or wallet address)
//   entity_id  the list's id of the entity the value was cleared against ("21171", "jurisdiction:RU")
//   list       list id ("ofac-sdn"); empty = the entity id in any list
//   reason     why the hit is a false positive (required: an allowlist is an audit record)
//   reviewer   who decided (required)
//   decided    YYYY-MM-DD the decision was made
//   expires    YYYY-MM-DD last day the entry suppresses; at most MAX_VALIDITY_DAYS after `decided`
//
// Matching: the value is normalized the way the matcher does it (names: the normalized
// tokens of normalize.ts, as the matcher's cache key; wallets: normalizeAddress), so
// "PRIGOZHIN, Evgeny" and "prigozhin evgeny" are one entry, and an EVM address matches in
// any letter case. An entry matches a hit when the value key, the entity id and (when
// given) the list id are equal, and `expires` is today or later.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import { normalizeAddress } from '../match/address';
import { cacheKey } from '../match/matcher';
import { normalizeName } from '../match/normalize';
import { UsageError } from './columns';
import type { AllowlistRef, Hit, HitKind } from './record';

export const ALLOWLIST_COLUMNS = ['value', 'entity_id', 'list', 'reason', 'reviewer', 'decided', 'expires'] as const;
export type AllowlistColumn = (typeof ALLOWLIST_COLUMNS)[number];
const OPTIONAL_COLUMNS: ReadonlySet<AllowlistColumn> = new Set(['list']);

/** A review is re-done at least yearly: an entry may suppress for at most this many days. */
export const MAX_VALIDITY_DAYS = 366;

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a real calendar date "YYYY-MM-DD", or null. */
export function dayNumber(date: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (m === null) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const d = new Date(t);
  if (d.getUTCFullYear() !== Number(m[1]) || d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3])) return null;
  return Math.round(t / DAY_MS);
}

/** Today's calendar date where the reviewer is (local time), "YYYY-MM-DD". */
export function localDate(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const isoDate = (column: string) =>
  z
    .string()
    .trim()
    .refine((v) => dayNumber(v) !== null, { message: `${column} must be a date YYYY-MM-DD` });

export const AllowlistEntrySchema = z
  .object({
    value: z.string().trim().min(1, { message: 'value is empty' }),
    entity_id: z.string().trim().min(1, { message: 'entity_id is empty' }),
    list: z.string().trim(),
    reason: z.string().trim().min(1, { message: 'reason is required: an allowlist is an audit record' }),
    reviewer: z.string().trim().min(1, { message: 'reviewer is required: an allowlist is an audit record' }),
    decided: isoDate('decided'),
    expires: isoDate('expires'),
  })
  .strict()
  .superRefine((e, ctx) => {
    const decided = dayNumber(e.decided);
    const expires = dayNumber(e.expires);
    if (decided === null || expires === null) return;
    if (expires < decided) ctx.addIssue({ code: 'custom', path: ['expires'], message: `expires ${e.expires} is before decided ${e.decided}` });
    else if (expires - decided > MAX_VALIDITY_DAYS) {
      ctx.addIssue({
        code: 'custom',
        path: ['expires'],
        message: `expires ${e.expires} is more than ${MAX_VALIDITY_DAYS} days after decided ${e.decided}: review the decision at least yearly`,
      });
    }
  });
export type AllowlistEntryInput = z.infer<typeof AllowlistEntrySchema>;

export interface AllowlistEntry extends AllowlistEntryInput {
  /** Line of the entry in its file (1-based; the header is line 1). */
  line: number;
  /** Match key when the hit is a name (or jurisdiction) hit. */
  nameKey: string;
  /** Match key when the hit is a wallet hit. */
  addressKey: string;
}

export interface Allowlist {
  file: string;
  /** Column order of the file's header (appends keep it). */
  columns: AllowlistColumn[];
  entries: AllowlistEntry[];
}

/** A malformed allowlist: a usage error (exit 2) naming file and line. */
export class AllowlistError extends UsageError {
  override name = 'AllowlistError';
}

/** Name key as the matcher's cache key: normalized tokens joined ("prigozhin evgeny"). */
export function nameKey(value: string): string {
  return cacheKey(normalizeName(value).tokens);
}

/** The key a screened value is compared by, for a hit of this kind. */
export function valueKey(value: string, kind: HitKind): string {
  return kind === 'address' ? normalizeAddress(value) : nameKey(value);
}

function withKeys(input: AllowlistEntryInput, line: number): AllowlistEntry {
  return { ...input, line, nameKey: nameKey(input.value), addressKey: normalizeAddress(input.value) };
}

function issueText(error: z.ZodError): string {
  return error.issues.map((i) => i.message).join('; ');
}

/** Parses allowlist CSV text. Throws AllowlistError with file:line on the first problem. */
export function parseAllowlist(text: string, file: string): Allowlist {
  let rows: Array<{ record: string[]; info: { lines: number; raw?: string } }>;
  try {
    rows = parse(text, { bom: true, skip_empty_lines: true, info: true, raw: true, relax_column_count: true, trim: false }) as unknown as typeof rows;
  } catch (err) {
    const e = err as { lines?: number; message?: string };
    throw new AllowlistError(`${file}${e.lines !== undefined ? `:${e.lines}` : ''}: not valid CSV: ${e.message ?? String(err)}`);
  }
  const startLine = (row: { info: { lines: number; raw?: string } }): number =>
    row.info.lines - ((row.info.raw ?? '').replace(/\r?\n$/, '').match(/\n/g)?.length ?? 0);

  const [head, ...body] = rows;
  if (head === undefined) throw new AllowlistError(`${file}: empty allowlist; the header row is required: ${ALLOWLIST_COLUMNS.join(',')}`);
  const columns: AllowlistColumn[] = [];
  for (const raw of head.record) {
    const name = raw.trim().toLowerCase();
    if (!(ALLOWLIST_COLUMNS as readonly string[]).includes(name)) {
      throw new AllowlistError(`${file}:1: unknown column "${raw.trim()}"; allowlist columns are: ${ALLOWLIST_COLUMNS.join(', ')}`);
    }
    if (columns.includes(name as AllowlistColumn)) throw new AllowlistError(`${file}:1: column "${name}" appears twice`);
    columns.push(name as AllowlistColumn);
  }
  const missing = ALLOWLIST_COLUMNS.filter((c) => !OPTIONAL_COLUMNS.has(c) && !columns.includes(c));
  if (missing.length > 0) {
    throw new AllowlistError(`${file}:1: missing column${missing.length === 1 ? '' : 's'} ${missing.join(', ')} (header: ${ALLOWLIST_COLUMNS.join(',')})`);
  }

  const entries: AllowlistEntry[] = [];
  for (const row of body) {
    const line = startLine(row);
    if (row.record.length !== columns.length) {
      throw new AllowlistError(`${file}:${line}: ${row.record.length} values but the header has ${columns.length} columns`);
    }
    const object: Record<string, string> = { list: '' };
    columns.forEach((c, i) => (object[c] = row.record[i] ?? ''));
    const parsed = AllowlistEntrySchema.safeParse(object);
    if (!parsed.success) throw new AllowlistError(`${file}:${line}: ${issueText(parsed.error)}`);
    entries.push(withKeys(parsed.data, line));
  }
  return { file, columns, entries };
}

export function loadAllowlist(file: string): Allowlist {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    throw new AllowlistError(`allowlist ${file}: cannot read (${e.code ?? e.message})`);
  }
  return parseAllowlist(text, file);
}

function isActive(entry: AllowlistEntry, today: number): boolean {
  return (dayNumber(entry.expires) ?? -Infinity) >= today;
}

function sameSubject(a: Pick<AllowlistEntry, 'nameKey' | 'entity_id' | 'list'>, b: Pick<AllowlistEntry, 'nameKey' | 'entity_id' | 'list'>): boolean {
  return a.nameKey === b.nameKey && a.entity_id === b.entity_id && a.list === b.list;
}

/** Where an entry is: "allowlist.csv:7". */
export function entrySource(list: Allowlist, entry: AllowlistEntry): string {
  return `${list.file}:${entry.line}`;
}

function refOf(list: Allowlist, entry: AllowlistEntry): AllowlistRef {
  return { source: entrySource(list, entry), reason: entry.reason, reviewer: entry.reviewer, decided: entry.decided, expires: entry.expires };
}

/** Active entries indexed for the screener. */
export class AllowlistIndex {
  private readonly active = new Map<string, AllowlistEntry[]>();

  /** @param today "YYYY-MM-DD": entries whose `expires` is before it are ignored. */
  constructor(
    readonly list: Allowlist,
    readonly today: string,
  ) {
    const day = dayNumber(today);
    if (day === null) throw new Error(`invalid date ${today}`);
    for (const entry of list.entries) {
      if (!isActive(entry, day)) continue;
      for (const key of new Set([`n:${entry.nameKey}`, `a:${entry.addressKey}`])) {
        const bucket = this.active.get(key);
        if (bucket === undefined) this.active.set(key, [entry]);
        else bucket.push(entry);
      }
    }
  }

  /** The active entry that suppresses this hit, or null. */
  match(hit: Hit): AllowlistEntry | null {
    const key = hit.kind === 'address' ? `a:${normalizeAddress(hit.value)}` : `n:${nameKey(hit.value)}`;
    for (const entry of this.active.get(key) ?? []) {
      if (entry.entity_id === hit.entity.id && (entry.list === '' || entry.list === hit.list)) return entry;
    }
    return null;
  }

  /** Splits hits into those still reported and those suppressed (tagged with their entry). */
  apply(hits: readonly Hit[]): { hits: Hit[]; suppressed: Hit[] } {
    const kept: Hit[] = [];
    const suppressed: Hit[] = [];
    for (const hit of hits) {
      const entry = this.match(hit);
      if (entry === null) kept.push(hit);
      else suppressed.push({ ...hit, allowlisted: refOf(this.list, entry) });
    }
    return { hits: kept, suppressed };
  }
}

export interface EntityLookup {
  /** Whether the loaded lists hold this entity (list '' = any list). */
  has(list: string, id: string): boolean;
  /** Ids of the loaded lists. */
  lists: readonly string[];
}

/**
 * Warnings a run prints about the allowlist: expired entries (unless a later entry renews
 * them) and entries whose entity is not in the loaded lists. Jurisdiction entries
 * ("jurisdiction:RU") are checked against nothing: they are rules, not list entities.
 */
export function allowlistWarnings(list: Allowlist, today: string, entities: EntityLookup): string[] {
  const day = dayNumber(today) ?? 0;
  const warnings: string[] = [];
  for (const entry of list.entries) {
    const where = `allowlist ${entrySource(list, entry)}`;
    const subject = `"${entry.value}" / ${entry.list === '' ? '' : `${entry.list} `}${entry.entity_id}`;
    if (!isActive(entry, day)) {
      const renewed = list.entries.some((other) => other !== entry && sameSubject(other, entry) && isActive(other, day));
      if (!renewed) warnings.push(`${where}: entry for ${subject} expired on ${entry.expires}; it no longer suppresses (review the hit again)`);
      continue;
    }
    if (entry.entity_id.startsWith('jurisdiction:') || entry.list === 'jurisdiction') continue;
    if (entry.list !== '' && !entities.lists.includes(entry.list)) {
      warnings.push(`${where}: entry for ${subject}: list ${entry.list} is not loaded (loaded: ${entities.lists.join(', ') || 'none'}); the entry suppresses nothing`);
    } else if (!entities.has(entry.list, entry.entity_id)) {
      warnings.push(`${where}: entry for ${subject}: entity ${entry.entity_id} is not in the loaded lists (did the list change?); the entry suppresses nothing`);
    }
  }
  return warnings;
}

export interface AppendResult {
  entry: AllowlistEntry;
  created: boolean;
}

/**
 * Appends one entry: validated with the same schema as loading, refused when an active
 * entry for the same value/entity/list exists, refused when the file is malformed. The
 * new file is written to a temporary file in the same folder and renamed over the old
 * one, so a reader never sees half a file; a lock file keeps two appends from racing.
 */
/**
 * Checks a new entry as `screen allow` gets it: the file schema, plus a decision date not
 * in the future and an expiry not already past. Throws AllowlistError.
 */
export function validateNewEntry(input: Record<string, string>, today: string): AllowlistEntryInput {
  const parsed = AllowlistEntrySchema.safeParse({ list: '', ...input });
  if (!parsed.success) throw new AllowlistError(issueText(parsed.error));
  const todayDay = dayNumber(today) ?? 0;
  const decided = dayNumber(parsed.data.decided) ?? 0;
  if (decided > todayDay) throw new AllowlistError(`decided ${parsed.data.decided} is in the future (today is ${today})`);
  if ((dayNumber(parsed.data.expires) ?? 0) < todayDay) throw new AllowlistError(`expires ${parsed.data.expires} is already past (today is ${today})`);
  return parsed.data;
}

export function appendAllowlistEntry(file: string, input: Record<string, string>, today: string): AppendResult {
  const data = validateNewEntry(input, today);
  const todayDay = dayNumber(today) ?? 0;

  const lock = `${file}.lock`;
  let lockFd: number;
  try {
    lockFd = fs.openSync(lock, 'wx');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new AllowlistError(`${file} is being changed by another process (${lock} exists; remove it if no other "screen allow" is running)`);
    }
    throw err;
  }
  try {
    const exists = fs.existsSync(file);
    const existing = exists ? loadAllowlist(file) : { file, columns: [...ALLOWLIST_COLUMNS], entries: [] };
    const entry = withKeys(data, 0);
    const duplicate = existing.entries.find((e) => sameSubject(e, entry) && isActive(e, todayDay));
    if (duplicate !== undefined) {
      throw new AllowlistError(
        `${file}:${duplicate.line} already allows "${duplicate.value}" for ${duplicate.list === '' ? '' : `${duplicate.list} `}${duplicate.entity_id} until ${duplicate.expires}; not added twice`,
      );
    }
    if (entry.list !== '' && !existing.columns.includes('list')) {
      throw new AllowlistError(`${file} has no "list" column; add one to the header or leave the list out`);
    }
    const read = exists ? fs.readFileSync(file, 'utf8') : stringify([existing.columns]);
    const before = read === '' || read.endsWith('\n') ? read : `${read}\n`;
    const values = existing.columns.map((c) => entry[c]);
    const text = before + stringify([values]);
    entry.line = (before.match(/\n/g)?.length ?? 0) + 1;

    const temp = path.join(path.dirname(path.resolve(file)), `.${path.basename(file)}.${process.pid}.tmp`);
    try {
      const fd = fs.openSync(temp, 'w');
      try {
        fs.writeFileSync(fd, text);
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
      fs.renameSync(temp, file);
    } catch (err) {
      fs.rmSync(temp, { force: true });
      throw err;
    }
    return { entry, created: !exists };
  } finally {
    fs.closeSync(lockFd);
    fs.rmSync(lock, { force: true });
  }
}
