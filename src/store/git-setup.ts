// The repository that holds the journal, and what git needs to merge it record by record:
// a line in .gitattributes that gives the journal grow's merge driver, the driver itself in
// the repository's config (git never copies config between clones, so every machine needs
// it), and lines in .gitignore that keep grow's own files beside the journal (its lock,
// backups, change log, temporary files, notes kept when saving failed) out of the repository.
import { existsSync, realpathSync } from 'node:fs';
import { appendFile, readFile } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import type { SetupWritten } from '../domain/sync';
import { GrowError } from '../errors';
import { messages } from '../messages';
import { Git } from './git';
import { backupDirOf, lockPathOf } from './paths';

const m = messages.sync;

/** The name of grow's merge driver in git's config and attributes. */
export const DRIVER = 'grow';

export interface JournalRepo {
  git: Git;
  /** The repository's top folder. */
  top: string;
  /** The journal's path inside the repository, with forward slashes. */
  journal: string;
}

/** The repository whose working tree holds the journal; a GrowError when there is none. */
export async function findJournalRepo(journalPath: string, env: NodeJS.ProcessEnv): Promise<JournalRepo> {
  const folder = dirname(journalPath);
  if (!existsSync(folder)) throw new GrowError(m.notRepo(folder), undefined, m.notRepoHint(folder));
  const probe = await new Git(folder, env).run(['rev-parse', '--show-toplevel']);
  if (probe.code !== 0) throw new GrowError(m.notRepo(folder), undefined, m.notRepoHint(folder));
  // Only git's new line goes: a folder's name may end in white space.
  const top = probe.stdout.toString('utf8').replace(/\n$/, '');
  const journal = relative(top, join(realpathSync(folder), basename(journalPath))).split(sep).join('/');
  if (journal.startsWith('..')) throw new GrowError(m.notRepo(folder), undefined, m.notRepoHint(folder));
  return { git: new Git(top, env), top, journal };
}

/** Writes whatever of the attributes line, the ignore lines and the driver's config is missing. `driver`: the command git runs. */
export async function setUpGit(repo: JournalRepo, driver: string): Promise<SetupWritten> {
  const written: SetupWritten = { ignore: [] };
  const { git, top, journal } = repo;

  const attribute = (await git.text(['check-attr', 'merge', '--', journal])).split(': ').at(-1);
  if (attribute !== DRIVER) {
    written.attributes = `${attributePattern(journal)} merge=${DRIVER}`;
    await appendLines(join(top, '.gitattributes'), [written.attributes]);
  }

  const ignoreFile = join(top, '.gitignore');
  const present = new Set((await readFile(ignoreFile, 'utf8').catch(() => '')).split('\n').map((line) => line.trim()));
  written.ignore = ignoreLines(journal).filter((line) => !present.has(line));
  await appendLines(ignoreFile, written.ignore);

  const command = `${driver} merge-driver %O %A %B %P`;
  if ((await git.run(['config', '--local', '--get', `merge.${DRIVER}.driver`])).stdout.toString('utf8').trim() !== command) {
    await git.text(['config', '--local', `merge.${DRIVER}.name`, m.driverName]);
    await git.text(['config', '--local', `merge.${DRIVER}.driver`, command]);
    written.driver = command;
  }
  return written;
}

/** grow's own files beside the journal, as .gitignore lines anchored at the repository's top. */
export function ignoreLines(journal: string): string[] {
  const folder = journal.includes('/') ? `/${journal.slice(0, journal.lastIndexOf('/'))}/` : '/';
  const name = basename(journal);
  return [`/${escapeGlob(lockPathOf(journal))}/`, `/${escapeGlob(backupDirOf(journal))}/`, `${folder}.${escapeGlob(name)}.*.tmp`, `${folder}unsaved-note-*.md`];
}

/** The journal's path as a .gitattributes pattern: anchored, and quoted when it holds a space. */
function attributePattern(journal: string): string {
  const pattern = `/${escapeGlob(journal)}`;
  return /\s/.test(pattern) ? `"${pattern.replace(/["\\]/g, (c) => `\\${c}`)}"` : pattern;
}

function escapeGlob(path: string): string {
  return path.replace(/[*?[\]\\!#]/g, (c) => `\\${c}`);
}

/** Adds lines at the end of a text file, on a line of their own. */
async function appendLines(file: string, lines: readonly string[]): Promise<void> {
  if (lines.length === 0) return;
  const text = await readFile(file, 'utf8').catch(() => '');
  await appendFile(file, `${text === '' || text.endsWith('\n') ? '' : '\n'}${lines.join('\n')}\n`);
}
