// One record held on two sides, merged field by field: the versions each side's value was made
// from decide which side changed a field, and the result is the same whichever side merges.
import { describe, expect, it } from 'vitest';
import { versionOf } from '../../src/domain/changes';
import type { AnyRecord } from '../../src/domain/identity';
import { mergeRecord } from '../../src/domain/merge-record';

const uid = '0123456789abcdef';
const t = (n: number) => `2026-12-08T12:00:00.00${n}Z`;
const both = (a: AnyRecord, b: AnyRecord, base?: AnyRecord) => [mergeRecord(a, b, base, 'by-value').record, mergeRecord(b, a, base, 'by-value').record];

describe('mergeRecord', () => {
  it('with the ancestor, keeps a change set back to the ancestor\'s value as a change of its own', () => {
    const base = { uid, text: 'w', changed: { text: t(1) } };
    const changedOnce = { uid, text: 'x', changed: { text: t(3) }, replaced: { text: [versionOf(t(1), 'w')] } };
    // Changed to z, then back to w: the same words as the ancestor, written later.
    const changedBack = { uid, text: 'w', changed: { text: t(4) }, replaced: { text: [versionOf(t(1), 'w'), versionOf(t(2), 'z')] } };
    const [ab, ba] = both(changedOnce, changedBack, base);
    expect(ab).toEqual(ba);
    expect(ab).toMatchObject({ text: 'w', changed: { text: t(4) }, history: [{ field: 'text', value: 'x', at: t(3) }] });
  });

  it('when each side holds a version the other replaced, lets the times decide, the same whichever side merges', () => {
    // Two merges that settled the field apart: each kept its value over the other's.
    const one = { uid, text: 'x', changed: { text: t(3) }, replaced: { text: [versionOf(t(4), 'w')] } };
    const other = { uid, text: 'w', changed: { text: t(4) }, replaced: { text: [versionOf(t(3), 'x')] } };
    const [ab, ba] = both(one, other);
    expect(ab).toEqual(ba);
    expect(ab).toMatchObject({ text: 'w', history: [{ field: 'text', value: 'x', at: t(3) }] });
  });

  it('keeps the time of a field cleared on both sides, so an older copy does not bring it back', () => {
    // A goal's reason, given, then cleared (grow goal edit g1 --why '').
    const cleared = { uid, id: 'g1', title: 'A calm speaker', changed: { why: t(2) }, replaced: { why: [versionOf(t(1), 'For the team')] } };
    const [self] = both(cleared, structuredClone(cleared));
    expect(self).toEqual(cleared);
    const older = { uid, id: 'g1', title: 'A calm speaker', why: 'For the team', changed: { why: t(1) } };
    for (const merged of both(self!, older)) {
      expect(merged.why).toBeUndefined();
      expect(merged.history).toBeUndefined();
    }
  });
});
