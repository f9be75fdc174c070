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
  it('is the same whichever side merges, when two merges settled a field apart', () => {
    const base = { uid, text: 'w', changed: { text: t(1) } };
    const changedOnce = { uid, text: 'x', changed: { text: t(3) }, replaced: { text: [versionOf(t(1), 'w')] } };
    // Changed to z, then back to w.
    const changedBack = { uid, text: 'w', changed: { text: t(4) }, replaced: { text: [versionOf(t(1), 'w'), versionOf(t(2), 'z')] } };
    // git, with the ancestor: the side whose value is the ancestor's did not change it. A sync
    // folder's copy, without: the later change wins.
    const [withAncestor] = both(changedOnce, changedBack, base);
    const [withoutAncestor] = both(changedBack, changedOnce);
    expect([withAncestor!.text, withoutAncestor!.text]).toEqual(['x', 'w']);
    const [ab, ba] = both(withAncestor!, withoutAncestor!);
    expect(ab).toEqual(ba);
    expect(ab!.text).toBe('w');
    expect(ab!.history).toEqual([{ field: 'text', value: 'x', at: t(3) }]);
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
