import { displayWidth } from '../../src/report/layout';
import { tablePrinter } from '../../src/report/table';
import type { ScreenedRecord } from '../../src/screen/record';
import { ANSI, clearRecord, errorRecord, HEADER, hitRecord, makeHit, makeSummary, stripAnsi } from './helpers';

function render(records: ScreenedRecord[], color: boolean, width?: number): string {
  const p = tablePrinter({ header: HEADER, color, width });
  return p.begin() + records.map((r) => p.record(r)).join('') + p.end(makeSummary());
}

const LONG_EXPLANATION =
  'tokens "bank" and "melli" match exactly; "iran" matches the country of the listed address; ' +
  'the list name is an a.k.a. with a weak qualifier so the score was lowered by five points; ' +
  'transliteration variants considered: MELLI, MELLAT, MILLI; date of birth not available for comparison.';

const SAMPLE = [
  hitRecord([
    makeHit({ score: 97.25, explanation: LONG_EXPLANATION }),
    makeHit({
      score: 88,
      kind: 'address',
      column: 'wallet',
      value: '0x' + 'ab'.repeat(60),
      matchedName: '0x' + 'AB'.repeat(60),
      entity: { id: '99', name: 'LAZARUS GROUP', type: 'entity', programs: ['DPRK3', 'CYBER2'] },
    }),
  ], ['1', 'Bank Melli Iran', '0x' + 'ab'.repeat(60), 'memo'], 42),
  clearRecord(),
  errorRecord('row has 5 values but the header has 4; the row was not screened'),
];

describe('tablePrinter', () => {
  test('shows every hit field, with the explanation on its own indented line', () => {
    const out = render(SAMPLE, false);
    expect(out).toContain('line 42');
    expect(out).toContain('HIT 97.3');
    expect(out).toContain('HIT 88.0');
    expect(out).toContain('ofac-sdn #12345');
    expect(out).toContain('BANK MELLI IRAN (entity)');
    expect(out).toMatch(/^ {2}matched +BANK MELLI$/m);
    expect(out).toContain('counterparty="Bank Melli Iran"');
    expect(out).toContain('IRAN; SDGT');
    expect(out).toContain('DPRK3; CYBER2');
    expect(out).toMatch(/^ {2}why +tokens "bank"/m);
    expect(out).toContain('(1 of 2)');
    expect(out).toContain('ERROR');
    expect(out).toContain('the row was not screened');
  });

  test('no ANSI escapes when color is false', () => {
    expect(render(SAMPLE, false)).not.toMatch(ANSI);
  });

  test('ANSI escapes when color is true, coloured by score band', () => {
    const out = render(SAMPLE, true);
    expect(out).toMatch(ANSI);
    expect(out).toContain('\u001b[31m\u001b[1mHIT 97.3'); // >= 95: red bold
    expect(out).toContain('\u001b[33mHIT 88.0'); // >= 85: yellow
    const low = render([hitRecord([makeHit({ score: 70 })])], true);
    expect(low).toContain('\u001b[22mHIT 70.0  '); // below 85: no colour on the score
  });

  test.each([80, 60, 40])('no line is wider than %i columns, coloured or not', (width) => {
    for (const color of [false, true]) {
      const lines = stripAnsi(render(SAMPLE, color, width)).split('\n');
      const widest = Math.max(...lines.map(displayWidth));
      expect(widest).toBeLessThanOrEqual(width);
    }
  });

  test('defaults to 80 columns and uses the room it has', () => {
    const lines = render(SAMPLE, false).split('\n');
    expect(Math.max(...lines.map(displayWidth))).toBeLessThanOrEqual(80);
    expect(Math.max(...lines.map(displayWidth))).toBeGreaterThan(70);
    // The long explanation wraps onto several lines aligned under its text.
    const why = lines.findIndex((l) => l.startsWith('  why'));
    expect(lines[why + 1]).toMatch(/^ {11}\S/);
  });

  test('clear rows are a dim one-liner', () => {
    const plain = render([clearRecord()], false);
    expect(plain).toBe('line 3  clear  2, Alice Smith, , rent\n');
    const colored = render([clearRecord()], true);
    expect(colored).toBe('\u001b[2mline 3  clear  2, Alice Smith, , rent\u001b[22m\n');
    const long = render([clearRecord(['1', 'x'.repeat(200), 'y', 'z'])], false, 80);
    expect(long.split('\n').filter(Boolean)).toHaveLength(1);
    expect(displayWidth(long.trimEnd())).toBe(80);
  });

  test('control and bidi characters from data cannot reach the terminal', () => {
    const evil = hitRecord([
      makeHit({
        value: 'Bank\u001b[2J Melli',
        matchedName: 'BANK\u202eILLEM',
        explanation: 'first line\nsecond line \u001b]0;title\u0007',
        entity: { id: '1', name: 'A\rB', type: 'entity', programs: [] },
      }),
    ]);
    const out = render([evil, clearRecord(['1', '\u001b[31mred', '', ''])], false);
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f\u202e]/);
    expect(out).toContain('\\u202e');
    expect(out).toContain('A\\rB');
    // The explanation's own line break is kept as a line break.
    expect(out).toMatch(/why +first line\n {11}second line/);
  });

  test('end reports an empty run and says nothing after records', () => {
    const empty = tablePrinter({ header: HEADER, color: false });
    expect(empty.begin() + empty.end(makeSummary())).toContain('no hits');
    expect(render([errorRecord('x')], false)).not.toContain('no hits');
  });
});
