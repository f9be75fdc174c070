import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordDiff } from '../../src/domain/word-diff';

describe('wordDiff', () => {
  it('keeps the words both texts share, and shows what was taken out before what was put in', () => {
    expect(wordDiff('I wake up to help people grow.', 'I wake up to help people find their own way.')).toEqual([
      { kind: 'same', text: 'I wake up to help people' },
      { kind: 'removed', text: 'grow.' },
      { kind: 'added', text: 'find their own way.' },
    ]);
    expect(wordDiff('a b c', 'a c d')).toEqual([
      { kind: 'same', text: 'a' },
      { kind: 'removed', text: 'b' },
      { kind: 'same', text: 'c' },
      { kind: 'added', text: 'd' },
    ]);
    expect(wordDiff('same words', 'same  words\n')).toEqual([{ kind: 'same', text: 'same words' }]);
    expect(wordDiff('', 'new')).toEqual([{ kind: 'added', text: 'new' }]);
  });

  it('always gives back both texts: the old from what stayed and went, the new from what stayed and came', () => {
    const text = fc.array(fc.constantFrom('I', 'wake', 'up', 'to', 'help', 'people', 'grow'), { maxLength: 12 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const parts = wordDiff(before, after);
        const join = (kinds: string[]) => parts.filter((p) => kinds.includes(p.kind)).map((p) => p.text).join(' ');
        expect(join(['same', 'removed'])).toBe(before);
        expect(join(['same', 'added'])).toBe(after);
      }),
    );
  });
});
