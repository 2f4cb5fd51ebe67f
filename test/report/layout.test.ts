import { displayWidth, formatInt, sanitize, truncate, wrapText } from '../../src/report/layout';

describe('layout', () => {
  test('wrapText wraps on words and never exceeds the width', () => {
    expect(wrapText('the quick brown fox jumps', 10)).toEqual(['the quick', 'brown fox', 'jumps']);
    expect(wrapText('', 10)).toEqual(['']);
    expect(wrapText('a  b\tc', 10)).toEqual(['a b c']);
  });

  test('wrapText breaks words longer than the line', () => {
    expect(wrapText('x 0123456789abcdef y', 6)).toEqual(['x', '012345', '6789ab', 'cdef y']);
  });

  test('wide characters count as two columns', () => {
    expect(displayWidth('中国银行')).toBe(8);
    expect(displayWidth('e\u0301')).toBe(1);
    for (const line of wrapText('中国银行 中国银行 中国银行', 9)) expect(displayWidth(line)).toBeLessThanOrEqual(9);
  });

  test('sanitize shows control and bidi characters escaped', () => {
    expect(sanitize('a\u001b[31mb\nc\u202ed')).toBe('a\\u001b[31mb\\nc\\u202ed');
    expect(sanitize('Müller 中国')).toBe('Müller 中国');
  });

  test('truncate marks the cut', () => {
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('abc', 4)).toBe('abc');
  });

  test('formatInt groups thousands', () => {
    expect(formatInt(1234567)).toBe('1,234,567');
    expect(formatInt(999)).toBe('999');
    expect(formatInt(5262.4)).toBe('5,262');
  });
});
