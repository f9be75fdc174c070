// Opens the person's editor on a private temporary file and returns what they wrote.
// The editor is started without a shell, so nothing in the text or the path is interpreted.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GrowError } from '../errors';
import { messages } from '../messages';

export function editorCommand(env: NodeJS.ProcessEnv): string {
  return env.VISUAL?.trim() || env.EDITOR?.trim() || 'vi';
}

export function editInEditor(initial: string, env: NodeJS.ProcessEnv): string {
  const command = editorCommand(env);
  const [program, ...args] = splitCommand(command);
  const dir = privateTempDir();
  const file = join(dir, 'entry.md');
  try {
    writeFileSync(file, initial, { mode: 0o600 });
    const result = spawnSync(program!, [...args, file], { stdio: 'inherit' });
    if (result.error) throw new GrowError(messages.notes.editorFailed(command, result.error.message), 1, messages.notes.editorHint);
    if (result.status !== 0) throw new GrowError(messages.notes.editorFailed(command, `exit status ${result.status ?? result.signal}`), 1, messages.notes.editorHint);
    return readFileSync(file, 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `code --wait` → ['code', '--wait']; quotes group words: `"my editor" -w`. */
export function splitCommand(command: string): string[] {
  const words = command.match(/"[^"]*"|'[^']*'|\S+/g) ?? [];
  return words.map((w) => w.replace(/^(["'])(.*)\1$/, '$2'));
}

/** Memory-backed when the system has it, so a private entry need not touch the disk. */
function privateTempDir(): string {
  try {
    return mkdtempSync('/dev/shm/grow-');
  } catch {
    return mkdtempSync(join(tmpdir(), 'grow-'));
  }
}
