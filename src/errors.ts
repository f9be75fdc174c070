// Typed errors that carry their exit code. Commands throw them; only src/main.ts turns them
// into a message on stderr and process.exitCode (the one exit point).
import { getSystemErrorMap } from 'node:util';

// One messages module, not the whole index: grow remind loads this file at every new terminal.
import { common } from './messages/common';

export const EXIT = { ok: 0, failure: 1, usage: 2, cancelled: 130 } as const;

export class GrowError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.failure,
    /** An optional second line: what to do about it. */
    readonly hint?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Bad or missing input from the person or script: exit 2. */
export class UsageError extends GrowError {
  constructor(message: string, hint?: string) {
    super(message, EXIT.usage, hint);
  }
}

/** The journal file cannot be read, parsed, validated or written: exit 1, file left untouched. */
export class JournalError extends GrowError {
  constructor(message: string, hint?: string) {
    super(message, EXIT.failure, hint);
  }
}

/** Ctrl+C or Escape during a guided flow: exit 130. */
export class CancelledError extends GrowError {
  constructor(message = common.cancelled) {
    super(message, EXIT.cancelled);
  }
}

/**
 * "no space left on device" for an ENOSPC: the system's words without the path Node adds to
 * the message, which may be a temporary file the person never named.
 */
export function systemReason(error: NodeJS.ErrnoException): string {
  const known = typeof error.errno === 'number' ? getSystemErrorMap().get(error.errno)?.[1] : undefined;
  return known ?? error.code ?? error.message;
}
