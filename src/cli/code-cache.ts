// Node 22 and later keep the code they compiled for the next start (bin/grow.js turns that on).
// Node 20 cannot, and compiling a read bundle (dist/read-*.js) is a good part of what `grow`,
// `grow notes` and `grow action list` cost: so there the bundle is compiled with V8's code
// cache, kept in the person's cache folder and written after the first run, so that it holds
// every function that run compiled.
//
// A cache is code that runs: it is used only from a folder and a file the person alone owns
// and can write, and only for the very bundle file it was made from (its device, inode, size,
// and modification and change times: npm dates every file it installs alike, and `cp -p` keeps
// the date over the same inode, but no one can set the change time); V8 itself refuses one from
// another version of V8 or for other flags, but not one made from another source of the same
// length. Anything that goes wrong only costs the cache: the bundle is then loaded as any other
// module.
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readFileSync, renameSync, writeFileSync, type Stats } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { Script } from 'node:vm';

/** The exports of the CommonJS file at `file` (an absolute path), compiled from a code cache when one fits. */
export function requireBundle(file: string): unknown {
  const require = createRequire(file);
  // Node 22's own cache (the types are Node 20's, which has none).
  const nodeCaches = 'enableCompileCache' in Module;
  const compiled = nodeCaches || require.cache[file] ? undefined : compileWithCache(file);
  if (!compiled) return require(file);
  const module = new Module(file);
  module.filename = file;
  require.cache[file] = module;
  compiled.call(module.exports, module.exports, require, module, file, dirname(file));
  module.loaded = true;
  return module.exports;
}

type ModuleFunction = (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;

/** The bundle's code as a module function, compiled from the cache when it fits; undefined when anything fails. */
function compileWithCache(file: string): ModuleFunction | undefined {
  try {
    const folder = cacheFolder();
    if (folder === undefined) return undefined;
    const { source, identity } = readBundle(file);
    const cacheFile = join(folder, `${basename(file)}-${placeKey(dirname(file))}.cache`);
    const cachedData = cacheFor(cacheFile, identity);
    const script = new Script(Module.wrap(source), { filename: file, ...(cachedData && { cachedData }) });
    // Written as grow ends, so that it holds the code of every function the command ran.
    if (!cachedData || script.cachedDataRejected) process.once('exit', () => writeCache(folder, cacheFile, identity, script));
    return script.runInThisContext() as ModuleFunction;
  } catch {
    return undefined;
  }
}

/**
 * $XDG_CACHE_HOME/grow, else ~/.cache/grow; undefined where a file's owner cannot be told
 * (Windows), or when neither is a full path: one relative to the folder grow runs in would have
 * it run code from whatever folder that is (the XDG rules say to ignore a relative path too).
 */
function cacheFolder(): string | undefined {
  if (typeof process.getuid !== 'function') return undefined;
  const given = process.env.XDG_CACHE_HOME;
  const base = given && isAbsolute(given) ? given : join(homedir(), '.cache');
  return isAbsolute(base) ? join(base, 'grow') : undefined;
}

/** A short name for the folder a bundle is in: two copies of grow installed keep a cache each. */
function placeKey(folder: string): string {
  // FNV-1a: a name, not a check, and crypto costs more to load than the cache saves.
  let hash = 0x811c9dc5;
  for (let at = 0; at < folder.length; at++) hash = Math.imul(hash ^ folder.charCodeAt(at), 0x01000193);
  return (hash >>> 0).toString(16);
}

/** The bundle's text, and which file in which state it was read from. */
function readBundle(file: string): { source: string; identity: string } {
  const fd = openSync(file, 'r');
  try {
    const info = fstatSync(fd, { bigint: true });
    return { source: readFileSync(fd, 'utf8'), identity: `${info.dev} ${info.ino} ${info.size} ${info.mtimeNs} ${info.ctimeNs}\n` };
  } finally {
    closeSync(fd);
  }
}

/** The cached code for the bundle file `identity` names, if a cache the person alone can write was made from it. */
function cacheFor(cacheFile: string, identity: string): Buffer | undefined {
  if (!ownedAlone(lstatSync(dirname(cacheFile), { throwIfNoEntry: false }))) return undefined;
  let fd: number;
  try {
    fd = openSync(cacheFile, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch {
    return undefined;
  }
  try {
    if (!ownedAlone(fstatSync(fd))) return undefined;
    const bytes = readFileSync(fd);
    const header = Buffer.from(identity);
    return bytes.subarray(0, header.length).equals(header) ? bytes.subarray(header.length) : undefined;
  } finally {
    closeSync(fd);
  }
}

/**
 * Whether the nearest folder that exists on the way to `folder` is this user's: `sudo grow`
 * with the person's HOME kept (as macOS does) never leaves root's folders in their home, where
 * a ~/.cache of root's would lock out every other program they run.
 */
function isMineToMake(folder: string): boolean {
  for (let at = folder; ; at = dirname(at)) {
    const info = lstatSync(at, { throwIfNoEntry: false });
    if (info) return info.uid === process.getuid!();
    if (dirname(at) === at) return false;
  }
}

/** Whether no one but this user owns or can write it. */
function ownedAlone(info: Stats | undefined): boolean {
  return info !== undefined && !info.isSymbolicLink() && info.uid === process.getuid!() && (info.mode & 0o022) === 0;
}

function writeCache(folder: string, cacheFile: string, identity: string, script: Script): void {
  try {
    if (!isMineToMake(folder)) return;
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    if (!ownedAlone(lstatSync(folder))) return;
    // Put in place whole: another grow starting meanwhile reads the old cache or the new one.
    const temporary = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(temporary, Buffer.concat([Buffer.from(identity), script.createCachedData()]), { mode: 0o600, flag: 'wx' });
    renameSync(temporary, cacheFile);
  } catch {
    // Only a cache: the next start compiles the bundle again.
  }
}
