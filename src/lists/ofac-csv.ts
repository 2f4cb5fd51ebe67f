// Reader for OFAC's legacy CSV publication: sdn.csv (or cons_prim.csv for the non-SDN
// Consolidated list) plus, from the same folder, add/alt/comments companions when present.
// Format facts this code relies on (checked against real 2021–2025 files):
//   - no header row, CRLF, a trailing 0x1A (Ctrl-Z) byte, ASCII, standard `"` quoting;
//   - null is the literal `-0- ` (trailing space);
//   - primary 12 columns, add 6, alt 5, comments 2; rows never span lines;
//   - Remarks cut at 1000 characters, continued mid-word in the comments file.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import {
  ENTITY_TYPES,
  ListError,
  type Entity,
  type EntityName,
  type EntityType,
  type LoadedList,
} from './entity';
import { checkEntity } from './entity-check';
import { isOfacNull, isRemarkTruncated, joinRemarks, parseOfacRemarks } from './ofac-remarks';
import { readCsvFile, type CsvFile, type CsvRow } from './ofac-rows';
import { uniqueNames } from './reader';

export const OFAC_LEGACY_FORMAT = 'ofac-legacy-csv';

/** Companion file names, by the primary file's naming family. */
const COMPANIONS = {
  sdn: { add: 'add.csv', alt: 'alt.csv', comments: 'sdn_comments.csv' },
  cons: { add: 'cons_add.csv', alt: 'cons_alt.csv', comments: 'cons_comments.csv' },
} as const;

const MANIFEST_NAME = 'list-info.json';

// Field counts of the legacy layout, as OFAC documents them for sdn/add/alt/comments files.
const PRIMARY_FIELDS = 12;
const ADD_FIELDS = 6;
const ALT_FIELDS = 5;
const COMMENT_FIELDS = 2;

/** One primary row plus whatever the companion files add to it, before validation. */
interface Draft {
  id: string;
  line: number;
  type: EntityType;
  name: string;
  programs: string[];
  remarks: string;
  continuations: string[];
  extras: string[];
  // The companion files grow these with concat, not push: most get one item, and push
  // would give each a 17-slot array that the GC copies through the whole load.
  aliases: EntityName[];
  addresses: string[];
  countries: string[];
}

export async function readOfacLegacy(primaryPath: string, listId: string): Promise<LoadedList> {
  const started = performance.now();
  const primaryFile = path.resolve(primaryPath);
  const primary = await readCsvFile(primaryFile, PRIMARY_FIELDS, true);
  const folder = await listFolder(path.dirname(primaryFile));
  const family = path.basename(primaryFile).toLowerCase().startsWith('cons_') ? COMPANIONS.cons : COMPANIONS.sdn;
  const companion = (name: string): Promise<CsvFile | null> => {
    const actual = folder.get(name);
    return actual ? readCsvFile(actual, expectedFields(name, family), false) : Promise.resolve(null);
  };
  const [add, alt, comments] = await Promise.all([
    companion(family.add),
    companion(family.alt),
    companion(family.comments),
  ]);

  const drafts = draftsFromPrimary(primary);
  const primaryName = path.basename(primaryFile);
  if (add) applyAddresses(drafts, add, primaryName);
  if (alt) applyAliases(drafts, alt, primaryName);
  if (comments) applyComments(drafts, comments, primaryName);

  const entities: Entity[] = [];
  for (const draft of drafts.values()) entities.push(finishEntity(draft, listId, primaryFile, primaryName));
  const { date, dateSource } = await listDate(folder.get(MANIFEST_NAME), primaryFile);
  return {
    info: {
      id: listId,
      format: OFAC_LEGACY_FORMAT,
      files: [primary, add, alt, comments].filter((f): f is CsvFile => f !== null).map((f) => f.meta),
      date,
      dateSource,
      entities: entities.length,
      names: entities.reduce((n, e) => n + e.names.length, 0),
      wallets: entities.reduce((n, e) => n + e.wallets.length, 0),
      loadMs: Math.round(performance.now() - started),
    },
    entities,
  };
}

function expectedFields(name: string, family: (typeof COMPANIONS)[keyof typeof COMPANIONS]): number {
  if (name === family.add) return ADD_FIELDS;
  if (name === family.alt) return ALT_FIELDS;
  return COMMENT_FIELDS;
}

/** Lower-cased file name -> real path: OFAC mirrors differ in case (SDN.CSV, Add.csv…). */
async function listFolder(dir: string): Promise<Map<string, string>> {
  const names = await readdir(dir);
  return new Map(names.map((name) => [name.toLowerCase(), path.join(dir, name)]));
}

/** The null marker as OFAC writes it. */
const OFAC_NULL = '-0- ';

/** The field trimmed, or '' for the `-0- ` null (what `isOfacNull` accepts, without trimming twice). */
function field(row: CsvRow, index: number): string {
  const raw = row.fields[index] ?? '';
  // Most fields are the null exactly as OFAC writes it: skip trimming it into a new string.
  if (raw === OFAC_NULL) return '';
  const value = raw.trim();
  return value === '-0-' ? '' : value;
}

function entNum(file: string, row: CsvRow): string {
  const value = (row.fields[0] ?? '').trim();
  if (!/^\d+$/.test(value)) throw new ListError(file, row.line, `ent_num "${value}" is not a number`);
  return value;
}

const KNOWN_TYPES = new Set<string>(ENTITY_TYPES);

function draftsFromPrimary(primary: CsvFile): Map<string, Draft> {
  const drafts = new Map<string, Draft>();
  const row = primary.rows();
  while (row.next()) {
    const id = entNum(primary.path, row);
    const previous = drafts.get(id);
    if (previous) throw new ListError(primary.path, row.line, `duplicate ent_num ${id} (first on line ${previous.line})`);
    const name = field(row, 1);
    if (!name) throw new ListError(primary.path, row.line, `ent_num ${id} has an empty SDN_Name`);
    // Entities carry the null marker in SDN_Type; the other three kinds are spelled out.
    const rawType = field(row, 2).toLowerCase() || 'entity';
    if (!KNOWN_TYPES.has(rawType)) {
      throw new ListError(primary.path, row.line, `ent_num ${id} has unknown SDN_Type "${row.fields[2] ?? ''}"`);
    }
    drafts.set(id, {
      id,
      line: row.line,
      type: rawType as EntityType,
      name,
      programs: splitPrograms(field(row, 3)),
      remarks: field(row, 11),
      continuations: [],
      extras: primaryExtras(row),
      aliases: [],
      addresses: [],
      countries: [],
    });
  }
  return drafts;
}

/** `IRAN] [SDGT] [IRGC` (outer brackets are implied; some mirrors write them, so strip them). */
export function splitPrograms(value: string): string[] {
  // Most entries have one program: no brackets, nothing to split.
  if (!value.includes('[') && !value.includes(']')) {
    const program = value.trim();
    return program ? [program] : [];
  }
  const inner = value.trim().replace(/^\[/, '').replace(/\]$/, '');
  const programs = inner
    .split(/\]\s*\[/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  return [...new Set(programs)];
}

/** Labels of primary columns 4–10, which have no Entity field of their own. */
const EXTRA_LABELS = ['Title', 'Call Sign', 'Vessel Type', 'Tonnage', 'GRT', 'Vessel Flag', 'Vessel Owner'];
const FIRST_EXTRA = 4;

/** Title and vessel columns have no Entity field of their own; keep them readable in remarks. */
function primaryExtras(row: CsvRow): string[] {
  const extras: string[] = [];
  for (let i = 0; i < EXTRA_LABELS.length; i++) {
    const value = field(row, FIRST_EXTRA + i);
    if (value) extras.push(`${EXTRA_LABELS[i]}: ${value}`);
  }
  return extras;
}

function draftFor(drafts: Map<string, Draft>, file: string, row: CsvRow, primaryName: string): Draft {
  const id = entNum(file, row);
  const draft = drafts.get(id);
  if (!draft) throw new ListError(file, row.line, `ent_num ${id} is not in ${primaryName}`);
  return draft;
}

/** add.csv: ent_num, Add_num, Address, City/State/Province/Postal, Country, Add_remarks. */
function applyAddresses(drafts: Map<string, Draft>, add: CsvFile, primaryName: string): void {
  const row = add.rows();
  while (row.next()) {
    const draft = draftFor(drafts, add.path, row, primaryName);
    const country = field(row, 4);
    // Every entry has an add.csv row, all `-0-` when OFAC has no address: not an address.
    const address = joinFilled(joinFilled(field(row, 2), field(row, 3)), country);
    const remarks = field(row, 5);
    if (address) draft.addresses = draft.addresses.concat(address + (remarks ? ` (${remarks})` : ''));
    if (country && !draft.countries.includes(country)) draft.countries = draft.countries.concat(country);
  }
}

/** `a, b`, or whichever of the two is not empty. */
function joinFilled(a: string, b: string): string {
  return a && b ? `${a}, ${b}` : a || b;
}

/** alt.csv types; OFAC's rare "nka" (now known as) is a current name, so it counts as aka. */
const ALT_KIND: Record<string, EntityName['kind']> = { aka: 'aka', fka: 'fka', nka: 'aka' };

/** alt.csv: ent_num, alt_num, alt_type, alt_name, alt_remarks (alt_remarks is always null in real files). */
function applyAliases(drafts: Map<string, Draft>, alt: CsvFile, primaryName: string): void {
  const row = alt.rows();
  while (row.next()) {
    const draft = draftFor(drafts, alt.path, row, primaryName);
    const kind = ALT_KIND[field(row, 2).toLowerCase()];
    if (!kind) throw new ListError(alt.path, row.line, `unknown alt_type "${row.fields[2] ?? ''}"`);
    const name = field(row, 3);
    if (!name) throw new ListError(alt.path, row.line, `ent_num ${draft.id} has an empty alt_name`);
    draft.aliases = draft.aliases.concat({ name, kind });
  }
}

/** sdn_comments.csv: ent_num, Remarks_Extended — the text after the 1000-character cut. */
function applyComments(drafts: Map<string, Draft>, comments: CsvFile, primaryName: string): void {
  const row = comments.rows();
  while (row.next()) {
    const draft = draftFor(drafts, comments.path, row, primaryName);
    // Not trimmed: the continuation may start with the space that followed the cut.
    const text = row.fields[1] ?? '';
    if (!isOfacNull(text)) draft.continuations.push(text);
  }
}

function finishEntity(draft: Draft, listId: string, primaryFile: string, primaryName: string): Entity {
  const remarks = joinRemarks(draft.remarks, draft.continuations);
  const facts = parseOfacRemarks(remarks, {
    truncated: isRemarkTruncated(draft.remarks, draft.continuations.length > 0),
  });
  const candidate = {
    id: draft.id,
    list: listId,
    type: draft.type,
    names: compact(uniqueNames([{ name: draft.name, kind: 'primary' } as EntityName].concat(draft.aliases, facts.names))),
    programs: draft.programs,
    // draft.countries holds no repeats already (applyAddresses sees to that).
    countries: facts.nationalities.length === 0 ? draft.countries : unique(draft.countries.concat(facts.nationalities)),
    nationalities: compact(facts.nationalities),
    birthDates: compact(facts.birthDates),
    wallets: compact(facts.wallets),
    addresses: unique(draft.addresses),
    remarks: draft.extras.length === 0 ? remarks : [remarks, ...draft.extras].filter((s) => s.length > 0).join('; '),
    source: { file: primaryName, line: draft.line },
  };
  const checked = checkEntity(candidate);
  if (!checked.ok) throw new ListError(primaryFile, draft.line, `ent_num ${draft.id} is not a valid entity: ${checked.reason}`);
  return checked.entity;
}

/**
 * The values without the spare room `push` leaves (17 slots for one item): entities live for
 * the whole run, and every byte of them is copied by the GC on the way to the old generation.
 */
function compact<T>(values: T[]): T[] {
  return values.length === 0 ? values : values.slice();
}

/**
 * First occurrences, in order: `values` itself when it has no repeats (callers pass arrays
 * of their own). Entities hold a handful of values: a scan beats building a Set.
 */
function unique(values: string[]): string[] {
  if (values.length > 16) return [...new Set(values)];
  for (let i = 1; i < values.length; i++) {
    if (values.lastIndexOf(values[i] as string, i - 1) !== -1) return values.filter((value, index) => values.indexOf(value) === index);
  }
  return values;
}

const ManifestSchema = z.object({
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
    .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), 'not a calendar date'),
  source: z.string().optional(),
});

/**
 * The legacy CSV carries no publication date. A sidecar list-info.json (written by whoever
 * fetched the files) is trusted first; otherwise the primary file's mtime is the best hint.
 */
async function listDate(
  manifestPath: string | undefined,
  primaryFile: string,
): Promise<{ date: string; dateSource: 'manifest' | 'mtime' }> {
  if (manifestPath) {
    let json: unknown;
    try {
      json = JSON.parse(await readFile(manifestPath, 'utf8'));
    } catch (err) {
      throw new ListError(manifestPath, null, `cannot read manifest: ${(err as Error).message}`);
    }
    const result = ManifestSchema.safeParse(json);
    if (!result.success) {
      const reason = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
      throw new ListError(manifestPath, null, `invalid manifest: ${reason}`);
    }
    return { date: result.data.date, dateSource: 'manifest' };
  }
  const { mtime } = await stat(primaryFile);
  return { date: mtime.toISOString().slice(0, 10), dateSource: 'mtime' };
}
