// An item whose due date has moved three times is not simply moved a fourth time: the
// person renegotiates it (new words, new date), splits it into smaller items, or drops it
// with a reason. Or keeps the date for now. Returns what to add to the item's check-in.
import type { ItemCheckin, SmallerItem } from '../domain/checkins';
import type { DateOrder, IsoDate } from '../domain/dates';
import type { Action } from '../domain/schema';
import { MAX_NAME } from '../domain/vocabulary';
import { messages } from '../messages';
import { askDueDate } from './ask-date';
import type { Prompter } from './prompter';

const m = messages.checkin;

type Rethink = keyof typeof m.rethinkChoices;

export async function rethinkItem(prompter: Prompter, item: { action: Action; today: IsoDate; order?: DateOrder; moves: number }): Promise<Partial<ItemCheckin>> {
  prompter.say(m.movedThrice(item.action.id, item.moves));
  const choice = await prompter.choose<Rethink>({
    message: m.rethink,
    choices: (Object.keys(m.rethinkChoices) as Rethink[]).map((value) => ({ value, name: m.rethinkChoices[value] })),
  });
  switch (choice) {
    case 'renegotiate': {
      const renegotiate = await prompter.text({ message: m.renegotiatedText, initial: item.action.text, required: m.renegotiatedRequired });
      return { renegotiate, due: await askDueDate(prompter, { message: m.byWhen, today: item.today, order: item.order }) };
    }
    case 'split':
      return { status: 'dropped', split: await askSmallerItems(prompter, item) };
    case 'drop':
      return { status: 'dropped', reason: await prompter.text({ message: m.dropWhy, required: m.dropWhyRequired }) };
    case 'keep':
      return {};
  }
}

/** At least one, each with who does it (the split item's owner unless another is named); an empty answer after the first ends the list. */
async function askSmallerItems(prompter: Prompter, item: { action: Action; today: IsoDate; order?: DateOrder }): Promise<SmallerItem[]> {
  const items: SmallerItem[] = [];
  for (;;) {
    const text = await prompter.text({ message: m.smallerItem(items.length + 1), required: items.length === 0 ? m.smallerItemRequired : undefined });
    if (text === '') return items;
    const owner = await prompter.text({ message: messages.plan.actionItem.ownerQuestion, default: item.action.owner, validate: (v) => v.length <= MAX_NAME || messages.plan.actionItem.ownerTooLong(MAX_NAME) });
    items.push({ text, owner, due: await askDueDate(prompter, { message: m.byWhen, today: item.today, order: item.order }) });
  }
}
