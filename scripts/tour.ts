// npm run tour: runs the built grow as a new user would, on fixed dates, and writes what the
// terminal showed into README.md, between <!-- tour:NAME --> and <!-- /tour:NAME -->.
// `npm run tour -- --check` changes nothing and exits 1 when a block is stale; the README
// test runs the same check, so the README never shows output grow no longer prints.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runGrow } from '../test/e2e/support/grow';
import { ask, KEY, pick, startGrow, type PtySession } from '../test/e2e/support/pty';
import { screenText } from './tour-screen';

export const README = fileURLToPath(new URL('../README.md', import.meta.url));

/** The days of the tour: a plan made on a Tuesday, a check-in and a one-on-one a week later. */
const SETUP_DAY = '2026-12-01';
const WEEK_LATER = '2026-12-08';
const TWO_WEEKS_LATER = '2026-12-15';

type Blocks = Record<string, string>;

/** Every block of the tour, by name, as the terminal showed it. */
export async function runTour(): Promise<Blocks> {
  const dir = mkdtempSync(join(tmpdir(), 'grow-tour-'));
  const journal = join(dir, 'journal.json');
  try {
    const blocks: Blocks = {};
    blocks.init = await inTerminal(['init'], journal, SETUP_DAY, guidedSetup);
    blocks.checkin = await inTerminal(['checkin'], journal, WEEK_LATER, checkIn);
    blocks.dashboard = await piped(['--no-color'], journal, WEEK_LATER);
    blocks.correct = [
      await piped(['action', 'edit', 'a2', '--due', 'end of january', '--every', '4w'], journal, WEEK_LATER, 'grow action edit a2 --due "end of january" --every 4w'),
      await piped(['undo', '--list'], journal, WEEK_LATER),
      await piped(['undo'], journal, WEEK_LATER),
    ].join('\n');
    await runGrow(['people', 'add', 'Sam'], { journal, today: WEEK_LATER });
    const session = await inTerminal(['session', '--person', 'Sam', '--manager', 'Alex'], journal, WEEK_LATER, oneOnOne);
    blocks.session = `$ grow session --person Sam --manager Alex\n...\n${session.slice(session.lastIndexOf('One-on-one with Sam'))}`;
    blocks.export = await piped(['export'], journal, WEEK_LATER);
    Object.assign(blocks, await exchange(dir, journal));
    blocks.remind = await piped(['remind'], journal, TWO_WEEKS_LATER, `GROW_TODAY=${TWO_WEEKS_LATER} grow remind   # two weeks after the setup`);
    return blocks;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Sam's plan handed to Sam's own journal, a week of Sam's there, and handed back: each command
 * as it is typed in its folder, with all it says (grow export --out speaks on standard error).
 */
async function exchange(dir: string, alex: string): Promise<Blocks> {
  const sam = join(dir, 'sam', 'journal.json');
  const said = async (args: string[], journal: string, today: string) => {
    const result = await runGrow(args, { journal, today, cwd: dir });
    if (result.code !== 0) throw new Error(`grow ${args.join(' ')} exited ${result.code}: ${result.stderr}`);
    return `$ grow ${args.join(' ')}\n${`${result.stderr}${result.stdout}`.trimEnd()}`;
  };
  const handover = [
    await said(['export', '--person', 'Sam', '--for', 'Sam', '--out', 'sam.json'], alex, WEEK_LATER),
    "\n# on Sam's computer, in Sam's own journal",
    await said(['import', 'sam.json'], sam, WEEK_LATER),
  ];
  await said(['checkin', 'a3', '--status', 'open', '--progress', '40', '--well', 'Asked Kim first'], sam, TWO_WEEKS_LATER);
  const handback = [
    "# a week later, on Sam's computer",
    await said(['export', '--for', 'Alex', '--out', 'plan.json'], sam, TWO_WEEKS_LATER),
    '\n# on yours',
    await said(['import', 'plan.json'], alex, TWO_WEEKS_LATER),
    await said(['action', 'list', '--mine'], alex, TWO_WEEKS_LATER),
  ];
  return { handover: handover.join('\n'), handback: handback.join('\n') };
}

async function piped(args: string[], journal: string, today: string, shown = `grow ${args.filter((a) => a !== '--no-color').join(' ')}`.trim()): Promise<string> {
  const result = await runGrow(args, { journal, today });
  if (result.code !== 0) throw new Error(`grow ${args.join(' ')} exited ${result.code}: ${result.stderr}`);
  return `$ ${shown}\n${result.stdout.trimEnd()}`;
}

async function inTerminal(args: string[], journal: string, today: string, drive: (grow: PtySession) => Promise<void>): Promise<string> {
  const grow = startGrow(args, { journal, today, env: { NO_COLOR: '1', EDITOR: 'false' } });
  try {
    await drive(grow);
  } catch (error) {
    // A question that never came leaves grow waiting for an answer: end it with the tour.
    grow.kill();
    throw error;
  }
  const code = await grow.exited;
  if (code !== 0) throw new Error(`grow ${args.join(' ')} exited ${code}:\n${grow.text().slice(-2000)}`);
  return `$ grow ${args.join(' ')}\n${await screenText(grow.raw())}`;
}

async function guidedSetup(grow: PtySession): Promise<void> {
  await ask(grow, 'What are you planning for yourself', 'Run a half marathon in the spring');
  await ask(grow, 'reaching for lately', 'Speaking up more in design reviews');
  await ask(grow, 'did not go the way you hoped', 'My first conference talk: I rushed it');
  await ask(grow, 'things you do well', 'Explaining hard things simply');
  await ask(grow, 'like to get better at', 'Staying calm in front of a crowd');
  await ask(grow, 'What do you love doing', 'Pairing on hard bugs');
  await ask(grow, 'next few years went wonderfully', 'Leading a small team that trusts each other');
  await ask(grow, 'get up in the morning', 'Seeing the people I work with grow');
  await pick(grow, 'What would you like to do with it?');
  await ask(grow, 'Who do you want to become?', 'A calm public speaker');
  await ask(grow, 'Why does that matter to you?', 'I have ideas worth hearing');
  await pick(grow, 'Where are you on that path today?', KEY.up.repeat(5));
  await ask(grow, 'What is one thing you will do', 'Give a 5-minute talk at the team meeting');
  await ask(grow, 'Who will do it?', '');
  await ask(grow, 'By when?', 'next friday');
  await pick(grow, 'How often would you like to check in on it?');
  await ask(grow, 'Another action item', 'y');
  await ask(grow, 'What is one thing you will do', 'Ask Morgan to watch a rehearsal and tell me one thing to keep');
  await ask(grow, 'Who will do it?', '');
  await ask(grow, 'By when?', 'in 3 weeks');
  await pick(grow, 'How often would you like to check in on it?', KEY.down);
  await ask(grow, 'Another action item', 'n');
  await ask(grow, 'Would you like to add another goal?', 'n');
  await pick(grow, 'Does this look right?');
  await grow.waitFor('Your plan is saved.');
}

async function checkIn(grow: PtySession): Promise<void> {
  await ask(grow, 'What went well since last time?', 'I gave the talk a first run at home, out loud');
  await pick(grow, 'How is it going?');
  await ask(grow, 'How far along is it', '70');
  await ask(grow, 'What went well?', 'The outline fits in five minutes');
  await ask(grow, 'What is in the way?', 'The team meeting moved to Monday');
  await ask(grow, 'Move the due date?', 'y');
  await ask(grow, 'New due date:', 'next monday');
  await ask(grow, 'pulse', 'y');
  await ask(grow, 'Autonomy', '4');
  await ask(grow, 'Mastery', '3');
  await ask(grow, 'Purpose', '5');
  await grow.waitFor('Thank you');
}

async function oneOnOne(grow: PtySession): Promise<void> {
  await ask(grow, 'Is this a good time to talk', 'y');
  await ask(grow, 'One thing Sam is doing well:', 'Explains hard things simply');
  await ask(grow, 'A second thing:', 'Stays calm when the pager goes off');
  await ask(grow, 'A third', '');
  await ask(grow, 'A plan, a goal or a failure of your own', 'I failed my first marathon: I started too fast');
  await ask(grow, 'And you, Sam', 'Finishing the sprint tickets before the release');
  await ask(grow, 'Park it in the parking lot', 'y');
  await ask(grow, 'And for you, personally?', 'A half marathon in spring, paced this time');
  await ask(grow, 'What would you like to get better at?', 'Giving feedback that lands');
  await ask(grow, 'Something you love doing', 'Baking bread with my kids');
  await ask(grow, 'What do you love doing', 'Pairing on hard bugs');
  await ask(grow, 'If the next few years', 'Leading a small team');
  await ask(grow, 'What makes you want to get up', 'Seeing people grow');
  await pick(grow, 'What would you like to do with it?');
  await ask(grow, 'Who do you want to become?', 'A mentor people seek out');
  await pick(grow, 'Where are you on that path today?', KEY.up.repeat(5));
  await ask(grow, 'Towards "A mentor people seek out"', 'Ask two teammates how my reviews feel');
  await ask(grow, 'Who will do it?', '');
  await ask(grow, 'By when?', 'in 2 weeks');
  await pick(grow, 'How often would you like to check in on it?');
  await pick(grow, 'Is that right, and is that all?', KEY.down);
  await pick(grow, 'Which goal is it for?');
  await ask(grow, 'Towards "A mentor people seek out"', 'Find a feedback workshop for Sam');
  await ask(grow, 'Who will do it?', 'Alex');
  await ask(grow, 'By when?', 'end of january');
  await pick(grow, 'How often would you like to check in on it?', KEY.down);
  await pick(grow, 'Is that right, and is that all?');
  await pick(grow, 'Keep any of these private?');
  await grow.waitFor('Thank you both.');
}

// The README's blocks: <!-- tour:NAME -->, a fenced block of what the terminal showed, <!-- /tour:NAME -->.
const BLOCK = /(<!-- tour:([a-z]+) -->)[^]*?(<!-- \/tour:\2 -->)/g;

/** The README with every tour block replaced by what the tour showed; each block must have its place. */
export function withTour(readme: string, blocks: Blocks): string {
  const placed = new Set<string>();
  const updated = readme.replace(BLOCK, (_whole, open: string, name: string, close: string) => {
    const text = blocks[name];
    if (text === undefined) throw new Error(`README.md has a tour block "${name}" that the tour does not make`);
    placed.add(name);
    const fence = text.includes('```') ? '````' : '```';
    return `${open}\n${fence}console\n${text}\n${fence}\n${close}`;
  });
  const missing = Object.keys(blocks).filter((name) => !placed.has(name));
  if (missing.length > 0) throw new Error(`README.md has no place for the tour blocks ${missing.join(', ')}`);
  return updated;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const readme = readFileSync(README, 'utf8');
  const updated = withTour(readme, await runTour());
  if (process.argv.includes('--check')) {
    if (updated !== readme) {
      process.stderr.write('README.md shows output that grow no longer prints: run npm run tour\n');
      process.exitCode = 1;
    }
  } else {
    writeFileSync(README, updated);
  }
}
