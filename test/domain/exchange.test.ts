// A plan handed back and forth between a manager's journal and the report's own, with random
// changes on both sides in between: whatever the changes and the order of the exchanges, once
// each side has the other's last file both hold the same plan, nothing twice and nothing lost.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { handOver } from '../../src/domain/hand-over';
import { importJournal } from '../../src/domain/import';
import { findPerson } from '../../src/domain/journal';
import type { MergeSummary } from '../../src/domain/merge';
import { addPerson } from '../../src/domain/people';
import { addAction, addGoal } from '../../src/domain/plan';
import { JournalSchema, type Journal } from '../../src/domain/schema';
import { planWrite } from '../../src/store/write-plan';
import { applyOp, emptyText, opArbitrary, type Op } from '../support/journal-history';
import { planAsData, uidsOf } from '../support/plan-data';

const RUNS = Number(process.env.GROW_PROPERTY_RUNS ?? 60);
const T0 = Date.parse('2026-12-01T12:00:00.000Z');
const parse = (text: string) => JSON.parse(text) as Journal;

async function change(text: string, edit: (journal: Journal) => void, now: number): Promise<string> {
  const { write } = await planWrite({ journal: parse(text), text, canonical: true }, edit, new Date(now));
  return write ? write.text : text;
}

/** The file one journal hands the other, read back as `grow import` reads it. */
function handed(text: string, name: string, to: string): Journal {
  const journal = parse(text);
  return JournalSchema.parse(JSON.parse(JSON.stringify(handOver(journal, findPerson(journal, name)!, { to, includePrivate: false }))));
}

type Step = { side: 'alex' | 'priya'; op: Op } | { exchange: 'to Priya' | 'to Alex' };
const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  { arbitrary: fc.record({ side: fc.constantFrom('alex' as const, 'priya' as const), op: opArbitrary.filter((op) => op.kind !== 'person') }), weight: 4 },
  fc.record({ exchange: fc.constantFrom('to Priya' as const, 'to Alex' as const) }),
);

describe('a plan exchanged between two journals, with random changes on both sides', () => {
  it('ends the same in both, with every record once and nothing either side kept lost', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArbitrary, { maxLength: 24 }), async (steps) => {
        let now = T0;
        const tick = () => (now += 1000);
        let alex = await change(emptyText(), (j) => {
          j.owner = 'Alex';
          addPerson(j, 'Priya');
          const goal = addGoal(j, 'Priya', { title: 'A mentor people seek out' }, '2026-12-01');
          addAction(j, 'Priya', { goal: goal.id, text: 'Ask two teammates', due: '2026-12-22' }, '2026-12-01');
          addAction(j, 'Priya', { goal: goal.id, text: 'Find a budget', owner: 'Alex', due: '2027-01-15' }, '2026-12-01');
        }, tick());
        let priya = await change(emptyText(), (j) => applyOp(j, { kind: 'note', text: 'Mine before anything' }), tick());
        const files: [Journal, 'Alex' | 'Priya'][] = [];
        const hand = (text: string, name: string, to: 'Alex' | 'Priya') => {
          const file = handed(text, name, to);
          files.push([file, to]);
          return file;
        };
        const toPriya = async () => (priya = await change(priya, (j) => void importJournal(j, hand(alex, 'Priya', 'Priya')), tick()));
        const toAlex = async () => (alex = await change(alex, (j) => void importJournal(j, hand(priya, 'me', 'Alex')), tick()));
        await toPriya();
        const seen = new Set<string>();
        const remember = () => [...uidsOf(findPerson(parse(alex), 'Priya')!), ...uidsOf(findPerson(parse(priya), 'me')!)].forEach((uid) => seen.add(uid));

        for (const step of steps) {
          if ('exchange' in step) await (step.exchange === 'to Priya' ? toPriya() : toAlex());
          else if (step.side === 'alex') alex = await change(alex, (j) => applyOp(j, step.op, 'Priya'), tick());
          else priya = await change(priya, (j) => applyOp(j, step.op), tick());
          remember();
        }
        await toAlex();
        await toPriya();
        // Once both hold the same plan, any file handed before changes no record, and names no
        // conflict again: each was settled, and named, when it first came.
        for (const [file, to] of files) {
          const into = to === 'Alex' ? alex : priya;
          let again: MergeSummary | undefined;
          const after = await change(into, (j) => void (again = importJournal(j, file)), tick());
          expect(parse(after).people).toEqual(parse(into).people);
          expect(again!.conflicts).toEqual([]);
        }

        const [atAlex, atPriya] = [parse(alex), parse(priya)];
        expect(JournalSchema.safeParse(atAlex).success).toBe(true);
        expect(JournalSchema.safeParse(atPriya).success).toBe(true);
        expect(planAsData(atPriya, 'me', 'Priya')).toEqual(planAsData(atAlex, 'Priya', 'Priya'));
        expect(atAlex.people.map((p) => p.name)).toEqual(['Priya']);
        expect(atPriya.people.map((p) => p.name)).toEqual(['me']);
        for (const journal of [atAlex, atPriya]) {
          const uids = uidsOf(journal.people[0]!);
          expect(new Set(uids).size).toBe(uids.length);
          const removed = new Set((journal.removed ?? []).map((t) => t.uid));
          for (const uid of seen) expect(uids.includes(uid) || removed.has(uid), uid).toBe(true);
        }
      }),
      {
        numRuns: RUNS,
        examples: [
          // Both set the goal's stage to the same value after Alex's earlier one reached Priya: her
          // first file, brought in again, once named a conflict nobody had.
          [[
            { side: 'alex', op: { kind: 'stage', goal: 0, stage: 'fluent' } },
            { exchange: 'to Priya' },
            { side: 'alex', op: { kind: 'stage', goal: 0, stage: 'learning' } },
            { side: 'priya', op: { kind: 'stage', goal: 0, stage: 'learning' } },
          ]],
        ],
      },
    );
  }, 120_000);
});
