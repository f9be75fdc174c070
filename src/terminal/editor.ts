// Opens the person's editor on a private temporary file and returns what they wrote.
// The editor is started without a shell, so nothing in the text or the path is interpreted,
// and without the passphrases in its environment: it has no need of them.
//
// The file may hold a note for an encrypted journal, so it never outlives grow: it is
// removed when the editor is done, and when grow is ended by a signal while the editor is
// open (the editor is ended too). A grow killed outright leaves its folder, named with its
// process id; the next grow to open an editor removes it.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statfsSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GrowError } from '../errors';
import { messages } from '../messages';
import { isRunning } from '../process-alive';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const SECRETS = ['GROW_PASSPHRASE', 'GROW_NEW_PASSPHRASE'];

export function editorCommand(env: NodeJS.ProcessEnv): string {
  return env.VISUAL?.trim() || env.EDITOR?.trim() || 'vi';
}

/** `memoryOnly`: the text is from an encrypted journal, so it may not be written to a disk. */
export async function editInEditor(initial: string, env: NodeJS.ProcessEnv, { memoryOnly = false } = {}): Promise<string> {
  const command = editorCommand(env);
  const [program, ...args] = splitCommand(command);
  removeLeftovers(env);
  const dir = privateTempDir(memoryOnly, env);
  const file = join(dir, 'entry.md');
  const editorEnv = Object.fromEntries(Object.entries(env).filter(([name]) => !SECRETS.includes(name)));
  let onSignal: ((signal: NodeJS.Signals) => void) | undefined;
  try {
    writeFileSync(file, initial, { mode: 0o600 });
    const exit = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
      const child = spawn(program!, [...args, file], { stdio: 'inherit', env: editorEnv });
      onSignal = (signal) => {
        child.kill(signal);
        rmSync(dir, { recursive: true, force: true });
        for (const s of SIGNALS) process.removeListener(s, onSignal!);
        process.kill(process.pid, signal);
      };
      for (const signal of SIGNALS) process.on(signal, onSignal);
      child.on('error', reject);
      child.on('exit', (code, signal) => resolve({ code, signal }));
    }).catch((error: Error) => {
      throw new GrowError(messages.notes.editorFailed(command, error.message), 1, messages.notes.editorHint);
    });
    if (exit.code !== 0) throw new GrowError(messages.notes.editorFailed(command, `exit status ${exit.code ?? exit.signal}`), 1, messages.notes.editorHint);
    return readFileSync(file, 'utf8');
  } finally {
    for (const signal of SIGNALS) if (onSignal) process.removeListener(signal, onSignal);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `code --wait` → ['code', '--wait']; quotes group words: `"my editor" -w`. */
export function splitCommand(command: string): string[] {
  const words = command.match(/"[^"]*"|'[^']*'|\S+/g) ?? [];
  return words.map((w) => w.replace(/^(["'])(.*)\1$/, '$2'));
}

/** In memory when the system has a folder there (/dev/shm, or the login's runtime folder), so a private entry need not touch the disk. */
export function privateTempDir(memoryOnly: boolean, env: NodeJS.ProcessEnv, candidates = memoryFolders(env)): string {
  for (const dir of candidates) {
    if (!dir || !isInMemory(dir)) continue;
    try {
      return mkdtempSync(join(dir, `grow-${process.pid}-`));
    } catch {
      // Not ours to write in: try the next one.
    }
  }
  if (memoryOnly) throw new GrowError(messages.notes.noMemoryFolder, 1, messages.notes.noMemoryFolderHint);
  return mkdtempSync(join(tmpdir(), `grow-${process.pid}-`));
}

const memoryFolders = (env: NodeJS.ProcessEnv) => ['/dev/shm', env.XDG_RUNTIME_DIR];

/** The editor folders of grows that were killed while the editor was open: this user's, whose grow is gone. */
function removeLeftovers(env: NodeJS.ProcessEnv): void {
  for (const parent of [...memoryFolders(env), tmpdir()]) {
    if (!parent) continue;
    let names: string[];
    try {
      names = readdirSync(parent);
    } catch {
      continue;
    }
    for (const name of names) {
      const pid = /^grow-(\d+)-\w{6}$/.exec(name)?.[1];
      if (pid === undefined || isRunning(Number(pid))) continue;
      const path = join(parent, name);
      try {
        if (statSync(path).uid === process.getuid?.()) rmSync(path, { recursive: true, force: true });
      } catch {
        // Gone already, or not ours to remove.
      }
    }
  }
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
