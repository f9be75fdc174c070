// The answers a person gives at a terminal to the guided flows, for in-process tests of
// grow init and grow session with a scripted prompter.
import type { Step } from './scripted-prompter';

/** grow init, part 1: about you and your dreams, and the mission statement drafted from them kept. */
export const aboutAndDreams: Step[] = [
  ['What are you planning for yourself', 'A half marathon in spring'],
  ['reaching for lately', ''],
  ['did not go the way you hoped', ''],
  ['things you do well', 'Explaining things simply'],
  ['get better at', ''],
  ['What do you love doing', 'Pairing on hard bugs'],
  ['next few years went wonderfully', 'Leading a small team'],
  ['get up in the morning', 'Seeing people grow'],
  ['What would you like to do with it?', 'keep'],
];

/** grow init, part 2: one goal with one action item, and the plan saved. */
export const oneGoalAndSave: Step[] = [
  ['Who do you want to become?', 'A calm public speaker'],
  ['Why does that matter', ''],
  ['Where are you on that path today?', 'learning'],
  ['What is one thing you will do towards "A calm public speaker"?', 'Give a 5-minute talk at the team meeting'],
  ['Who will do it?', ''],
  ['By when?', '2026-12-04'],
  ['How often', '1w'],
  ['Another action item', false],
  ['another goal', false],
  ['Does this look right?', 'save'],
];

/** A whole one-on-one of Alex with Sam, from "Is this a good time" to what stays private. */
export const wholeSession: Step[] = [
  ['Sam and Alex › Is this a good time to talk', true],
  ['Alex › One thing Sam is doing well:', 'Explains hard things simply'],
  ['Alex › A second thing:', 'Calm when the pager goes off'],
  ['Alex › A third, if one comes to mind', ''],
  ['Alex › A plan, a goal or a failure of your own', 'I failed my first marathon: I started too fast.'],
  ['Sam › And you, Sam', 'A half marathon in spring, paced this time'],
  ['Sam › What would you like to get better at?', 'Giving feedback that lands'],
  ['Alex › Something you love doing', ''],
  ['Sam › What do you love doing', 'Pairing on hard bugs'],
  ['Sam › If the next few years went wonderfully', 'Leading a small team'],
  ['Sam › What makes you want to get up in the morning', 'Seeing people grow'],
  ['Sam › What would you like to do with it?', 'keep'],
  ['Sam › Who do you want to become?', 'A mentor people seek out'],
  ['Sam › Where are you on that path today?', 'learning'],
  ['Sam and Alex › Towards "A mentor people seek out", what will be done?', 'Pair with a new hire on a review'],
  ['Sam and Alex › Who will do it? (Enter for Sam)', ''],
  ['Sam and Alex › By when?', '2026-12-09'],
  ['Sam and Alex › How often', '1w'],
  ['Sam and Alex › Is that right, and is that all?', 'right'],
  ['Sam and Alex › Keep any of these private?', 'done'],
];
