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
  counts?: Record<'people' | 'goals' | 'actions' | 'checkins' | 'notes' | 'sessions', number>;
  fileMode?: number;
  dirMode?: number;
  backups: BackupFile[];
  locked: boolean;
}

/** Others may read or change a file or folder when any group or other bit is set. */
export function isOpenToOthers(mode: number | undefined): boolean {
  return mode !== undefined && (mode & 0o077) !== 0;
}
