// On Node 20, `grow`, `grow notes` and `grow action list` start from code compiled by an
// earlier run, kept in the person's cache folder (src/cli/code-cache.ts). A cache is code that
// runs: these tests try to make grow run one it should not trust, or one made from another file.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { chmodSync, chownSync, cpSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
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

/** A copy of the built grow, whose notes bundle a test may change, and `grow notes` run from it with its cache in `cache`/grow. */
function copyOfGrow(): { bundle: string; notes: (cache: string) => SpawnSyncReturns<string> } {
  const copy = tempDir();
  for (const part of ['bin', 'dist', 'package.json']) cpSync(join(dirname(GROW_BIN), '..', part), join(copy, part), { recursive: true });
  return {
    bundle: join(copy, 'dist', 'read-notes.js'),
    notes: (cache) => spawnSync(process.execPath, [join(copy, 'bin', 'grow.js'), 'notes'], { env: growEnv({ journal, env: { XDG_CACHE_HOME: cache } }), encoding: 'utf8' }),
  };
}

/** The text of another build of the bundle, which only says so: as many bytes and as many characters, all V8 checks of the source. */
function anotherBuild(bundle: string): string {
  const built = readFileSync(bundle, 'utf8');
  const other = "process.stdout.write('another build\\n'); exports.ran = async () => true; //";
  const wide = statSync(bundle).size - built.length;
  return other + 'é'.repeat(wide) + ' '.repeat(built.length - other.length - wide);
}

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
    const { bundle, notes } = copyOfGrow();
    const npmDate = new Date('1985-10-26T08:15:00Z');
    utimesSync(bundle, npmDate, npmDate);
    const cache = tempDir();
    expect(notes(cache).stdout).toBe(expected);

    const { ino, size } = statSync(bundle);
    writeFileSync(bundle, anotherBuild(bundle));
    utimesSync(bundle, npmDate, npmDate);
    expect(statSync(bundle)).toMatchObject({ ino, size, mtimeMs: npmDate.getTime() });
    expect(notes(cache)).toMatchObject({ status: 0, stdout: 'another build\n' });
  });

  it('runs code put in it only from a folder and a file you alone can write', () => {
    // A cache of another build, made to name the bundle file as it is now.
    const { bundle, notes } = copyOfGrow();
    const cache = tempDir();
    const built = readFileSync(bundle);
    writeFileSync(bundle, anotherBuild(bundle));
    expect(notes(cache).stdout).toBe('another build\n');
    writeFileSync(bundle, built);
    const file = notesCache(cache);
    const planted = readFileSync(file);
    const { dev, ino, size, mtimeNs, ctimeNs } = statSync(bundle, { bigint: true });
    writeFileSync(file, Buffer.concat([Buffer.from(`${dev} ${ino} ${size} ${mtimeNs} ${ctimeNs}\n`), planted.subarray(planted.indexOf('\n') + 1)]));
    // Nothing but where it is tells it from a cache grow made: yours alone, it runs.
    expect(notes(cache).stdout).toBe('another build\n');

    chmodSync(join(cache, 'grow'), 0o777);
    expect(notes(cache)).toMatchObject({ status: 0, stdout: expected });
    chmodSync(join(cache, 'grow'), 0o700);
    chmodSync(file, 0o620);
    expect(notes(cache)).toMatchObject({ status: 0, stdout: expected });
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

  it.skipIf(process.getuid?.() !== 0)('is never made by root in a folder that is someone else\'s, as with sudo keeping HOME', async () => {
    const home = tempDir();
    chownSync(home, 65534, 65534);
    await notesWith(join(home, '.cache'));
    expect(readdirSync(home)).toEqual([]);
  });

  it('is never kept in a folder named relative to where grow runs', async () => {
    const home = tempDir();
    const here = tempDir();
    for (const env of [{ XDG_CACHE_HOME: 'cache', HOME: home }, { XDG_CACHE_HOME: undefined, HOME: 'home' }]) {
      const run = await runGrow(['notes'], { journal, env, cwd: here });
      expect(run).toMatchObject({ code: 0, stdout: expected, stderr: '' });
      expect(readdirSync(here)).toEqual([]);
    }
    // A relative XDG_CACHE_HOME is ignored, as the XDG rules say, for the one in the home folder.
    expect(readdirSync(join(home, '.cache', 'grow'))).toEqual([expect.stringMatching(/^read-notes\.js-/)]);
  });

  it('costs nothing but the cache when its folder cannot be made', async () => {
    const blocked = join(tempDir(), 'a file');
    writeFileSync(blocked, '');
    await notesWith(blocked);
  });
});
