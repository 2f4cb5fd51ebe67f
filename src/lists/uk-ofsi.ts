// Reader for the UK HM Treasury / OFSI "Consolidated List of Financial Sanctions Targets"
// as published in XLSX (ConList.xlsx). Format facts this code relies on (checked against the
// list "Last Updated 10/04/2025"):
//   - one sheet; row 1 `Last Updated | 10/04/2025` (DD/MM/YYYY), row 2 the 36-column header;
//   - one row per name variant, grouped by `Group ID` (rows of a group are NOT contiguous);
//   - Name 1..5 are given names, Name 6 is the surname (or the whole name of an entity/ship);
//   - Alias Type: Primary name / Primary name variation / AKA / FKA; Alias Quality: blank,
//     Good quality, Low quality; Group Type: Individual / Entity / Ship;
//   - Name Non-Latin Script: mostly Cyrillic (Russia, Belarus regimes), also Arabic, Persian…;
//   - several values in one cell are enumerated "(1) Germany. (2) Morocco";
//   - DOB is DD/MM/YYYY with 00 for an unknown day or month, or YYYY, or MM/YYYY.
// OFSI retired this list on 28 January 2026 in favour of the FCDO UK Sanctions List; copies
// from before then still read here.
import { ListError, type EntityName, type LoadedList } from './entity';
import { cleanText, dmyToIso, entityTypeOf, ListBuilder, readListFile } from './reader';

export const UK_OFSI_FORMAT = 'uk-ofsi-xlsx';
export const UK_OFSI_LIST_ID = 'uk-ofsi';

const REQUIRED = ['Name 6', 'Group ID', 'Group Type'] as const;

/** Header rows are searched for within the first rows (row 2 in every known publication). */
const HEADER_SEARCH_ROWS = 10;

type Cell = string;
interface SheetRow {
  line: number;
  cells: Cell[];
}

export async function readUkOfsi(file: string, listId = UK_OFSI_LIST_ID): Promise<LoadedList> {
  const list = new ListBuilder(listId, file);
  const { bytes, meta } = await readListFile(file);
  let data: unknown[][];
  try {
    // Loaded on first use: every CLI start would otherwise pay ~10 ms to evaluate it.
    const { readSheet } = await import('read-excel-file/universal');
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer;
    data = (await readSheet(buffer)) as unknown[][];
  } catch (err) {
    throw new ListError(file, null, `cannot read the spreadsheet (${(err as Error).message}); is it a complete .xlsx file?`);
  }
  const rows: SheetRow[] = data.map((cells, i) => ({ line: i + 1, cells: cells.map(cellText) }));
  const headerIndex = rows.slice(0, HEADER_SEARCH_ROWS).findIndex((r) => r.cells.some((c) => c === 'Group ID'));
  const header = rows[headerIndex];
  if (!header) {
    throw new ListError(file, null, `no header row with "Group ID" in the first ${HEADER_SEARCH_ROWS} rows: not an OFSI consolidated list (ConList) spreadsheet`);
  }
  const col = columnIndex(header.cells);
  const missing = REQUIRED.filter((name) => col(name) === -1);
  if (missing.length > 0) throw new ListError(file, header.line, `header lacks ${missing.join(', ')}: not an OFSI consolidated list (ConList) spreadsheet`);
  const get = (row: SheetRow, name: string): string => {
    const i = col(name);
    return i === -1 ? '' : (row.cells[i] ?? '');
  };

  // Group the name rows; a group's line is its first row's.
  const groups = new Map<string, SheetRow[]>();
  for (const row of rows.slice(headerIndex + 1)) {
    if (row.cells.every((c) => c === '')) continue;
    const id = get(row, 'Group ID');
    if (!id) {
      list.reject(row.line, 'row has no Group ID');
      continue;
    }
    const group = groups.get(id);
    if (group) group.push(row);
    else groups.set(id, [row]);
  }

  for (const [id, group] of groups) addGroup(list, id, group, get);

  return list.finish(UK_OFSI_FORMAT, [meta], lastUpdated(rows.slice(0, headerIndex)));
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return cleanText(String(value));
}

function columnIndex(header: readonly string[]): (name: string) => number {
  const byName = new Map<string, number>();
  header.forEach((h, i) => {
    const key = h.toLowerCase();
    if (!byName.has(key)) byName.set(key, i);
  });
  return (name) => byName.get(name.toLowerCase()) ?? -1;
}

/** `Last Updated | 10/04/2025` above the header (a date cell reads as YYYY-MM-DD). */
function lastUpdated(preamble: readonly SheetRow[]): string | null {
  for (const row of preamble) {
    const at = row.cells.findIndex((c) => /^last updated$/i.test(c));
    if (at === -1) continue;
    const value = row.cells.slice(at + 1).find((c) => c !== '') ?? '';
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
    const iso = dmyToIso(value);
    if (iso !== null && /^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  }
  return null;
}

/** "(1) Germany. (2) Morocco" → ["Germany", "Morocco"]; anything else is one value. */
export function splitEnumerated(value: string): string[] {
  if (!/^\(1\)/.test(value)) return value ? [value] : [];
  return value
    .split(/\(\d+\)/)
    .map((v) => v.trim().replace(/[.,;]$/, '').trim())
    .filter((v) => v !== '');
}

const NAME_PARTS = ['Name 1', 'Name 2', 'Name 3', 'Name 4', 'Name 5', 'Name 6'];

function addGroup(list: ListBuilder, id: string, group: SheetRow[], get: (row: SheetRow, name: string) => string): void {
  const first = group[0] as SheetRow;
  const rawType = get(first, 'Group Type');
  const type = entityTypeOf(rawType);
  if (type === null) {
    list.reject(first.line, `Group ID ${id} has unknown Group Type "${rawType}"`);
    return;
  }

  // The primary name first: "Primary name", else a "Primary name variation" (two real groups have only those).
  const rank = (row: SheetRow): number => {
    const alias = get(row, 'Alias Type').toLowerCase();
    return alias === 'primary name' ? 0 : alias === 'primary name variation' ? 1 : 2;
  };
  const ordered = [...group].sort((a, b) => rank(a) - rank(b));
  const names: EntityName[] = [];
  for (const row of ordered) {
    const name = NAME_PARTS.map((part) => get(row, part)).filter((p) => p !== '').join(' ');
    if (name) names.push({ name, kind: names.length === 0 ? 'primary' : nameKind(get(row, 'Alias Type'), get(row, 'Alias Quality')) });
  }
  // Non-Latin spellings (Cyrillic for most Russia and Belarus designations) after the Latin ones.
  for (const row of ordered) {
    for (const name of splitEnumerated(get(row, 'Name Non-Latin Script'))) names.push({ name, kind: 'aka' });
  }
  if (names.length === 0) {
    list.reject(first.line, `Group ID ${id} has no name in any of its ${group.length} rows`);
    return;
  }

  const all = (column: string): string[] => group.flatMap((row) => splitEnumerated(get(row, column)));
  const nationalities = all('Nationality');
  const addresses = group.map((row) => {
    const parts = ['Address 1', 'Address 2', 'Address 3', 'Address 4', 'Address 5', 'Address 6', 'Post/Zip Code', 'Country'];
    return parts.map((p) => get(row, p)).filter((p) => p !== '').join(', ');
  });
  list.add(
    {
      id,
      type,
      names,
      programs: group.map((row) => get(row, 'Regime')),
      nationalities,
      countries: [...nationalities, ...all('Country'), ...all('Country of Birth')],
      birthDates: all('DOB').map((dob) => dmyToIso(dob) ?? dob),
      addresses,
      remarks: remarks(group, get),
    },
    first.line,
  );
}

function nameKind(aliasType: string, quality: string): EntityName['kind'] {
  const alias = aliasType.toLowerCase();
  if (alias === 'fka') return 'fka';
  // OFSI marks some aliases "Low quality": too weak to identify anyone alone.
  return quality.toLowerCase().startsWith('low') ? 'weak' : 'aka';
}

function remarks(group: SheetRow[], get: (row: SheetRow, name: string) => string): string[] {
  const labelled = (label: string, column: string): string[] =>
    group.flatMap((row) => splitEnumerated(get(row, column))).map((v) => `${label}: ${v}`);
  const listed = group.map((row) => get(row, 'Listed On')).filter((v) => v !== '');
  return [
    ...(listed[0] ? [`listed on ${dmyToIso(listed[0]) ?? listed[0]}`] : []),
    ...labelled('title', 'Title'),
    ...labelled('position', 'Position'),
    ...labelled('passport', 'Passport Number'),
    ...labelled('passport details', 'Passport Details'),
    ...labelled('national id', 'National Identification Number'),
    ...labelled('town of birth', 'Town of Birth'),
    ...group.map((row) => get(row, 'Other Information')),
  ];
}
