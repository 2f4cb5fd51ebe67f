import path from 'node:path';
import { readOpenSanctions } from '../../src/lists/opensanctions';
import { splitMulti } from '../../src/lists/reader';

const FIXTURE = path.join(__dirname, '..', '..', 'fixtures', 'lists', 'opensanctions-mini', 'targets.simple.csv');

describe('readOpenSanctions on a targets.simple.csv written in the export format', () => {
  it('maps schemata to entity types and dates the list from the newest last_seen', async () => {
    const list = await readOpenSanctions(FIXTURE);
    expect(list.info).toMatchObject({ id: 'opensanctions', format: 'opensanctions-targets-simple-csv', date: '2026-03-13', dateSource: 'data' });
    expect(list.entities.map((e) => [e.id, e.type])).toEqual([
      ['NK-fixture-person1', 'individual'],
      ['NK-fixture-company1', 'entity'],
      ['NK-fixture-vessel1', 'vessel'],
      ['NK-fixture-legal1', 'entity'],
      ['NK-fixture-wallet1', 'entity'],
      ['NK-fixture-plane1', 'aircraft'],
    ]);
  });

  it('splits ;-joined cells (a quoted ";" stays inside its value) and keeps line numbers across multi-line fields', async () => {
    const { entities } = await readOpenSanctions(FIXTURE);
    const byId = (id: string) => entities.find((e) => e.id === id);
    expect(byId('NK-fixture-person1')).toMatchObject({
      names: [
        { name: 'PETROV Ivan Sergeyevich', kind: 'primary' },
        { name: 'ПЕТРОВ Иван Сергеевич', kind: 'aka' },
        { name: 'ПЕТРОВ Іван Сергійович', kind: 'aka' },
      ],
      birthDates: ['1971-05-02', '1972'],
      countries: ['ru'],
      programs: ['UA-WS-EXECUTIVES'],
      source: { file: 'targets.simple.csv', line: 2 },
    });
    expect(byId('NK-fixture-company1')?.addresses).toEqual(['Building 1, Example Street, Moscow, 101000']);
    expect(byId('NK-fixture-company1')?.remarks).toContain('identifier: OGRN 1000000000001');
    expect(byId('NK-fixture-vessel1')?.source.line).toBe(5);
    expect(byId('NK-fixture-legal1')?.names.map((n) => n.name)).toEqual(['Sample Shipping Ltd', 'Sample; Shipping', 'Sample Shipping Limited']);
  });

  it('keeps a CryptoWallet target as an exact wallet (currency unknown in this export)', async () => {
    const { entities } = await readOpenSanctions(FIXTURE);
    expect(entities.find((e) => e.id === 'NK-fixture-wallet1')?.wallets).toEqual([
      { ticker: 'unknown', address: '0x0000000000000000000000000000000000fixture' },
    ]);
  });

  it('reports rows that name no party to screen, with file and line', async () => {
    const list = await readOpenSanctions(FIXTURE);
    expect(list.info.issues?.map((i) => [i.line, i.reason])).toEqual([
      [9, expect.stringContaining('schema "Address"')],
      [10, 'NK-fixture-noname has no name'],
    ]);
  });
});

describe('splitMulti', () => {
  it('reads plain and OpenSanctions-quoted multi-value cells', () => {
    expect(splitMulti('a;b; c ;')).toEqual(['a', 'b', 'c']);
    expect(splitMulti('"x; y";z')).toEqual(['x; y', 'z']);
    expect(splitMulti('""')).toEqual([]);
    expect(splitMulti('')).toEqual([]);
  });
});
