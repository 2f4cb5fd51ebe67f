import { detectColumns, resolveColumns, UsageError } from '../../src/screen/columns';
import { detectDelimiter, parseDelimiterOption } from '../../src/screen/delimiter';
import { detectEncoding } from '../../src/screen/decode';
import iconv from 'iconv-lite';

describe('column detection', () => {
  it('finds English and Japanese name and wallet headers', () => {
    const header = ['tx_id', 'Counterparty Name', '送金先', 'amount', 'to_address', 'ウォレットアドレス', 'asset_name'];
    const c = detectColumns(header);
    expect(c.names.map((n) => n.header)).toEqual(['Counterparty Name', '送金先']);
    expect(c.addresses.map((n) => n.header)).toEqual(['to_address', 'ウォレットアドレス']);
  });

  it('recognises full-width headers', () => {
    expect(detectColumns(['ｎａｍｅ']).names).toHaveLength(1);
  });

  it('resolves explicit columns by name or number and rejects unknown ones with the headers', () => {
    expect(resolveColumns(['a', 'Payee'], ['payee', '1'], '--name-column').map((c) => c.index)).toEqual([1, 0]);
    expect(() => resolveColumns(['a', 'b'], ['zzz'], '--name-column')).toThrow(UsageError);
    expect(() => resolveColumns(['a', 'b'], ['zzz'], '--name-column')).toThrow(/headers are: a, b/);
  });
});

describe('delimiter and encoding detection', () => {
  it('picks the delimiter that splits the header, ignoring quoted text', () => {
    expect(detectDelimiter('id,name,amount')).toBe(',');
    expect(detectDelimiter('id;"name, full";amount')).toBe(';');
    expect(detectDelimiter('id\tname\tamount')).toBe('\t');
    expect(parseDelimiterOption('tab')).toBe('\t');
    expect(() => parseDelimiterOption('ab')).toThrow(/one character/);
  });

  it('tells UTF-8 (with or without BOM) from Shift_JIS', () => {
    expect(detectEncoding(Buffer.from('\ufeff氏名,金額\n', 'utf8')).encoding).toBe('utf8');
    expect(detectEncoding(Buffer.from('氏名,金額\n', 'utf8')).encoding).toBe('utf8');
    expect(detectEncoding(iconv.encode('氏名,金額\nプーチン,1\n', 'cp932')).encoding).toBe('cp932');
  });
});
