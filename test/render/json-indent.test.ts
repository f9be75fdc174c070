import { describe, expect, it } from 'vitest';
import { indentJson } from '../../src/render/json-indent';

/** JSON.stringify(value, null, 2) as it stands `depth` levels deep: inside that many arrays. */
function stringifiedAt(value: unknown, depth: number): string {
  let wrapped = value;
  for (let level = 0; level < depth; level++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  return depth === 0 ? text : text.slice(depth * (depth + 3), -(depth * (depth + 1)));
}

describe('JSON laid out again from its compact text', () => {
  it('is what JSON.stringify lays out at each depth, whatever the strings hold', () => {
    const values: unknown[] = [
      { id: 'c1', on: '2026-11-25', progress: 40, pulse: { autonomy: 3, mastery: 4, purpose: 5 }, tags: [], extra: {} },
      { text: 'quotes " and \\ backslashes \\" at the end \\', tricky: '{"a":[1,2]}, :,', empty: '' },
      { notes: [{ part: 'opening', text: 'a\nb\tc\u0085\u009b\u007f' }, { part: 'plan', private: true }], parked: [], next: null },
      { unicode: 'naïve — 日本語 😀', lone: '\ud800', number: -1.5e-7, yes: true, no: false },
      [1, [2, [3, []]], {}],
      'a string',
      42,
    ];
    for (const value of values) {
      for (const depth of [0, 1, 4]) expect(indentJson(JSON.stringify(value), depth)).toBe(stringifiedAt(value, depth));
    }
  });
});
