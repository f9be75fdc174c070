// grow mission edit and grow mission history --diff, in-process: a new version from --text or
// the editor, the earlier ones kept, and what changed between them word by word.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { editMission, missionHistory, setMissionText } from '../../src/commands/mission';
import { damaged } from '../support/damaged';
import { exitCodeOf, testContext } from '../support/test-context';

const FAKE_EDITOR = `${process.execPath} ${fileURLToPath(new URL('../e2e/fixtures/fake-editor.mjs', import.meta.url))}`;

describe('grow mission edit', () => {
  it('records a new version from --text, keeping every earlier one', async () => {
    const ctx = testContext();
    await setMissionText(ctx, ['I wake up to help people find their own way.']);
    await editMission(ctx, { text: 'I wake up to help people find their own way, and to learn from them.' });
    expect(ctx.out.text).toContain('Your mission statement is saved. The earlier one is kept: grow mission history\n');
    expect((await ctx.journal()).people[0]!.missions.map((m) => m.text)).toEqual(['I wake up to help people find their own way.', 'I wake up to help people find their own way, and to learn from them.']);
    expect(await exitCodeOf(editMission(ctx, { text: ' ' }), /^Give the new statement with --text/)).toBe(2);
    expect(await exitCodeOf(editMission(ctx, {}), /^Give the new statement with --text/)).toBe(2);
  });

  it('opens the editor on the current statement at a terminal', async () => {
    const ctx = testContext({ answers: [], env: { EDITOR: FAKE_EDITOR, FAKE_EDITOR_TEXT: 'I wake up to make hard things simple for others.\n' } });
    await setMissionText(ctx, ['I wake up to make hard things simple.']);
    await editMission(ctx, {});
    expect((await ctx.journal()).people[0]!.missions.at(-1)!.text).toBe('I wake up to make hard things simple for others.');
  });
});

describe('grow mission history --diff', () => {
  it('shows the words each version took out of the one before, and put in', async () => {
    const ctx = testContext();
    await setMissionText(ctx, ['I wake up to help people grow.']);
    await setMissionText(ctx, ['I wake up to help people find their own way.']);
    const shown = testContext({ journal: ctx.store.path });
    await missionHistory(shown, { diff: true });
    expect(shown.out.text).toContain('    I wake up to help people [-grow.-] {+find their own way.+}\n');
    expect(shown.out.text).toContain('    I wake up to help people grow.\n');

    const json = testContext({ journal: ctx.store.path, json: true });
    await missionHistory(json, { diff: true });
    expect(JSON.parse(json.out.text)).toMatchObject([
      {
        text: 'I wake up to help people find their own way.',
        diff: [
          { kind: 'same', text: 'I wake up to help people' },
          { kind: 'removed', text: 'grow.' },
          { kind: 'added', text: 'find their own way.' },
        ],
      },
      { text: 'I wake up to help people grow.', diff: null },
    ]);
  });

  it('fails with exit 1 on a journal it cannot read', async () => {
    expect(await exitCodeOf(missionHistory(damaged(), { diff: true }), 'is not valid JSON')).toBe(1);
    expect(await exitCodeOf(editMission(damaged({ answers: [] }), {}), 'is not valid JSON')).toBe(1);
  });
});
