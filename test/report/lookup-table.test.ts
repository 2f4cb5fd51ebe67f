import { displayWidth } from '../../src/report/layout';
import { explainTable, lookupTable, remarksExcerpt } from '../../src/report/lookup-table';
import { FEATURES } from '../../src/match/features';
import { ANSI, stripAnsi } from './helpers';
import { GARANTEX, nameExplain, nameResult, PRIGOZHIN, report, walletResult } from './lookup-helpers';

const widest = (text: string): number => Math.max(...stripAnsi(text).split('\n').map(displayWidth));

describe('lookup table', () => {
  it('prints each candidate with every field a reviewer needs', () => {
    const out = lookupTable(report(), { color: false });
    expect(out).toContain('name "Evgenii Prigozhin"');
    expect(out).toContain('compared as evgenii prigozhin (latin, 2 tokens)');
    expect(out).toContain('2 candidates scoring 50 or more, best first');
    expect(out).toMatch(/^ 1 {3}97\.5 {2}ofac-sdn #21171 {2}individual {2}≥ threshold 80$/m);
    expect(out).toMatch(/^ 2 {3}61\.3 {2}ofac-sdn #36025 {2}entity {2}below threshold 80$/m);
    for (const line of [
      'name        PRIGOZHIN, Yevgeniy Viktorovich',
      'matched     PRIGOZHIN, Evgeny (aka)',
      'programs    UKRAINE-EO13661; CYBER2; ELECTION-EO13848; RUSSIA-EO14024',
      'aliases     PRIGOZHIN, Evgeny; CHEF (weak)',
      'born        01 Jun 1961',
      'nationality Russia',
      'addresses   Russia',
      'why         evgenii≈EVGENY (romanization) · prigozhin≈PRIGOZHIN (exact)',
    ]) {
      expect(out).toContain(`    ${line}`);
    }
    expect(out).toMatch(/remarks {5}DOB 01 Jun 1961; POB Leningrad/);
    expect(out).toContain('    wallets     ETH 0x7FF9cFad3877F21d41Da833E2F775dB0569eE3D9\n                XBT 1Gq (cut short by the list)\n');
  });

  it('leaves out empty fields but always shows programs', () => {
    const out = lookupTable(report([{ ...nameResult(), candidates: [nameResult().candidates[1]!] }]), { color: false });
    expect(out).not.toMatch(/aliases|born|nationality|remarks/);
    expect(out).toContain('programs    (none)');
  });

  it('fits 80 columns (and a narrow terminal), long addresses broken rather than overflowing', () => {
    for (const width of [80, 60]) {
      const out = lookupTable(report([nameResult(), walletResult()]), { color: true, width });
      expect(widest(out)).toBeLessThanOrEqual(width);
    }
  });

  it('colours only when asked', () => {
    expect(lookupTable(report(), { color: false })).not.toMatch(ANSI);
    const coloured = lookupTable(report(), { color: true });
    expect(coloured).toMatch(ANSI);
    expect(stripAnsi(coloured)).toBe(lookupTable(report(), { color: false }));
  });

  it('says when nothing scores, and when --limit hid candidates', () => {
    expect(lookupTable(report([{ ...nameResult(), total: 0, candidates: [] }]), { color: false })).toContain('no candidate scoring 50 or more');
    expect(lookupTable(report([{ ...walletResult(), total: 0, candidates: [] }]), { color: false })).toContain('no wallet match');
    const limited = lookupTable(report([{ ...nameResult(), total: 7 }], 2), { color: false });
    expect(limited).toContain('7 candidates scoring 50 or more, 2 shown (--limit 2), best first');
  });

  it('shows wallet queries with the folding used', () => {
    const out = lookupTable(report([walletResult()]), { color: false });
    expect(out).toContain('wallet "0x7ff9cfad3877f21d41da833e2f775db0569ee3d9"');
    expect(out.replace(/\s+/g, ' ')).toContain('(EVM address, compared case-insensitively)');
    expect(out).toContain('matched     wallet 0x7FF9cFad3877F21d41Da833E2F775dB0569eE3D9');
  });

  it('neutralises control characters from list data and queries', () => {
    const evil = { ...PRIGOZHIN, names: [{ name: 'EVIL\u001b[2J\u202eNAME', kind: 'primary' as const }] };
    const out = lookupTable(report([{ ...nameResult(), query: 'x\u001b[31m', candidates: [{ ...nameResult().candidates[0]!, entity: evil }] }]), { color: false });
    expect(out).not.toContain('\u001b');
    expect(out).not.toContain('\u202e');
    expect(out).toContain('EVIL\\u001b[2J\\u202eNAME');
  });

  it('cuts remarks at a word, with an ellipsis', () => {
    expect(remarksExcerpt('short')).toBe('short');
    const cut = remarksExcerpt(PRIGOZHIN.remarks, 60);
    expect(cut).toBe('DOB 01 Jun 1961; POB Leningrad, Russia; nationality Russia…');
    expect(cut.length).toBeLessThanOrEqual(61);
    expect(remarksExcerpt(GARANTEX.remarks)).toBe('');
  });
});

describe('explain table', () => {
  it('shows every aligned pair, unmatched part, the weak-alias factor and the arithmetic', () => {
    const r = nameExplain();
    const b = r.breakdown;
    const out = explainTable(r, { color: false });
    expect(out).toContain('entity      ofac-sdn #21171 PRIGOZHIN, Yevgeniy Viktorovich (individual)');
    expect(b.score).toBeLessThan(80);
    expect(out).toMatch(new RegExp(`score {7}${b.score.toFixed(1)} {2}below the threshold 80`));
    expect(explainTable(nameExplain('Yevgeniy Prigozhin'), { color: false })).toMatch(/score {7}\d+\.\d {2}at or above the threshold 80/);
    expect(out).toMatch(/names of the entity, scored/);
    expect(out).toMatch(/primary {2}PRIGOZHIN, Yevgeniy Viktorovich +← best/);
    expect(out).toMatch(/query +list +how +edits +sim +weight +sim×w/);
    expect(out).toMatch(/prigozhin +PRIGOZHIN +exact +0 +1\.000 +1\.00 +1\.000/);
    expect(out).toMatch(/evgenii +YEVGENIY +romanization +0 +0\.950 +1\.00 +0\.950/);
    expect(out).toMatch(/query +jr +extra +0\.80 +−\d+\.\d/);
    expect(out).toContain('weak alias  no (×0.9 applies only to an OFAC weak a.k.a.)');
    const total = b.pairWeights + b.unmatchedWeights;
    expect(out).toContain(`Σ(sim·w) over pairs        ${b.sumProducts.toFixed(3)}`);
    expect(out).toContain(`score = 100 × ${b.sumProducts.toFixed(3)} / ${total.toFixed(2)} = ${b.ratio.toFixed(2)} → ${b.score.toFixed(1)}`);
  });

  it('lists the whole feature table with values and descriptions', () => {
    const out = explainTable(nameExplain(), { color: false });
    for (const f of Object.values(FEATURES)) {
      expect(out).toMatch(new RegExp(`^  ${f.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} +${f.value.toFixed(2)}  `, 'm'));
    }
  });

  it('explains a weak alias that scored and one with nothing in common', () => {
    const weak = explainTable(nameExplain('Chef'), { color: false });
    expect(weak).toContain('weak alias  yes: every token matched, score × 0.9');
    expect(weak).toMatch(/× 0\.9 → 90\.0/);
    const none = explainTable(nameExplain('Tanaka Taro'), { color: false });
    expect(none).toContain('no name of this entity scores: no word of the query pairs with it, other than as an initial or a function word: score 0');
    expect(none).toMatch(/— +primary/);
  });

  it('explains a wallet query', () => {
    const out = explainTable(
      { kind: 'address', query: '0x7ff9cfad3877f21d41da833e2f775db0569ee3d9', entity: GARANTEX, wallets: [{ ticker: 'ETH', address: GARANTEX.wallets[0]!.address, partial: false, match: 'exact' }, { ticker: 'XBT', address: '1Gq', partial: true, match: 'none' }], score: 100, explanation: 'wallet ETH (exact)', threshold: 80 },
      { color: false },
    );
    expect(out).toContain('  EXACT  ETH 0x7FF9cFad3877F21d41Da833E2F775dB0569eE3D9');
    expect(out).toContain('         XBT 1Gq (cut short by the list)');
  });

  it('fits 80 columns', () => {
    expect(widest(explainTable(nameExplain(), { color: true, width: 80 }))).toBeLessThanOrEqual(80);
  });
});
