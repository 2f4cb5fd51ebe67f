// `screen lookup` end to end: the built CLI in a child process, fixtures only.
import { fixture, runCli } from './run';

const MINI = fixture('lists', 'ofac-sdn-mini');
jest.setTimeout(120_000);

interface CandidateJson {
  rank: number;
  score: number;
  at_or_above_threshold: boolean;
  list: string;
  entity: { id: string; name: string; aliases: Array<{ name: string; kind: string }>; birth_dates: string[]; nationalities: string[]; wallets: unknown[]; remarks: string };
  matched_name: string;
  matched_kind: string;
  explanation: string;
}
interface LookupDoc {
  lookup_version: number;
  min_score: number;
  threshold: number;
  queries: Array<{ query: string; kind: string; normalized: string; total: number; candidates: CandidateJson[] }>;
}
const doc = (stdout: string): LookupDoc => JSON.parse(stdout) as LookupDoc;

describe('screen lookup on the bundled OFAC SDN snapshot', () => {
  it('finds Latin, Cyrillic and Katakana queries, prints every detail, exits 1', () => {
    const r = runCli(['lookup', 'Evgenii Prigozhin', 'Пригожин Евгений', 'ウラジーミル・プーチン']);
    expect(r.code).toBe(1);
    const blocks = r.stdout.split(/\n(?=name ")/);
    expect(blocks).toHaveLength(3);
    expect(blocks[0]).toMatch(/^name "Evgenii Prigozhin"\ncompared as evgenii prigozhin/);
    expect(blocks[1]).toMatch(/compared as prigozhin yevgeniy \(cyrillic, 2 tokens\)/);
    expect(blocks[2]).toMatch(/compared as ~urajimiru ~puchin \(kana, 2 tokens\)/);
    for (const b of blocks.slice(0, 2)) {
      expect(b).toMatch(/ 1 +\d+\.\d {2}ofac-sdn #21171 {2}individual {2}≥ threshold 75/);
      expect(b).toContain('    name        PRIGOZHIN, Yevgeniy Viktorovich');
      expect(b).toContain('    born        01 Jun 1961');
      expect(b).toContain('    nationality Russia');
      expect(b).toMatch(/ {4}programs {4}UKRAINE-EO13661; CYBER2; ELECTION-EO13848; RUSSIA-EO14024/);
      expect(b).toMatch(/ {4}remarks {5}DOB 01 Jun 1961/);
      expect(b).toMatch(/ {4}why {9}.*prigozhin≈PRIGOZHIN \(exact\)/);
    }
    expect(blocks[2]).toMatch(/ofac-sdn #35096 {2}individual/);
    expect(blocks[2]).toContain('    name        PUTIN, Vladimir Vladimirovich');
    expect(blocks[2]).toMatch(/puchin≈PUTIN \(katakana\)/);
    expect(r.stderr).toMatch(/warning: using the bundled ofac-sdn snapshot/);
    const widest = Math.max(...r.stdout.split('\n').map((l) => [...l].length));
    expect(widest).toBeLessThanOrEqual(80);
  });
});

describe('screen lookup on a small list', () => {
  it('shows candidates below the screening threshold (down to --min-score) and exits 0 when none reaches it', () => {
    const r = runCli(['lookup', 'Zhdanova', '--list', MINI, '--format', 'json']);
    expect(r.code).toBe(0);
    const d = doc(r.stdout);
    expect(d).toMatchObject({ lookup_version: 1, min_score: 50, threshold: 75 });
    const [c] = d.queries[0]!.candidates;
    expect(c).toMatchObject({ rank: 1, list: 'ofac-sdn', matched_kind: 'aka', at_or_above_threshold: false, entity: { id: '45188' } });
    expect(c!.score).toBeLessThan(80);
    expect(c!.score).toBeGreaterThanOrEqual(50);
    expect(runCli(['lookup', 'Zhdanova', '--list', MINI, '--min-score', '80', '--format', 'json']).stdout).toMatch(/"candidates": \[\]/);
  });

  it('--threshold moves the exit-code line', () => {
    expect(runCli(['lookup', 'Zhdanova', '--list', MINI, '--threshold', '60']).code).toBe(1);
  });

  it('reads names from standard input, one per line, quotes and blank lines tolerated', () => {
    const r = runCli(['lookup', '--list', MINI, '--format', 'json'], { input: 'Ekaterina Zhdanova\r\n\r\n"PRIGOZHIN, Evgeny"\nＰＲＩＧＯＺＨＩＮ\nTanaka Taro\n' });
    expect(r.code).toBe(1);
    const d = doc(r.stdout);
    expect(d.queries.map((q) => [q.query, q.candidates[0]?.entity.id ?? null])).toEqual([
      ['Ekaterina Zhdanova', '45188'],
      ['PRIGOZHIN, Evgeny', '21171'],
      ['ＰＲＩＧＯＺＨＩＮ', '21171'],
      ['Tanaka Taro', null],
    ]);
    expect(d.queries[1]!.candidates[0]).toMatchObject({ score: 100, matched_name: 'PRIGOZHIN, Evgeny', entity: { aliases: [{ name: 'PRIGOZHIN, Evgeny', kind: 'aka' }], birth_dates: ['01 Jun 1961'] } });
    expect(runCli(['lookup', '-', '--list', MINI, '--format', 'json'], { input: 'Ekaterina Zhdanova\n' }).code).toBe(1);
  });

  it('looks up a wallet, EVM case-insensitively', () => {
    const r = runCli(['lookup', '--address', '0x7ff9cfad3877f21d41da833e2f775db0569ee3d9', '--list', MINI]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('wallet "0x7ff9cfad3877f21d41da833e2f775db0569ee3d9"');
    expect(r.stdout).toMatch(/100\.0 {2}ofac-sdn #36025 {2}entity/);
    expect(r.stdout).toContain('    name        GARANTEX EUROPE OU');
    expect(r.stdout).toContain('    matched     wallet 0x7FF9cFad3877F21d41Da833E2F775dB0569eE3D9');
    const none = runCli(['lookup', '--address', '0x0000000000000000000000000000000000000001', '--list', MINI]);
    expect(none.code).toBe(0);
    expect(none.stdout).toContain('no wallet match');
  });

  it('--explain prints every feature, weight and score, and the arithmetic', () => {
    const r = runCli(['lookup', 'Ivan Maslov', '--explain', '40969', '--list', MINI]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('entity      ofac-sdn #40969 MASLOV, Ivan Aleksandrovich (individual)');
    expect(r.stdout).toMatch(/primary {2}MASLOV, Ivan Aleksandrovich +← best/);
    expect(r.stdout).toMatch(/weak {5}MASLOV, Ivan Oleksandrovich/);
    expect(r.stdout).toMatch(/ivan +IVAN +exact +0 +1\.000 +1\.00 +1\.000/);
    expect(r.stdout).toMatch(/list +ALEKSANDROVICH +missing patronymic +0\.10 +−\d+\.\d/);
    expect(r.stdout).toMatch(/score = 100 × 2\.000 \/ 2\.10 = \d+\.\d\d → \d+\.\d/);
    for (const f of ['exact', 'romanization', 'katakana', 'typo', 'initial', 'legal form', 'missing patronymic', 'weak alias']) expect(r.stdout).toMatch(new RegExp(`^  ${f} +\\d\\.\\d\\d  `, 'm'));
    const json = JSON.parse(runCli(['lookup', 'Ivan Maslov', '--explain', 'ofac-sdn:40969', '--list', MINI, '--format', 'json']).stdout) as { score: number; arithmetic: { sum_products: number; sum_weights: number } };
    expect(Math.round((1000 * json.arithmetic.sum_products) / json.arithmetic.sum_weights) / 10).toBe(json.score);
  });

  it('--explain with a wallet shows which wallet matched', () => {
    const r = runCli(['lookup', '--address', '0x7FF9CFAD3877F21D41DA833E2F775DB0569EE3D9', '--explain', '36025', '--list', MINI]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('  EXACT  ETH 0x7FF9cFad3877F21d41Da833E2F775dB0569eE3D9');
  });

  it('exits 2 with a clear message on usage errors', () => {
    const unknown = runCli(['lookup', 'Ivan Maslov', '--explain', '99999', '--list', MINI]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/--explain: no entity "99999" in the loaded lists \(ofac-sdn\)/);
    const two = runCli(['lookup', 'A B', 'C D', '--explain', '40969', '--list', MINI]);
    expect(two.code).toBe(2);
    expect(two.stderr).toMatch(/--explain takes exactly one query/);
    const nothing = runCli(['lookup', '--list', MINI], { input: '\n\n' });
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toMatch(/nothing to look up/);
    expect(runCli(['lookup', 'x', '--min-score', '101', '--list', MINI]).code).toBe(2);
    expect(runCli(['lookup', 'x', '--format', 'csv', '--list', MINI]).code).toBe(2);
    expect(runCli(['lookup', 'x', '--list', '/nonexistent/sdn.csv']).code).toBe(2);
  });

  it('coexists with the root command: `screen FILE` still screens, and lookup options follow the subcommand', () => {
    const screen = runCli([fixture('tx', 'hit-name.csv'), '--list', MINI, '--format', 'ndjson', '--no-summary']);
    expect(screen.code).toBe(1);
    expect(screen.stdout).toMatch(/"entity":\{"id":"21171"/);
    const help = runCli(['--help']);
    expect(help.stdout).toMatch(/lookup \[options\] \[names\.\.\.\]/);
    expect(help.stdout).toMatch(/allow \[options\]/);
    expect(help.stdout).toMatch(/config \[options\]/);
  });

  it('colours a terminal table only when asked', () => {
    const plain = runCli(['lookup', 'Ekaterina Zhdanova', '--list', MINI]);
    expect(plain.stdout).not.toMatch(/\u001b\[/);
    const coloured = runCli(['lookup', 'Ekaterina Zhdanova', '--list', MINI, '--color']);
    expect(coloured.stdout).toMatch(/\u001b\[/);
    expect(coloured.stdout.replace(/\u001b\[[0-9;]*m/g, '')).toBe(plain.stdout);
  });
});
