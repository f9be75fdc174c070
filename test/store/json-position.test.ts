import { describe, expect, it } from 'vitest';
import { jsonErrorOffset, lineAndColumn } from '../../src/store/json-position';

function parseError(text: string): string {
  try {
    JSON.parse(text);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${text} parsed`);
}

describe('jsonErrorOffset', () => {
  it.each([
    ['{"a": 1,}', 8],
    ['{"a" 1}', 5],
    ['[1, 2', 5],
    ['{"a": tru}', 9],
    ['not json {', 1],
    ['nul', 3],
    ['{"a": -}', 7],
    ['{"a": 1.}', 8],
    ['{"a": 1e}', 8],
    ['{"a": "x\u0001"}', 8],
    ['{"a": 01}', 7],
    ['{} {}', 3],
    ['', 0],
  ])('finds where %j goes wrong', (text, offset) => {
    const given = /at position (\d+)/.exec(parseError(text));
    expect(jsonErrorOffset(text)).toBe(offset);
    // Where JSON.parse gives a position, it is the same one.
    if (given) expect(offset).toBe(Number(given[1]));
  });

  it('gives up, rather than guess, on text nested deeper than it can follow', () => {
    expect(jsonErrorOffset(`[${'['.repeat(100_000)}`)).toBeUndefined();
  });

  it('gives the line and column of an offset', () => {
    const text = '{\n  "version": 1,\n  "people": [,]\n}';
    expect(lineAndColumn(text, jsonErrorOffset(text)!)).toBe('line 3, column 14');
  });
});
