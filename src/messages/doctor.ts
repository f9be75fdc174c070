export const doctor = {
  labels: {
    journal: 'Journal',
    exists: 'Exists',
    valid: 'Valid',
    encrypted: 'Encrypted',
    permissions: 'Permissions',
    backups: 'Backups',
    lock: 'Lock',
    copies: 'Copies',
  },
  notYet: 'not yet: it is created by the first change (for example grow init or grow note)',
  size: (bytes: string, modified: string) => `yes, ${bytes}, changed ${modified}`,
  valid: (counts: string) => `yes: ${counts}`,
  invalid: 'no',
  unopened: 'the encryption is intact; to check inside, set GROW_PASSPHRASE or run grow doctor in a terminal',
  plainBackups: (n: number) => `yes, but ${n} backup${n === 1 ? ' is' : 's are'} in plain text; encrypt ${n === 1 ? 'it' : 'them'} with: grow encrypt (the same passphrase is fine)`,
  plainFiles: (files: string[]) =>
    `yes, but ${files.length === 1 ? '1 file in plain text beside it' : `${files.length} files in plain text beside it`} (left by an interrupted write, or a note kept when saving failed): ${files.join(', ')}; delete what you do not need`,
  yes: 'yes',
  no: 'no',
  modes: (file: string, dir: string) => `file ${file}, folder ${dir}`,
  exposed: ({ read, change, replace }: { read: boolean; change: boolean; replace: boolean }) => {
    const may = read && change ? 'read and change' : read ? 'read' : change ? 'change' : undefined;
    const parts = [may && `may ${may} it`, replace && 'can replace it, since they may write to its folder'].filter(Boolean);
    return `others on this computer ${parts.join(', and ')}`;
  },
  chmod: (mode: string, path: string) => `chmod ${mode} '${path}'`,
  fixWith: (commands: string[]) => `fix with: ${commands.join(' && ')}`,
  moveIt: 'keep it in a folder only you can write to',
  noBackups: 'none yet: one is kept before each change',
  backupCount: (n: number, newest: string) => `${n} kept, newest ${newest}`,
  lockFree: 'free',
  lockHeld: 'held by another grow right now',
  conflictedCopies: (n: number) =>
    `${n === 1 ? 'a conflicted copy' : `${n} conflicted copies`} left by a sync folder, whose changes do not count until merged; fold ${n === 1 ? 'it' : 'them'} in with:`,
  allWell: 'All well.',
  problems: (n: number) => `${n} problem${n === 1 ? '' : 's'} found.`,
};
