// The timeline of the markdown export, read by mermaid itself: every task is drawn with its
// id, its dates and a name that is shortened at a word, with an ellipsis, when it is long.
import { describe, expect, it } from 'vitest';
import { emptyJournal, personToRead } from '../../src/domain/journal';
import { addAction, addGoal } from '../../src/domain/plan';
import { ganttLines, mermaidName } from '../../src/render/markdown-gantt';
import { HOSTILE } from '../support/hostile';

interface GanttTask {
  id: string;
  task: string;
  section: string;
  startTime: Date;
  endTime: Date;
}

/** The tasks mermaid makes of a gantt chart: its parser, then the chart's own database, as drawing it would. */
async function mermaidTasks(lines: string[]): Promise<GanttTask[]> {
  const { default: mermaid } = await import('mermaid');
  const text = lines.slice(1, -1).join('\n');
  await mermaid.parse(text);
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
  return (diagram.db as unknown as { getTasks(): GanttTask[] }).getTasks();
}

describe('the gantt timeline', () => {
  it('shortens a long task name at a word, with an ellipsis', () => {
    expect(mermaidName('Give one piece of written feedback to each person on the team', 40)).toBe('Give one piece of written feedback to…');
    expect(mermaidName('Give one piece of written feedback', 40)).toBe('Give one piece of written feedback');
    expect(mermaidName('Read, then write', 6)).toBe('Read…');
    expect(mermaidName('Supercalifragilistic', 8)).toBe('Superca…');
  });

  it('is drawn by mermaid with every item, its dates and its shortened name', async () => {
    const journal = emptyJournal();
    const goal = addGoal(journal, 'me', { title: 'A person who gives feedback that lands, kindly and often' }, '2026-11-01');
    const texts = ['Give one piece of written feedback to each person on the team before the review cycle', 'Ask Sam', ...HOSTILE];
    texts.forEach((text, i) => addAction(journal, 'me', { goal: goal.id, text, due: `2027-0${1 + (i % 9)}-15` }, '2026-11-01'));
    const lines = ganttLines(personToRead(journal, 'me'));

    const tasks = await mermaidTasks(lines);
    expect(tasks.map((t) => t.id)).toEqual(texts.map((_, i) => `a${i + 1}`));
    expect(tasks[0]!.task.trim()).toBe('a1 Give one piece of written feedback…');
    for (const task of tasks) {
      expect(task.endTime.getTime(), task.id).toBeGreaterThan(task.startTime.getTime());
      expect(task.task.trim(), task.id).toBe(lines.find((line) => line.startsWith(`    ${task.id} `))!.slice(4).split(' :')[0]);
      expect(task.section).toMatch(/^g1 A person who gives feedback that lands/);
    }
  });
});
