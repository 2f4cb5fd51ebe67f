// The OFAC reader's fast CSV splitter must read every list row exactly as csv-parse (which
// it replaces on the load path) does, or give up so that csv-parse reads the file instead.
import { parse } from 'csv-parse/sync';
import { CsvSplitter } from '../../src/lists/csv-split';

function split(text: string): { records: string[][]; lines: number[]; gaveUp: boolean } {
  const csv = new CsvSplitter(text, true);
  const records: string[][] = [];
  const lines: number[] = [];
  while (csv.next()) {
    records.push(csv.fields);
    lines.push(csv.line);
  }
  return { records, lines, gaveUp: csv.gaveUp };
}

function csvParse(text: string): string[][] {
  return parse(Buffer.from(text, 'latin1'), { bom: true, encoding: 'latin1', relax_column_count: true });
}

describe('CsvSplitter', () => {
  it.each([
    ['an OFAC row: quoted commas, `-0- ` nulls, CRLF', '306,"BANCO NACIONAL DE CUBA",-0- ,"CUBA"\r\n36,"AERO, S.A.",-0- ,-0- \r\n'],
    ['doubled quotes inside a quoted field', '1,"ABU ""X"", Y",""""\r\n2,"",""\r\n'],
    ['LF line ends and no final line break', '1,a\n2,"b"\n3,c'],
    ['blank and white-space lines', '1,a\r\n\r\n  \r\n2,b\r\n'],
    ['a quoted field spanning lines', '1,"two\r\nlines",x\r\n2,"three\nshort\nlines"\r\n3,z\r\n'],
  ])('reads %s as csv-parse does', (_what, text) => {
    const { records, gaveUp } = split(text);
    expect(gaveUp).toBe(false);
    expect(records).toEqual(csvParse(text));
  });

  it('numbers each record by the physical line it starts on', () => {
    expect(split('1,"two\r\nlines",x\r\n\r\n2,y\r\n3,"a\nb"\r\n4,z\r\n').lines).toEqual([1, 3, 4, 5, 7]);
  });

  it.each([
    ['a stray quote', '1,AB"C\r\n'],
    ['text after a closing quote', '1,"AB"C\r\n'],
    ['an unclosed quote', '1,"ABC\r\n2,x\r\n'],
    ['a lone LF in a CRLF file (csv-parse keeps it in the field)', '1,a\r\n2,b\n3,c\r\n'],
    ['CR-only line ends', '1,a\r2,b\r'],
  ])('gives up on %s, leaving it to csv-parse', (_what, text) => {
    expect(split(text).gaveUp).toBe(true);
  });

  it('reports field counts and blank lines without making the fields', () => {
    const shape = new CsvSplitter('1,"a,b",c\r\n\r\n"  "\r\n2\r\n', false);
    const seen: string[] = [];
    while (shape.next()) seen.push(`${shape.line}:${shape.count}:${shape.isBlank()}`);
    expect(seen).toEqual(['1:3:false', '2:1:true', '3:1:true', '4:1:false']);
    expect(shape.fields).toEqual([]);
  });
});
