// grow session: a manager and a report side by side, in the three parts of the seeds (talk
// about yourself, your dreams, who does what by when), opened by a look back at the last
// items and by strengths. The manager opens up first; nothing is scored; projects wait.
import { isMe } from '../domain/journal';
import type { SessionTopic, Status } from '../domain/vocabulary';
import { plural } from './words';

/** What each note of a one-on-one answers, as its summary names it; strengths have a block of their own. */
const TOPICS = {
  yourself: 'shared',
  growth: 'would like to get better at',
  dreams: 'loves, or dreams of',
  love: 'loves doing',
  dream: 'dreams of',
  'wake-up': 'gets up in the morning for',
} satisfies Record<Exclude<SessionTopic, 'strength'>, string>;

/** "Sam and Alex": both people, the report first, since the time is theirs. */
const both = (report: string, manager: string) => `${report} and ${manager}`;

export const session = {
  both,
  needsTerminalHint: 'In a script, look back at one-on-ones with grow sessions, or add items with grow action add TEXT --goal ID --due DATE --owner NAME',
  badPause: (value: string) => `--pause must be a number of seconds from 1 to 300, not "${value}". For example: --pause 10`,
  badManager: 'A name for --manager, for example: --manager Alex',
  notWithMe: '"me" is your own plan: for a one-on-one with your manager in it, pick "With my manager" instead.',

  whoQuestion: 'Who is this one-on-one with?',
  someoneNew: 'Someone new',
  someoneNewFirst: 'Someone who reports to me (their plan)',
  ownPlanChoice: (manager: string | undefined) => `With my manager${manager === undefined ? '' : `, ${manager}`} (my own plan)`,
  newName: 'Who is this one-on-one with? Their name:',
  nameRequired: 'A name, please, at most 80 characters and on one line.',
  addUnknown: (name: string) => `There is no one called "${name}" in this journal yet. Add ${name} and start the one-on-one?`,
  notAdded: (name: string) => `Nothing changed. To add them later: grow people add ${JSON.stringify(name)}`,
  managerQuestion: "The manager's name? (asked once, and remembered)",
  yourManagerQuestion: "Your manager's name? (asked once, and remembered)",
  sameAsReport: (name: string) => `That is ${name}'s name; the manager's, please.`,
  ownNameQuestion: (manager: string) => `And your name, as ${manager} knows you? (asked once, and remembered)`,
  sameAsManager: (manager: string) => `That is ${manager}'s name; yours, please.`,
  nameNotMe: 'Your name as others know it, please: "me" is how grow calls you in your own journal.',
  managerIsOwner: (manager: string) => `${manager} is this journal's own name, so ${manager} cannot be the manager in a one-on-one about your own plan.`,
  managerIsOwnerHint: 'Name your manager: grow session --person me --manager Alex',

  heading: (report: string, date: string) => `One-on-one with ${report} · ${date}`,
  intro: (report: string, manager: string) =>
    `${manager} (manager) and ${report}, side by side. Each question starts with the name of whoever it is for. A blank answer moves on, and Ctrl+C keeps what was said as a draft.`,
  pauseIntro: (seconds: number) => `After each open question, ${plural(seconds, 'second')} of quiet before the next: silence is a friend. Any key ends it early.`,
  /** The countdown line of the quiet. */
  quiet: (left: number) => `… ${left}s of quiet (any key goes on)`,
  goodTime: 'Is this a good time to talk, for both of you?',
  notNow: (resume: string, added?: string) =>
    `That's fine: a one-on-one deserves the time it needs.${added ? `\n${added} is in the journal now; nothing else was saved.` : ' Nothing was saved.'}\nWhen it suits you both: ${resume}`,
  stoppedEarly: (resume: string, added?: string) =>
    `Stopped before anything was said${added ? `: ${added} is in the journal now, and nothing else was saved` : ', so nothing was saved'}.\nWhen it suits you both: ${resume}`,
  resumeQuestion: (when: string) => `You started a one-on-one on ${when} and stopped partway. Pick up where you left off?`,
  resume: 'Pick up where we left off',
  startOver: 'Start over (the draft is discarded)',

  partHeading: (n: number, title: string) => `Part ${n} of 3 · ${title}`,
  openingHeading: 'Opening',
  parts: { yourself: 'Talk about yourself', dreams: 'Dreams and passions', plan: 'Who does what by when' },

  // The opening: the last session's items, then strengths.
  parkedLastTime: (date: string) => `Parked on ${date}, for another meeting (take what still matters there):`,
  reviewIntro: (date: string) => `First, the items from the last one-on-one (${date}).`,
  closedSince: 'Finished since then:',
  itemLine: (id: string, text: string, owner: string, due: string) => `${id}  ${text}  · ${owner} · due ${due}`,
  reviewStatus: 'How is it going?',
  reviewChoices: { open: 'Still open: carry it over', done: 'Done', dropped: 'Letting it go' } satisfies Record<Status, string>,
  reviewWell: 'What went well with it?',
  reviewBlocker: 'What is in the way? (optional)',
  reviewDropReason: 'What made you let it go? (optional)',
  newDueQuestion: (due: string) => `It is due ${due}. Give it a new due date?`,
  newDue: 'New due date:',
  strengthsIntro: (manager: string, report: string) => `Strengths first: ${manager}, name two or three things ${report} is doing well.`,
  strength: (report: string) => `One thing ${report} is doing well:`,
  secondStrength: 'A second thing:',
  thirdStrength: 'A third, if one comes to mind (Enter to go on):',
  strengthRequired: 'A few words, please.',
  secondRequired: 'One more, please: the session moves on after two.',

  // Part 1.
  yourselfIntro: (manager: string, report: string) =>
    `${manager} goes first: opening up first makes it easier for ${report} to do the same.`,
  managerYourself: 'A plan, a goal or a failure of your own, from a personal angle:',
  reportYourself: (report: string) => `And you, ${report}: a plan, a goal or something that did not go the way you hoped?`,
  growth: 'What would you like to get better at?',

  // Part 2.
  dreamsIntro: (manager: string) => `${manager} starts again: something you love, or a dream, at work or far beyond it.`,
  managerDreams: 'Something you love doing, or dream of doing one day:',
  love: 'What do you love doing, so much that you lose track of time?',
  dream: 'If the next few years went wonderfully, what would you be doing?',
  wakeUp: 'What makes you want to get up in the morning and enjoy what you do?',
  missionHeading: (report: string) => `${report}'s mission statement`,

  // Part 3.
  planIntro: (report: string) => `Start from who ${report} wants to become; then agree who does what, by when. Each item has an owner and a date.`,
  goalQuestion: 'Which goal is it for?',
  newGoalChoice: 'A new goal',
  newGoalQuestion: 'Who do you want to become? (for example: a calm public speaker)',
  goalRequired: 'A few words: who do you want to become?',
  itemQuestion: (goal: string) => `Towards "${goal}", what will be done? Something someone could see happen.`,
  itemsSoFar: 'Who does what by when, so far:',
  itemsCheck: 'Is that right, and is that all?',
  itemsRight: 'Yes: go on',
  addItem: 'Add another item',
  changeItem: (text: string) => `Change "${text}"`,
  removeItem: (text: string) => `Remove "${text}"`,
  needsItem: 'A one-on-one ends with at least one item: who does what, by when.',

  // Status talk and the parking lot.
  statusNudge: (words: string[], about: string) =>
    `That sounds like project talk (${words
      .slice(0, 2)
      .map((w) => `"${w}"`)
      .join(', ')}); this time is about ${about}.`,
  youAnd: (report: string) => `you and ${report}`,
  park: 'Park it in the parking lot for another meeting?',
  parked: '  Parked: it will be listed at the end.',
  personally: 'And for you, personally?',

  // Closing.
  privateQuestion: 'Keep any of these private? Private notes stay out of shared exports.',
  privateDone: "That's all",
  privateMark: '(private)',
  saved: (id: string) => `Saved as ${id}. Thank you both.`,
  draftKept: (resume: string) => `Stopped. Nothing was added to the plan; the one-on-one so far is kept as a draft.\nTo pick up where you left off: ${resume}`,
  resumeCommand: (person: string) => `grow session --person ${isMe(person) ? 'me' : JSON.stringify(person)}`,
};

/** The closing summary, `grow sessions show` and `grow sessions`. */
export const sessionSummary = {
  title: (report: string, date: string, id: string) => `One-on-one with ${report} · ${date} · ${id}`,
  people: (manager: string, report: string) => `${manager} (manager) and ${report}`,
  reviewed: 'Items reviewed',
  strengths: (manager: string) => `Strengths, named by ${manager}`,
  status: { open: 'carried over', done: 'done', dropped: 'let go' } satisfies Record<Status, string>,
  nowDue: (date: string) => `now due ${date}`,
  closedSince: (status: string, date: string) => `${status === 'done' ? 'done' : 'dropped'} on ${date}`,
  nowReads: (text: string) => `now reads: ${text}`,
  well: (text: string) => `went well: ${text}`,
  blocker: (text: string) => `in the way: ${text}`,
  reason: (text: string) => `why: ${text}`,
  // A note read from the journal may answer a topic of another grow: it is shown as it is.
  topics: TOPICS as Partial<Record<string, string>>,
  mission: (written: boolean, today: boolean) => `Mission statement, ${written ? (today ? 'written today' : 'written that day') : today ? 'as it stands' : 'as it stood'}`,
  agreed: 'Items agreed',
  noItems: 'No new items.',
  forGoal: (goal: string) => `for: ${goal}`,
  parkingLot: 'Parking lot (for another meeting)',
  next: (date: string) => `Next one-on-one: ${date}, in two weeks.`,
  nextOn: (date: string) => `Next one-on-one: ${date}.`,

  listTitle: 'One-on-ones, newest first',
  none: 'No one-on-ones yet. Start one with: grow session --person NAME',
  noneFor: (person: string) => `No one-on-ones with ${person} yet. Start one with: grow session --person ${JSON.stringify(person)}`,
  counts: (reviewed: number, agreed: number, parked: number) =>
    [plural(reviewed, 'item') + ' reviewed', plural(agreed, 'item') + ' agreed', ...(parked > 0 ? [`${parked} parked`] : [])].join(' · '),
  with: (report: string, manager: string) => `${report} with ${manager}`,
  withYourManager: (manager: string) => `you with ${manager}`,
  /** The report in one's own plan, when the journal does not know the owner's name. */
  you: 'you',
  notAnId: (value: string) => `"${value}" is not a one-on-one id (like s2).`,
  unknown: (id: string) => `There is no one-on-one ${id} in this journal.`,
  listHint: 'See them with: grow sessions',
};

/** The recap shown when grow init or grow session picks up a draft. */
export const recap = {
  heading: 'So far:',
  mission: (text: string) => `Mission statement: "${text}"`,
  goal: (title: string, items: number) => `Goal: ${title} (${plural(items, 'action item')})`,
  reviewed: (id: string, text: string, status: string) => `${id} ${text}: ${status}`,
  split: (n: number) => `split into ${plural(n, 'smaller item')}`,
  parked: (who: string, text: string) => `Parked, from ${who}: ${text}`,
  item: (text: string, owner: string, due: string) => `Agreed: ${text} · ${owner} · ${due}`,
  topics: { strength: 'named a strength', ...TOPICS } satisfies Record<SessionTopic, string> as Partial<Record<string, string>>,
};
