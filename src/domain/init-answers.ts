// The answers of `grow init`: what the person said about themselves and their dreams, their
// mission statement and their goals with action items. The same shape is the draft kept on
// Ctrl+C, what a revision starts from, and what is saved to the plan in one change.
import * as z from 'zod/mini';
import type { IsoDate } from './dates';
import { findDraft, removeDraft } from './drafts';
import { nextId, personToWrite } from './journal';
import { addAction, addGoal, closeAction, currentMission, currentStage, findAction, findGoal, setGoalStage, setMission } from './plan';
import type { Journal, Person, Reflection } from './schema';
import { CADENCES, MAX_NAME, MAX_TEXT, type ReflectionKind } from './vocabulary';

/** The guided questions whose answers are kept as reflections; `key` is stored as the reflection's `question`. */
export const ABOUT_QUESTIONS = [
  { key: 'plans', kind: 'about' },
  { key: 'reaching', kind: 'about' },
  { key: 'failure', kind: 'about' },
  { key: 'strengths', kind: 'strength' },
  { key: 'growth', kind: 'growth' },
] as const satisfies readonly { key: string; kind: ReflectionKind }[];

export const DREAM_QUESTIONS = [
  { key: 'love', kind: 'passion' },
  { key: 'dream', kind: 'dream' },
  { key: 'wake-up', kind: 'passion' },
] as const satisfies readonly { key: string; kind: ReflectionKind }[];

/** The key of a guided question whose answer is kept as a reflection. */
export type ReflectionQuestion = (typeof ABOUT_QUESTIONS)[number]['key'] | (typeof DREAM_QUESTIONS)[number]['key'];

export const INIT_PARTS = ['about', 'dreams', 'plan'] as const;
export type InitPart = (typeof INIT_PARTS)[number];

const text = z.string().check(z.minLength(1), z.maxLength(MAX_TEXT));

const ActionAnswerSchema = z.object({
  /** The saved item this revises; absent for a new one. */
  id: z.optional(z.string()),
  text,
  owner: z.string().check(z.minLength(1), z.maxLength(MAX_NAME)),
  due: z.iso.date(),
  every: z.enum(CADENCES),
  /** A saved item the person chose to drop while revising. */
  dropped: z.optional(z.boolean()),
});

const GoalAnswerSchema = z.object({
  id: z.optional(z.string()),
  title: text,
  why: z.optional(text),
  stage: z.optional(z.string().check(z.minLength(1), z.maxLength(60))),
  actions: z.array(ActionAnswerSchema),
});

const InitAnswersSchema = z.object({
  /** Question key → answer; a blank answer is not kept. */
  reflections: z.record(z.string(), text),
  mission: z.optional(text),
  goals: z.array(GoalAnswerSchema),
  /** The parts finished, so a resumed draft goes on where it stopped. */
  done: z.array(z.enum(INIT_PARTS)),
});

export type InitAnswers = z.infer<typeof InitAnswersSchema>;
export type GoalAnswer = z.infer<typeof GoalAnswerSchema>;
export type ActionAnswer = z.infer<typeof ActionAnswerSchema>;

export function emptyAnswers(): InitAnswers {
  return { reflections: {}, goals: [], done: [] };
}

/** A plan is there to revise once it has a mission statement or a goal. */
export function hasPlan(person: Person): boolean {
  return person.missions.length > 0 || person.goals.length > 0;
}

/** The plan as it stands, as answers to start a revision from: the latest answer to each question, open items only. */
export function answersFromPlan(person: Person): InitAnswers {
  const reflections: Record<string, string> = {};
  for (const r of person.reflections) if (r.question && r.session === undefined) reflections[r.question] = r.text;
  const goals = person.goals.map((goal) => ({
    id: goal.id,
    title: goal.title,
    why: goal.why,
    stage: currentStage(goal),
    actions: person.actions.filter((a) => a.goal === goal.id && a.status === 'open').map(({ id, text, owner, due, every }) => ({ id, text, owner, due, every })),
  }));
  return { reflections, mission: currentMission(person)?.text, goals, done: [] };
}

export function initDraft(person: Person): { answers: InitAnswers; saved: string } | undefined {
  return findDraft(person, 'init', InitAnswersSchema);
}

/** Saves the answers to the plan and removes the draft, as one change to the journal. */
export function applyInit(journal: Journal, personName: string, answers: InitAnswers, today: IsoDate): void {
  const person = personToWrite(journal, personName);
  for (const [key, answer] of Object.entries(answers.reflections)) addReflection(journal, person, key, answer, today);
  if (answers.mission) setMission(person, answers.mission, today);
  for (const answer of answers.goals) {
    const goal = (answer.id && findGoal(person, answer.id)) || addGoal(journal, person.name, { title: answer.title }, today);
    goal.title = answer.title;
    if (answer.why) goal.why = answer.why;
    else delete goal.why;
    if (answer.stage) setGoalStage(goal, answer.stage, today);
    for (const item of answer.actions) saveAction(journal, person, goal.id, item, today);
  }
  removeDraft(person, 'init');
}

function saveAction(journal: Journal, person: Person, goal: string, item: ActionAnswer, today: IsoDate): void {
  const saved = item.id ? findAction(person, item.id) : undefined;
  if (!saved) {
    if (!item.dropped) addAction(journal, person.name, { goal, text: item.text, owner: item.owner, due: item.due, every: item.every }, today);
    return;
  }
  Object.assign(saved, { text: item.text, owner: item.owner, due: item.due, every: item.every });
  if (item.dropped && saved.status === 'open') closeAction(saved, 'dropped', today);
}

/** A new answer is added beside the earlier ones (they are the person's history); the same answer again adds nothing. */
function addReflection(journal: Journal, person: Person, key: string, answer: string, today: IsoDate): void {
  const question = [...ABOUT_QUESTIONS, ...DREAM_QUESTIONS].find((q) => q.key === key);
  if (!question) return;
  const latest = person.reflections.findLast((r) => r.question === key && r.session === undefined);
  if (latest?.text === answer) return;
  const reflection: Reflection = { id: nextId(journal, 'reflection'), kind: question.kind, question: key, text: answer, on: today };
  person.reflections.push(reflection);
}
