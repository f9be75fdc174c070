// Messages about the journal file itself: what is wrong with it and how to get it back.
import type { EntryRule } from '../domain/jrnl';
import { MAX_TEXT } from '../domain/vocabulary';
import { shellQuoted } from './words';

export const journal = {
  isDirectory: (path: string) => `The journal ${path} is a folder, not a file.`,
  unreadable: (path: string, reason: string) => `Cannot read the journal ${path}: ${reason}.`,
  tooDeep: (path: string, limit: number) => `The journal ${path} holds values nested more than ${limit} levels deep, which no grow writes, so grow will not read it or write over it.`,
  empty: (path: string) => `The journal ${path} is empty, so grow will not write over it.`,
  notUtf8: (path: string, offset: number) => `The journal ${path} is not UTF-8 text (bad byte at offset ${offset}), so grow will not write over it.`,
  notJson: (path: string, detail: string) => `The journal ${path} is not valid JSON (${detail}), so grow will not write over it.`,
  invalid: (path: string, where: string, problem: string, more: number) =>
    `The journal ${path} does not look like a grow journal: ${where} ${problem}${more > 0 ? ` (and ${more} more problem${more > 1 ? 's' : ''})` : ''}, so grow will not write over it.`,
  newer: (path: string, version: number, known: number) =>
    `The journal ${path} was written by a newer grow (file version ${version}; this grow knows up to ${known}).`,
  updateHint: 'Update grow to read it; the file has not been changed.',
  noMigration: (path: string, version: number) => `The journal ${path} has version ${version}, which this grow cannot upgrade.`,
  permissionHint: (path: string) => `Check its owner and mode: ls -l '${path}'`,
  restoreHint: (backup: string, path: string) => `To restore the newest backup: cp '${backup}' '${path}'`,
  noBackupHint: (path: string) => `There is no backup of it yet; fix ${path} by hand (grow doctor shows what is wrong).`,
  busy: (lock: string) => `The journal is busy: another grow is writing to it (lock ${lock}).`,
  busyHint: (lock: string) => `Try again in a moment. If no other grow is running, remove the lock: rmdir '${lock}'`,
  lockNotFolder: (lock: string) => `The journal's lock ${lock} is not a folder, so grow cannot tell whether another grow is writing.`,
  heldWhileStalled: (command: string, pid: number) => `The journal is held by ${command} (process ${pid}), which has not run for a while: it may be stopped (Ctrl+Z). Nothing was changed.`,
  heldWhileStalledHint: (command: string, lock: string) => `Let ${command} go on (fg, in its terminal) or end it, then run this again. If it is not running any more, remove the lock: rm -r ${shellQuoted(lock)}`,
  lockNotOurs: (lock: string) => `The journal's lock ${lock} was left by another user, and grow may not remove it.`,
  changedMeanwhile: 'the journal changed while grow was writing; nothing was saved.',
  changedMeanwhileHint: 'Another grow (or another program) saved to it meanwhile. Run the command again to make the change on top of theirs.',
  notAFile: (path: string) => `The journal ${path} is not a regular file (it is a device, a pipe or a socket), so grow will not read it or write over it.`,
  tooLarge: (path: string, limitMb: number) => `The journal ${path} is larger than ${limitMb} MB, the most grow reads, so grow will not read it or write over it.`,
  tooLargeHint: 'If it is your journal, split it with grow export --since, or restore a backup; it may also be some other file.',
  unsafeFolder: (path: string, folder: string, problem: string) =>
    `The journal ${path} is not safe to write to: its folder ${folder} ${problem}, so someone else could replace the journal.`,
  unsafeFolderHint: (folder: string) => `Keep the journal in a folder only you can change (ls -ld '${folder}' shows its owner and mode).`,
  unsafeBackups: (dir: string, problem: string) => `The backups folder ${dir} is not safe to use: it ${problem}.`,
  unsafeBackupsHint: (dir: string) => `Move it out of the way (mv '${dir}' '${dir}.suspect') and grow makes a new, private one; check what is in it before you restore anything from it.`,
  folderProblems: {
    link: 'is a link to somewhere else',
    notFolder: 'is not a folder',
    owner: (uid: number) => `belongs to another user (uid ${uid})`,
    open: (mode: string) => `may be changed by others (mode ${mode})`,
  },
  cannotSave: (path: string, reason: string, at: string | undefined) => `Cannot save the journal ${path}: ${reason}${at ? ` (${at})` : ''}; nothing was saved.`,
  fileInTheWay: 'a file stands where a folder should be',
  folderHint: (folder: string) => `Check who may write there: ls -ld '${folder}'`,
  diskFullHint: (folder: string) => `Make room on that disk (df -h '${folder}' shows how full it is), then run the command again.`,
  duplicateId: (id: string) => `duplicate id ${id}`,
  refusedInvalid: (where: string, problem: string) => `grow refused to save a change that would make the journal invalid: ${where} ${problem}.`,
  problems: {
    missing: 'is missing',
    type: (expected: string) => `should be ${/^[aeiou]/.test(expected) ? 'an' : 'a'} ${expected}`,
    tooBig: (limit: number, what: string) => (what === 'string' ? `is longer than ${limit} characters` : `must be at most ${limit}`),
    tooSmall: (limit: number, what: string) => (what === 'string' ? (limit === 1 ? 'is empty' : `is shorter than ${limit} characters`) : `must be at least ${limit}`),
    date: 'is not a date like 2026-11-25',
    dateTime: 'is not a date and time like 2026-11-25T09:30:00+01:00',
    pattern: 'has the wrong form',
    oneOf: (values: readonly unknown[]) => `must be one of ${values.map((v) => JSON.stringify(v)).join(', ')}`,
    unknownKeys: (keys: readonly string[]) => `has unknown field${keys.length > 1 ? 's' : ''} ${keys.map((k) => `"${k}"`).join(', ')}`,
    invalid: 'is not valid',
    topLevel: 'the journal',
    tooDeep: (limit: number) => `holds values nested more than ${limit} levels deep`,
  },
  /** A rule of an entry in a file to import (domain/jrnl.ts), broken. */
  rules: {
    notDate: 'is not a date like 2026-11-25',
    notTime: 'is not a time like 09:30',
    noText: 'has neither a title nor a body',
    tooLong: `is longer than ${MAX_TEXT} characters`,
  } satisfies Record<EntryRule, string> as Record<string, string>,
};
