import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv.ts';

describe('CSV', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['cr\rlf', '"cr\rlf"'],
    [' padded ', '" padded "'],
    ['', ''],
    [null, ''],
    [undefined, ''],
    [42, '42'],
  ])('quotes %j as %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+SUM(A1)', "'+SUM(A1)"],
    ['-2+3', "'-2+3"],
    ['@cmd', "'@cmd"],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['\t=1', "'\t=1"],
    // A leading carriage return is also a formula start (and, being a line break, quoted).
    ['\r=1+1', `"'\r=1+1"`],
  ])('neutralises the formula %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('leaves a formula character that does not start the cell alone', () => {
    expect(csvCell('a=1')).toBe('a=1');
    expect(csvCell('1-2')).toBe('1-2');
    expect(csvCell('x@example.com')).toBe('x@example.com');
  });

  it('writes booleans and zero, and quotes edge spaces on one side only', () => {
    expect(csvCell(false)).toBe('false');
    expect(csvCell(0)).toBe('0');
    expect(csvCell('x ')).toBe('"x "');
    expect(csvCell(' x')).toBe('" x"');
  });

  it('builds a UTF-8 CSV with a BOM and CRLF lines', () => {
    expect(toCsv(['a', 'b'], [['1', 'x,y'], ['é', null]])).toBe('\uFEFFa,b\r\n1,"x,y"\r\né,\r\n');
  });
});
