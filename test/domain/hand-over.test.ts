import { describe, expect, it } from 'vitest';
import { handOver, unnamedOwnItems } from '../../src/domain/hand-over';
import { findPerson } from '../../src/domain/journal';
import { JournalSchema, type Journal } from '../../src/domain/schema';
import { richJournal } from '../support/rich-journal';

/** The rich journal, with private words of every kind in Sam's plan, and what merging keeps. */
function journalWithSecrets(): Journal {
  const journal = richJournal();
  const sam = findPerson(journal, 'Sam')!;
  // Sam's own words, kept private: a reflection and what he said in a one-on-one.
  sam.reflections.push({ id: 'r7', kind: 'growth', text: 'SAM-OWN: less firefighting.', on: '2026-10-05', private: true });
  sam.sessions[0]!.notes.push({ part: 'yourself', speaker: 'report', topic: 'plans', text: 'SAM-OWN: thinking of moving teams.', private: true });
  // The manager's: a note about Sam, what he said privately in the one-on-one (now, and in
  // what its notes were before a conflict settled them), and a draft.
  sam.notes.push({ id: 'n4', at: '2026-11-06T09:00:00Z', text: 'KEEPER: seemed tired, ask gently.', tags: [], private: true });
  const said = { part: 'yourself', speaker: 'manager', topic: 'failure', text: 'KEEPER: my own burnout last year.', private: true } as const;
  sam.sessions[0]!.notes.push(said);
  sam.sessions[0]!.history = [{ field: 'notes', value: [said, { ...said, text: 'An earlier public word', private: undefined }], at: '2026-10-06T00:00:00.000Z' }];
  sam.drafts.push({ flow: 'session', saved: '2026-11-20T10:00:00Z', answers: { notes: ['KEEPER: a draft'] } });
  // A value that lost a conflict goes with the record, so both journals keep it.
  sam.goals[0]!.history = [{ field: 'title', value: 'An earlier title', at: '2026-10-06T00:00:00.000Z' }];
  journal.removed = [{ uid: '0123456789abcdef', at: '2026-11-01T00:00:00.000Z' }];
  return journal;
}

const words = (file: Journal) => JSON.stringify(file);

describe('a plan handed to someone', () => {
  it('to its own person: with their own private words, never the keeper’s', () => {
    const journal = journalWithSecrets();
    const file = handOver(journal, findPerson(journal, 'Sam')!, { to: 'Sam', includePrivate: false });
    expect(JournalSchema.safeParse(file).success).toBe(true);
    expect(file).toMatchObject({ exchange: { for: 'Sam' }, owner: 'Morgan', removed: journal.removed });
    expect(file.people.map((p) => p.name)).toEqual(['Sam']);
    expect(words(file)).toContain('SAM-OWN: less firefighting.');
    expect(words(file)).toContain('SAM-OWN: thinking of moving teams.');
    expect(words(file)).toContain('Worried about burnout.');
    expect(words(file)).not.toContain('KEEPER');
    // What is not private goes: the plan, the one-on-ones, the parking lot.
    expect(words(file)).toContain('Conference budget for next year.');
    expect(words(file)).toContain('I once paged the wrong team for an hour.');
    expect(file.people[0]!.goals[0]!.history).toEqual([{ field: 'title', value: 'An earlier title', at: '2026-10-06T00:00:00.000Z' }]);
    expect(words(file)).toContain('An earlier public word');
  });

  it('to anyone else: with no private word at all', () => {
    const journal = journalWithSecrets();
    const file = handOver(journal, findPerson(journal, 'Sam')!, { to: 'Ada', includePrivate: true });
    expect(words(file)).not.toMatch(/KEEPER|SAM-OWN|Worried about burnout/);
    expect(file.people[0]!.drafts).toEqual([]);
  });

  it('one’s own plan: private words only when the owner asks, never a draft', () => {
    const journal = journalWithSecrets();
    const me = findPerson(journal, 'me')!;
    const withheld = handOver(journal, me, { to: 'Morgan', includePrivate: false });
    expect(words(withheld)).not.toMatch(/Saying no to meetings|Felt stuck today|"step"/);
    expect(withheld.people[0]!.name).toBe('me');
    const asked = handOver(journal, me, { to: 'Morgan', includePrivate: true });
    expect(words(asked)).toMatch(/Saying no to meetings[\s\S]*Felt stuck today/);
    expect(words(asked)).not.toMatch(/"step"/);
    expect(asked.people[0]!.drafts).toEqual([]);
  });

  it('needs the keeper’s name when an item of someone else’s plan is owned by "me"', () => {
    const journal = richJournal();
    findPerson(journal, 'Sam')!.actions[1]!.owner = 'me';
    expect(unnamedOwnItems(journal, findPerson(journal, 'Sam')!)).toEqual([]);
    delete journal.owner;
    expect(unnamedOwnItems(journal, findPerson(journal, 'Sam')!)).toEqual(['a6']);
    expect(unnamedOwnItems(journal, findPerson(journal, 'me')!)).toEqual([]);
  });
});
