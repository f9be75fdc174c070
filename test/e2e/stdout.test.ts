// Standard output that cannot be written: a pipe closed early is a quiet success, anything
// else (a full disk, a descriptor not open for writing) is one line on stderr and exit 1.
import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyPerson } from '../../src/domain/journal';
import { SCHEMA_VERSION } from '../../src/domain/vocabulary';
import { journalText } from '../../src/store/journal-text';
import { tempDir, tempJournal } from '../support/temp';
import { GROW_BIN, growEnv, runGrow } from './support/grow';

/** Runs grow with `stdout` as its standard output; resolves with its exit code and stderr. */
function runWithStdout(args: string[], journal: string, stdout: number | 'pipe', closeEarly = false): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [GROW_BIN, ...args], { env: growEnv({ journal }), stdio: ['ignore', stdout, 'pipe'] });
    let stderr = '';
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    if (closeEarly) child.stdout!.once('data', () => child.stdout!.destroy());
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('a standard output that fails', () => {
  it('is one plain line and exit 1 when it cannot be written, with no stack trace', async () => {
    const journal = tempJournal();
    for (let i = 0; i < 3; i++) await runGrow(['note', `note ${i}`], { journal });
    // Open for reading only: every write to it fails with EBADF, as a full disk fails with ENOSPC.
    const file = join(tempDir(), 'read-only');
    writeFileSync(file, '');
    const fd = openSync(file, 'r');
    try {
      for (const args of [['export'], ['notes'], ['notes', '--json']]) {
        const result = await runWithStdout(args, journal, fd);
        expect(result, args.join(' ')).toEqual({ code: 1, stderr: 'grow: Cannot write to standard output: bad file descriptor.\n' });
      }
    } finally {
      closeSync(fd);
    }
  });

  it('is a quiet success when the reader has closed the pipe', async () => {
    // Far more than a pipe holds, so grow is still writing when the reader goes.
    const journal = tempJournal();
    const notes = Array.from({ length: 400 }, (_, i) => ({ id: `n${i + 1}`, at: '2026-11-20T10:00:00Z', text: `note ${i} ${'x'.repeat(2000)}`, tags: [] }));
    mkdirSync(dirname(journal), { recursive: true });
    writeFileSync(journal, journalText({ version: SCHEMA_VERSION, people: [{ ...emptyPerson('me'), notes }] }), { mode: 0o600 });
    const result = await runWithStdout(['export'], journal, 'pipe', true);
    expect(result).toEqual({ code: 0, stderr: '' });
  });
});
