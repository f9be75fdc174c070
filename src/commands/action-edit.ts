// grow action edit ID [--text --owner --due --every --goal] (asked for at a terminal when no
// flag is given) and grow action rm ID: correcting an item, or removing one added by mistake
// with its check-ins. Dropping stays the way to end an item that was real.
import type { Context } from '../context';
import { dateOrderFrom } from '../domain/numeric-dates';
import { personToRead, personToWrite } from '../domain/journal';
import { defaultOwner } from '../domain/plan';
import { itemsRemoval, removeItems } from '../domain/removal';
import type { Action, Journal } from '../domain/schema';
import { UsageError } from '../errors';
import { askActionItem } from '../flows/ask-action';
import { messages } from '../messages';
import { renderFieldChanges } from '../render/field-changes';
import { longDate } from '../render/dates';
import { itemsGoing } from '../render/removal';
import { oneLine } from '../render/text';
import { confirmRemoval, sameAsConfirmed } from './shared/confirm';
import { limitText, parseDateFlag, printJson, type Flags } from './shared/options';
import { actionById, goalById } from './shared/plan-lookup';
import { readCadence, readOwner } from './shared/plan-values';

const m = messages.change;
const EXCERPT = 40;

export interface ActionEditOptions {
  text?: string;
  owner?: string;
  due?: string;
  every?: string;
  goal?: string;
}

type ItemFields = Partial<Pick<Action, 'text' | 'owner' | 'due' | 'every' | 'goal'>>;

export async function editActionCommand(ctx: Context, id: string, options: Flags<ActionEditOptions>): Promise<void> {
  const example = { value: id, example: 'grow action edit a1 --due "next friday"' };
  const flagged = [options.text, options.owner, options.due, options.every, options.goal].some((value) => value !== undefined);
  if (!flagged && !ctx.interactive) throw new UsageError(m.action.noChange);
  const wanted = flagged ? await fromFlags(ctx, options) : await askFields(ctx, await ctx.store.read(), example);
  const { before, after } = await ctx.store.update((journal) => {
    const person = personToWrite(journal, ctx.person);
    const action = actionById(journal, person, example);
    const before = { ...action };
    const goal = wanted.goal === undefined ? undefined : goalById(journal, person, { value: wanted.goal, flag: '--goal', example: '--goal g1' }).id;
    Object.assign(action, { ...wanted, ...(goal ? { goal } : {}) });
    return { before, after: action };
  });
  if (ctx.json) return printJson(ctx, after);
  ctx.out.write(renderItemChanges(before, after));
}

async function fromFlags(ctx: Context, options: ActionEditOptions): Promise<ItemFields> {
  const fields: ItemFields = {};
  if (options.text !== undefined) {
    fields.text = limitText('--text', options.text.trim());
    if (fields.text === '') throw new UsageError(messages.plan.actionEmpty);
  }
  if (options.owner !== undefined) fields.owner = readOwner(options.owner);
  if (options.due !== undefined) {
    const today = ctx.clock.today();
    fields.due = await parseDateFlag('--due', options.due, today, 'future', '--due "next friday"', ctx.env);
    if (fields.due < today) throw new UsageError(messages.plan.pastDue(longDate(fields.due)));
  }
  if (options.every !== undefined) fields.every = readCadence(options.every);
  if (options.goal !== undefined) fields.goal = options.goal;
  return fields;
}

/** At a terminal with no flags: every field asked again, its current value ready to edit. */
async function askFields(ctx: Context, journal: Journal, id: { value: string; example: string }): Promise<ItemFields> {
  const person = personToRead(journal, ctx.person);
  const action = actionById(journal, person, id);
  const prompter = await ctx.prompter();
  const answer = await askActionItem(prompter, {
    today: ctx.clock.today(),
    order: dateOrderFrom(ctx.env),
    owner: defaultOwner(person),
    initial: { text: action.text, owner: action.owner, due: action.due, every: action.every },
  });
  if (person.goals.length < 2) return answer;
  const goal = await prompter.choose({
    message: m.action.goalQuestion,
    choices: person.goals.map((g) => ({ value: g.id, name: `${g.id}  ${oneLine(g.title, 60)}` })),
    default: action.goal,
  });
  return { ...answer, goal };
}

/** "Changed action item a3:" and a line for each field that changed, or that nothing did. */
function renderItemChanges(before: Action, after: Action): string {
  const f = m.action.fields;
  const shown: [field: keyof ItemFields, name: string, value: (action: Action) => string][] = [
    ['text', f.text, (a) => `"${oneLine(a.text, 60)}"`],
    ['owner', f.owner, (a) => oneLine(a.owner)],
    ['due', f.due, (a) => longDate(a.due)],
    ['every', f.every, (a) => messages.plan.cadence(a.every)],
    ['goal', f.goal, (a) => a.goal],
  ];
  const changes = shown.filter(([field]) => before[field] !== after[field]).map(([, name, value]) => ({ name, before: value(before), after: value(after) }));
  return renderFieldChanges(`${m.labels.item} ${after.id}`, changes);
}

export interface ActionRemoveOptions {
  yes?: boolean;
}

export async function removeActionCommand(ctx: Context, id: string, options: Flags<ActionRemoveOptions>): Promise<void> {
  const removal = { command: `grow action rm ${id}`, yes: options.yes };
  const going = (journal: Journal) => {
    const person = personToRead(journal, ctx.person);
    const action = actionById(journal, person, { value: id, example: 'grow action rm a1' });
    const items = itemsRemoval(person, [action]);
    return { action, checkins: items.checkins.length, lines: itemsGoing(items) };
  };
  const seen = going(await ctx.store.read());
  if (!(await confirmRemoval(ctx, removal, seen.lines, m.action.dropInstead(seen.action.id)))) return;
  const { action, checkins } = await ctx.store.update(
    (journal) => {
      const now = going(journal);
      sameAsConfirmed(seen.lines, now.lines);
      removeItems(personToWrite(journal, ctx.person), [now.action.id]);
      return now;
    },
    { label: m.action.removedLabel(seen.action.id, oneLine(seen.action.text, EXCERPT), seen.checkins) },
  );
  if (ctx.json) return printJson(ctx, { removed: action.id, checkins });
  ctx.out.write(`${m.action.removed(action.id, checkins)} ${m.undoHint}\n`);
}
