import { ndjsonPrinter } from '../../src/report/ndjson';
import type { ScreenedRecord } from '../../src/screen/record';
import { clearRecord, errorRecord, HEADER, hitRecord, makeHit } from './helpers';

function render(records: ScreenedRecord[], header = HEADER): string {
  const p = ndjsonPrinter({ header, color: false });
  return p.begin() + records.map((r) => p.record(r)).join('');
}

function parseLines(text: string): Record<string, unknown>[] {
  expect(text.endsWith('\n')).toBe(true);
  return text
    .slice(0, -1)
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('ndjsonPrinter', () => {
  test('one parseable line per record with exactly the contract keys', () => {
    const records = [
      hitRecord([makeHit(), makeHit({ score: 88, kind: 'address', column: 'wallet', value: '0xabc', matchedName: '0xABC' })]),
      clearRecord(),
      errorRecord('bad row'),
    ];
    const objs = parseLines(render(records));
    expect(objs).toHaveLength(3);

    const [hit, clear, error] = objs as [Record<string, unknown>, Record<string, unknown>, Record<string, unknown>];
    expect(Object.keys(hit)).toEqual(['line', 'row', 'status', 'hits']);
    expect(hit.line).toBe(2);
    expect(hit.status).toBe('hit');
    expect(hit.row).toEqual({ id: '1', counterparty: 'Bank Melli Iran', wallet: '0xabc', memo: 'invoice 7' });
    const hits = hit.hits as Record<string, unknown>[];
    expect(hits).toHaveLength(2);
    for (const h of hits) {
      expect(Object.keys(h).sort()).toEqual(
        ['column', 'entity', 'explanation', 'kind', 'list', 'matched_name', 'score', 'value'].sort(),
      );
      expect(Object.keys(h.entity as object).sort()).toEqual(['id', 'name', 'programs', 'type']);
      expect(h).not.toHaveProperty('matchedName');
    }
    expect(hits[0]).toEqual({
      column: 'counterparty',
      value: 'Bank Melli Iran',
      kind: 'name',
      score: 97.25,
      list: 'ofac-sdn',
      entity: { id: '12345', name: 'BANK MELLI IRAN', type: 'entity', programs: ['IRAN', 'SDGT'] },
      matched_name: 'BANK MELLI',
      explanation: 'tokens "bank" and "melli" match exactly',
    });
    expect(hits[1]).toMatchObject({ kind: 'address', matched_name: '0xABC', score: 88 });

    expect(clear).toEqual({ line: 3, row: { id: '2', counterparty: 'Alice Smith', wallet: '', memo: 'rent' }, status: 'clear', hits: [] });

    expect(Object.keys(error)).toEqual(['line', 'row', 'status', 'error']);
    expect(error).toEqual({ line: 4, row: { id: '3', counterparty: 'x', wallet: 'y', memo: 'z' }, status: 'error', error: 'bad row' });
    expect(error).not.toHaveProperty('hits');
  });

  test('error rows always carry an error string, even without a message', () => {
    const record: ScreenedRecord = { line: 9, values: [], status: 'error', hits: [] };
    const [obj] = parseLines(render([record]));
    expect(typeof obj!.error).toBe('string');
    expect(obj).not.toHaveProperty('hits');
  });

  test('extra values go under _extra_N and missing values become ""', () => {
    const long = errorRecord('too many', ['1', '2', '3', '4', '5', '6']);
    const short = errorRecord('too few', ['1']);
    const [a, b] = parseLines(render([long, short]));
    expect(a!.row).toEqual({ id: '1', counterparty: '2', wallet: '3', memo: '4', _extra_1: '5', _extra_2: '6' });
    expect(Object.keys(a!.row as object)).toEqual(['id', 'counterparty', 'wallet', 'memo', '_extra_1', '_extra_2']);
    expect(b!.row).toEqual({ id: '1', counterparty: '', wallet: '', memo: '' });
  });

  test('row keys keep header order (even integer-like names) and never collide', () => {
    const text = render([clearRecord(['a', 'b', 'c', 'd'])], ['name', '2024', 'name', '__proto__']);
    expect(text).toContain('{"name":"a","2024":"b","name_2":"c","__proto__":"d"}');
    const [obj] = parseLines(text);
    expect(Object.keys(obj!.row as object).sort()).toEqual(['2024', '__proto__', 'name', 'name_2'].sort());
  });

  test('newlines and control characters inside values stay inside one line', () => {
    const record = hitRecord([makeHit({ explanation: 'two\nlines\u2028here' })], ['1', 'a\nb', 'c\r\nd', '\u001b[31m']);
    const text = render([record]);
    expect(text.split('\n')).toHaveLength(2);
    const [obj] = parseLines(text);
    expect((obj!.row as Record<string, string>).counterparty).toBe('a\nb');
    expect(((obj!.hits as Record<string, unknown>[])[0]!).explanation).toBe('two\nlines\u2028here');
  });
});
