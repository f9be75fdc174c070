import { describe, expect, it } from 'vitest';
import { emptySummary, type ChangeSummary } from '../../src/domain/changes';
import { describeChange, renderChangeList } from '../../src/render/change-log';
import { plain } from '../../src/render/paint';

function summary(fill: (s: ChangeSummary) => void): ChangeSummary {
  const s = emptySummary();
  fill(s);
  return s;
}

describe('a change in words', () => {
  it('names the records it touched, a few of each kind, and counts the rest', () => {
    const many = summary((s) => {
      s.added.push({ collection: 'goals', id: 'g1', excerpt: 'A calm speaker' }, { collection: 'actions', id: 'a1', excerpt: 'Give a talk' }, { collection: 'actions', id: 'a2' });
      s.changed.push({ collection: 'actions', id: 'a3', excerpt: 'Outline', fields: ['due', 'text'] });
      s.counts = { added: 5, changed: 1, removed: 0 };
    });
    expect(describeChange({ summary: many })).toBe('added goal g1 "A calm speaker", action item a1 "Give a talk", action item a2 and 2 more; changed action item a3 "Outline" (due date, words)');
    expect(describeChange({ summary: many, label: 'grow import plan.json' })).toBe('grow import plan.json');
    expect(describeChange({ summary: emptySummary() })).toBe('changed a draft or a setting');
  });

  it('shows words a person typed as text, not as terminal controls', () => {
    const typed = summary((s) => {
      s.removed.push({ collection: 'notes', id: 'n1', excerpt: 'evil \u001b[2J' });
      s.counts.removed = 1;
    });
    expect(describeChange({ summary: typed })).toBe('removed note n1 "evil \\u001b[2J"');
  });

  it('lists the changes newest first, the undone ones marked, with what to do next', () => {
    const added = (id: string) => ({ at: '2026-11-25T12:00:00.000Z', summary: summary((s) => (s.added.push({ collection: 'notes', id }), (s.counts.added = 1))) });
    const changes = [added('n1'), added('n2')];
    expect(renderChangeList({ changes, position: 0 }, plain)).toContain('  added note n2  (undone; grow redo gives it back)\n');
    expect(renderChangeList({ changes, position: 1 }, plain)).toMatch(/added note n2\n.*added note n1\n\ngrow undo takes back the newest/);
    expect(renderChangeList({ changes, position: undefined }, plain)).toContain('so none of these can be undone from here.');
  });
});
