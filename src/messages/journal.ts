// Messages about the journal file itself: what is wrong with it and how to get it back.
export const journal = {
  isDirectory: (path: string) => `The journal ${path} is a folder, not a file.`,
  unreadable: (path: string, reason: string) => `Cannot read the journal ${path}: ${reason}.`,
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
  lockLost: 'Lost the lock on the journal while saving, so nothing was saved. Please try again.',
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
  },
};
