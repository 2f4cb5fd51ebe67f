import { parse } from 'csv-parse/sync';
import { Rng } from '../../bench/lib/rng';
import { splitQuotedLine } from '../../src/screen/quoted-fields';

/** What the screener got from csv-parse for one record (records.ts parseOne), or null when csv-parse rejects it or reads several records. */
function csvParse(text: string, delimiter: string): string[] | null {
  try {
    const rows = parse(text, { delimiter, relax_column_count: true, relax_quotes: true, bom: false }) as string[][];
    return rows.length === 1 ? (rows[0] as string[]) : null;
  } catch {
    return null;
  }
}

describe('splitQuotedLine', () => {
  it('reads the quoted cells exports write as csv-parse does', () => {
    const records = [
      'TX1,2024-01-01,"IMAI, TOMOKO",JP,TGBNvvvdfrC1',
      '"Dementev, Denis",RU',
      'a,"He said ""stop""",b',
      '"",x,""',
      '"a,b,c"',
      'x,"",',
      '"ナカイ, コウジ",JP,"Ольга ""Оля"" Иванова"',
      '"a""",b',
      ',"x",',
    ];
    for (const text of records) {
      const fields = splitQuotedLine(text, ',');
      expect(fields).not.toBeNull();
      expect(fields).toEqual(csvParse(text, ','));
    }
    expect(splitQuotedLine('"a;b";"c""d";e', ';')).toEqual(['a;b', 'c"d', 'e']);
    expect(splitQuotedLine('"a||b"||c', '||')).toEqual(['a||b', 'c']);
  });

  it('leaves every other use of quotes to csv-parse', () => {
    for (const text of ['a,b"c,d', '"a"b,c', '"a" ,b', ' "a",b', '"abc', 'a,"b', '"a""', '"a\nb",c', '"a",b\r', '"a"\r\n']) {
      expect(splitQuotedLine(text, ',')).toBeNull();
    }
  });

  it('agrees with csv-parse on every record it accepts (60,000 random records)', () => {
    // Seeded (the bench's generator): the same records every run, so a failure replays.
    const rng = new Rng('quoted-fields');
    const next = (): number => rng.next();
    const alphabet = ['a', 'b', ' ', ',', ';', '"', '""', 'é', 'ナ', '\t'];
    let accepted = 0;
    for (let i = 0; i < 60_000; i++) {
      const delimiter = i % 3 === 0 ? ';' : ',';
      const length = Math.floor(next() * 14);
      let text = '';
      for (let k = 0; k < length; k++) text += alphabet[Math.floor(next() * alphabet.length)] as string;
      if (!text.includes('"')) text = `"${text}"`;
      const fields = splitQuotedLine(text, delimiter);
      if (fields === null) continue;
      accepted++;
      expect({ text, fields }).toEqual({ text, fields: csvParse(text, delimiter) });
    }
    // Enough of them to mean something: clean quoting is common in random text with quotes doubled.
    expect(accepted).toBeGreaterThan(10_000);
  });
});
