// Standard output written straight to its descriptor: a write the system takes only in part
// goes on from the right byte, and a descriptor that does not block hands the rest to Node's
// stream. Neither can be brought about on purpose from outside, so the system's writes are
// played here.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Step = number | 'all' | 'EAGAIN' | 'EIO';

const system = vi.hoisted(() => ({ steps: [] as Step[], written: [] as Buffer[] }));

vi.mock('node:fs', async (original) => {
  const fs = await original<typeof import('node:fs')>();
  const writeSync = (_fd: number, data: string | Buffer, offset = 0): number => {
    const bytes = typeof data === 'string' ? Buffer.from(data) : data.subarray(offset);
    const step = system.steps.shift() ?? 'all';
    if (step === 'EAGAIN' || step === 'EIO') throw Object.assign(new Error(step), { code: step });
    const taken = bytes.subarray(0, step === 'all' ? bytes.length : step);
    system.written.push(taken);
    return taken.length;
  };
  return { ...fs, writeSync };
});

const TEXT = 'héllo wörld 😀, and more words after it\n';

let streamed: (string | Uint8Array)[];

beforeEach(() => {
  vi.resetModules();
  system.steps = [];
  system.written = [];
  streamed = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => streamed.push(chunk) > 0);
  vi.spyOn(process.stdout, 'on').mockReturnValue(process.stdout);
});

afterEach(() => vi.restoreAllMocks());

const load = () => import('../../src/terminal/write-out');
const streamedBytes = () => Buffer.concat(streamed.map((chunk) => Buffer.from(chunk)));

describe('standard output written straight to its descriptor', () => {
  it('goes on from the byte a write stopped at, even inside a character', async () => {
    const { writeOut } = await load();
    // "h" and the first of the two bytes of "é", then three more bytes, then the rest.
    system.steps = [2, 3, 'all'];
    writeOut(TEXT);
    expect(Buffer.concat(system.written).toString('utf8')).toBe(TEXT);
    expect(streamed).toEqual([]);
  });

  it('hands everything to Node\'s stream once the descriptor does not block and is full', async () => {
    const { writeOut } = await load();
    system.steps = ['EAGAIN'];
    writeOut(TEXT);
    writeOut('the next line\n');
    expect(system.written).toEqual([]);
    expect(streamedBytes().toString('utf8')).toBe(`${TEXT}the next line\n`);
  });

  it('hands the stream what a write left over when the next one finds no room', async () => {
    const { writeOut } = await load();
    system.steps = [9, 'EAGAIN'];
    writeOut(TEXT);
    expect(Buffer.concat([...system.written, streamedBytes()]).toString('utf8')).toBe(TEXT);
  });

  it('tells of any other failure once, and drops what comes after', async () => {
    const { writeOut, whenOutputFails } = await load();
    const failures: string[] = [];
    whenOutputFails((error) => failures.push(error.code!));
    system.steps = [4, 'EIO'];
    writeOut(TEXT);
    writeOut('dropped\n');
    expect(failures).toEqual(['EIO']);
    expect(Buffer.concat(system.written)).toEqual(Buffer.from(TEXT).subarray(0, 4));
    expect(streamed).toEqual([]);
  });
});
