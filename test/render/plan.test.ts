import { describe, expect, it } from 'vitest';
import type { Action } from '../../src/domain/schema';
import { plain, type Paint } from '../../src/render/paint';
import { actionRow, renderMissionHistory } from '../../src/render/plan';

/** Shows which colour each piece was painted in. */
const tagged = Object.fromEntries(Object.keys(plain).map((colour) => [colour, (text: string) => `<${colour}>${text}</${colour}>`])) as unknown as Paint;

const item: Action = { id: 'a1', goal: 'g1', text: 'Give a lightning talk', owner: 'me', due: '2026-12-04', every: '2w', status: 'open', created: '2026-11-01' };

describe('actionRow', () => {
  it('shows id, due date, text, owner and cadence, with extra facts at the end', () => {
    expect(actionRow(item, { today: '2026-11-25', paint: plain, extras: () => ['moved twice'] })).toBe(
      'a1   Fri 4 Dec        Give a lightning talk  · me · every 2 weeks · moved twice',
    );
  });

  it('paints an open item past its due date red, and dims closed items', () => {
    expect(actionRow(item, { today: '2026-12-05', paint: tagged })).toContain('<red>Fri 4 Dec');
    const done = actionRow({ ...item, status: 'done', closed: '2026-12-06' }, { today: '2026-12-07', paint: tagged });
    expect(done).not.toContain('<red>');
    expect(done).toContain('<dim>Give a lightning talk</dim>');
    expect(done).toContain('done Sun 6 Dec');
  });

  it('shows text typed with line breaks on one line', () => {
    expect(actionRow({ ...item, text: 'Give a\nlightning\r\n\ttalk' }, { today: '2026-11-25', paint: plain })).toBe('a1   Fri 4 Dec        Give a lightning talk  · me · every 2 weeks');
  });

  it('folds a long row at spaces to the terminal width, continuing under the text', () => {
    const long = { ...item, text: 'Give a lightning talk about what I learnt at the conference' };
    expect(actionRow(long, { today: '2026-11-25', paint: plain, width: 80 }, '    ')).toBe(
      '    a1   Fri 4 Dec        Give a lightning talk about what I learnt at the\n                          conference  · me · every 2 weeks',
    );
  });

  it('makes control characters in typed text visible', () => {
    expect(actionRow({ ...item, text: 'Ship \u001b[31mit' }, { today: '2026-11-25', paint: plain })).toContain('Ship \\u001b[31mit');
  });
});

describe('renderMissionHistory', () => {
  it('marks the newest statement as the one in force', () => {
    const text = renderMissionHistory(
      [
        { text: 'I wake up to build calm teams.', since: '2026-11-25' },
        { text: 'I wake up to help people grow.', since: '2026-01-05' },
      ],
      plain,
    );
    expect(text).toBe(
      'Mission statements, newest first\n\nWednesday 25 November 2026  now\n    I wake up to build calm teams.\n\nMonday 5 January 2026\n    I wake up to help people grow.\n',
    );
  });
});
