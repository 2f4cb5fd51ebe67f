import { DEFAULT_LIST_PATH, loadLists } from '../../src/lists/load';
import type { LoadedList } from '../../src/lists/entity';
import { Matcher } from '../../src/match/matcher';

let lists: LoadedList[];
let matcher: Matcher;

beforeAll(async () => {
  lists = await loadLists([{ path: DEFAULT_LIST_PATH }]);
  matcher = new Matcher(lists, { threshold: 80 });
});

const ids = (hits: { entity: { id: string } }[]): string[] => hits.map((h) => h.entity.id);

describe('Matcher on the bundled OFAC SDN list', () => {
  it('finds PRIGOZHIN from the forms an exchange sees', () => {
    for (const q of ['Evgenii Prigozhin', 'Пригожин Евгений Викторович', 'エフゲニー・プリゴジン', 'ＰＲＩＧＯＺＨＩＮ Ｅｖｇｅｎｙ']) {
      expect({ q, ids: ids(matcher.matchName(q)) }).toEqual({ q, ids: expect.arrayContaining(['21171']) });
    }
  });

  it('lists every namesake at or above the threshold, best first', () => {
    const hits = matcher.matchName('Sergei Ivanov');
    expect(hits.length).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hits[i]!.score);
    expect(new Set(ids(hits)).size).toBe(hits.length);
  });

  it('does not flag ordinary Japanese names', () => {
    for (const q of ['Tanaka Taro', '田中 太郎', 'タナカ タロウ', 'Suzuki Ichiro', '株式会社ひまわり商事']) expect(matcher.matchName(q)).toEqual([]);
  });

  it('matches wallets exactly, EVM addresses case-insensitively, and never short strings', () => {
    const zimenkov = lists[0]!.entities.find((e) => e.id === '40488')!;
    const eth = zimenkov.wallets.find((w) => w.ticker === 'ETH')!;
    expect(ids(matcher.matchAddress(eth.address.toLowerCase()))).toEqual(['40488']);
    expect(ids(matcher.matchAddress(eth.address.toUpperCase().replace('0X', '0x')))).toEqual(['40488']);
    expect(matcher.matchAddress(eth.address.slice(0, -1) + '0')).toEqual([]);
    expect(matcher.matchAddress('0x')).toEqual([]);
  });

  it('keeps base58 addresses case-sensitive', () => {
    const xbt = lists[0]!.entities.flatMap((e) => e.wallets).find((w) => w.ticker === 'XBT' && !w.partial && /^[13]/.test(w.address))!;
    expect(matcher.matchAddress(xbt.address).length).toBeGreaterThan(0);
    expect(matcher.matchAddress(xbt.address.toLowerCase())).toEqual([]);
  });

  it('returns the same hits through the index as by scoring every list name', () => {
    // List names and variants of them (reordered, typo, romanized), plus random names.
    const queries: string[] = [];
    const entities = lists[0]!.entities;
    for (let i = 0; i < entities.length; i += 97) {
      const name = entities[i]!.names[0]!.name;
      const [last, first] = name.split(', ');
      queries.push(name, first !== undefined ? `${first} ${last}` : name, name.replace(/[aeiou](?=[a-z]{3})/i, 'x'));
    }
    queries.push('Evgenii Prigozhin', 'ウラジーミル・プーチン', 'Tanaka Taro', 'Random Person', 'Joint Stock Company Bank');
    for (const q of queries) {
      const fast = matcher.matchName(q).map((h) => `${h.entity.id}:${h.score}`);
      const slow = matcher.matchNameExhaustive(q).map((h) => `${h.entity.id}:${h.score}`);
      expect({ q, hits: fast }).toEqual({ q, hits: slow });
    }
  });
});
