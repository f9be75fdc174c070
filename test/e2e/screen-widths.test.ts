// Every screen grow prints folds at spaces, with a hanging indent, at any width a terminal
// may have: each is run in a pseudo-terminal of 40, 60, 80 and 120 columns and read back
// from a headless terminal of that width, which must never have broken a word in two.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempJournal } from '../support/temp';
import { richJournal } from '../support/rich-journal';
import { runGrow } from './support/grow';
import { ask, KEY, pick, startGrow } from './support/pty';
import { wordsBroken } from './support/screen';

const WIDTHS = [40, 60, 80, 120];
const TODAY = '2026-11-25';
const LONG = 'Pair with a new hire on their first three code reviews, then ask them what helped and what did not';

/** A journal with long words in every part: the rich one, and more added through grow. */
async function longJournal(): Promise<string> {
  const journal = tempJournal();
  mkdirSync(dirname(journal), { recursive: true, mode: 0o700 });
  writeFileSync(journal, JSON.stringify(richJournal()), { mode: 0o600 });
  const run = (args: string[]) => runGrow(args, { journal, today: TODAY });
  await run(['mission', 'set', 'I wake up to grow as an engineer and a person: by teaching and mentoring juniors, by writing, and by speaking at meetups.']);
  await run(['goal', 'add', 'A mentor people seek out for advice on their careers', '--why', 'I grew most when someone took time for me, and I want to give that back', '--stage', 'practising']);
  await run(['action', 'add', LONG, '--goal', 'g4', '--due', '2026-12-01']);
  await run(['action', 'add', 'Write down what I learnt from each review, every Friday afternoon', '--goal', 'g4', '--due', 'in 3 weeks', '--owner', 'Morgan Featherstonehaugh']);
  await run(['note', 'A long note about the week: the talk went better than I feared, and two people asked me questions afterwards about the parser #speaking #feedback']);
  return journal;
}

const SCREENS: [string, string[]][] = [
  ['the dashboard', []],
  ['the open items', ['action', 'list']],
  ['every item', ['action', 'list', '--all']],
  ['the items due', ['action', 'list', '--due']],
  ['the items due by a date', ['action', 'list', '--before', 'end of next month']],
  ['the goals', ['goal', 'list']],
  ['the mission', ['mission']],
  ['the mission history', ['mission', 'history']],
  ['the people', ['people']],
  ['the notes', ['notes']],
  ['the one-on-ones', ['sessions']],
  ["a one-on-one's summary", ['sessions', 'show', 's1', '--person', 'Sam']],
  ['the pulse', ['pulse']],
  ['the doctor', ['doctor']],
  ['help on dates', ['help', 'dates']],
  ['help on ids', ['help', 'ids']],
  ['help on coaching', ['help', 'coaching']],
  ["a command's help", ['action', 'list', '--help']],
  ['an unreadable date', ['action', 'add', 'Give a talk', '--goal', 'g1', '--due', 'the first tuesday after the 2027-03-01 retro']],
  ['an ambiguous date', ['action', 'add', 'Give a talk', '--goal', 'g1', '--due', '01/02/2027']],
  ['an unknown item', ['action', 'done', 'a99']],
];

describe('every screen at 40, 60, 80 and 120 columns', () => {
  // Every screen only reads the journal, so they share one, and the four widths run side by side.
  let journal: string;
  beforeAll(async () => {
    journal = await longJournal();
  });

  it.each(SCREENS)('%s never breaks a word', async (_name, args) => {
    const atWidth = async (columns: number) => {
      const grow = startGrow(args, { journal, today: TODAY, cols: columns, env: { LANG: 'C.UTF-8', LC_ALL: undefined, LC_TIME: undefined } });
      // The dashboard offers a check-in: declined, it ends.
      if (args.length === 0) await ask(grow, 'Check in now?', 'n');
      await grow.exited;
      expect(await wordsBroken(grow.raw(), columns), `at ${columns} columns:\n${grow.text()}`).toEqual([]);
    };
    await Promise.all(WIDTHS.map(atWidth));
  });

  it.each([40, 60])('an answer refused at a terminal of %i columns says why without breaking a word', async (columns) => {
    const journal = tempJournal();
    await runGrow(['goal', 'add', 'A calm public speaker'], { journal, today: TODAY });
    await runGrow(['action', 'add', 'Give a talk', '--goal', 'g1', '--due', 'friday'], { journal, today: TODAY });
    const grow = startGrow(['checkin', 'a1'], { journal, today: TODAY, cols: columns, env: { LANG: 'C.UTF-8', LC_ALL: undefined, LC_TIME: undefined } });
    await pick(grow, 'How is it going?');
    await ask(grow, 'How far along is it', '20');
    await ask(grow, 'What went well?', 'An outline');
    await ask(grow, 'What is in the way?', '');
    await ask(grow, 'Move the due date?', 'y');
    await ask(grow, 'New due date:', '01/02/2027');
    await grow.waitForRefusal('Write it as 2027-02-01 or 2027-01-02.');
    grow.write(KEY.ctrlC);
    await grow.exited;
    expect(await wordsBroken(grow.raw(), columns), grow.text()).toEqual([]);
  });

  it.each([40, 60])("grow init's summary folds with a hanging indent at %i columns", async (columns) => {
    const grow = startGrow(['init'], { journal: tempJournal(), today: TODAY, cols: columns });
    await ask(grow, 'What are you planning for yourself', 'Run a half marathon in the spring, and finally learn to rest between the long runs');
    for (const question of ['reaching for lately', 'did not go the way you hoped', 'things you do well', 'like to get better at', 'What do you love doing', 'next few years went wonderfully']) {
      await ask(grow, question, '');
    }
    await ask(grow, 'get up in the morning', 'Seeing the people I work with grow into the people they want to be');
    await pick(grow, 'What would you like to do with it?');
    await ask(grow, 'Who do you want to become?', 'A calm public speaker who enjoys the questions afterwards');
    await ask(grow, 'Why does that matter to you?', '');
    await pick(grow, 'Where are you on that path today?');
    await ask(grow, 'What is one thing you will do', 'Ask Morgan to watch a rehearsal and tell me one thing to keep');
    await ask(grow, 'Who will do it?', '');
    await ask(grow, 'By when?', 'in 3 weeks');
    await pick(grow, 'How often would you like to check in on it?', KEY.down);
    await ask(grow, 'Another action item', 'n');
    await ask(grow, 'Would you like to add another goal?', 'n');
    await grow.waitFor('Does this look right?');
    grow.write(KEY.ctrlC);
    await grow.exited;
    expect(await wordsBroken(grow.raw(), columns), grow.text()).toEqual([]);
    expect(grow.text()).toMatch(/^ {4}- Ask Morgan to watch/m);
  });

  it.each([40, 60])('a mission statement too long for the line is shown folded to edit at %i columns, and Enter keeps it', async (columns) => {
    const journal = tempJournal();
    const grow = startGrow(['init'], { journal, today: TODAY, cols: columns });
    for (const question of ['What are you planning for yourself', 'reaching for lately', 'did not go the way you hoped', 'things you do well', 'like to get better at', 'What do you love doing', 'next few years went wonderfully']) {
      await ask(grow, question, '');
    }
    await ask(grow, 'get up in the morning', 'Seeing the people I work with grow into the people they want to be');
    await pick(grow, 'What would you like to do with it?', KEY.down);
    await ask(grow, 'Your mission statement:', '');
    await grow.waitFor('Who do you want to become?');
    grow.write(KEY.ctrlC);
    await grow.exited;
    expect(grow.text().replace(/\s+/g, ' '), grow.text()).toContain('Enter keeps it as it is');
    expect(await wordsBroken(grow.raw(), columns), grow.text()).toEqual([]);
  });
});
