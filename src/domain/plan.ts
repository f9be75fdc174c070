// The plan: the mission statement, goals (who the person wants to become, with a stage of
// mastery) and action items (who does what by when). Lookups return undefined; the caller
// knows which flag or question to name when something is missing.
import type { IsoDate } from './dates';
import { isMe, ME, nextId, personToWrite } from './journal';
import type { Action, Goal, Journal, MissionVersion, Person } from './schema';
import type { Cadence } from './vocabulary';

/** Stages offered when a goal is set; people may use their own words instead. */
export const STAGE_SUGGESTIONS = ['learning', 'practising', 'fluent', 'teaching others'] as const;

export const CADENCE_DAYS: Record<Cadence, number> = { '1w': 7, '2w': 14, '4w': 28 };

export const DEFAULT_CADENCE: Cadence = '1w';

export function currentMission(person: Person): MissionVersion | undefined {
  return person.missions.at(-1);
}

/** A new statement; the earlier ones stay, with their dates. Saying the same again changes nothing. */
export function setMission(person: Person, text: string, today: IsoDate): MissionVersion {
  const current = currentMission(person);
  if (current?.text === text) return current;
  const version = { text, since: today };
  person.missions.push(version);
  return version;
}

export function currentStage(goal: Goal): string | undefined {
  return goal.stages.at(-1)?.name;
}

export interface NewGoal {
  title: string;
  why?: string;
  stage?: string;
}

export function addGoal(journal: Journal, personName: string, input: NewGoal, today: IsoDate): Goal {
  const person = personToWrite(journal, personName);
  const goal: Goal = { id: nextId(journal, 'goal'), title: input.title, stages: [], created: today };
  if (input.why) goal.why = input.why;
  if (input.stage) setGoalStage(goal, input.stage, today);
  person.goals.push(goal);
  return goal;
}

/** Moving to a stage keeps the earlier ones, so the path through them shows in exports. */
export function setGoalStage(goal: Goal, stage: string, today: IsoDate): void {
  if (currentStage(goal) === stage) return;
  goal.stages.push({ name: stage, on: today });
}

export interface NewAction {
  goal: string;
  text: string;
  owner?: string;
  due: IsoDate;
  every?: Cadence;
  session?: string;
}

/** The owner of an item when none is named: the person whose plan it is. */
export function defaultOwner(person: Person): string {
  return isMe(person.name) ? ME : person.name;
}

/** Adds an item to the person's plan; undefined when the goal is not theirs. */
export function addAction(journal: Journal, personName: string, input: NewAction, today: IsoDate): Action | undefined {
  const person = personToWrite(journal, personName);
  if (!person.goals.some((g) => g.id === input.goal)) return undefined;
  const action: Action = {
    id: nextId(journal, 'action'),
    goal: input.goal,
    text: input.text,
    owner: input.owner?.trim() || defaultOwner(person),
    due: input.due,
    every: input.every ?? DEFAULT_CADENCE,
    status: 'open',
    created: today,
  };
  if (input.session) action.session = input.session;
  person.actions.push(action);
  return action;
}

export function closeAction(action: Action, status: 'done' | 'dropped', today: IsoDate, reason?: string): void {
  action.status = status;
  action.closed = today;
  if (reason) action.reason = reason;
}

export function findGoal(person: Person, id: string): Goal | undefined {
  return person.goals.find((g) => g.id === id);
}

export function findAction(person: Person, id: string): Action | undefined {
  return person.actions.find((a) => a.id === id);
}

/** Whose plan holds a record, when it is not the plan asked for: for a helpful error. */
export function ownerOfId(journal: Journal, id: string): Person | undefined {
  return journal.people.find((p) => p.goals.some((g) => g.id === id) || p.actions.some((a) => a.id === id) || p.notes.some((n) => n.id === id));
}
