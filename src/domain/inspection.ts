// What `grow doctor` finds out about the journal file, and how to judge it.

export interface BackupFile {
  path: string;
  size: number;
  modified: Date;
}

export interface JournalInspection {
  path: string;
  exists: boolean;
  size?: number;
  modified?: Date;
  /** Set when the file exists but cannot be read: what is wrong and what to do. */
  problem?: { message: string; hint?: string };
  encrypted: boolean;
  /** Encrypted, intact, and not opened: this run has no passphrase for it. */
  needsPassphrase?: boolean;
  /** How many backups of an encrypted journal are in plain text. */
  plainBackups?: number;
  /** grow's other files beside an encrypted journal that are in plain text: leftovers of interrupted writes, kept notes. */
  plainFiles?: string[];
  counts?: Record<'people' | 'goals' | 'actions' | 'checkins' | 'notes' | 'sessions', number>;
  /** Permission bits with the sticky, setuid and setgid bits: 0o1777 for /tmp. */
  fileMode?: number;
  dirMode?: number;
  /**
   * The folder is grow's own data folder ($XDG_DATA_HOME/grow), which grow made private. Any
   * other folder was chosen by the person, and may be shared on purpose: grow never advises
   * changing its mode.
   */
  ownFolder: boolean;
  backups: BackupFile[];
  /** Set when the backups folder is not safe to use (a link, someone else's): why, and what to do. */
  backupsProblem?: { message: string; hint?: string };
  locked: boolean;
  /** Copies of the journal a sync folder left beside it when two machines changed it at once. */
  conflictedCopies: string[];
}

/**
 * What others on the computer may do to the journal. The file's own mode decides who may
 * read or change it; its folder matters only when others may write to it without the sticky
 * bit, for then they may delete or replace the journal (the sticky bit of /tmp stops that).
 */
export interface Exposure {
  read: boolean;
  change: boolean;
  replace: boolean;
}

export function exposureOf(report: Pick<JournalInspection, 'fileMode' | 'dirMode'>): Exposure | undefined {
  const file = report.fileMode ?? 0;
  const dir = report.dirMode ?? 0;
  const exposure = { read: (file & 0o044) !== 0, change: (file & 0o022) !== 0, replace: (dir & 0o022) !== 0 && (dir & 0o1000) === 0 };
  return exposure.read || exposure.change || exposure.replace ? exposure : undefined;
}
