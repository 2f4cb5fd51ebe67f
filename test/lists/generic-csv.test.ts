import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { ListError } from '../../src/lists/entity';
import { genericListId, parseWallet, readGenericCsv } from '../../src/lists/generic-csv';

const FIXTURE = path.join(__dirname, '..', '..', 'fixtures', 'lists', 'inhouse', 'inhouse-watchlist.csv');

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'txscreen-csv-'));
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

function write(name: string, text: string | Buffer): string {
  const file = path.join(tmp, name);
  writeFileSync(file, text);
  return file;
}

describe('readGenericCsv', () => {
  it('reads the documented example: names, types, programs, wallets, Japanese names', async () => {
    const list = await readGenericCsv(FIXTURE);
    expect(list.info).toMatchObject({ id: 'inhouse-watchlist', format: 'generic-csv', entities: 3, wallets: 2, dateSource: 'mtime' });
    const [hack, shell, person] = list.entities;
    expect(hack).toMatchObject({
      id: 'IH-0001',
      type: 'individual',
      programs: ['INHOUSE-HACK'],
      wallets: [
        { ticker: 'ETH', address: '0x00000000000000000000000000000000000dead1' },
        { ticker: 'TRX', address: 'T0000000000000000000000000000fixt' },
      ],
      source: { file: 'inhouse-watchlist.csv', line: 2 },
    });
    expect(shell).toMatchObject({ type: 'entity', countries: ['Singapore'], names: [{ name: 'Example Routing Pte. Ltd.', kind: 'primary' }, expect.anything(), expect.anything()] });
    expect(person).toMatchObject({ type: 'individual', birthDates: ['1980-01-02'], nationalities: ['Japan'] });
    expect(person?.names.map((n) => n.name)).toEqual(['山田 太郎', 'ヤマダ タロウ', 'Taro Yamada']);
    expect(list.info.issues).toBeUndefined();
  });

  it('reads Shift_JIS (Excel on Japanese Windows) and a UTF-8 BOM, with any column order and spelling', async () => {
    const text = 'Name,ID,Weak Aliases,Former-Names,DOB\r\n山田 花子,J-1,ハナ,旧姓 佐藤,1990\r\n';
    const sjis = await readGenericCsv(write('sjis.csv', iconv.encode(text, 'cp932')));
    expect(sjis.entities[0]).toMatchObject({
      id: 'J-1',
      type: 'entity',
      names: [
        { name: '山田 花子', kind: 'primary' },
        { name: '旧姓 佐藤', kind: 'fka' },
        { name: 'ハナ', kind: 'weak' },
      ],
      birthDates: ['1990'],
    });
    const bom = await readGenericCsv(write('bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])));
    expect(bom.entities[0]?.id).toBe('J-1');
  });

  it('skips unusable rows and wallets with file and line, and keeps unknown columns in remarks', async () => {
    const file = write(
      'team.csv',
      [
        'id,name,type,wallets,case_ref',
        'A1,Alpha Trading,company,XBT:bc1qexample;not-a-wallet,C-9',
        ',No Id,entity,,',
        'A3,,entity,,',
        'A4,Delta,spaceship,,',
        'A1,Alpha Again,entity,,',
      ].join('\n'),
    );
    const list = await readGenericCsv(file);
    expect(list.entities).toHaveLength(1);
    expect(list.entities[0]).toMatchObject({ id: 'A1', type: 'entity', wallets: [{ ticker: 'XBT', address: 'bc1qexample' }], remarks: 'case_ref: C-9' });
    expect(list.info.issues?.map((i) => `${i.line}: ${i.reason}`)).toEqual([
      expect.stringMatching(/^1: column "case_ref" is not a list column/),
      '2: id A1: wallet "not-a-wallet" is not TICKER:address (e.g. ETH:0x…); that wallet is left out',
      '3: row has no id',
      '4: id A3 has no name',
      '5: id A4 has type "spaceship"; use individual, entity, vessel or aircraft',
      '6: duplicate id A1 (first on line 2)',
    ]);
  });

  it('refuses a file without id and name columns', async () => {
    await expect(readGenericCsv(write('x.csv', 'name,aliases\nA,B\n'))).rejects.toThrow(ListError);
    await expect(readGenericCsv(write('x.csv', 'name,aliases\nA,B\n'))).rejects.toThrow(/x\.csv:1: header lacks id/);
  });
});

describe('generic CSV helpers', () => {
  it('names the list after the file', () => {
    expect(genericListId('/data/In House Hacks.csv')).toBe('in-house-hacks');
    expect(genericListId('team.list.csv')).toBe('team.list');
    expect(genericListId('日本.csv')).toBe('custom');
  });

  it('parses TICKER:address wallets', () => {
    expect(parseWallet('eth:0xAbC')).toEqual({ ticker: 'ETH', address: '0xAbC' });
    expect(parseWallet('0xAbC')).toBeNull();
    expect(parseWallet('ETH:')).toBeNull();
    expect(parseWallet('ETH:0x a')).toBeNull();
  });
});
