// Remarks strings below are copied from real OFAC rows (sdn.csv 2023-12-28, sdn_comments.csv
// 2025-12-24, cons_prim.csv 2025-12-19); shortened only where marked with "…".
import {
  extractBirthDates,
  extractNationalities,
  extractRemarkNames,
  extractWallets,
  isOfacNull,
  isRemarkTruncated,
  joinRemarks,
  parseOfacRemarks,
  splitRemarkSegments,
} from '../../src/lists/ofac-remarks';

describe('isOfacNull / joinRemarks / isRemarkTruncated', () => {
  it('treats the legacy null marker "-0- " (and bare "-0-") as empty', () => {
    expect(isOfacNull('-0- ')).toBe(true);
    expect(isOfacNull('-0-')).toBe(true);
    expect(isOfacNull('DOB 1962.')).toBe(false);
  });

  it('joins the comment continuation with no separator, because OFAC cuts mid-word', () => {
    expect(joinRemarks("a.k.a. 'tianyinyin0404'; a.k.a. 'snowsjo", ["hn'; Linked To: LAZARUS GROUP."])).toBe(
      "a.k.a. 'tianyinyin0404'; a.k.a. 'snowsjohn'; Linked To: LAZARUS GROUP.",
    );
    expect(joinRemarks('-0- ', [])).toBe('');
  });

  it('calls a remark truncated only when it fills 1000 characters and has no continuation', () => {
    const full = 'x'.repeat(1000);
    expect(isRemarkTruncated(full, false)).toBe(true);
    expect(isRemarkTruncated(full, true)).toBe(false);
    expect(isRemarkTruncated('x'.repeat(999), false)).toBe(false);
  });
});

describe('splitRemarkSegments', () => {
  it('splits on ";" even when OFAC forgot the space after it', () => {
    expect(splitRemarkSegments("nationality possibly Palestinian;arrested 23 Apr 2002; a.k.a. 'NOOR'.")).toEqual([
      'nationality possibly Palestinian',
      'arrested 23 Apr 2002',
      "a.k.a. 'NOOR'.",
    ]);
  });
});

describe('extractRemarkNames', () => {
  const names = (text: string, lastIsFragment = false) =>
    extractRemarkNames(splitRemarkSegments(text), lastIsFragment);

  it('reads a.k.a. as weak and f.k.a. as fka, dropping the final period', () => {
    expect(names("a.k.a. 'BNC'.")).toEqual([{ name: 'BNC', kind: 'weak' }]);
    expect(names("Vessel Registration Identification IMO 7406784; f.k.a. 'ANA I'; f.k.a. 'SAND SWAN'.")).toEqual([
      { name: 'ANA I', kind: 'fka' },
      { name: 'SAND SWAN', kind: 'fka' },
    ]);
  });

  it('reads the rare n.k.a. as a weak alias', () => {
    expect(names("Registration Number 1023102257914 (Russia); n.k.a. 'LGOK'; Linked To: METALLOINVEST AO.")).toEqual([
      { name: 'LGOK', kind: 'weak' },
    ]);
  });

  it('keeps apostrophes inside names (transliterated ayn), removing only the outer quotes', () => {
    expect(names("a.k.a. 'ABU 'ABDALLAH'; a.k.a. 'AL-QA'QA'")).toEqual([
      { name: "ABU 'ABDALLAH", kind: 'weak' },
      { name: "AL-QA'QA", kind: 'weak' },
    ]);
  });

  it('ignores F.K.A. inside a place of birth: only a fact starting with a.k.a./f.k.a./n.k.a. is a name', () => {
    expect(names('DOB 11 Mar 1954; POB Saint-Petersburg (F.K.A. Leningrad), Russian Federation')).toEqual([]);
  });

  it('drops a name cut by the 1000-character limit, but only when it is the last fragment', () => {
    const cut = "a.k.a. 'tianyinyin0404'; a.k.a. 'snowsjo";
    expect(names(cut, true)).toEqual([{ name: 'tianyinyin0404', kind: 'weak' }]);
    expect(names(cut, false).map((n) => n.name)).toEqual(['tianyinyin0404', 'snowsjo']);
  });
});

describe('extractBirthDates', () => {
  const dobs = (text: string) => extractBirthDates(splitRemarkSegments(text));

  it('keeps DOB values as OFAC writes them: exact, year, circa and ranges', () => {
    expect(dobs('DOB 11 Jul 1982; alt. DOB 03 Jan 1980; POB Arkhangelsk, Russia')).toEqual(['11 Jul 1982', '03 Jan 1980']);
    expect(dobs('DOB circa 1945; alt. DOB circa 1950; POB Sistan Va Baluchistan, Iran')).toEqual([
      'circa 1945',
      'circa 1950',
    ]);
    expect(dobs('DOB 1929 to 1930; Linked To: SUMIYOSHI-KAI.')).toEqual(['1929 to 1930']);
    expect(dobs('DOB 1962.')).toEqual(['1962']);
  });
});

describe('extractNationalities', () => {
  const nats = (text: string) => extractNationalities(splitRemarkSegments(text));

  it('collects nationality and citizen facts, alt. ones included, without duplicates', () => {
    expect(nats('DOB 11 Sep 1994; nationality Russia; alt. nationality Italy; alt. nationality Israel; Gender Male')).toEqual([
      'Russia',
      'Italy',
      'Israel',
    ]);
    expect(nats('nationality Russia; citizen Russia; Gender Female')).toEqual(['Russia']);
    expect(nats('citizen Mexico; alt. citizen Kenya')).toEqual(['Mexico', 'Kenya']);
  });

  it('keeps commas inside a country name and drops the final period', () => {
    expect(nats('nationality Korea, North.')).toEqual(['Korea, North']);
    expect(nats('Nationality Iran')).toEqual(['Iran']);
  });
});

describe('extractWallets', () => {
  it('reads every Digital Currency Address, including alt. ones, with its ticker', () => {
    const text =
      'Gender Female; Digital Currency Address - XBT 1Ljk8RNNabkZ9bfDYQBn98XfFozJhTjqcZ; ' +
      'alt. Digital Currency Address - XBT 3685sEusmTwZBiKJ4cgV73EAhpVD1nbgbe; Passport 751391473 (Russia)';
    expect(extractWallets(text)).toEqual([
      { ticker: 'XBT', address: '1Ljk8RNNabkZ9bfDYQBn98XfFozJhTjqcZ' },
      { ticker: 'XBT', address: '3685sEusmTwZBiKJ4cgV73EAhpVD1nbgbe' },
    ]);
  });

  it('knows no fixed ticker list: every ticker OFAC used is read', () => {
    const samples: Array<[string, string]> = [
      ['ARB', '0x4f47bc496083c727c5fbe3ce9cdf2b0f6496270c'],
      ['BCH', 'qpf2cphc5dkuclkqur7lhj2yuqq9pk3hmukle77vhq'],
      ['BSC', '0x4f47bc496083c727c5fbe3ce9cdf2b0f6496270c'],
      ['BSV', '12sjrrhoFEsedNRhtgwvvRqjFTh8fZTDX9'],
      ['BTG', 'GPwg61XoHqQPNmAucFACuQ5H9sGCDv9TpS'],
      ['DASH', 'XnPFsRWTaSgiVauosEwQ6dEitGYXgwznz2'],
      ['ETC', '0xd882cfc20f52f2599d84b8e8d58c7fb62cfe344b'],
      ['LTC', 'LaizKtS5DUhPuP1nTQcc83MS7HwK6vk85z'],
      ['TRX', 'TMStbg5fgb4uTV7fK1gEYF9hKAzP3siPsG'],
      ['USDC', '0xb6f5ec1a0a9cd1526536d3f0426c429529471f40'],
      ['USDT', '0xfec8a60023265364d066a1212fde3930f6ae8da7'],
      ['XMR', '5be5543ff73456ab9f2d207887e2af87322c651ea1a873c5b25b7ffae456c320'],
      ['XVG', 'DFFJhnQNZf8rf67tYnesPu7MuGUpYtzv7Z'],
      ['ZEC', 't1g7wowvQ8gn2v8jrU1biyJ26sieNqNsBJy'],
    ];
    const text = samples.map(([t, a], i) => `${i ? 'alt. ' : ''}Digital Currency Address - ${t} ${a}`).join('; ');
    expect(extractWallets(text)).toEqual(samples.map(([ticker, address]) => ({ ticker, address })));
  });

  it('does not take the sentence-ending period into the address', () => {
    expect(extractWallets('Digital Currency Address - XRP rnXyVQzgxZe7TR1EPzTkGj2jxH4LMJYh66.')).toEqual([
      { ticker: 'XRP', address: 'rnXyVQzgxZe7TR1EPzTkGj2jxH4LMJYh66' },
    ]);
  });

  it('marks an address that runs into the 1000-character cut as partial', () => {
    const cut = '…alt. Digital Currency Address - XBT 16PhXY3hNNMTo8kpuJx2emh713KbWpkqci; alt. Digital Currency Address - XBT 1Gq';
    expect(extractWallets(cut, true)).toEqual([
      { ticker: 'XBT', address: '16PhXY3hNNMTo8kpuJx2emh713KbWpkqci' },
      { ticker: 'XBT', address: '1Gq', partial: true },
    ]);
    // The same text with a continuation available is not cut: nothing is partial.
    expect(extractWallets(cut, false).some((w) => w.partial)).toBe(false);
  });

  it('does not mark a complete address followed by ";" at the cut, and finds nothing after a bare ticker', () => {
    expect(extractWallets('Digital Currency Address - XBT 18yWCu6agTxYqAerMxiz9sgHrK3ViezzGa;', true)).toEqual([
      { ticker: 'XBT', address: '18yWCu6agTxYqAerMxiz9sgHrK3ViezzGa' },
    ]);
    expect(extractWallets('alt. Digital Currency Address - XBT ', true)).toEqual([]);
    expect(extractWallets('…XBT 1DbShx4r8i2XesthoDBf5EkYWz5dsKEusV; Digital Currency Addres', true)).toEqual([]);
  });
});

describe('parseOfacRemarks', () => {
  it('reads names, DOBs, nationalities and wallets from one real remark', () => {
    const facts = parseOfacRemarks(
      'DOB 11 Sep 1994; POB Haifa, Israel; nationality Russia; alt. nationality Italy; alt. nationality Israel; ' +
        'Gender Male; Digital Currency Address - XBT bc1qfg4gfg0y6t6xjnpmlhuwx5k0wlw6nmfzxn2psc; Digital Currency ' +
        'Address - ETH 0x39D908dac893CBCB53Cc86e0ECc369aA4DeF1A29; Passport YB0612378 (Italy); Linked To: ROSOBORONEKSPORT OAO.',
    );
    expect(facts).toEqual({
      names: [],
      birthDates: ['11 Sep 1994'],
      nationalities: ['Russia', 'Italy', 'Israel'],
      wallets: [
        { ticker: 'XBT', address: 'bc1qfg4gfg0y6t6xjnpmlhuwx5k0wlw6nmfzxn2psc' },
        { ticker: 'ETH', address: '0x39D908dac893CBCB53Cc86e0ECc369aA4DeF1A29' },
      ],
    });
  });

  it('drops a cut last fact when truncated, but keeps it when the cut falls right after ";"', () => {
    expect(parseOfacRemarks('DOB 1962; nationality Rus', { truncated: true }).nationalities).toEqual([]);
    expect(parseOfacRemarks('DOB 1962; nationality Russia;', { truncated: true }).nationalities).toEqual(['Russia']);
  });
});
