// Opens the person's editor on a private temporary file and returns what they wrote.
// The editor is started without a shell, so nothing in the text or the path is interpreted.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GrowError } from '../errors';
import { messages } from '../messages';

export function editorCommand(env: NodeJS.ProcessEnv): string {
  return env.VISUAL?.trim() || env.EDITOR?.trim() || 'vi';
}

/** `memoryOnly`: the text is from an encrypted journal, so it may not be written to a disk. */
export function editInEditor(initial: string, env: NodeJS.ProcessEnv, { memoryOnly = false } = {}): string {
  const command = editorCommand(env);
  const [program, ...args] = splitCommand(command);
  const dir = privateTempDir(memoryOnly, env);
  const file = join(dir, 'entry.md');
  try {
    writeFileSync(file, initial, { mode: 0o600 });
    const result = spawnSync(program!, [...args, file], { stdio: 'inherit', env });
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

/** In memory when the system has a folder there (/dev/shm, or the login's runtime folder), so a private entry need not touch the disk. */
export function privateTempDir(memoryOnly: boolean, env: NodeJS.ProcessEnv, candidates = ['/dev/shm', env.XDG_RUNTIME_DIR]): string {
  for (const dir of candidates) {
    if (!dir || !isInMemory(dir)) continue;
    try {
      return mkdtempSync(join(dir, 'grow-'));
    } catch {
      // Not ours to write in: try the next one.
    }
  }
  if (memoryOnly) throw new GrowError(messages.notes.noMemoryFolder, 1, messages.notes.noMemoryFolderHint);
  return mkdtempSync(join(tmpdir(), 'grow-'));
}

/** tmpfs and ramfs, by their Linux magic numbers; elsewhere there is no such folder to rely on. */
const MEMORY_FILE_SYSTEMS = new Set([0x01021994, 0x858458f6]);

function isInMemory(dir: string): boolean {
  try {
    return MEMORY_FILE_SYSTEMS.has(statfsSync(dir).type);
  } catch {
    return false;
  }
}
