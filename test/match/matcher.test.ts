import { DEFAULT_LIST_PATH, loadLists } from '../../src/lists/load';
import type { Entity, LoadedList } from '../../src/lists/entity';
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

  it('reads glued and split words against the list vocabulary, and says so', () => {
    const glued = matcher.matchName('SergeiLavrov');
    expect(ids(glued)).toContain('35233');
    expect(glued.find((h) => h.entity.id === '35233')!.explanation).toContain('read from "sergeilavrov"');
    expect(ids(matcher.matchName('Pri Gozhin Yevgeniy'))).toContain('21171');
  });

  it('keeps a legal form and the same plain word apart in its cache', () => {
    const inhouse = { info: lists[0]!.info, entities: [{ ...lists[0]!.entities[0]!, id: 'x1', names: [{ name: 'Acme Trading LLC', kind: 'primary' as const }] }] };
    const m = new Matcher([inhouse], { threshold: 75 });
    m.matchName('Acme LLC Trading');
    expect(m.matchName('Acme Limited Liability Company Trading').map((h) => h.score)).toEqual([100]);
  });

  it('charges each unpaired legal form of a list name that holds two, as the scorer alone does', () => {
    // The index shares a list's repeated word tokens; the two "LLC"s of one name must stay
    // two tokens, or pairing one would count the other as paired too (100 instead of 92.9).
    const firm = { info: lists[0]!.info, entities: [{ ...lists[0]!.entities[0]!, id: 'r1', names: [{ name: 'OOO ROMASHKA LLC', kind: 'primary' as const }] }] };
    const m = new Matcher([firm], { threshold: 75 });
    const [hit] = m.matchName('ROMASHKA LLC');
    expect(hit?.score).toBe(92.9);
    expect(hit?.explanation).toMatch(/missing legal form/);
  });

  it('finds names through a title or function word pair as scoring every name does', () => {
    const people = { info: lists[0]!.info, entities: [{ ...lists[0]!.entities[0]!, id: 'w1', type: 'individual' as const, names: [{ name: 'Sheikh Ahmed Yassin', kind: 'primary' as const }] }] };
    const strict = new Matcher([people], { threshold: 95 });
    expect(ids(strict.matchName('Shaikh Ahmed Yassin'))).toEqual(ids(strict.matchNameExhaustive('Shaikh Ahmed Yassin')));
    expect(ids(strict.matchName('Shaikh Ahmed Yassin'))).toEqual(['w1']);
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

  it('flags an address that starts with one the list cut short, and nothing for a short or padded-short value', () => {
    const base = lists[0]!.entities[0]!;
    const cut = { ...base, id: 'cut1', names: [{ name: 'Cut Short Holder', kind: 'primary' as const }], wallets: [{ ticker: 'XBT', address: '1GqTyQ5q4QTTnSqxdQxsq9', partial: true }] };
    const tiny = { ...base, id: 'cut2', names: [{ name: 'Tiny Fragment Holder', kind: 'primary' as const }], wallets: [{ ticker: 'XBT', address: '1Gq', partial: true }] };
    const m = new Matcher([{ info: lists[0]!.info, entities: [cut, tiny] }], { threshold: 80 });
    const hits = m.matchAddress('  1GqTyQ5q4QTTnSqxdQxsq9ZYb7uWw4KJp ');
    expect(hits.map((h) => [h.entity.id, h.score])).toEqual([['cut1', 95]]);
    expect(hits[0]!.explanation).toContain('cut short');
    // Base58 stays case-sensitive for prefixes too; a fragment under 20 characters never matches.
    expect(m.matchAddress('1gqtyq5q4qttnsqxdqxsq9ZYb7uWw4KJp')).toEqual([]);
    expect(m.matchAddress('1GqZZZZZZZZZZZZZZZZZZZZZZZZ')).toEqual([]);
  });

  it('finds every wallet of the list by its address as written, padded, and (EVM, bech32) in either case', () => {
    // The prefix filter turns away addresses before folding them: it must never turn away a listed one.
    const wallets = lists[0]!.entities.flatMap((e) => e.wallets.filter((w) => !w.partial && w.address.trim().length >= 20).map((w) => ({ id: e.id, address: w.address })));
    expect(wallets.length).toBeGreaterThan(200);
    const missed: string[] = [];
    for (const { id, address } of wallets) {
      const forms = [address, ` ${address}\t`];
      if (/^0x[0-9a-f]{40}$/i.test(address) || /^(bc1|ltc1)/i.test(address)) forms.push(address.toUpperCase().replace(/^0X/, '0x'), address.toLowerCase());
      for (const form of forms) if (!ids(matcher.matchAddress(form)).includes(id)) missed.push(`${id} ${JSON.stringify(form)}`);
    }
    expect(missed).toEqual([]);
  });

  it('keeps base58 addresses case-sensitive', () => {
    const xbt = lists[0]!.entities.flatMap((e) => e.wallets).find((w) => w.ticker === 'XBT' && !w.partial && /^[13]/.test(w.address))!;
    expect(matcher.matchAddress(xbt.address).length).toBeGreaterThan(0);
    expect(matcher.matchAddress(xbt.address.toLowerCase())).toEqual([]);
  });

  it('returns the same hits through the index as by scoring every list name (full list)', () => {
    const queries = ['Evgenii Prigozhin', 'ウラジーミル・プーチン', 'Tanaka Taro', 'SergeiLavrov', 'V. Putin', 'Joint Stock Company Bank', 'Mohammed Ali'];
    for (const q of queries) expect({ q, hits: ids(matcher.matchName(q)) }).toEqual({ q, hits: ids(matcher.matchNameExhaustive(q)) });
  });

  it('returns the same hits through the index as by scoring every list name (1,000 queries)', () => {
    // A slice of the real list keeps the exhaustive reference affordable.
    const slice = { info: lists[0]!.info, entities: lists[0]!.entities.filter((_, i) => i % 28 === 0) };
    const small = new Matcher([slice], { threshold: 75 });
    const queries = equivalenceQueries(slice.entities.map((e) => e.names[0]!.name), 1000);
    for (const q of queries) {
      const fast = small.matchName(q).map((h) => `${h.entity.id}:${h.score}:${h.matchedName}`);
      const slow = small.matchNameExhaustive(q).map((h) => `${h.entity.id}:${h.score}:${h.matchedName}`);
      expect({ q, hits: fast }).toEqual({ q, hits: slow });
    }
  });

  it('returns the same hits through the index as by scoring every list name (1,300 queries aimed at the pruning, three thresholds)', () => {
    // The index skips the postings of a query's commonest words and treats names holding
    // a single-letter token (which can pair a query word as an initial) apart: this slice
    // is rich in both, and the queries spell out initials and repeat common words.
    const all = lists[0]!.entities;
    const hasInitial = (e: (typeof all)[number]): boolean => e.names.some((n) => /(^|[\s,.])[A-Za-z]\.?(\s|$)/.test(n.name));
    const common = /\b(AL|ABU|BANK|TRADING|COMPANY|GROUP|MUHAMMAD|ALI|OF|THE)\b/;
    const picked = [
      ...all.filter(hasInitial).filter((_, i) => i % 4 === 0).slice(0, 70),
      ...all.filter((e) => !hasInitial(e) && common.test(e.names[0]!.name)).filter((_, i) => i % 9 === 0).slice(0, 50),
      ...all.filter((_, i) => i % 400 === 0),
    ];
    const slice = { info: lists[0]!.info, entities: [...new Set(picked)] };
    const names = slice.entities.flatMap((e) => e.names.map((n) => n.name));
    const weakAliases = slice.entities.flatMap((e) => e.names.filter((n) => n.kind === 'weak').map((n) => n.name));
    const queries = [...equivalenceQueries(names, 500), ...initialQueries(names, 500), ...boundQueries(names, weakAliases, 300)];
    const thresholds = [60, 75, 90];
    const matchers = thresholds.map((threshold) => new Matcher([slice], { threshold }));
    queries.forEach((q, i) => {
      const small = matchers[i % 3]!;
      const fast = small.matchName(q).map((h) => `${h.entity.id}:${h.score}:${h.matchedName}`);
      const slow = small.matchNameExhaustive(q).map((h) => `${h.entity.id}:${h.score}:${h.matchedName}`);
      expect({ threshold: small.threshold, q, hits: fast }).toEqual({ threshold: small.threshold, q, hits: slow });
    });
  });
});

describe('Matcher index at the edges of its bound (hand-built list)', () => {
  const entity = (id: string, type: Entity['type'], names: Entity['names']): Entity => ({
    id, list: 'test', type, names, programs: [], countries: [], nationalities: [], birthDates: [], wallets: [], addresses: [], remarks: '', source: { file: 'test.csv', line: 1 },
  });
  const words32 = Array.from({ length: 32 }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}x`).join(' ');
  const cases: Array<{ threshold: number; list: Entity; query: string }> = [
    // A kana word pairs with a list single letter by sound (イ = Y), not as an initial.
    { threshold: 90, list: entity('1', 'individual', [{ name: 'PUTIN Y IVANOV', kind: 'primary' }]), query: 'プーチン イ イワノフ' },
    // A patronymic left unmatched (0.1) can score higher than paired with a near miss.
    { threshold: 96, list: entity('2', 'individual', [{ name: 'PETR SIDOROV IVANOVICH', kind: 'primary' }]), query: 'PETR SIDOROV IVANOVICH IVONAVICH' },
    // A weak alias of more than 31 words (the index does not prune such queries).
    { threshold: 75, list: entity('3', 'entity', [{ name: 'ACME TRADING', kind: 'primary' }, { name: words32, kind: 'weak' }]), query: words32 },
    // A query initial paired with a list title (M = MR) weighs half: 90, above the bound a full-weight initial pair gives (85).
    { threshold: 88, list: entity('4', 'individual', [{ name: 'MR IVANOV', kind: 'primary' }]), query: 'M IVANOV' },
    // A query initial pairs with a longer list word, a longer query word with a list initial: 2.4 / 3 = 80.
    { threshold: 80, list: entity('5', 'individual', [{ name: 'JORGE KARL R', kind: 'primary' }]), query: 'JORGE K RUBIO' },
    // The initial pairs but the longer word stays unmatched: 1.7 / 2.8 = 60.7, the bound for a name holding only the commonest word.
    { threshold: 60.7, list: entity('6', 'individual', [{ name: 'JORGE KARL', kind: 'primary' }]), query: 'JORGE K RUBIO' },
  ];
  for (const { threshold, list, query } of cases) {
    it(`finds what scoring every name finds: ${list.names[0]!.name} ← ${query.slice(0, 40)} at ${threshold}`, () => {
      const m = new Matcher([{ info: lists[0]!.info, entities: [list] }], { threshold });
      const slow = m.matchNameExhaustive(query).map((h) => `${h.entity.id}:${h.score}:${h.matchedName}`);
      expect(slow.length).toBe(1);
      expect(m.matchName(query).map((h) => `${h.entity.id}:${h.score}:${h.matchedName}`)).toEqual(slow);
    });
  }
});

/** Variants of list names (reordered, typo, dropped/initial word, glued, kana-ish) and random names. */
function equivalenceQueries(names: string[], count: number): string[] {
  let seed = 7;
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const syllables = ['ka', 'to', 'mi', 'ser', 'gei', 'iv', 'an', 'ov', 'pe', 'tr', 'lo', 'na', 'vich', 'ko', 'zh', 'in'];
  const out: string[] = [];
  while (out.length < count) {
    const words = (names[rand(names.length)] as string).replace(/,/g, '').split(/\s+/);
    switch (rand(7)) {
      case 0: out.push(words.reverse().join(' ')); break;
      case 1: {
        const w = rand(words.length);
        const word = words[w] as string;
        const at = rand(Math.max(1, word.length));
        words[w] = word.slice(0, at) + 'xq'[rand(2)] + word.slice(at + 1);
        out.push(words.join(' '));
        break;
      }
      case 2: out.push(words.slice(0, Math.max(1, words.length - 1)).join(' ')); break;
      case 3: out.push(words.map((w, i) => (i === 0 ? w[0] + '.' : w)).join(' ')); break;
      case 4: out.push(words.join('')); break;
      case 5: out.push(`${words[0]} ${syllables[rand(16)]}${syllables[rand(16)]}`); break;
      default: out.push(`${syllables[rand(16)]}${syllables[rand(16)]}${syllables[rand(16)]} ${syllables[rand(16)]}${syllables[rand(16)]}ova`);
    }
  }
  return out;
}

/** Queries that spell a list initial out as a word, or pile common words around one list word. */
function initialQueries(names: string[], count: number): string[] {
  let seed = 11;
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const given = ['Ivan', 'Ali', 'Muhammad', 'Sergei', 'Anna', 'Viktor', 'Hassan', 'Oleg', 'Abu', 'Bank'];
  const fillers = ['al', 'trading', 'company', 'group', 'of', 'the', 'bank', 'ali', 'abu', 'muhammad'];
  const out: string[] = [];
  while (out.length < count) {
    const words = (names[rand(names.length)] as string).replace(/[,.]/g, ' ').split(/\s+/).filter((w) => w !== '');
    switch (rand(4)) {
      case 0:
        // "PETROV I" → "Petrov Ivan": a word where the list has an initial.
        out.push(words.map((w) => (w.length === 1 ? (given.find((g) => g[0] === w.toUpperCase()) ?? `${w}xel`) : w)).join(' '));
        break;
      case 1: out.push(`${words[rand(words.length)]} ${fillers[rand(10)]} ${fillers[rand(10)]}`); break;
      case 2: out.push(`${fillers[rand(10)]} ${words.slice(0, 2).reverse().join(' ')} ${given[rand(10)]![0]}.`); break;
      default: out.push(`${given[rand(10)]} ${words[words.length - 1]} ${fillers[rand(10)]}`);
    }
  }
  return out;
}

/**
 * Queries at the edges of the per-name bound: a query initial that meets a list initial
 * among unrelated words ("Diego S. Parra" against "S. KUZNETSOV"), and OFAC weak aliases
 * (they count only whole) as written, with a typo, a word more or a word less.
 */
function boundQueries(names: string[], weakAliases: string[], count: number): string[] {
  let seed = 13;
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const words = ['Diego', 'Parra', 'Karen', 'Holmes', 'Minato', 'Instruments', 'Ali', 'Trading'];
  const out: string[] = [];
  while (out.length < count) {
    const name = (names[rand(names.length)] as string).replace(/[,.]/g, ' ').split(/\s+/).filter((w) => w !== '');
    const initials = name.filter((w) => w.length === 1);
    const weak = weakAliases.length > 0 ? (weakAliases[rand(weakAliases.length)] as string).split(/\s+/) : name;
    switch (rand(6)) {
      case 0: out.push(`${words[rand(8)]} ${initials[0] ?? name[0]![0]}. ${words[rand(8)]}`); break;
      case 1: out.push(`${words[rand(8)]} ${(name[0] ?? 'x')[0]}. ${(name[1] ?? 'y')[0]}. ${name[name.length - 1]}`); break;
      case 2: out.push(weak.join(' ')); break;
      case 3: {
        const w = rand(weak.length);
        const word = weak[w] as string;
        weak[w] = word.length > 4 ? word.slice(0, 2) + word.slice(3) : word;
        out.push(weak.join(' '));
        break;
      }
      case 4: out.push(`${weak.join(' ')} ${words[rand(8)]}`); break;
      default: out.push(weak.slice(0, Math.max(1, weak.length - 1)).join(' '));
    }
  }
  return out;
}
