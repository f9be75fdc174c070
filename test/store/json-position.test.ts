import { describe, expect, it } from 'vitest';
import { jsonErrorOffset, lineAndColumn } from '../../src/store/json-position';

describe('jsonErrorOffset', () => {
  it.each([
    ['{"a": 1,}', 8],
    ['{"a" 1}', 5],
    ['[1, 2', 5],
    ['{"a": tru}', 6],
    ['{"a": "x\u0001"}', 8],
    ['{"a": 01}', 7],
    ['{} {}', 3],
    ['', 0],
  ])('finds where %j goes wrong', (text, offset) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonErrorOffset(text)).toBe(offset);
  });

  it('gives up, rather than guess, on text nested deeper than it can follow', () => {
    expect(jsonErrorOffset(`[${'['.repeat(100_000)}`)).toBeUndefined();
  });

  it('gives the line and column of an offset', () => {
    const text = '{\n  "version": 1,\n  "people": [,]\n}';
    expect(lineAndColumn(text, jsonErrorOffset(text)!)).toBe('line 3, column 14');
  });
});
