// grow mission, grow mission set and grow mission history, run in-process.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { missionHistory, setMissionText, showMission } from '../../src/commands/mission';
import { damaged } from '../support/damaged';
import { exitCodeOf, testContext } from '../support/test-context';

describe('grow mission', () => {
  it('sets the statement, keeps the earlier one, and shows both', async () => {
    const ctx = testContext({ columns: 80 });
    await setMissionText(ctx, ['I wake up to help people', 'find their own way.']);
    await setMissionText(testContext({ journal: ctx.store.path, today: '2026-12-01' }), ['I wake up to build calm, curious teams.']);
    expect(ctx.out.text).toBe('Your mission statement is saved.\n');

    const later = testContext({ journal: ctx.store.path, columns: 80 });
    await setMissionText(later, ['I wake up to build calm, curious teams.']);
    expect(later.out.text).toBe('That is already the mission statement; nothing changed.\n');
    await showMission(later);
    expect(later.out.text).toContain('I wake up to build calm, curious teams.');

    const json = testContext({ journal: ctx.store.path, json: true });
    await missionHistory(json);
    expect(JSON.parse(json.out.text)).toEqual([
      { text: 'I wake up to build calm, curious teams.', since: '2026-12-01' },
      { text: 'I wake up to help people find their own way.', since: '2026-11-25' },
    ]);
  });

  it('says there is none yet, and how to write one, without creating the journal', async () => {
    const ctx = testContext();
    await showMission(ctx);
    await missionHistory(ctx);
    expect(ctx.out.text).toBe(`${'There is no mission statement in your plan yet. Write one with grow init, or: grow mission set "What makes me wake up every morning is ..."\n'.repeat(2)}`);
    const json = testContext({ json: true, journal: ctx.store.path });
    await showMission(json);
    expect(json.out.text).toBe('null\n');
    expect(existsSync(ctx.store.path)).toBe(false);
  });

  it('refuses an empty statement with exit 2, and a person not in the journal', async () => {
    expect(await exitCodeOf(setMissionText(testContext(), ['  ']), 'Write the statement after the command')).toBe(2);
    expect(await exitCodeOf(setMissionText(testContext({ person: 'Sam' }), ['Mine.']), 'There is no one called "Sam" in this journal.')).toBe(2);
  });

  it('fails with exit 1 on a journal it cannot read, and leaves the file as it was', async () => {
    const ctx = damaged();
    expect(await exitCodeOf(setMissionText(ctx, ['Mine.']), 'is not valid JSON')).toBe(1);
    expect(await exitCodeOf(showMission(ctx), 'is not valid JSON')).toBe(1);
  });
});

