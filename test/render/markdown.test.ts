import { describe, expect, it } from 'vitest';
import { applyInit } from '../../src/domain/init-answers';
import { emptyJournal } from '../../src/domain/journal';
import { renderMarkdown } from '../../src/render/markdown';
import { exportInput } from '../support/export-input';
import { lintProblems, markdownShape } from '../support/markdown';
import { richJournal } from '../support/rich-journal';

const section = (markdown: string, title: string) => markdown.split(/\n(?=#{1,3} )/).find((part) => part.startsWith(title)) ?? '';

describe('the markdown export', () => {
  const markdown = renderMarkdown(exportInput(richJournal()));

  it('is clean under markdownlint’s default rules', () => {
    expect(lintProblems(markdown)).toEqual([]);
    expect(lintProblems(renderMarkdown(exportInput(richJournal(), { allPeople: true, includePrivate: true })))).toEqual([]);
  });

  it('labels each answer about the person as the screen does, so each reads in its context', () => {
    const journal = emptyJournal();
    const reflections = { plans: 'Run a half marathon', reaching: 'Speaking up in reviews', failure: 'We missed a launch last spring', strengths: 'Explaining things', growth: 'Staying calm' };
    applyInit(journal, 'me', { reflections, goals: [], done: [] }, '2026-11-25');
    expect(section(renderMarkdown(exportInput(journal)), '## About')).toBe(
      '## About\n\n- Plans: Run a half marathon\n- Reaching for: Speaking up in reviews\n- A setback: We missed a launch last spring\n- Strengths: Explaining things\n- To get better at: Staying calm\n',
    );
  });

  it('has a title with the person and the date, then the plan and what happened, in order', () => {
    expect(markdownShape(markdown).headings).toEqual([
      '# My development plan, Wednesday 25 November 2026',
      '## Mission',
      '## About',
      '## Dreams and passions',
      '## Goals',
      '## Action items',
      '## Timeline',
      '## Check-ins',
      '### a1: Give a lightning talk at the local meetup',
      '### a2: Record myself rehearsing, twice',
      '### a3: Publish one post a month',
      '### Overall',
      '## Autonomy, mastery and purpose',
      '## Notes',
    ]);
  });

  it('labels each dream and passion, by the question that drew it where its kind would mislabel it', () => {
    const journal = richJournal();
    journal.people[0]!.reflections.push({ id: 'r9', kind: 'passion', question: 'wake-up', text: 'Seeing people grow.', on: '2026-09-01' });
    expect(section(renderMarkdown(exportInput(journal)), '## Dreams and passions')).toBe(
      '## Dreams and passions\n\n- Dream: Speak at a conference abroad.\n- Passion: Explaining hard things simply.\n- Gets up in the morning for: Seeing people grow.\n',
    );
  });

  it('shows the current mission and when it last changed', () => {
    expect(section(markdown, '## Mission')).toBe(
      '## Mission\n\n> I wake up to help people around me grow, and to write about what we learn.\n\nLast changed on Tuesday 1 September 2026.\n',
    );
  });

  it('shows goals with their stage and progress', () => {
    expect(section(markdown, '## Goals')).toBe(
      [
        '## Goals',
        '',
        '- g1: Someone who speaks at conferences with ease',
        '  - Why: Sharing what I learn helps others skip my mistakes.',
        '  - Stage: practising, since Thursday 15 October 2026 (before: learning)',
        '  - Progress: 80%',
        '- g2: A writer people read on Sundays',
        '  - Progress: 50%',
        '',
      ].join('\n'),
    );
  });

  it('lists the action items as a table with owner, due date, status and last check-in', () => {
    expect(markdown).toContain('| Id | Action | Goal | Owner | Due | Status | Last check-in |');
    expect(markdown).toContain('| a1 | Give a lightning talk at the local meetup | g1 | me | 2026-11-30 | open | 2026-11-02, 60% |');
    expect(markdown).toContain('| a2 | Record myself rehearsing, twice | g1 | me | 2026-10-20 | done 2026-10-18 | 2026-10-18, 100% |');
    expect(markdown).toContain('| a4 | Start a newsletter | g2 | me | 2026-10-01 | dropped 2026-09-20 | none yet |');
    expect(markdownShape(markdown).tables[0]).toEqual([7, 7, 7, 7, 7, 7]);
  });

  it('draws open and done items on a mermaid gantt timeline, by goal', () => {
    expect(markdownShape(markdown).fences).toEqual([
      {
        info: 'mermaid',
        lines: [
          'gantt',
          '    dateFormat YYYY-MM-DD',
          '    section g1 Someone who speaks at conferences with ease',
          '    a1 Give a lightning talk at the local… :active, a1, 2026-09-01, 2026-11-30',
          '    a2 Record myself rehearsing, twice :done, a2, 2026-09-01, 2026-10-18',
          '    section g2 A writer people read on Sundays',
          '    a3 Publish one post a month :active, a3, 2026-09-02, 2026-12-31',
        ],
      },
    ]);
  });

  it('shows check-ins by item, newest first, with what went well before what is in the way', () => {
    expect(section(markdown, '### a1')).toBe(
      [
        '### a1: Give a lightning talk at the local meetup',
        '',
        '- 2026-11-02, open, 60%',
        '  - Went well: Slides drafted.',
        '  - In the way: Nervous about the demo.',
        '  - Due date moved from 2026-11-15 to 2026-11-30',
        '  - Autonomy 4, mastery 3, purpose 5',
        '- 2026-10-01, open, 20%',
        '  - Went well: Picked a topic.',
        '  - Autonomy 4, mastery 2, purpose 5',
        '',
      ].join('\n'),
    );
  });

  it('averages the pulse per month', () => {
    expect(section(markdown, '## Autonomy')).toContain('| October 2026 | 4.0 | 2.0 | 5.0 | 1 |\n| November 2026 | 4.5 | 3.0 | 4.5 | 2 |');
  });

  it('lists notes newest first, with tags, and addresses as links', () => {
    expect(section(markdown, '## Notes')).toBe(
      [
        '## Notes',
        '',
        '- 2026-11-20 09:00 (n3) `#speaking` `#reading`',
        '',
        '  Read <https://example.com/talks> about pacing; wrote to <ada@example.com>.',
        '',
        '- 2026-10-02 08:30 (n1) `#speaking`',
        '',
        '  Asked Ada for feedback on the outline.',
        '',
        '  She said: start with the story.',
        '',
      ].join('\n'),
    );
  });

  it('leaves private words out unless asked, and marks them when included', () => {
    for (const secret of ['Felt stuck today', 'Saying no to meetings', 'To get better at']) expect(markdown).not.toContain(secret);
    const withPrivate = renderMarkdown(exportInput(richJournal(), { includePrivate: true }));
    expect(withPrivate).toContain('- (private) To get better at: Saying no to meetings.');
    expect(withPrivate).toContain('- 2026-11-04 17:45 (n2) (private)');
  });

  it('shows one-on-ones with their parts, items reviewed and agreed, and the parking lot', () => {
    const sam = renderMarkdown(exportInput(richJournal(), { person: 'Sam' }));
    expect(lintProblems(sam)).toEqual([]);
    expect(section(sam, '### s1')).toBe(
      [
        '### s1: Monday 5 October 2026, with Morgan',
        '',
        'Opening:',
        '',
        '- Morgan (strength): Your runbook rewrite was clear.',
        '',
        'Talk about yourself:',
        '',
        '- Morgan (failure): I once paged the wrong team for an hour.',
        '- Sam (plans): I want to move closer to operations.',
        '',
        'Talk about your dreams:',
        '',
        '- Sam (dream): Lead a team one day.',
        '',
        'Who does what by when:',
        '',
        '- Morgan (who): Morgan finds a course; Sam shadows.',
        '',
        'Items agreed:',
        '',
        '- a5 Shadow two incidents: Sam, by 2026-11-15',
        '- a6 Find an incident-command course: Morgan, by 2026-10-30',
        '',
        'Parking lot:',
        '',
        '- Sam: Conference budget for next year.',
        '',
        'Next one-on-one: Monday 19 October 2026.',
        '',
      ].join('\n'),
    );
    expect(section(sam, '### s2')).toContain('Items reviewed:\n\n- a5: 2026-11-05, open, 50%');
    expect(sam).not.toContain('burnout');
  });

  it('names the person in every section heading when it holds everyone, so none repeats', () => {
    const all = renderMarkdown(exportInput(richJournal(), { allPeople: true }));
    const headings = markdownShape(all).headings;
    expect(headings[0]).toBe('# Development plans, Wednesday 25 November 2026');
    expect(headings).toContain('## Sam');
    expect(headings).toContain('### Mission (Sam)');
    expect(headings).toContain('### Mission (me)');
    expect(new Set(headings).size).toBe(headings.length);
  });

  it('keeps only later check-ins, one-on-ones and notes with --since, and says so', () => {
    const recent = renderMarkdown(exportInput(richJournal(), { since: '2026-11-01' }));
    expect(recent).toContain('Check-ins, one-on-ones and notes from Sunday 1 November 2026 on.');
    expect(recent).not.toContain('Picked a topic');
    expect(recent).not.toContain('(n1)');
    // Progress is still measured from every check-in, but an earlier one is not shown, nor its date.
    expect(recent).toContain('| a2 | Record myself rehearsing, twice | g1 | me | 2026-10-20 | done 2026-10-18 | before 2026-11-01, 100% |');
    expect(recent).toContain('| a1 | Give a lightning talk at the local meetup | g1 | me | 2026-11-30 | open | 2026-11-02, 60% |');
    const sinceLater = renderMarkdown(exportInput(richJournal(), { since: '2026-11-26' }));
    expect(sinceLater).toContain('| a1 | Give a lightning talk at the local meetup | g1 | me | 2026-11-30 | open | before 2026-11-26, 60% |');
    expect(sinceLater).not.toMatch(/2026-11-0[23]/);
  });

  it('gives the same bytes for the same journal and day, whatever the order of keys in memory', () => {
    const reordered = JSON.parse(JSON.stringify(richJournal(), (_key, value) => (value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).reverse()) : value)));
    expect(renderMarkdown(exportInput(reordered))).toBe(markdown);
    expect(renderMarkdown(exportInput(richJournal(), { today: '2026-11-26' }))).not.toBe(markdown);
  });

  it('says there is nothing yet for an empty plan', () => {
    const empty = emptyJournal();
    empty.people.push({ name: 'me', missions: [], reflections: [], goals: [], actions: [], checkins: [], notes: [], sessions: [], drafts: [] });
    const text = renderMarkdown(exportInput(empty));
    expect(text).toBe('# My development plan, Wednesday 25 November 2026\n\nNothing written yet. grow init walks you through a mission statement and a plan.\n');
    expect(lintProblems(text)).toEqual([]);
  });
});
