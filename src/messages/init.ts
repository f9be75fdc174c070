// grow init, the guided setup: three parts (about you; dreams and your mission statement;
// who you want to become and what to do), then a summary. Questions are open and warm,
// never graded; strengths come before what to get better at.
import type { InitPart, ReflectionQuestion } from '../domain/init-answers';
import { isMe } from '../domain/journal';
import { plan } from './plan';

const { planOf } = plan;

const again = (person: string) => `grow init${isMe(person) ? '' : ` --person ${JSON.stringify(person)}`}`;

export const init = {
  /** `greeted`: the dashboard's welcome is on the screen just above, so it is not said twice. */
  welcome: (person: string, greeted: boolean) =>
    [
      isMe(person) ? (greeted ? '' : 'Welcome to grow.') : `${greeted ? '' : 'Welcome. '}This is ${person}'s plan.`,
      'In three short parts we will write your personal mission statement and a development plan: who you want to become, and what you will do to get there. It takes 10 to 20 minutes.',
      'There are no right answers. Any question about you or your dreams can be left blank; the mission statement, goals and action items need a few words. Ctrl+C keeps what you wrote as a draft for next time.',
    ]
      .filter((line) => line !== '')
      .join('\n'),
  resumeQuestion: (when: string) => `You started this on ${when} and stopped partway. Pick up where you left off?`,
  resume: 'Pick up where I left off',
  startOver: 'Start over (the draft is discarded)',
  revisePrompt: (person: string) => `${isMe(person) ? 'You already have' : `${person} already has`} a plan. Revise it, with every answer filled in as it stands?`,
  reviseIntro: 'Each answer is already in the line: press Enter to keep it, or change it.',
  notRevised: 'Nothing changed. Your plan is as it was: grow goal list, grow action list.',
  notRevisedDraftGone: 'The draft is discarded, and your plan is as it was: grow goal list, grow action list.',

  partHeading: (n: number, title: string) => `Part ${n} of 3 · ${title}`,
  parts: {
    about: {
      title: 'About you',
      intro: "Let's start with you: where you are now, in your own words (this is not a status report).",
    },
    dreams: {
      title: 'Dreams and passions',
      intro: 'Now the bigger picture: what you love, and what you dream of, at work or far beyond it.',
    },
    plan: {
      title: 'Who you want to become, and what to do',
      intro: 'Start from who you want to become; what to do follows from that.',
    },
  } satisfies Record<InitPart, { title: string; intro: string }>,
  questions: {
    plans: { ask: 'What are you planning for yourself these days, at work or outside it?', label: 'Plans' },
    reaching: { ask: 'What have you been reaching for lately, and how is it going?', label: 'Reaching for' },
    failure: { ask: 'Think of something that did not go the way you hoped. What did you take from it?', label: 'A setback' },
    strengths: { ask: 'What are two or three things you do well, the things people come to you for?', label: 'Strengths' },
    growth: { ask: 'And what would you like to get better at?', label: 'To get better at' },
    love: { ask: 'What do you love doing, so much that you lose track of time?', label: 'Loves' },
    dream: { ask: 'If the next few years went wonderfully, what would you be doing?', label: 'Dream' },
    'wake-up': { ask: 'What makes you want to get up in the morning and enjoy what you do?', label: 'Gets up for' },
  } satisfies Record<ReflectionQuestion, { ask: string; label: string }>,

  goalQuestion: 'Who do you want to become? (for example: a calm public speaker, a mentor people seek out)',
  goalQuestionOrBack: 'Who else do you want to become? (Enter to go back)',
  whyQuestion: 'Why does that matter to you? (optional)',
  stageQuestion: 'Where are you on that path today?',
  stageOwn: 'In my own words',
  stageNone: 'Leave it open',
  stageOwnQuestion: 'In your words, where are you on that path?',
  stageTooLong: 'A stage is a few words, at most 60 characters.',
  goalRequired: 'A few words are enough: who do you want to become?',
  itemQuestion: (goal: string) => `What is one thing you will do towards "${goal}"? Something someone could see happen.`,
  anotherAction: (goal: string) => `Another action item for "${goal}"?`,
  anotherGoal: 'Would you like to add another goal?',
  goalMenu: 'What would you like to do?',
  addGoal: 'Add a goal',
  changeGoal: (title: string) => `Change "${title}" and its action items`,
  removeGoal: (title: string) => `Remove "${title}"`,
  goOn: 'Go on',
  actionMenu: (goal: string) => `Action items for "${goal}":`,
  addAction: 'Add an action item',
  changeAction: (text: string) => `Change "${text}"`,
  dropAction: (text: string) => `Drop "${text}"`,
  keepAction: (text: string) => `Keep "${text}" after all`,
  doneWithGoal: 'Done with this goal',
  needsAction: (goal: string) => `"${goal}" needs at least one action item.`,

  summaryHeading: 'Your plan, before it is saved',
  summaryQuestion: 'Does this look right?',
  save: 'Save my plan',
  change: (n: number, title: string) => `Change part ${n}: ${title.toLowerCase()}`,
  summary: {
    missionTitle: 'Mission statement',
    goalsTitle: 'Who you want to become',
    stage: (stage: string) => `stage: ${stage}`,
    why: (why: string) => `why: ${why}`,
    blank: '(left blank)',
    none: '(none yet)',
    dropped: 'to be dropped',
  },

  saved: (person: string) =>
    isMe(person) ? 'Your plan is saved. grow action list shows what is next; grow mission shows your statement.' : `${person}'s plan is saved.`,
  draftKept: (person: string, revising: boolean) =>
    `Stopped. ${revising ? `Nothing in ${planOf(person)} changed` : 'Nothing was added to the plan'}; the answers so far are kept as a draft.\nTo pick up where you left off: ${again(person)}`,
  /** Ctrl+C before anything worth a draft was written. */
  stopped: (person: string, revising: boolean, draftGone: boolean) => {
    const what = revising ? `nothing in ${planOf(person)} changed` : 'nothing was written yet, so there is nothing to keep';
    return `Stopped: ${draftGone ? `the draft is discarded, and ${what}` : what}.\nWhenever you like: ${again(person)}`;
  },
  needsTerminalHint: 'In a script, build the plan with: grow mission set TEXT, grow goal add TITLE, grow action add TEXT --goal ID --due DATE',
};
