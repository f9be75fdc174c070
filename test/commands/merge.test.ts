// A sync folder's conflicted copies (grow doctor lists them, every command names them, grow
// merge folds them in), and the merge driver git runs, in-process.
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeJournalNotices } from '../../src/commands/shared/journal-notices';
import { doctor } from '../../src/commands/doctor';
import { encrypt } from '../../src/commands/encrypt';
import { merge } from '../../src/commands/merge';
import { mergeDriver } from '../../src/commands/merge-driver';
import { addGoalCommand } from '../../src/commands/goal';
import { note } from '../../src/commands/note';
import { addPersonCommand } from '../../src/commands/people';
import { removePersonCommand } from '../../src/commands/people-edit';
import { backupDirOf } from '../../src/store/paths';
import { tempDir } from '../support/temp';
import { exitCodeOf, testContext } from '../support/test-context';

const PASSPHRASE = 'river stones and tea';
const DROPBOX = "journal (Alex's conflicted copy 2026-11-26).json";

/** A journal with a note, and beside it the copy a sync folder kept of another machine's version, which has one more. */
async function journalWithCopy(copyName = DROPBOX, env: NodeJS.ProcessEnv = {}): Promise<{ journal: string; copy: string }> {
  const ctx = testContext({ env });
  await note(ctx, ['Written on both machines'], { tag: [] });
  if (env.GROW_PASSPHRASE) await encrypt(ctx);
  const copy = join(dirname(ctx.store.path), copyName);
  copyFileSync(ctx.store.path, copy);
  await note(testContext({ journal: copy, env, today: '2026-11-26' }), ['Written on the laptop, lost in the copy'], { tag: [] });
  await note(testContext({ journal: ctx.store.path, env, today: '2026-11-27' }), ['Written on the desktop'], { tag: [] });
  return { journal: ctx.store.path, copy };
}

describe('conflicted copies beside the journal', () => {
  it('are named by every command in one line on stderr, and listed by grow doctor as a problem', async () => {
    const { journal, copy } = await journalWithCopy();
    const ctx = testContext({ journal });
    writeJournalNotices(ctx, 'notes');
    expect(ctx.err.text).toBe(`grow: a sync folder's conflicted copy of the journal is not merged yet: grow merge '${copy.replace(/'/g, `'\\''`)}'\n`);
    writeJournalNotices(ctx, 'merge');
    expect(ctx.err.text.split('\n')).toHaveLength(2);

    const checkup = testContext({ journal });
    expect(await exitCodeOf(doctor(checkup), '1 problem found.')).toBe(1);
    expect(checkup.out.text).toContain(`Copies       a conflicted copy left by a sync folder, whose changes do not count until merged; fold it in with:\n               grow merge '${copy.replace(/'/g, `'\\''`)}'\n`);
  });

  it('are named in one short line however many there are, and grow doctor lists each with its grow merge', async () => {
    const { journal, copy } = await journalWithCopy();
    const syncthing = join(dirname(journal), 'journal.sync-conflict-20261126-093000-ABCDEFG.json');
    copyFileSync(journal, syncthing);
    const ctx = testContext({ journal });
    writeJournalNotices(ctx, 'notes');
    expect(ctx.err.text).toBe('grow: 2 conflicted copies of the journal from a sync folder are not merged yet: grow doctor lists them.\n');
    const checkup = testContext({ journal });
    expect(await exitCodeOf(doctor(checkup), '1 problem found.')).toBe(1);
    expect(checkup.out.text).toContain(`Copies       2 conflicted copies left by a sync folder, whose changes do not count until merged; fold them in with:\n               grow merge '${copy.replace(/'/g, `'\\''`)}'\n               grow merge ${syncthing}\n`);
  });

  it('are not named where a shell runs grow by itself: the completion script and its ids', async () => {
    const { journal } = await journalWithCopy();
    const ctx = testContext({ journal });
    for (const command of ['completion', '__ids', 'doctor', 'merge']) writeJournalNotices(ctx, command);
    expect(ctx.err.text).toBe('');
  });

  it('are named with nothing in their names that acts on a terminal', async () => {
    const { journal } = await journalWithCopy();
    copyFileSync(journal, join(dirname(journal), 'journal (\x1b]0;owned\x07 conflicted copy 2026-11-26).json'));
    const ctx = testContext({ journal });
    writeJournalNotices(ctx, 'notes');
    expect(ctx.err.text).not.toContain('\x1b');
    const checkup = testContext({ journal });
    await exitCodeOf(doctor(checkup), '1 problem found.');
    expect(checkup.out.text).not.toContain('\x1b]');
  });

  it('fold in with grow merge: what only the copy held is kept, and the copy goes to the backups folder', async () => {
    const { journal, copy } = await journalWithCopy();
    const ctx = testContext({ journal });
    await merge(ctx, copy);
    expect(ctx.out.text).toContain(`Merged ${copy} into the journal:\n  Your own plan: 1 note`);
    expect(ctx.out.text).toContain('renumbered: n2 → n3');
    expect((await ctx.journal()).people[0]!.notes.map((n) => n.text)).toEqual(['Written on both machines', 'Written on the laptop, lost in the copy', 'Written on the desktop']);
    expect(existsSync(copy)).toBe(false);
    expect(readdirSync(backupDirOf(journal))).toContain(basename(copy));
    expect(ctx.out.text).toContain(`The copy is kept in the backups folder: ${join(backupDirOf(journal), basename(copy))}`);

    const again = testContext({ journal });
    writeJournalNotices(again, 'notes');
    expect(again.err.text).toBe('');
    expect(await exitCodeOf(merge(again, copy), `There is no file ${copy}.`)).toBe(1);
  });

  it('name a person removed with their plan in the copy, rather than count a record', async () => {
    const ctx = testContext();
    await addPersonCommand(ctx, ['Sam']);
    await addGoalCommand(testContext({ journal: ctx.store.path, person: 'Sam' }), ['Lead the team retro'], {});
    const copy = join(dirname(ctx.store.path), DROPBOX);
    copyFileSync(ctx.store.path, copy);
    await removePersonCommand(testContext({ journal: copy }), ['Sam'], { yes: true });

    const merged = testContext({ journal: ctx.store.path });
    await merge(merged, copy);
    expect(merged.out.text).toBe(
      `Merged ${copy} into the journal:\n  Sam and their plan: removed in the other journal, so removed here too\nThe copy is kept in the backups folder: ${join(backupDirOf(ctx.store.path), basename(copy))}\n`,
    );
    expect((await merged.journal()).people.map((p) => p.name)).toEqual([]);
  });

  it('bring their clock: the merge, and every change after it, is stamped after the later of the two', async () => {
    const { journal, copy } = await journalWithCopy();
    await note(testContext({ journal: copy, today: '2026-12-30' }), ['Written on a laptop whose clock runs ahead'], { tag: [] });
    await merge(testContext({ journal, today: '2026-11-28' }), copy);
    const { clock } = JSON.parse(readFileSync(journal, 'utf8')) as { clock: string };
    expect(clock > '2026-12-30T12:00:00.000Z').toBe(true);
  });

  it('of an encrypted journal merge in memory, and stay encrypted', async () => {
    const env = { GROW_PASSPHRASE: PASSPHRASE };
    const { journal, copy } = await journalWithCopy('journal (conflicted copy 2026-11-26 093000).json', env);
    await merge(testContext({ journal, env }), copy);
    expect(readFileSync(journal, 'utf8')).not.toContain('Written');
    expect((await testContext({ journal, env }).journal()).people[0]!.notes).toHaveLength(3);
  });

  it('in plain text beside an encrypted journal are kept encrypted once merged, so no plain text stays beside it', async () => {
    const env = { GROW_PASSPHRASE: PASSPHRASE };
    const { journal, copy } = await journalWithCopy();
    await encrypt(testContext({ journal, env }));
    const ctx = testContext({ journal, env });
    await merge(ctx, copy);
    const kept = join(backupDirOf(journal), basename(copy));
    expect(ctx.out.text).toContain(`The copy is kept in the backups folder: ${kept}`);
    expect(existsSync(copy)).toBe(false);
    expect(readFileSync(kept, 'utf8')).toMatch(/^\{\n {2}"grow": "encrypted grow journal"/);
    expect(readFileSync(kept, 'utf8')).not.toContain('Written');

    const checkup = testContext({ journal, env });
    await doctor(checkup);
    expect(checkup.out.text).toContain('All well.');
  });

  it('are not put in plain text: an encrypted copy is not merged into a plain journal', async () => {
    const env = { GROW_PASSPHRASE: PASSPHRASE };
    const { copy } = await journalWithCopy('journal_conflict-20261126-093000.json', env);
    const plain = testContext();
    await note(plain, ['In plain text'], { tag: [] });
    expect(await exitCodeOf(merge(testContext({ journal: plain.store.path, env }), copy), 'is encrypted and the journal is not')).toBe(1);
    expect(existsSync(copy)).toBe(true);
  });

  it('grow merge refuses the journal itself, and any file that is not a journal, changing nothing', async () => {
    const { journal } = await journalWithCopy();
    const before = readFileSync(journal);
    expect(await exitCodeOf(merge(testContext({ journal }), journal), 'is the journal itself')).toBe(2);
    const notJournal = join(tempDir(), 'notes.json');
    writeFileSync(notJournal, '{"notes": []}');
    expect(await exitCodeOf(merge(testContext({ journal }), notJournal), notJournal)).toBe(1);
    expect(readFileSync(journal)).toEqual(before);
  });
});

describe('grow merge-driver, as git runs it', () => {
  /** git's three files: the ancestor, ours (the desktop's) and theirs (the laptop's), from one journal. */
  async function versions(): Promise<{ base: string; ours: string; theirs: string }> {
    const dir = tempDir();
    const start = testContext();
    await note(start, ['Written before they parted'], { tag: [] });
    const [base, ours, theirs] = ['base', 'ours', 'theirs'].map((name) => join(dir, `.merge_file_${name}`));
    for (const file of [base!, ours!, theirs!]) copyFileSync(start.store.path, file);
    await note(testContext({ journal: ours!, today: '2026-11-26' }), ['On the desktop'], { tag: [] });
    await note(testContext({ journal: theirs!, today: '2026-11-27' }), ['On the laptop'], { tag: [] });
    return { base: base!, ours: ours!, theirs: theirs! };
  }

  it('writes the merged journal over ours', async () => {
    const { base, ours, theirs } = await versions();
    const ctx = testContext();
    await mergeDriver(ctx, [base, ours, theirs, 'journal.json']);
    expect(ctx.err.text).toBe('');
    const merged = await testContext({ journal: ours }).journal();
    expect(merged.people[0]!.notes.map((n) => `${n.id} ${n.text}`)).toEqual(['n1 Written before they parted', 'n2 On the desktop', 'n3 On the laptop']);
  });

  it('merges without the ancestor when git has none (an empty file)', async () => {
    const { base, ours, theirs } = await versions();
    writeFileSync(base, '');
    await mergeDriver(testContext(), [base, ours, theirs]);
    expect((await testContext({ journal: ours }).journal()).people[0]!.notes).toHaveLength(3);
  });

  it('exits 1, leaving ours as it was, when a side cannot be read: and says why', async () => {
    const { base, ours, theirs } = await versions();
    writeFileSync(theirs, '{"version": 3, "people": [');
    const before = readFileSync(ours);
    expect(await exitCodeOf(mergeDriver(testContext(), [base, ours, theirs, 'journal.json']), /^cannot merge journal\.json: The journal journal\.json \(the other side\) is not valid JSON[^]*\njournal\.json is left as this side had it/)).toBe(1);
    expect(readFileSync(ours)).toEqual(before);
  });

  it('exits 1 for an encrypted journal without its passphrase, naming the way to give it', async () => {
    const { base, ours, theirs } = await versions();
    const env = { GROW_PASSPHRASE: PASSPHRASE };
    await encrypt(testContext({ journal: theirs, env }));
    expect(await exitCodeOf(mergeDriver(testContext(), [base, ours, theirs, 'journal.json']), 'journal.json is encrypted: set GROW_PASSPHRASE for git merge, or use grow sync')).toBe(1);
    // With it, the merge is encrypted: a merge never puts in plain text what one side encrypted.
    await mergeDriver(testContext({ env }), [base, ours, theirs, 'journal.json']);
    expect(readFileSync(ours, 'utf8')).not.toContain('On the');
    expect((await testContext({ journal: ours, env }).journal()).people[0]!.notes).toHaveLength(3);
  });

  it('is a usage error with other than three or four files', async () => {
    expect(await exitCodeOf(mergeDriver(testContext(), ['a', 'b']), 'takes the files git names %O %A %B, and %P')).toBe(2);
  });
});
