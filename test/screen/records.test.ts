import { parse } from 'csv-parse/sync';
import { columnValues, multilineValidator, parseBatch, RecordAssembler, visitBatch, type MalformedRecord, type RawRecord } from '../../src/screen/records';

function assemble(text: string, width = 3, chunk = 7): { records: RawRecord[]; bad: MalformedRecord[] } {
  const records: RawRecord[] = [];
  const bad: MalformedRecord[] = [];
  const a = new RecordAssembler((r) => records.push(r), (b) => bad.push(b), multilineValidator(() => ',', () => width));
  for (let i = 0; i < text.length; i += chunk) a.push(text.slice(i, i + chunk));
  a.end();
  return { records, bad };
}

describe('RecordAssembler', () => {
  it('keeps physical line numbers across CRLF, blank lines and chunk boundaries', () => {
    const { records } = assemble('a,b,c\r\n1,2,3\r\n\r\n4,5,6\r\n');
    expect(records.map((r) => [r.line, r.text])).toEqual([[1, 'a,b,c'], [2, '1,2,3'], [4, '4,5,6']]);
  });

  it('joins a quoted field that spans lines and reports where it starts', () => {
    const { records, bad } = assemble('a,b,c\n1,"two\nlines",3\n4,5,6\n');
    expect(bad).toEqual([]);
    expect(records.map((r) => r.line)).toEqual([1, 2, 4]);
    expect(records[1]!.multiline).toBe(true);
  });

  it('reports an unclosed quote at its line and still reads every later row', () => {
    const { records, bad } = assemble('a,b,c\n1,"oops,3\n4,5,6\n7,"x, y",9\n10,11,12\n');
    expect(bad.map((b) => b.line)).toEqual([2]);
    expect(bad[0]!.error).toMatch(/unclosed quote/);
    expect(records.map((r) => r.line)).toEqual([1, 3, 4, 5]);
  });
});

describe('parseBatch', () => {
  it('reads unquoted rows (split on the delimiter) exactly as csv-parse does, next to quoted ones', () => {
    const lines = ['a;b;c', ';;', ' spaced ; tabs\there ;x', '"quoted;semi";2;3', 'ＩＳＨＩＤＡ;ナカイ;3', 'x;"a ""b""";z', 'trailing;;'];
    const records = lines.map((text, i) => ({ line: i + 2, text, multiline: false }));
    const rows = parseBatch(records, ';', 3);
    const reference = lines.map((l) => (parse(l, { delimiter: ';', relax_column_count: true, relax_quotes: true }) as string[][])[0]);
    expect(rows.map((r) => r.values)).toEqual(reference);
    expect(rows.map((r) => r.line)).toEqual([2, 3, 4, 5, 6, 7, 8]);
  });

  it('parses good rows in one pass and flags wrong field counts on their own line', () => {
    const rows = parseBatch([{ line: 2, text: '1,2,3', multiline: false }, { line: 3, text: '4,5', multiline: false }], ',', 3);
    expect(rows[0]).toEqual({ line: 2, values: ['1', '2', '3'] });
    expect(rows[1]).toMatchObject({ line: 3, error: 'expected 3 fields, found 2' });
  });

  it('keeps a stray quote as text so the row is still screened', () => {
    const rows = parseBatch(
      [
        { line: 2, text: '1,"x"y,3', multiline: false },
        { line: 3, text: '4,5,6', multiline: false },
      ],
      ',',
      3,
    );
    expect(rows[0]).toEqual({ line: 2, values: ['1', '"x"y', '3'] });
    expect(rows[1]).toEqual({ line: 3, values: ['4', '5', '6'] });
  });
  it('parses a quoted record the same whatever quoted records share its batch', () => {
    // A bare \r in the first quoted record made the joined csv-parse call split on \r: the
    // next record's fields slid into this one, and the malformed record went unreported.
    const a = { line: 2, text: '1,"Ivan Sidorov",RU\rVladimir Putin', multiline: false };
    const b = { line: 3, text: '2,"Olga Ivanova",RU', multiline: false };
    expect(parseBatch([a, b], ',', 3)).toEqual([...parseBatch([a], ',', 3), ...parseBatch([b], ',', 3)]);
    expect(parseBatch([a, b], ',', 3)[0]).toHaveProperty('error');
  });
});

describe('visitBatch', () => {
  // The screener reads a clear row's cells one by one and splits only the rows it prints:
  // a cell read alone must be the cell the split gives, for every column of every row.
  it('gives each cell as the full split would, without splitting, and reports malformed rows in order', () => {
    for (const delimiter of [',', ';', '\t', '||']) {
      const lines = [
        ['1', 'Ivan Petrov', '', 'RU'],
        ['2', '"PETROV, Ivan"', 'x', 'RU'],
        ['3', 'too', 'few'],
        ['', '', '', ''],
        ['5', ' spaced ', 'ＩＳＨＩＤＡ', 'JP'],
        ['6', 'a', 'b', 'c', 'too many'],
        ['7', 'last', 'cell', ''],
      ].map((cells, i) => ({ line: i + 2, text: cells.join(delimiter), multiline: false }));
      const seen: Array<{ line: number; cells: Array<string | undefined>; all: string[] } | { line: number; error: string }> = [];
      visitBatch(
        lines,
        delimiter,
        4,
        (line, cells) => {
          const one = [0, 1, 2, 3, 4, -1].map((i) => cells.at(i));
          seen.push({ line, cells: one, all: cells.all() });
        },
        (failed) => seen.push({ line: failed.line, error: failed.error }),
      );
      const expected = parseBatch(lines, delimiter, 4).map((row) =>
        'error' in row ? { line: row.line, error: row.error } : { line: row.line, cells: [...row.values, undefined, undefined], all: row.values },
      );
      expect(seen).toEqual(expected);
      expect(seen.map((s) => ('error' in s ? s.line : -s.line))).toEqual([-2, -3, 4, -5, -6, 7, -8]);
    }
  });
});

describe('columnValues', () => {
  // The screener sends these values to the name workers before it parses the rows, then
  // hands the answers out in the order the rows meet their names: one value out of step
  // would give every later row of the batch another row's hits.
  function metByRows(records: RawRecord[], delimiter: string, width: number, columns: number[]): string[] {
    const met: string[] = [];
    for (const row of parseBatch(records, delimiter, width)) {
      if ('error' in row) continue;
      for (const col of columns) {
        const value = row.values[col] ?? '';
        if (value.trim() !== '') met.push(value);
      }
    }
    return met;
  }

  it('lists the values the parsed rows meet, in their order, skipping malformed rows and blanks', () => {
    const { records } = assemble(
      [
        'id,name,alias,country',
        '1,Ivan Petrov,,RU',
        '2,"PETROV, Ivan","I. P.",RU',
        '3,too,few',
        '4,  ,Vanya,RU',
        '5,"Ivan ""the"" Petrov",x,RU',
        '6,a,b,c,too many',
        '7,"unbalanced, RU',
        '8,Ольга,オルガ,RU',
        '9,"multi',
        'line",,JP',
        '10,,,',
      ].join('\n'),
      4,
    );
    const rows = records.slice(1);
    for (const columns of [[1], [2, 1], [1, 2, 3]]) {
      const values = columnValues(rows, ',', 4, columns);
      expect(values).toEqual(metByRows(rows, ',', 4, columns));
    }
    expect(columnValues(rows, ',', 4, [1])).toEqual(['Ivan Petrov', 'PETROV, Ivan', 'Ivan "the" Petrov', 'Ольга', 'multi\nline']);
  });

  it('reads other delimiters as parseBatch does', () => {
    const { records } = assemble('a;b\nx;"y;z"\n;w\nq;\n', 2);
    expect(columnValues(records.slice(1), ';', 2, [1, 0])).toEqual(['y;z', 'x', 'w', 'q']);
    expect(columnValues(records.slice(1), ';', 2, [1, 0])).toEqual(metByRows(records.slice(1), ';', 2, [1, 0]));
  });
});
