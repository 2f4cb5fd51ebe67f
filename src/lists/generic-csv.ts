// Reader for in-house lists kept as a plain CSV with a header row (see README, "Lists"):
//   id,name,aliases,type,programs,countries,wallets[,weak_aliases,former_names,
//   nationalities,birth_dates,addresses,remarks]
// Multi-valued cells are ";"-joined; wallets are "TICKER:address;TICKER:address".
// Column names are matched case-insensitively, spaces and hyphens counting as "_".
// UTF-8 (with or without BOM) and Shift_JIS/CP932 (Excel on Japanese Windows) are read.
// The list id is the file's base name: `inhouse-hacks.csv` → "inhouse-hacks".
import path from 'node:path';
import { ListError, type EntityName, type Wallet, type LoadedList } from './entity';
import { cleanText, entityTypeOf, ListBuilder, parseCsvTable, readListFile, splitMulti } from './reader';

export const GENERIC_CSV_FORMAT = 'generic-csv';

/** Every column the format defines, with the spellings accepted for it. */
export const GENERIC_COLUMNS = {
  id: ['id'],
  name: ['name'],
  aliases: ['aliases', 'alias', 'aka'],
  weak_aliases: ['weak_aliases', 'weak_alias'],
  former_names: ['former_names', 'former_name', 'fka'],
  type: ['type'],
  programs: ['programs', 'program'],
  countries: ['countries', 'country'],
  nationalities: ['nationalities', 'nationality'],
  birth_dates: ['birth_dates', 'birth_date', 'dob'],
  wallets: ['wallets', 'wallet'],
  addresses: ['addresses', 'address'],
  remarks: ['remarks', 'remark', 'notes', 'note'],
} as const;
type Column = keyof typeof GENERIC_COLUMNS;

const SPELLINGS = new Map<string, Column>(
  (Object.entries(GENERIC_COLUMNS) as Array<[Column, readonly string[]]>).flatMap(([column, names]) => names.map((n) => [n, column] as const)),
);

export function canonicalColumn(header: string): string {
  return header.normalize('NFKC').trim().toLowerCase().replace(/[\s-]+/g, '_');
}

/** A header naming both `id` and `name`: what sniffing looks for (after the more specific formats). */
export function looksLikeGenericHeader(cells: readonly string[]): boolean {
  const columns = new Set(cells.map((c) => SPELLINGS.get(canonicalColumn(c))));
  return columns.has('id') && columns.has('name');
}

/** `inhouse-hacks.csv` → "inhouse-hacks": the list id every entity and report line carries. */
export function genericListId(file: string): string {
  const base = path.basename(file).replace(/\.[^.]*$/, '').toLowerCase();
  const id = base.replace(/[^a-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '');
  return id || 'custom';
}

const TICKER = /^[A-Za-z0-9]{2,12}$/;

/** "XBT:bc1q…" → a wallet; null when the item is not TICKER:address. */
export function parseWallet(item: string): Wallet | null {
  const at = item.indexOf(':');
  if (at === -1) return null;
  const ticker = item.slice(0, at).trim().toUpperCase();
  const address = item.slice(at + 1).trim();
  if (!TICKER.test(ticker) || address === '' || /\s/.test(address)) return null;
  return { ticker, address };
}

export async function readGenericCsv(file: string, listId = genericListId(file)): Promise<LoadedList> {
  const list = new ListBuilder(listId, file);
  const { bytes, meta } = await readListFile(file);
  const table = parseCsvTable(file, bytes);
  const index = new Map<Column, number>();
  const extra: Array<{ header: string; at: number }> = [];
  table.header.forEach((header, at) => {
    const column = SPELLINGS.get(canonicalColumn(header));
    if (column === undefined) {
      if (header !== '') extra.push({ header, at });
    } else if (index.has(column)) {
      throw new ListError(file, 1, `column "${header}" repeats column "${table.header[index.get(column) as number]}"`);
    } else {
      index.set(column, at);
    }
  });
  const missing = (['id', 'name'] as const).filter((c) => !index.has(c));
  if (missing.length > 0) {
    throw new ListError(file, 1, `header lacks ${missing.join(' and ')}: a list CSV needs at least the columns id and name (see README, "Lists")`);
  }
  for (const { header } of extra) {
    list.reject(1, `column "${header}" is not a list column (${Object.keys(GENERIC_COLUMNS).join(', ')}); its values are kept in remarks only`);
  }
  const cell = (fields: string[], column: Column): string => {
    const at = index.get(column);
    return at === undefined ? '' : cleanText(fields[at] ?? '');
  };
  const multi = (fields: string[], column: Column): string[] => splitMulti(cell(fields, column));

  for (const { line, fields } of table.rows) {
    const id = cell(fields, 'id');
    const name = cell(fields, 'name');
    if (!id) {
      list.reject(line, 'row has no id');
      continue;
    }
    if (!name) {
      list.reject(line, `id ${id} has no name`);
      continue;
    }
    const rawType = cell(fields, 'type');
    const type = rawType === '' ? 'entity' : entityTypeOf(rawType);
    if (type === null) {
      list.reject(line, `id ${id} has type "${rawType}"; use individual, entity, vessel or aircraft`);
      continue;
    }
    const names: EntityName[] = [
      { name, kind: 'primary' },
      ...multi(fields, 'aliases').map((n) => ({ name: n, kind: 'aka' as const })),
      ...multi(fields, 'former_names').map((n) => ({ name: n, kind: 'fka' as const })),
      ...multi(fields, 'weak_aliases').map((n) => ({ name: n, kind: 'weak' as const })),
    ];
    const wallets: Wallet[] = [];
    for (const item of multi(fields, 'wallets')) {
      const wallet = parseWallet(item);
      if (wallet) wallets.push(wallet);
      else list.reject(line, `id ${id}: wallet "${item}" is not TICKER:address (e.g. ETH:0x…); that wallet is left out`);
    }
    const nationalities = multi(fields, 'nationalities');
    list.add(
      {
        id,
        type,
        names,
        programs: multi(fields, 'programs'),
        countries: [...multi(fields, 'countries'), ...nationalities],
        nationalities,
        birthDates: multi(fields, 'birth_dates'),
        wallets,
        addresses: multi(fields, 'addresses'),
        remarks: [
          cell(fields, 'remarks'),
          ...extra.map(({ header, at }) => {
            const value = cleanText(fields[at] ?? '');
            return value ? `${header}: ${value}` : '';
          }),
        ],
      },
      line,
    );
  }

  // In-house files carry no publication date: the file's modification time stands for it.
  return list.finish(GENERIC_CSV_FORMAT, [meta], null);
}
