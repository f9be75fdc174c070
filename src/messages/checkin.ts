// Check-ins: the guided round (strengths first), the scripted `grow checkin ID`, and why an
// item is due. Questions are open; nothing here judges how far the person got.
import { andList, plural, span } from './words';

export const checkin = {
  // Why an item is due.
  overdue: (days: number) => `overdue by ${span(days)}`,
  dueToday: 'due today',
  dueIn: (days: number) => `due in ${span(days)}`,
  quietSinceCheckin: (days: number) => `last check-in ${span(days)} ago`,
  quietSinceAdded: (days: number) => `no check-in since it was added ${span(days)} ago`,

  moves: (n: number) => (n === 1 ? 'moved once' : n === 2 ? 'moved twice' : `moved ${n} times`),
  allOrDue: 'Choose --all or --due, not both. For example: grow action list --due',

  // The guided round.
  roundHeading: (n: number) => `Check-in: ${plural(n, 'item')} to look at. Skip any of them, or end the round whenever you like.`,
  opening: 'What went well since last time?',
  nothingDue: 'Nothing is due for a check-in right now.',
  nothingOpen: 'There are no open action items to check in on. Add one with: grow action add "what you will do" --goal g1 --due "in 2 weeks"',
  offerOpen: 'Would you like to check in on an open item anyway?',
  pickItem: 'Which item?',
  pickDone: "That's all for now",
  itemHeading: (id: string, text: string) => `${id}  ${text}`,
  itemGoal: (goal: string) => `for: ${goal}`,
  itemOwner: (owner: string) => `${owner} does it`,
  status: 'How is it going?',
  statusChoices: {
    open: 'Still open',
    done: 'Done',
    dropped: 'Dropping it',
    skip: 'Skip it for now',
    end: 'End the round here',
  },
  progress: 'How far along is it, from 0 to 100?',
  badProgress: 'A whole number from 0 to 100, for example 60.',
  well: 'What went well?',
  wellRequired: 'Even something small counts: a step you took, or something you learned.',
  blocker: 'What is in the way? (optional)',
  dropReason: 'What made you let it go? (optional)',
  moveDue: (due: string) => `Move the due date? It is due ${due}.`,
  newDue: 'New due date:',

  // An item whose date has moved three times.
  movedThrice: (id: string, moves: number) =>
    `The due date of ${id} has moved ${plural(moves, 'time')} already. That often means the item itself wants a second look.`,
  rethink: 'What would help, rather than moving it again?',
  rethinkChoices: {
    renegotiate: 'Renegotiate it: agree again on what to do, and by when',
    split: 'Split it into smaller items',
    drop: 'Drop it, with a reason',
    keep: 'Keep the date as it is for now',
  },
  renegotiatedText: 'What will you do, in the words you would use now?',
  renegotiatedRequired: 'A few words are enough: what will you do now?',
  byWhen: 'By when?',
  smallerItemRequired: 'Name one smaller step to begin with: what will you do first?',
  smallerItem: (n: number) => (n === 1 ? 'The first smaller item: what will you do?' : `Smaller item ${n} (leave empty when that is all):`),
  dropWhy: 'Why let it go?',
  dropWhyRequired: 'A few words are enough; they help when you look back.',

  // The end of the round.
  saved: (id: string) => `  Saved (${id}).`,
  splitSaved: (item: string, into: readonly string[], id: string) => `  ${item} is split into ${andList(into)}; ${item} is closed. Saved (${id}).`,
  summary: (done: number, skipped: number) =>
    done === 0 && skipped === 0
      ? 'Thank you for taking the time.'
      : `Thank you. You checked in on ${plural(done, 'item')}${skipped > 0 ? `; ${plural(skipped, 'item')} can wait for next time` : ''}.`,
  stopped: (items: number, general: boolean) =>
    items === 0 && !general
      ? 'Stopped. Nothing from this round was saved.'
      : `Stopped. What you finished is saved${items > 0 ? ` (${plural(items, 'item')})` : ''}; the question you were on is not.`,

  // The scripted check-in.
  recorded: (id: string, item: string, progress: number) => `Checked in on ${item} (${id}): ${progress}%.`,
  recordedGeneral: (id: string) => `Checked in (${id}).`,
  movedTo: (date: string) => `Due date moved to ${date}.`,
  movedTooOften: (id: string, moves: number) =>
    `The due date of ${id} has moved ${plural(moves, 'time')} already, so grow will not simply move it again.`,
  renegotiateHint: (id: string) =>
    `Renegotiate it (grow checkin ${id} --status open --renegotiate "what you will do now" --due "in 2 weeks"), drop it with a reason (--status dropped --reason "..."), or run grow checkin ${id} in a terminal to split it into smaller items.`,
  needsStatus: (id: string) => `--status is needed: open, done or dropped. For example: grow checkin ${id} --status open --progress 60 --well "Wrote the outline"`,
  needsItem: 'Name the item to check in on, for example: grow checkin a3 --status open --progress 60 (or give --well, or the pulse, alone for a general check-in).',
  needsTerminalHint: 'In a script, check in on one item at a time: grow checkin a3 --status open --progress 60 --well "Wrote the outline"',
  partialPulse: (missing: string[]) =>
    `--autonomy, --mastery and --purpose go together; ${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} missing. For example: --autonomy 4 --mastery 3 --purpose 5`,
  reasonNeedsDropped: (id: string) => `--reason is why an item was dropped; it goes with --status dropped. For example: grow checkin ${id} --status dropped --reason "no longer matters"`,
  emptyFlag: (flag: string) => `${flag} needs some words. For example: ${flag} "Outline the talk, then ask Sam for feedback"`,
};
