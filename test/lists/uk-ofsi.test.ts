import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ListError } from '../../src/lists/entity';
import { dmyToIso } from '../../src/lists/reader';
import { readUkOfsi, splitEnumerated } from '../../src/lists/uk-ofsi';
import { writeXlsx } from './helpers/xlsx';

const FIXTURE = path.join(__dirname, '..', '..', 'fixtures', 'lists', 'uk-ofsi-mini', 'ConList.xlsx');

const HEADER = [
  'Name 6', 'Name 1', 'Name 2', 'Name 3', 'Name 4', 'Name 5', 'Title', 'Name Non-Latin Script', 'Non-Latin Script Type',
  'Non-Latin Script Language', 'DOB', 'Town of Birth', 'Country of Birth', 'Nationality', 'Passport Number', 'Passport Details',
  'National Identification Number', 'National Identification Details', 'Position', 'Address 1', 'Address 2', 'Address 3',
  'Address 4', 'Address 5', 'Address 6', 'Post/Zip Code', 'Country', 'Other Information', 'Group Type', 'Alias Type',
  'Alias Quality', 'Regime', 'Listed On', 'UK Sanctions List Date Designated', 'Last Updated', 'Group ID',
];

/** A data row from column values by header name. */
function row(values: Record<string, string>): Array<string | null> {
  return HEADER.map((h) => values[h] ?? null);
}

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'txscreen-uk-'));
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

async function listError(promise: Promise<unknown>): Promise<ListError> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(ListError);
    return err as ListError;
  }
  throw new Error('expected a ListError');
}

describe('readUkOfsi on rows cut from the ConList of 10/04/2025', () => {
  it('groups the name rows by Group ID and dates the list from "Last Updated"', async () => {
    const list = await readUkOfsi(FIXTURE);
    expect(list.info).toMatchObject({ id: 'uk-ofsi', format: 'uk-ofsi-xlsx', date: '2025-04-10', dateSource: 'data', entities: 8 });
    expect(list.info.entitiesByType).toEqual({ individual: 5, entity: 2, vessel: 1, aircraft: 0 });
    expect(list.info.issues).toBeUndefined();
  });

  it('puts the primary name first (given names, then Name 6) and adds Cyrillic names as aka', async () => {
    const { entities } = await readUkOfsi(FIXTURE);
    const zadachin = entities.find((e) => e.id === '15890');
    expect(zadachin).toMatchObject({
      type: 'individual',
      names: [
        { name: 'Andrey Andreevich ZADACHIN', kind: 'primary' },
        { name: 'Andrei Andreevich ZADACHIN', kind: 'aka' },
        { name: 'ЗАДАЧИН Андрей Андреевич', kind: 'aka' },
      ],
      programs: ['Russia'],
      birthDates: ['1990-08-22'],
      nationalities: ['Russia'],
    });
    expect(zadachin?.remarks).toContain('RUS1831');
    const belarus = entities.find((e) => e.id === '13938');
    expect(belarus?.programs).toEqual(['Belarus']);
    expect(belarus?.names.map((n) => n.name)).toContain('АЛЕШКЕВИЧ, Александр Михайлович');
  });

  it('reads Low-quality AKAs as weak, 00/00/YYYY as the year, ships as vessels, and several regimes', async () => {
    const { entities } = await readUkOfsi(FIXTURE);
    const byId = (id: string) => entities.find((e) => e.id === id);
    expect(byId('13194')?.names.filter((n) => n.kind === 'weak').map((n) => n.name)).toEqual(['Ibn AL-KHATTAB', 'KHATTAB']);
    expect(byId('13194')?.birthDates).toEqual(['1984']);
    expect(byId('13656')).toMatchObject({ type: 'vessel', names: [{ name: 'CHON MA SAN', kind: 'primary' }, { name: 'GO MAL SAN 4', kind: 'aka' }] });
    expect(byId('13897')?.programs).toEqual(['Global Human Rights', 'Myanmar']);
    // No "Primary name" row in this group: its first "Primary name variation" stands in.
    expect(byId('16601')?.names[0]).toEqual({ name: '33RD SCIENTIFIC RESEARCH AND TESTING INSTITUTE', kind: 'primary' });
  });

  it('reports a group it cannot use with its row number, and keeps the rest', async () => {
    const file = path.join(tmp, 'ConList.xlsx');
    writeFileSync(
      file,
      writeXlsx([
        ['Last Updated', '01/02/2025'],
        HEADER,
        row({ 'Name 6': 'EXAMPLE', 'Name 1': 'Anna', 'Group Type': 'Individual', 'Alias Type': 'Primary name', Regime: 'Russia', 'Group ID': '1' }),
        row({ 'Name 6': 'SHIPCO', 'Group Type': 'Submarine', 'Alias Type': 'Primary name', Regime: 'Russia', 'Group ID': '2' }),
        row({ 'Name 6': 'NOBODY', 'Group Type': 'Entity', 'Alias Type': 'Primary name', Regime: 'Russia' }),
        row({ 'Name 6': 'EXAMPLE', 'Name 1': 'Ann', 'Group Type': 'Individual', 'Alias Type': 'AKA', 'Alias Quality': 'Low quality', 'Group ID': '1' }),
      ]),
    );
    const list = await readUkOfsi(file);
    expect(list.info.date).toBe('2025-02-01');
    expect(list.entities.map((e) => e.id)).toEqual(['1']);
    expect(list.entities[0]?.names).toEqual([
      { name: 'Anna EXAMPLE', kind: 'primary' },
      { name: 'Ann EXAMPLE', kind: 'weak' },
    ]);
    expect(list.info.issues).toEqual([
      { file, line: 5, reason: 'row has no Group ID' },
      { file, line: 4, reason: 'Group ID 2 has unknown Group Type "Submarine"' },
    ]);
  });

  it('refuses a cut download and a spreadsheet that is not the ConList', async () => {
    const cut = path.join(tmp, 'cut.xlsx');
    const bytes = readFileSync(FIXTURE);
    writeFileSync(cut, bytes.subarray(0, bytes.length - 200));
    expect((await listError(readUkOfsi(cut))).message).toContain('cannot read the spreadsheet');

    const other = path.join(tmp, 'other.xlsx');
    writeFileSync(other, writeXlsx([['Unique ID', 'Name', 'Regime Name'], ['RUS0001', 'EXAMPLE', 'Russia']]));
    expect((await listError(readUkOfsi(other))).message).toContain('not an OFSI consolidated list');
  });
});

describe('OFSI cell helpers', () => {
  it('splits "(1) Germany. (2) Morocco" enumerations', () => {
    expect(splitEnumerated('(1) Germany. (2) Morocco')).toEqual(['Germany', 'Morocco']);
    expect(splitEnumerated('(1) Tunisia (2) Morocco (3) Egypt')).toEqual(['Tunisia', 'Morocco', 'Egypt']);
    expect(splitEnumerated('Russia')).toEqual(['Russia']);
    expect(splitEnumerated('')).toEqual([]);
  });

  it('turns DD/MM/YYYY with 00 parts into ISO prefixes and refuses impossible dates', () => {
    expect(dmyToIso('22/08/1990')).toBe('1990-08-22');
    expect(dmyToIso('00/00/1994')).toBe('1994');
    expect(dmyToIso('00/06/1994')).toBe('1994-06');
    expect(dmyToIso('06/1994')).toBe('1994-06');
    expect(dmyToIso('1994')).toBe('1994');
    expect(dmyToIso('31/02/1994')).toBeNull();
    expect(dmyToIso('circa 1994')).toBeNull();
  });
});
