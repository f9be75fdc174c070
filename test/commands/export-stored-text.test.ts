// The JSON export of a journal grow wrote writes the lists it shows whole, and the notes that
// are not private, from the file's own text, without reading them: the same bytes as the
// journal rendered from its records, with DEL and the C1 controls escaped as in any of grow's JSON.
import { describe, expect, it, vi } from 'vitest';
import { exportPlan } from '../../src/commands/export';
import type { Journal } from '../../src/domain/schema';
import { renderJsonExport } from '../../src/render/json-export';
import { renderMarkdown } from '../../src/render/markdown';
import { isRead } from '../../src/store/lazy-journal';
import { exportInput } from '../support/export-input';
import { richJournal } from '../support/rich-journal';
import { testContext } from '../support/test-context';

const TYPED = 'He said "ship it" \\ then \u0085\u009b2J\u007f left, naïve 日本 😀, {"not":[a,record]}';

describe('the exports of a journal grow wrote', () => {
  it('is the journal rendered from its records, without parsing a list it shows whole', async () => {
    const ctx = testContext();
    await ctx.store.update((journal) => {
      Object.assign(journal, richJournal());
      const me = journal.people[0]!;
      me.checkins[0]!.well = TYPED;
      me.actions[0]!.text = TYPED;
      me.notes[0]!.text = TYPED;
      // The last line of a list has no comma after it, whichever notes are left out.
      me.notes.push({ id: 'n4', at: '2026-11-21T09:00:00Z', text: 'Private, and last.', tags: [], private: true });
    });
    const whole = JSON.parse(JSON.stringify(await ctx.store.read())) as Journal;
    for (const options of [{ allPeople: true }, { allPeople: true, includePrivate: true }, { allPeople: true, since: '2026-11-01' }]) {
      const run = testContext({ journal: ctx.store.path });
      const read = vi.spyOn(run.store, 'read');
      const parse = vi.spyOn(JSON, 'parse');
      await exportPlan(run, { ...options, format: 'json' });
      // A check-in, an item and a note that is not private, each holding TYPED.
      const typedParsed = parse.mock.calls.some(([text]) => String(text).includes('He said'));
      parse.mockRestore();
      expect(typedParsed).toBe('since' in options);
      expect(run.out.text, JSON.stringify(options)).toBe(renderJsonExport(exportInput(whole, options)));
      expect(run.out.text).not.toMatch(/[\u007f-\u009f]/);
      expect(run.out.text).toContain('\\u0085\\u009b2J\\u007f');
      const journal = (await read.mock.results[0]!.value) as Journal;
      for (const person of journal.people) for (const list of ['checkins', 'actions', 'goals']) expect(isRead(person, list)).toBe(false);

      // The markdown export reads the notes kept, as they were kept.
      const md = testContext({ journal: ctx.store.path });
      await exportPlan(md, options);
      expect(md.out.text).toBe(renderMarkdown(exportInput(whole, options)));
    }
  });
});
