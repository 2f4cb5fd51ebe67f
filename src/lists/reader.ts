// Pieces every list reader beyond OFAC shares: reading a file with its sha256, turning a
// draft into a validated Entity (or a reject with file and line), and the ListInfo totals.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { detectEncoding } from '../screen/decode';
import {
  ENTITY_TYPES,
  EntitySchema,
  ListError,
  type Entity,
  type EntityName,
  type EntityType,
  type ListFile,
  type ListInfo,
  type ListIssue,
  type LoadedList,
} from './entity';

export async function readListFile(file: string): Promise<{ bytes: Buffer; meta: ListFile }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ListError(file, null, code === 'ENOENT' ? 'file not found' : `cannot read file (${code ?? String(err)})`);
  }
  return { bytes, meta: { path: file, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') } };
}

/** An entity before validation: every field optional except where it came from. */
export interface Draft {
  id: string;
  type: EntityType;
  names: EntityName[];
  programs?: string[];
  countries?: string[];
  nationalities?: string[];
  birthDates?: string[];
  wallets?: Entity['wallets'];
  addresses?: string[];
  remarks?: string[];
}

/** Collects the entities and the rejected rows of one list while a reader walks it. */
export class ListBuilder {
  readonly entities: Entity[] = [];
  readonly issues: ListIssue[] = [];
  private readonly started = performance.now();
  private readonly ids = new Map<string, number>();

  constructor(
    readonly listId: string,
    /** Full path, used in rejects; entities record only its base name. */
    readonly file: string,
  ) {}

  /** Records a row (or part of one) the reader could not use. */
  reject(line: number | null, reason: string): void {
    this.issues.push({ file: this.file, line, reason });
  }

  /** Validates and keeps the draft, or records why it cannot be used. */
  add(draft: Draft, line: number): Entity | null {
    const previous = this.ids.get(draft.id);
    if (previous !== undefined) {
      this.reject(line, `duplicate id ${draft.id} (first on line ${previous})`);
      return null;
    }
    const result = EntitySchema.safeParse({
      id: draft.id,
      list: this.listId,
      type: draft.type,
      names: uniqueNames(draft.names.map((n) => ({ name: cleanText(n.name), kind: n.kind })).filter((n) => n.name !== '')),
      programs: uniqueValues(draft.programs ?? []),
      countries: uniqueValues(draft.countries ?? []),
      nationalities: uniqueValues(draft.nationalities ?? []),
      birthDates: uniqueValues(draft.birthDates ?? []),
      wallets: draft.wallets ?? [],
      addresses: uniqueValues(draft.addresses ?? []),
      remarks: uniqueValues(draft.remarks ?? []).join('; '),
      source: { file: path.basename(this.file), line },
    });
    if (!result.success) {
      const reason = result.error.issues.map((i) => `${i.path.join('.') || '(entity)'}: ${i.message}`).join('; ');
      this.reject(line, `id ${draft.id || '(empty)'} is not a valid entity: ${reason}`);
      return null;
    }
    this.ids.set(draft.id, line);
    this.entities.push(result.data);
    return result.data;
  }

  /**
   * The loaded list. `dataDate` is the publication date the file states (YYYY-MM-DD); a
   * format without one is dated by the file's modification time, and says so.
   */
  async finish(format: string, files: ListFile[], dataDate: string | null): Promise<LoadedList> {
    const date = dataDate ?? (await stat(this.file)).mtime.toISOString().slice(0, 10);
    return {
      info: {
        id: this.listId,
        format,
        files,
        date,
        dateSource: dataDate === null ? 'mtime' : 'data',
        ...entityTotals(this.entities),
        loadMs: Math.round(performance.now() - this.started),
        ...(this.issues.length > 0 ? { issues: this.issues } : {}),
      },
      entities: this.entities,
    };
  }
}

/** What ListInfo counts about a set of entities. */
export function entityTotals(
  entities: readonly Entity[],
): Pick<ListInfo, 'entities' | 'names' | 'wallets'> & Required<Pick<ListInfo, 'entitiesByType' | 'programs'>> {
  const entitiesByType = Object.fromEntries(ENTITY_TYPES.map((t) => [t, 0])) as Record<EntityType, number>;
  const programs = new Map<string, number>();
  let names = 0;
  let wallets = 0;
  for (const entity of entities) {
    entitiesByType[entity.type] += 1;
    names += entity.names.length;
    wallets += entity.wallets.length;
    for (const program of entity.programs) programs.set(program, (programs.get(program) ?? 0) + 1);
  }
  const sorted = [...programs].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return { entities: entities.length, names, wallets, entitiesByType, programs: Object.fromEntries(sorted) };
}

/** White space other than a lone plain space: the only case cleanText has to rewrite. */
const MESSY_SPACE = /[^\S ]| {2}/;

/** Collapses runs of white space (lists pad and wrap names) and trims. */
export function cleanText(value: string): string {
  const trimmed = value.trim();
  return MESSY_SPACE.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
}

/**
 * First spelling wins, so a stronger kind listed first (alt.csv, primary) is kept over the
 * same name listed weak; names differing only in case or spacing are the same name.
 */
export function uniqueNames(names: readonly EntityName[]): EntityName[] {
  if (names.length < 2) return names.slice();
  // Lists give most entities a handful of names: scanning their keys beats building a Set.
  const seen = names.length > 16 ? new Set<string>() : null;
  const keys: string[] = [];
  const kept: EntityName[] = [];
  for (const entry of names) {
    // Only messy spacing needs the regex; the key is the same without it otherwise.
    const key = (MESSY_SPACE.test(entry.name) ? entry.name.replace(/\s+/g, ' ') : entry.name).trim().toUpperCase();
    if (seen ? seen.has(key) : keys.includes(key)) continue;
    if (seen) seen.add(key);
    else keys.push(key);
    kept.push(entry);
  }
  return kept;
}

export function uniqueValues(values: readonly string[]): string[] {
  // Rows repeat the same long texts (UK statements of reasons): drop exact repeats before cleaning.
  return [...new Set([...new Set(values)].map(cleanText).filter((v) => v !== ''))];
}

const TYPE_WORDS: Record<string, EntityType> = {
  individual: 'individual',
  person: 'individual',
  entity: 'entity',
  company: 'entity',
  organization: 'entity',
  organisation: 'entity',
  legalentity: 'entity',
  vessel: 'vessel',
  ship: 'vessel',
  aircraft: 'aircraft',
  airplane: 'aircraft',
};

/** "Individual", "Ship", "LegalEntity", "Airplane"… → an entity type, or null when unknown. */
export function entityTypeOf(value: string): EntityType | null {
  return TYPE_WORDS[value.toLowerCase().replace(/[\s_-]+/g, '')] ?? null;
}

/** "10/04/2025" (DD/MM/YYYY) → "2025-04-10"; "00/00/1994" → "1994"; "00/06/1994" or "06/1994" → "1994-06". */
export function dmyToIso(value: string): string | null {
  const m = /^(?:(\d{1,2})\/)?(?:(\d{1,2})\/)?(\d{4})$/.exec(value.trim());
  if (!m) return null;
  // One part before the year is a month ("06/1994"); two are day and month.
  const [day, month] = m[2] === undefined ? ['0', m[1] ?? '0'] : [m[1] ?? '0', m[2]];
  const d = Number(day);
  const mo = Number(month);
  const y = m[3] as string;
  if (mo === 0) return d === 0 ? y : null;
  if (mo > 12) return null;
  const mm = String(mo).padStart(2, '0');
  if (d === 0) return `${y}-${mm}`;
  const iso = `${y}-${mm}-${String(d).padStart(2, '0')}`;
  const parsed = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== iso ? null : iso;
}

export interface CsvTable {
  /** Header cells as written (trimmed). */
  header: string[];
  /** Data rows with the physical line (1-based) each starts on; blank lines are left out. */
  rows: Array<{ line: number; fields: string[] }>;
  encoding: string;
}

/**
 * A CSV file with a header row: UTF-8 (BOM or not) or, as Excel on a Japanese Windows machine
 * saves it, Shift_JIS/CP932; fields may be quoted and span lines.
 */
export function parseCsvTable(file: string, bytes: Buffer, delimiter = ','): CsvTable {
  const { encoding } = detectEncoding(bytes.subarray(0, 64 * 1024));
  const text = encoding === 'utf8' ? bytes.toString('utf8') : iconv.decode(bytes, encoding);
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, {
      delimiter,
      info: true,
      relax_column_count: true,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  } catch (err) {
    const line = (err as { lines?: unknown }).lines;
    throw new ListError(file, typeof line === 'number' ? line : null, `CSV syntax: ${(err as Error).message}`);
  }
  const rows: CsvTable['rows'] = [];
  let nextLine = 1;
  for (const { record, info } of records) {
    const line = nextLine;
    nextLine = info.lines + 1;
    if (record.every((f) => f.trim() === '')) continue;
    rows.push({ line, fields: record });
  }
  const first = rows.shift();
  if (!first) throw new ListError(file, null, 'file is empty');
  if (first.line !== 1) throw new ListError(file, first.line, 'the header must be the first line');
  return { header: first.fields.map((h) => h.trim()), rows, encoding };
}

/**
 * A multi-valued cell: "a;b;c". OpenSanctions writes each cell as a ";"-delimited CSV row of
 * its own, quoting values that hold ";" or '"' (an empty list can come out as `""`).
 */
export function splitMulti(value: string): string[] {
  if (!value.includes('"')) return value.split(';').map(cleanText).filter((v) => v !== '');
  try {
    const [row] = parse(value, { delimiter: ';', relax_quotes: true, relax_column_count: true }) as string[][];
    return (row ?? []).map(cleanText).filter((v) => v !== '');
  } catch {
    return value.split(';').map(cleanText).filter((v) => v !== '');
  }
}
