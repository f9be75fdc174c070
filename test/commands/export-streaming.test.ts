// grow export writes a person at a time, reading each person's lists only for their section:
// what it writes is the same as the whole document rendered at once, and a write that fails
// half-way leaves nothing where the export was going.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateJournal } from '../../scripts/generate-journal';
import { exportPlan, type ExportOptions } from '../../src/commands/export';
import type { Journal } from '../../src/domain/schema';
import { isRead } from '../../src/store/lazy-journal';
import { renderICalendar } from '../../src/render/ical';
import { renderJsonExport } from '../../src/render/json-export';
import { renderMarkdown } from '../../src/render/markdown';
import { exportInput, type InputOptions } from '../support/export-input';
import { tempDir } from '../support/temp';
import { exitCodeOf, testContext } from '../support/test-context';

/** Three people with notes, check-ins, one-on-ones and private words, saved by grow's own store (so it is read as it is used). */
async function severalPeople() {
  const ctx = testContext();
  const generated = generateJournal({ people: 3, goals: 3, actions: 6, checkins: 40, notes: 12, sessions: 3, reflections: 5, seed: 3 });
  await ctx.store.update((journal) => void Object.assign(journal, generated));
  // The journal as a plain object, as the whole document would be rendered from it.
  const whole = JSON.parse(JSON.stringify(await ctx.store.read())) as Journal;
  return { ctx, whole };
}

const RENDER = { md: renderMarkdown, json: renderJsonExport, ics: renderICalendar };

afterEach(() => void vi.restoreAllMocks());

describe('grow export, a person at a time', () => {
  it('writes the same bytes as the whole document rendered at once, and keeps no one’s lists once written', async () => {
    const { ctx, whole } = await severalPeople();
    const cases: (ExportOptions & InputOptions)[] = [{ allPeople: true }, { allPeople: true, includePrivate: true }, { allPeople: true, since: '2026-06-01' }, { includePrivate: true }];
    for (const format of ['md', 'json', 'ics'] as const) {
      for (const options of cases) {
        const run = testContext({ journal: ctx.store.path });
        const read = vi.spyOn(run.store, 'read');
        await exportPlan(run, { ...options, format });
        const expected = RENDER[format](exportInput(whole, options));
        expect(run.out.text, `${format} ${JSON.stringify(options)}`).toBe(expected);
        const journal = await read.mock.results[0]!.value;
        for (const person of journal.people) for (const list of ['checkins', 'notes']) expect(isRead(person, list)).toBe(false);
      }
    }
  });

  it('leaves nothing behind when writing --out fails half-way, and an earlier file as it was', async () => {
    const { ctx } = await severalPeople();
    const dir = tempDir();
    const out = join(dir, 'plan.md');
    writeFileSync(out, 'the export of last week\n');
    // The second part (the second person's section) cannot be written: the disk is full.
    const handle = await open(join(dir, 'probe'), 'w');
    const prototype = Object.getPrototypeOf(handle) as { writeFile: (data: string) => Promise<void> };
    await handle.close();
    const write = prototype.writeFile;
    let parts = 0;
    vi.spyOn(prototype, 'writeFile').mockImplementation(function (this: unknown, data: string) {
      if (++parts === 3) return Promise.reject(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' }));
      return write.call(this, data);
    });
    expect(await exitCodeOf(exportPlan(ctx, { allPeople: true, out }), `Cannot write ${out}: no space left on device.`)).toBe(1);
    expect(parts).toBe(3);
    expect(readFileSync(out, 'utf8')).toBe('the export of last week\n');
    expect(readdirSync(dir).sort()).toEqual(['plan.md', 'probe']);
    expect(ctx.err.text).toBe('');

    const fresh = join(dir, 'new.md');
    parts = 0;
    expect(await exitCodeOf(exportPlan(ctx, { allPeople: true, out: fresh }), `Cannot write ${fresh}: no space left on device.`)).toBe(1);
    expect(existsSync(fresh)).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['plan.md', 'probe']);
  });
});
