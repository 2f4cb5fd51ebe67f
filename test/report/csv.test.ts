import { parse } from 'csv-parse/sync';
import { csvPrinter, SCREEN_COLUMNS } from '../../src/report/csv';
import type { ScreenedRecord } from '../../src/screen/record';
import { clearRecord, errorRecord, HEADER, hitRecord, makeHit } from './helpers';

function render(records: ScreenedRecord[], header = HEADER): string {
  const p = csvPrinter({ header, color: false });
  return p.begin() + records.map((r) => p.record(r)).join('');
}

function rows(text: string): string[][] {
  return parse(text, { relax_column_count: false }) as string[][];
}

describe('csvPrinter', () => {
  test('header is the input columns followed by the screen_* columns, in order', () => {
    const [header] = rows(render([]));
    expect(header).toEqual([
      'id', 'counterparty', 'wallet', 'memo',
      'screen_status', 'screen_score', 'screen_list', 'screen_entity_id', 'screen_entity_name',
      'screen_matched_name', 'screen_column', 'screen_programs', 'screen_explanation',
    ]);
    expect(SCREEN_COLUMNS).toHaveLength(9);
  });

  test('quotes commas, quotes and newlines so values round-trip exactly', () => {
    const values = ['1', 'Smith, John "Jack"', 'line1\nline2', 'cr\rhere'];
    const text = render([hitRecord([makeHit({ explanation: 'a, "b"\nc' })], values)]);
    expect(text).toContain('"Smith, John ""Jack"""');
    expect(text).toContain('"line1\nline2"');
    const out = rows(text);
    expect(out).toHaveLength(2);
    expect(out[1]!.slice(0, 4)).toEqual(values);
    expect(out[1]![12]).toBe('a, "b"\nc');
  });

  test('a row with several hits becomes one line per hit, row values repeated, best first', () => {
    const record = hitRecord([
      makeHit({ score: 97.25, entity: { id: '1', name: 'FIRST', type: 'entity', programs: ['IRAN'] } }),
      makeHit({ score: 90, entity: { id: '2', name: 'SECOND', type: 'individual', programs: [] } }),
      makeHit({ score: 85.54, list: 'un', entity: { id: '3', name: 'THIRD', type: 'vessel', programs: ['A', 'B', 'C'] } }),
    ]);
    const out = rows(render([record])).slice(1);
    expect(out).toHaveLength(3);
    for (const row of out) expect(row.slice(0, 4)).toEqual(record.values);
    expect(out.map((r) => r[4])).toEqual(['hit', 'hit', 'hit']);
    expect(out.map((r) => r[5])).toEqual(['97.3', '90.0', '85.5']);
    expect(out.map((r) => r[7])).toEqual(['1', '2', '3']);
    expect(out.map((r) => r[8])).toEqual(['FIRST', 'SECOND', 'THIRD']);
    expect(out.map((r) => r[11])).toEqual(['IRAN', '', 'A;B;C']);
    expect(out[2]![6]).toBe('un');
    expect(out[0]!.slice(9, 11)).toEqual(['BANK MELLI', 'counterparty']);
  });

  test('a clear row is one line with empty hit columns', () => {
    const out = rows(render([clearRecord()])).slice(1);
    expect(out).toEqual([['2', 'Alice Smith', '', 'rent', 'clear', '', '', '', '', '', '', '', '']]);
  });

  test('an error row is one line with status error and the message in screen_explanation', () => {
    const out = rows(render([errorRecord('unterminated quote')])).slice(1);
    expect(out).toEqual([['3', 'x', 'y', 'z', 'error', '', '', '', '', '', '', '', 'unterminated quote']]);
  });

  test('short and long error rows keep the screen_* columns aligned without losing values', () => {
    const short = errorRecord('too few values', ['3', 'x']);
    const long = errorRecord('too many values', ['3', 'x', 'y', 'z', 'extra1', 'extra2'], 5);
    const out = rows(render([short, long])).slice(1);
    expect(out[0]!.slice(0, 5)).toEqual(['3', 'x', '', '', 'error']);
    expect(out[1]!.slice(0, 5)).toEqual(['3', 'x', 'y', 'z', 'error']);
    expect(out[1]![12]).toBe('too many values [extra values: ["extra1","extra2"]]');
  });

  test('screen_* cells that would run as formulas get a leading quote; input cells stay unchanged', () => {
    const record = hitRecord(
      [
        makeHit({
          entity: { id: '@1', name: '=HYPERLINK("http://x","y")', type: 'entity', programs: ['+IRAN', 'SDGT'] },
          matchedName: '-cmd',
          column: '\tcol',
          explanation: '\rhidden',
        }),
      ],
      ['=1+1', '+x', '-y', '@z'],
    );
    const out = rows(render([record]))[1]!;
    expect(out.slice(0, 4)).toEqual(['=1+1', '+x', '-y', '@z']);
    expect(out[7]).toBe("'@1");
    expect(out[8]).toBe('\'=HYPERLINK("http://x","y")');
    expect(out[9]).toBe("'-cmd");
    expect(out[10]).toBe("'\tcol");
    expect(out[11]).toBe("'+IRAN;SDGT");
    expect(out[12]).toBe("'\rhidden");
    // Ordinary text is never touched.
    expect(out[6]).toBe('ofac-sdn');
  });

  test('begin is the header line only and end adds nothing', () => {
    const p = csvPrinter({ header: ['a'], color: false });
    expect(p.begin().split('\n').filter(Boolean)).toHaveLength(1);
    expect(p.end({} as never)).toBe('');
  });
});
