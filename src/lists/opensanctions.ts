// Reader for OpenSanctions' `targets.simple.csv` export (any dataset or collection).
// Format (zavod exporters/simplecsv.py): a header row, then one row per target with
//   id, schema, name, aliases, birth_date, countries, addresses, identifiers, sanctions,
//   phones, emails, [program_ids,] dataset, first_seen, last_seen, last_change
// (program_ids came later: 16 columns in current exports, 15 before). Multi-valued cells
// are ";"-joined; fields may hold newlines. Columns are found by header name.
// Notes: `aliases` mixes real aliases with OpenSanctions' weak aliases (not separable here),
// countries are ISO codes ("ru", "gb-sct"), and the export has no publication date, so
// the newest `last_seen` stands for it.
// Licence: OpenSanctions data is CC BY-NC 4.0; commercial use needs their licence.
import { ListError, type EntityName, type EntityType, type LoadedList } from './entity';
import { entityTypeOf, ListBuilder, parseCsvTable, readListFile, splitMulti } from './reader';

export const OPENSANCTIONS_FORMAT = 'opensanctions-targets-simple-csv';
export const OPENSANCTIONS_LIST_ID = 'opensanctions';

/** The first columns of every targets.simple.csv: what sniffing looks for. */
export const OPENSANCTIONS_HEADER_START = ['id', 'schema', 'name', 'aliases'];

/** FollowTheMoney schemata that name a party one can screen, beyond what entityTypeOf knows. */
const SCHEMA_TYPES: Record<string, EntityType> = { PublicBody: 'entity', Family: 'entity' };

export async function readOpenSanctions(file: string, listId = OPENSANCTIONS_LIST_ID): Promise<LoadedList> {
  const list = new ListBuilder(listId, file);
  const { bytes, meta } = await readListFile(file);
  const table = parseCsvTable(file, bytes);
  const index = new Map(table.header.map((h, i) => [h.toLowerCase(), i]));
  const missing = ['id', 'schema', 'name'].filter((c) => !index.has(c));
  if (missing.length > 0) throw new ListError(file, 1, `header lacks ${missing.join(', ')}: not an OpenSanctions targets.simple.csv`);
  const cell = (fields: string[], column: string): string => {
    const i = index.get(column);
    return i === undefined ? '' : (fields[i] ?? '').trim();
  };

  let lastSeen = '';
  for (const { line, fields } of table.rows) {
    const id = cell(fields, 'id');
    const schema = cell(fields, 'schema');
    const name = cell(fields, 'name');
    const seen = cell(fields, 'last_seen');
    if (seen > lastSeen) lastSeen = seen;
    if (!id) {
      list.reject(line, 'row has no id');
      continue;
    }
    if (!name) {
      list.reject(line, `${id} has no name`);
      continue;
    }
    const wallet = schema === 'CryptoWallet';
    const type = wallet ? 'entity' : (entityTypeOf(schema) ?? SCHEMA_TYPES[schema] ?? null);
    if (type === null) {
      list.reject(line, `${id} has schema "${schema}", which is not a party to screen (Person, Company, Organization, LegalEntity, Vessel, Airplane, CryptoWallet)`);
      continue;
    }
    const names: EntityName[] = [{ name, kind: 'primary' }, ...splitMulti(cell(fields, 'aliases')).map((n) => ({ name: n, kind: 'aka' as const }))];
    const labelled = (label: string, column: string): string[] => splitMulti(cell(fields, column)).map((v) => `${label}: ${v}`);
    list.add(
      {
        id,
        type,
        names,
        programs: splitMulti(cell(fields, 'program_ids')),
        countries: splitMulti(cell(fields, 'countries')),
        birthDates: splitMulti(cell(fields, 'birth_date')),
        // A CryptoWallet target's name is its address; the export drops the currency and the holder.
        wallets: wallet ? [{ ticker: 'unknown', address: name }] : [],
        addresses: splitMulti(cell(fields, 'addresses')),
        remarks: [
          `schema ${schema}`,
          ...labelled('identifier', 'identifiers'),
          ...labelled('sanction', 'sanctions'),
          ...labelled('phone', 'phones'),
          ...labelled('email', 'emails'),
          ...labelled('dataset', 'dataset'),
        ],
      },
      line,
    );
  }

  return list.finish(OPENSANCTIONS_FORMAT, [meta], /^\d{4}-\d{2}-\d{2}/.test(lastSeen) ? lastSeen.slice(0, 10) : null);
}
