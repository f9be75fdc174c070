// The markdown export: a document that reads well on GitHub and in any markdown viewer.
// The plan comes first (mission, reflections, goals, action items, timeline), then what
// happened (check-ins, pulse, one-on-ones, notes; in markdown-events.ts). Sections with
// nothing in them are left out; the same journal and day give the same bytes.
import type { IsoDate } from '../domain/dates';
import type { ExportedPerson } from '../domain/export-view';
import { currentMission, currentStage } from '../domain/plan';
import { goalProgress, itemProgress } from '../domain/progress';
import type { Goal, Person, Reflection } from '../domain/schema';
import type { ReflectionKind } from '../domain/vocabulary';
import { messages } from '../messages';
import { longDate } from './dates';
import { ganttLines } from './markdown-gantt';
import { eventSections } from './markdown-events';
import { privateMark, section, type Blocks, type Layout } from './markdown-layout';
import { blockText, heading, inlineText, table } from './markdown-text';
import type { ExportInput } from './exports';
import { inParts } from './parts';

const m = messages.exportDocument;

export function renderMarkdown(input: ExportInput): string {
  return [...markdownParts(input)].join('');
}

/** The document in parts, each person's rendered only when the one before has been written. */
export function* markdownParts(input: ExportInput): Generator<string> {
  const date = longDate(input.today);
  const alone = !input.allPeople;
  const opening = (title: string) => text([[heading(1, title)], ...(input.since === undefined ? [] : [blockText(m.since(longDate(input.since)), '', '')])]);
  if (!alone) yield opening(m.allTitle(date));
  for (const exported of input.people) {
    // One person's plan is titled with their name.
    if (alone) yield opening(m.title(exported.person.name, date));
    yield* inParts(blockTexts(personBlocks(exported, alone, input.since)));
  }
  yield '\n';
}

/** Each block after the blank line that sets it apart. */
function* blockTexts(blocks: Iterable<string[]>): Generator<string> {
  for (const block of blocks) yield `\n\n${block.join('\n')}`;
}

const text = (blocks: Blocks) => blocks.map((block) => block.join('\n')).join('\n\n');

function* personBlocks(exported: ExportedPerson, alone: boolean, since: IsoDate | undefined): Generator<string[]> {
  const layout: Layout = alone ? { level: 2 } : { level: 3, person: exported.person.name };
  if (!alone) yield [heading(2, exported.person.name)];
  let empty = true;
  for (const sections of [planSections(exported, layout, since), eventSections(exported, layout)]) {
    for (const block of sections) {
      empty = false;
      yield block;
    }
  }
  if (empty) yield blockText(m.empty, '', '');
}

function planSections(exported: ExportedPerson, layout: Layout, since: IsoDate | undefined): Blocks {
  const { person, latest } = exported;
  const mission = currentMission(person);
  const gantt = ganttLines(person);
  const reflectionList = (kinds: ReflectionKind[], label: (reflection: Reflection) => string | undefined) => {
    const lines = person.reflections.filter((r) => kinds.includes(r.kind)).flatMap((r) => reflectionItem(r, label(r)));
    return lines.length === 0 ? [] : [lines];
  };
  return [
    ...section(layout, m.sections.mission, mission ? [blockText(mission.text, '> ', '> '), blockText(m.missionSince(longDate(mission.since)), '', '')] : []),
    // Each answer under the label the screen gives it, so that it reads in its context.
    ...section(layout, m.sections.about, reflectionList(['about', 'strength', 'growth'], aboutLabel)),
    ...section(layout, m.sections.dreams, reflectionList(['dream', 'passion'], dreamLabel)),
    ...section(layout, m.sections.goals, person.goals.length === 0 ? [] : [person.goals.flatMap((goal) => goalItem(person, goal, latest))]),
    ...section(layout, m.sections.actions, person.actions.length === 0 ? [] : [actionTable(exported, since)]),
    ...section(layout, m.sections.timeline, gantt.length === 0 ? [] : [gantt]),
  ];
}

/** The screen's labels, looked up by any stored question. */
const QUESTION_LABELS: Partial<Record<string, { label: string }>> = messages.init.questions;
const aboutLabel = (r: Reflection) => (r.question && QUESTION_LABELS[r.question]?.label) || m.reflection[r.kind];
const dreamLabel = (r: Reflection) => (r.question && m.reflectionQuestion[r.question]) || m.reflection[r.kind];

function reflectionItem(reflection: Reflection, label: string | undefined): string[] {
  return blockText(`${privateMark(reflection)}${label ? `${label}: ` : ''}${reflection.text}`, '- ', '  ');
}

function goalItem(person: Person, goal: Goal, latest: ExportedPerson['latest']): string[] {
  const lines = blockText(`${goal.id}: ${goal.title}`, '- ', '  ');
  const sub = (text: string) => lines.push(...blockText(text, '  - ', '    '));
  if (goal.why) sub(m.why(goal.why));
  const stage = currentStage(goal);
  if (stage !== undefined) sub(m.stage(stage, longDate(goal.stages.at(-1)!.on), goal.stages.slice(0, -1).map((s) => s.name)));
  sub(m.progress(goalProgress(goal, person, latest)));
  return lines;
}

function actionTable({ person, latest, splits }: ExportedPerson, since: IsoDate | undefined): string[] {
  const rows = person.actions.map((action) => {
    const last = latest.get(action.id);
    const progress = itemProgress(action, latest);
    // Progress counts every check-in, but one from before --since is not shown, nor its date.
    const lastText = !last ? m.noCheckin : since !== undefined && last.on < since ? m.checkinBefore(since, progress) : m.lastCheckin(last.on, progress);
    return [
      action.id,
      inlineText(action.text),
      action.goal,
      inlineText(action.owner),
      action.due,
      action.closed ? messages.plan.closed(splits.has(action.id) ? messages.plan.splitInto(splits.get(action.id)!) : action.status, action.closed) : action.status,
      lastText,
    ];
  });
  return table(m.actionColumns, rows);
}
