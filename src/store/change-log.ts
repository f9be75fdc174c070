// The log of the changes grow can undo (docs/identity-and-merging.md, "Undo"), kept beside the
// journal in its backups folder: an index of the changes (their clocks and what they did) and
// one file per change with the lines it replaced. When the journal is encrypted, so is every
// file of the log, with the journal's key: the log never holds more plain text than the journal.
import { createHash } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { ChangeSummary } from '../domain/changes';
import { JournalError } from '../errors';
import { messages } from '../messages';
import { readEnvelope, seal, unseal, type Sealing } from './envelope';
import { startsAsEnvelope } from './envelope-start';
import type { Keyring } from './keyring';
import { applyPatch, revertPatch, type LinePatch } from './line-patch';
import { backupDirOf } from './paths';
import { writeFileAtomic } from './atomic-write';
import { removeLeftoverTemps } from './leftovers';

/** Changes kept: the last LOG_KEPT, and past LOG_KEPT_ALWAYS only while they hold at most LOG_BYTES. */
export const LOG_KEPT = 50;
export const LOG_KEPT_ALWAYS = 20;
const LOG_BYTES = 16 * 2 ** 20;

export interface LoggedChange {
  seq: number;
  /** The journal's clock before the change (undefined for the first change of a journal) and after it. */
  before: string | undefined;
  at: string;
  summary: ChangeSummary;
  /** What the command called the change, when it named it ("grow import jrnl.json"). */
  label?: string;
  /** The size of its patch file, for trimming the log. */
  size: number;
  /**
   * The SHA-256 of the journal's text right after the change: a journal with the same clock but
   * other words (a merge git made, an edit by hand) is not where the log left it. Absent in logs
   * written before grow kept it.
   */
  digest?: string;
}

interface LogIndex {
  version: 1;
  changes: LoggedChange[];
}

export const changeLogDir = (journalPath: string) => join(backupDirOf(journalPath), 'changes');
const indexPath = (journalPath: string) => join(changeLogDir(journalPath), 'index.json');
const patchPath = (journalPath: string, seq: number) => join(changeLogDir(journalPath), `${String(seq).padStart(8, '0')}.patch`);

/**
 * Where the journal stands in the log: the change it is right after, or -1 before all of them;
 * undefined when its clock is not in the log, or its text is not what the change left.
 */
export function positionOf(changes: readonly LoggedChange[], journal: { clock: string | undefined; text?: string }): number | undefined {
  for (let i = changes.length - 1; i >= 0; i--) {
    if (changes[i]!.at !== journal.clock) continue;
    const { digest } = changes[i]!;
    return digest === undefined || journal.text === undefined || digest === digestOf(journal.text) ? i : undefined;
  }
  return changes.length > 0 && changes[0]!.before === journal.clock ? -1 : undefined;
}

const digestOf = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * `chunks` as they are, and the digest of the text they make once all have gone by: the
 * journal's text is hashed from the bytes written, never made once more for it.
 */
export function digesting(chunks: Iterable<Uint8Array>): { chunks: Generator<Uint8Array>; digest: () => string } {
  const hash = createHash('sha256');
  function* hashed() {
    for (const chunk of chunks) {
      hash.update(chunk);
      yield chunk;
    }
  }
  return { chunks: hashed(), digest: () => hash.digest('hex') };
}

export async function readChangeLog(journalPath: string, keyring: Keyring): Promise<LoggedChange[]> {
  const bytes = await readFile(indexPath(journalPath)).catch(() => undefined);
  if (bytes === undefined) return [];
  const plain = await opened(bytes, keyring, journalPath);
  if (plain === undefined) return [];
  try {
    const index = JSON.parse(plain.toString('utf8')) as LogIndex;
    return index.version === 1 && Array.isArray(index.changes) ? index.changes : [];
  } catch {
    return [];
  }
}

async function readPatch(journalPath: string, change: LoggedChange, keyring: Keyring): Promise<LinePatch | undefined> {
  const bytes = await readFile(patchPath(journalPath, change.seq)).catch(() => undefined);
  const plain = bytes && (await opened(bytes, keyring, journalPath));
  return plain && (JSON.parse(plain.toString('utf8')) as LinePatch);
}

/**
 * Adds a change just written to the journal (`digest`: of the text written). Changes that an
 * undo had taken back can no longer be redone.
 */
export async function logChange(journalPath: string, keyring: Keyring, sealing: Sealing | undefined, entry: Omit<LoggedChange, 'seq' | 'size'>, patch: LinePatch): Promise<void> {
  try {
    await addToLog(journalPath, keyring, sealing, entry, patch);
  } catch {
    // The change is saved: a log that cannot take it (damaged, or a full disk) is dropped
    // whole, so that no undo ever starts from a log that misses a change.
    await rm(changeLogDir(journalPath), { recursive: true, force: true }).catch(() => undefined);
  }
}

async function addToLog(journalPath: string, keyring: Keyring, sealing: Sealing | undefined, entry: Omit<LoggedChange, 'seq' | 'size'>, patch: LinePatch): Promise<void> {
  // A grow killed while it wrote the log (grow decrypt rewrites all of it) may have left any of its files half done.
  await removeLeftoverTemps(changeLogDir(journalPath));
  const all = await readChangeLog(journalPath, keyring);
  const at = positionOf(all, { clock: entry.before });
  const kept = at === undefined ? [] : all.slice(0, at + 1);
  const seq = (all.at(-1)?.seq ?? 0) + 1;
  const bytes = encoded(JSON.stringify(patch), sealing);
  await writeFileAtomic(patchPath(journalPath, seq), bytes);
  const changes = trimmed([...kept, { ...entry, seq, size: bytes.length }]);
  await writeIndex(journalPath, changes, sealing);
  await removeUnlisted(journalPath, changes);
}

/** Writes the index again, encrypted with `sealing` or in plain text (grow encrypt and decrypt). */
export async function resealChangeLog(journalPath: string, keyring: Keyring, sealing: Sealing | undefined): Promise<void> {
  const changes = await readChangeLog(journalPath, keyring);
  for (const change of changes) {
    const patch = await readPatch(journalPath, change, keyring);
    if (patch) await writeFileAtomic(patchPath(journalPath, change.seq), encoded(JSON.stringify(patch), sealing));
  }
  await writeIndex(journalPath, changes, sealing);
}

function trimmed(changes: LoggedChange[]): LoggedChange[] {
  let kept = changes.slice(-LOG_KEPT);
  while (kept.length > LOG_KEPT_ALWAYS && kept.reduce((sum, c) => sum + c.size, 0) > LOG_BYTES) kept = kept.slice(1);
  return kept;
}

async function writeIndex(journalPath: string, changes: LoggedChange[], sealing: Sealing | undefined): Promise<void> {
  const index: LogIndex = { version: 1, changes };
  await writeFileAtomic(indexPath(journalPath), encoded(JSON.stringify(index), sealing));
}

/** Patch files of changes no longer listed: dropped from the log, or never finished. */
async function removeUnlisted(journalPath: string, changes: readonly LoggedChange[]): Promise<void> {
  const listed = new Set(changes.map((c) => `${String(c.seq).padStart(8, '0')}.patch`));
  const names = await readdir(changeLogDir(journalPath)).catch(() => [] as string[]);
  await Promise.all(names.filter((name) => name.endsWith('.patch') && !listed.has(name)).map((name) => rm(join(changeLogDir(journalPath), name), { force: true })));
}

function encoded(text: string, sealing: Sealing | undefined): Buffer {
  const plain = Buffer.from(text);
  return sealing ? Buffer.from(seal(plain, sealing)) : plain;
}

/**
 * The plain bytes of a file of the log. One encrypted with a key this run does not have (the
 * journal was put back in plain text since, or encrypted anew by hand) cannot be used, and is
 * read as no log at all: the log starts again rather than ask for an old passphrase.
 */
async function opened(bytes: Buffer, keyring: Keyring, journalPath: string): Promise<Buffer | undefined> {
  if (!startsAsEnvelope(bytes)) return bytes;
  const text = bytes.toString('utf8');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new JournalError(messages.undo.logDamaged(changeLogDir(journalPath)));
  }
  const reading = readEnvelope(raw as Record<string, unknown>, text);
  if (reading.kind !== 'envelope') throw new JournalError(messages.undo.logDamaged(changeLogDir(journalPath)));
  const key = await keyring.knownKeyFor(reading.envelope);
  if (key === undefined) return undefined;
  const plain = unseal(reading.envelope, key);
  if (!plain) throw new JournalError(messages.undo.logDamaged(changeLogDir(journalPath)));
  return plain;
}

/** Why a step through the log cannot be taken. */
type StepProblem = 'nothing' | 'oldest' | 'elsewhere';

/**
 * The journal's text one step back (undo) or forward (redo) in the log, from its text and clock
 * now. 'nothing': there is no change to undo or redo; 'oldest': the journal had changes before
 * the oldest the log kept, which cannot be undone; 'elsewhere': the journal is not where the
 * log left it (restored from a backup, edited by hand, replaced by git), so no step is safe.
 */
export async function stepThroughLog(
  journalPath: string,
  keyring: Keyring,
  current: { text: string; clock: string | undefined },
  direction: 'undo' | 'redo',
): Promise<{ change: LoggedChange; text: string } | StepProblem> {
  const changes = await readChangeLog(journalPath, keyring);
  if (changes.length === 0) return 'nothing';
  const at = positionOf(changes, current);
  if (at === undefined) return 'elsewhere';
  const change = direction === 'undo' ? changes[at] : changes[at + 1];
  if (change === undefined) return direction === 'undo' && changes[0]!.before !== undefined ? 'oldest' : 'nothing';
  const patch = await readPatch(journalPath, change, keyring);
  if (patch === undefined) return 'elsewhere';
  const lines = current.text.split('\n');
  const stepped = (direction === 'undo' ? revertPatch(lines, patch) : applyPatch(lines, patch))?.join('\n');
  // Done again, a change must give back exactly the text it left.
  if (stepped === undefined || (direction === 'redo' && change.digest !== undefined && digestOf(stepped) !== change.digest)) return 'elsewhere';
  return { change, text: stepped };
}
