import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/domain/vocabulary';
import { renderJsonExport } from '../../src/render/json-export';
import { journalText } from '../../src/store/journal-text';
import { exportInput } from '../support/export-input';
import { schemaProblems } from '../support/json-schema';
import { richJournal } from '../support/rich-journal';

const exported = (options: Parameters<typeof exportInput>[1]) => JSON.parse(renderJsonExport(exportInput(richJournal(), options)));

describe('the JSON export', () => {
  it('is laid out as the journal file is, a record a line, though written a person at a time', () => {
    // The whole journal, shown whole, is the text grow writes to the journal file.
    expect(renderJsonExport(exportInput(richJournal(), { allPeople: true, includePrivate: true }))).toBe(journalText(richJournal()));
    for (const options of [{}, { allPeople: true }, { person: 'Sam', since: '2026-11-01' }]) {
      const input = exportInput(richJournal(), options);
      expect(renderJsonExport(input)).toBe(journalText(input.journal));
    }
    const nobody = exportInput({ ...richJournal(), people: [] }, { allPeople: true });
    expect(renderJsonExport(nobody)).toBe(journalText(nobody.journal));
  });

  it('is the person’s data in the journal’s own shape, valid against the schema', () => {
    const me = exported({});
    expect(schemaProblems(me)).toEqual([]);
    expect(me.version).toBe(SCHEMA_VERSION);
    expect(me.people.map((p: { name: string }) => p.name)).toEqual(['me']);
    expect(me.owner).toBeUndefined();
    expect(me.people[0].goals).toEqual(richJournal().people[0]!.goals);
  });

  it('is the whole journal with --all-people and --include-private', () => {
    const all = exported({ allPeople: true, includePrivate: true });
    expect(schemaProblems(all)).toEqual([]);
    expect(all).toEqual(richJournal());
  });

  it('leaves private words and unfinished flows out unless asked', () => {
    const all = exported({ allPeople: true });
    expect(schemaProblems(all)).toEqual([]);
    const [me, sam] = all.people;
    expect(me.notes.map((n: { id: string }) => n.id)).toEqual(['n1', 'n3']);
    expect(me.reflections.map((r: { id: string }) => r.id)).toEqual(['r1', 'r2', 'r3', 'r4']);
    expect(me.drafts).toEqual([]);
    expect(JSON.stringify(sam.sessions)).not.toContain('burnout');
  });

  it('keeps later events with --since, and the one-on-ones the plan still refers to', () => {
    const recent = exported({ person: 'Sam', since: '2026-11-01' });
    expect(schemaProblems(recent)).toEqual([]);
    expect(recent.people[0].sessions.map((s: { id: string }) => s.id)).toEqual(['s1', 's2']);
    const me = exported({ since: '2026-11-01' });
    expect(me.people[0].checkins.map((c: { id: string }) => c.id)).toEqual(['c3', 'c4', 'c5']);
  });

  it('is caught by the schema when the shape is wrong', () => {
    const broken = exported({});
    broken.people[0].actions[0].due = 'next friday';
    delete broken.people[0].goals[0].title;
    expect(schemaProblems(broken)).toEqual(expect.arrayContaining([expect.stringContaining('/actions/0/due'), expect.stringContaining('/goals/0')]));
  });
});
