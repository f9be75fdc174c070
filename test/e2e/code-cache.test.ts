// On Node 20, `grow`, `grow notes` and `grow action list` start from code compiled by an
// earlier run, kept in the person's cache folder (src/cli/code-cache.ts). A cache is code that
// runs: these tests try to make grow run one it should not trust, or one made from another file.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { basename, dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir, tempJournal } from '../support/temp';
import { GROW_BIN, growEnv, runGrow } from './support/grow';

let journal: string;
let expected: string;

beforeAll(async () => {
  journal = tempJournal();
  expect((await runGrow(['note', 'A first note #work'], { journal })).code).toBe(0);
  expected = (await runGrow(['notes'], { journal, env: { XDG_CACHE_HOME: tempDir() } })).stdout;
  expect(expected).toContain('A first note');
}, 60_000);

/** `grow notes` with its cache in `cache`/grow: it must say what it always says. */
async function notesWith(cache: string): Promise<void> {
  const run = await runGrow(['notes'], { journal, env: { XDG_CACHE_HOME: cache } });
  expect(run).toMatchObject({ code: 0, stdout: expected, stderr: '' });
}

/** The cache of dist/read-notes.js (named also by where grow is installed). */
const notesCache = (cache: string) => join(cache, 'grow', readdirSync(join(cache, 'grow')).find((name) => name.startsWith('read-notes.js-'))!);

/** Which file the cache is now, and when it was written: a cache that was used is not written again. */
const version = (file: string) => {
  const { ino, mtimeMs } = statSync(file);
  return `${ino} ${mtimeMs}`;
};

// Node 22 and later keep their own cache (bin/grow.js turns it on): grow keeps none there.
describe.skipIf('enableCompileCache' in Module)('the compiled code grow keeps to start faster', () => {
  it('is written after the first run, readable only by you, and used from then on', async () => {
    const cache = tempDir();
    await notesWith(cache);
    const file = notesCache(cache);
    expect(statSync(join(cache, 'grow')).mode & 0o777).toBe(0o700);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const written = version(file);
    await notesWith(cache);
    expect(version(file)).toBe(written);
  });

  it('is made again when it was made from another build, or V8 refuses it', async () => {
    const cache = tempDir();
    await notesWith(cache);
    const file = notesCache(cache);
    const text = readFileSync(file);
    const header = text.subarray(0, text.indexOf('\n') + 1).toString();
    for (const damaged of [Buffer.concat([Buffer.from(header.replace(/ \d+\n$/, ' 1\n')), text.subarray(header.length)]), Buffer.concat([Buffer.from(header), Buffer.from('not code at all')])]) {
      writeFileSync(file, damaged);
      const before = version(file);
      await notesWith(cache);
      expect(version(file)).not.toBe(before);
      expect(readFileSync(file).subarray(0, header.length).toString()).toBe(header);
    }
  });

  it('is not used for a bundle rewritten in place, even with its size and modification time kept', () => {
    // npm dates every file it installs 1985-10-26, and `cp -p` keeps the date of what it copies
    // over the same file: only the time of the change tells the new build from the old one.
    const copy = tempDir();
    for (const part of ['bin', 'dist', 'package.json']) cpSync(join(dirname(GROW_BIN), '..', part), join(copy, part), { recursive: true });
    const bundle = join(copy, 'dist', 'read-notes.js');
    const npmDate = new Date('1985-10-26T08:15:00Z');
    utimesSync(bundle, npmDate, npmDate);
    const cache = tempDir();
    const notes = () => spawnSync(process.execPath, [join(copy, 'bin', 'grow.js'), 'notes'], { env: growEnv({ journal, env: { XDG_CACHE_HOME: cache } }), encoding: 'utf8' });
    expect(notes().stdout).toBe(expected);

    // Another build, of as many bytes and as many characters (all V8 checks of the source).
    const { ino, size } = statSync(bundle);
    const built = readFileSync(bundle, 'utf8');
    const other = "process.stdout.write('another build\\n'); exports.ran = async () => true; //";
    const wide = size - built.length;
    writeFileSync(bundle, other + 'é'.repeat(wide) + ' '.repeat(built.length - other.length - wide));
    utimesSync(bundle, npmDate, npmDate);
    expect(statSync(bundle)).toMatchObject({ ino, size, mtimeMs: npmDate.getTime() });
    expect(notes()).toMatchObject({ status: 0, stdout: 'another build\n' });
  });

  it('is neither used nor written where someone else could have written it', async () => {
    // A folder others may write to.
    const open = tempDir();
    await notesWith(open);
    const folder = join(open, 'grow');
    chmodSync(folder, 0o777);
    const file = notesCache(open);
    writeFileSync(file, Buffer.concat([readFileSync(file).subarray(0, readFileSync(file).indexOf('\n') + 1), Buffer.from('not code at all')]));
    const planted = version(file);
    await notesWith(open);
    expect(version(file)).toBe(planted);

    // A file others may write to, and a link in place of the file: each is put aside for a
    // file of grow's own (had grow used it, it would have left it as it was).
    const shared = tempDir();
    await notesWith(shared);
    const sharedFile = notesCache(shared);
    chmodSync(sharedFile, 0o666);
    await notesWith(shared);
    expect(statSync(sharedFile).mode & 0o777).toBe(0o600);
    const linked = tempDir();
    mkdirSync(join(linked, 'grow'), { mode: 0o700 });
    const link = join(linked, 'grow', basename(sharedFile));
    symlinkSync(sharedFile, link);
    await notesWith(linked);
    expect(lstatSync(link).isSymbolicLink()).toBe(false);
  });

  it('costs nothing but the cache when its folder cannot be made', async () => {
    const blocked = join(tempDir(), 'a file');
    writeFileSync(blocked, '');
    await notesWith(blocked);
  });
});
