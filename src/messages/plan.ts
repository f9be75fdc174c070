// The plan commands: mission statement, goals (who you want to become) and action items.
import { isMe } from '../domain/journal';
import type { Cadence, Status } from '../domain/vocabulary';

/** "your plan" for me, "Sam's plan" for anyone else. */
const planOf = (person: string) => (isMe(person) ? 'your plan' : `${person}'s plan`);

const ID_EXAMPLE = { goal: 'a goal id (like g1)', 'action item': 'an action item id (like a3)', note: 'a note id (like n12)' };

const CADENCE_WORDS = { '1w': 'every week', '2w': 'every 2 weeks', '4w': 'every 4 weeks' } satisfies Record<Cadence, string>;

export const plan = {
  planOf,
  cadence: (every: Cadence) => CADENCE_WORDS[every],

  noMission: (person: string) =>
    `There is no mission statement in ${planOf(person)} yet. Write one with grow init, or: grow mission set "What makes me wake up every morning is ..."`,
  missionSince: (date: string) => `since ${date}`,
  missionSaved: 'Your mission statement is saved.',
  missionKept: 'The earlier one is kept: grow mission history',
  missionSame: 'That is already the mission statement; nothing changed.',
  missionEmpty: 'Write the statement after the command, for example: grow mission set "I wake up to help people grow."',
  historyTitle: 'Mission statements, newest first',
  historyDiffTitle: 'Mission statements, newest first, each with the words taken out of the one before [-like this-] and put in {+like this+}',
  current: 'now',

  goalsTitle: (person: string) => `Who ${isMe(person) ? 'you want' : `${person} wants`} to become`,
  noGoals: (person: string) => `There are no goals in ${planOf(person)} yet. Add one with grow init, or: grow goal add "A calm public speaker" --stage learning`,
  goalAdded: (id: string) => `Added goal ${id}. Give it an action item: grow action add "..." --goal ${id} --due "in 2 weeks"`,
  goalEmpty: 'Write who you want to become after the command, for example: grow goal add "A calm public speaker" --stage learning',
  why: (text: string) => `why: ${text}`,
  /** The stages a goal went through, oldest first. */
  stages: (stages: string[]) => `${stages.length === 1 ? 'stage' : 'stages'}: ${stages.join(' → ')}`,
  stageFrom: (stage: string, date: string) => `${stage} from ${date}`,
  stageSet: (id: string, stage: string) => `Goal ${id} is now at the stage: ${stage}.`,
  stageSame: (id: string, stage: string) => `Goal ${id} is already at the stage: ${stage}.`,
  badStage: (flag: string) => `${flag}: a stage is a few words, for example: learning, practising, fluent or "teaching others".`,
  openItems: (n: number) => (n === 1 ? '1 open item' : `${n} open items`),
  progress: (percent: number) => `${percent}%`,

  actionsTitle: (all: boolean) => (all ? 'Action items' : 'Open action items'),
  actionsBefore: (all: boolean, date: string) => `${all ? 'Action items' : 'Open action items'} due by ${date}`,
  nothingBefore: (date: string) => `Nothing falls due by ${date}.`,
  dueOrBefore: 'Choose --due or --before, not both: --due lists the items that want a check-in now, --before what falls due by a date. For example: grow action list --before "end of next week"',
  mineTitle: (all: boolean, date?: string) => `${all ? 'Your action items' : 'Your open action items'}, in every plan${date === undefined ? '' : `, due by ${date}`}`,
  inPlan: (person: string) => `In ${planOf(person)}`,
  noneMine: (date?: string) => (date === undefined ? "You have no open action items, in your plan or anyone else's." : `None of your open action items falls due by ${date}.`),
  ownerUnknown: 'Items count as yours when their owner is "me" or your name, which grow learns at your first one-on-one (grow session).',
  mineNotPerson: '--mine lists your own items, in every plan: leave out --person.',
  noActions: (person: string) => `There are no open action items in ${planOf(person)}. Add one with: grow action add "..." --goal g1 --due "next friday"`,
  noActionsAtAll: (person: string) => `There are no action items in ${planOf(person)} yet. Add one with: grow action add "..." --goal g1 --due "next friday"`,
  actionAdded: (id: string, due: string) => `Added action item ${id}, due ${due}.`,
  actionEmpty: 'Write what you will do after the command, for example: grow action add "Give a 5-minute talk at the team meeting" --goal g1 --due "next friday"',
  status: { open: 'open', done: 'done', dropped: 'dropped' } satisfies Record<Status, string>,
  closed: (status: string, date: string) => `${status} ${date}`,
  splitInto: (ids: readonly string[]) => `split into ${ids.join(', ')}`,
  actionClosed: (id: string, status: 'done' | 'dropped') => (status === 'done' ? `Well done: ${id} is done.` : `Dropped ${id}. It stays in the history.`),
  alreadyClosed: (id: string, status: string, date: string | undefined) => `${id} is already ${status}${date ? ` (since ${date})` : ''}; nothing changed.`,
  closedHint: (id: string) => `See it with grow action list --all. To change that, reopen it first: grow checkin ${id} --status open`,

  missingGoal: 'Name the goal this item serves with --goal, for example: --goal g1 (grow goal list shows your goals)',
  missingDue: 'Say by when with --due, for example: --due "next friday" or --due 2027-03-01',
  pastDue: (date: string) => `--due: ${date} has passed. Pick a day from today on, for example: --due "in 2 weeks"`,
  badCadence: (value: string) => `--every must be 1w, 2w or 4w (how often to check in), not "${value}". For example: --every 2w`,
  badOwner: 'A name for --owner, for example: --owner Morgan',
  notAnId: (what: 'goal' | 'action item' | 'note', value: string, flag?: string) => `${flag ? `${flag}: ` : ''}"${value}" is not ${ID_EXAMPLE[what]}.`,
  unknownId: (what: 'goal' | 'action item' | 'note', id: string, person: string, flag?: string) =>
    flag ? `${flag} ${id}: there is no such ${what} in ${planOf(person)}.` : `There is no ${what} ${id} in ${planOf(person)}.`,
  idHint: (listCommand: string, example: string) => `See them with ${listCommand}; for example: ${example}`,
  elsewhere: (id: string, owner: string) => `${id} is in ${planOf(owner)}. Add --person ${JSON.stringify(owner)} to work on it.`,

  /** The mission-statement helper, shared by grow init and grow session. */
  missionHelper: {
    heading: 'Your mission statement',
    intro: 'A mission statement says, in a sentence or two, what makes you wake up every morning.',
    draftIntro: 'Here is a first draft, made from your answers:',
    currentIntro: 'Your mission statement as it stands:',
    choose: 'What would you like to do with it?',
    keep: 'Keep it as it is',
    edit: 'Edit it here',
    editHint: 'the text is put in the line, ready to change',
    editor: 'Edit it in your editor',
    fromDraft: 'Start again from a draft of your answers',
    own: 'Write my own',
    editQuestion: 'Your mission statement:',
    editorQuestion: 'Opening your editor; save and close it when you are done.',
    ownQuestion: 'In your own words: what makes you wake up every morning?',
    noDraft: 'There is nothing to draft from yet, so write it in your own words. One or two sentences is plenty.',
    emptyEditor: 'Nothing was written there, so the statement is as it was.',
    required: 'A few words are enough, and you can change them any time.',
  },

  /** Asking for one action item, shared by grow init and grow session. */
  actionItem: {
    textQuestion: 'What will you do? Something someone could see happen.',
    textRequired: 'A few words: what will you do?',
    vagueNudge: (phrase: string) =>
      `"${phrase}" is hard to see from the outside, and so hard to check in on. What would someone see you do? For example "Give a 5-minute talk at the team meeting" rather than "improve my public speaking".`,
    vagueAgain: 'Make it concrete, or press Enter to keep it as it is:',
    ownerQuestion: 'Who will do it?',
    ownerTooLong: (max: number) => `A name of at most ${max} characters, on one line, please.`,
    dueQuestion: 'By when? (next friday, in 3 weeks, end of march or 2027-03-01)',
    cadenceQuestion: 'How often would you like to check in on it?',
    cadenceChoice: { '1w': 'Every week', '2w': 'Every 2 weeks', '4w': 'Every 4 weeks' } satisfies Record<Cadence, string>,
  },
};
