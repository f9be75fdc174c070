// The plan: the guided `grow init`, and the scriptable commands for the mission statement,
// goals and action items.
import type { Program } from './program';
import { examples, runs } from './shared';

/** What sets --due and --before apart, folded for an 80-column terminal. */
const DUE_OR_BEFORE = [
  '--due and --before answer different questions. --due: which items want a',
  'check-in now (a week or more since the last one, say, or a date within three',
  'days). --before: what falls due by a day you name, by the items\' own dates.',
].join('\n');

export function declarePlan(program: Program): void {
  program
    .command('init')
    .description('the guided setup of your mission statement and development plan (10 to 20 minutes)')
    .addHelpText('after', examples('grow init', 'grow init --person Sam   # a report\'s plan, side by side'))
    .action(runs(() => import('../commands/init'), ({ init }, ctx) => init(ctx)));
  declareMission(program);
  declareGoal(program);
  declareAction(program);
}

function declareMission(program: Program): void {
  const mission = program
    .command('mission')
    .description('show your mission statement: what makes you wake up every morning')
    .addHelpText('after', examples('grow mission', 'grow mission set "I wake up to help people find their own way."', 'grow mission edit', 'grow mission history --diff'))
    .allowExcessArguments(true)
    .action(runs(() => import('../commands/mission'), ({ showMission }, ctx) => showMission(ctx)));

  mission
    .command('set')
    .description('write a new mission statement; the earlier one is kept')
    .argument('<text...>', 'the statement')
    .addHelpText('after', examples('grow mission set "I wake up to help people find their own way."', 'grow mission set --person Sam "I wake up to make hard things simple for others."'))
    .action(runs(() => import('../commands/mission'), ({ setMissionText }, ctx, text) => setMissionText(ctx, text)));

  mission
    .command('edit')
    .description('change the mission statement in your editor (or with --text); the earlier one is kept')
    .option('--text <text>', 'the new statement (without it, at a terminal, your editor opens on the current one)')
    .addHelpText('after', examples('grow mission edit   # opens your editor', 'grow mission edit --text "I wake up to help people find their own way."'))
    .action(runs(() => import('../commands/mission'), ({ editMission }, ctx, options) => editMission(ctx, options)));

  mission
    .command('history')
    .description('every mission statement, newest first, with the day it was written')
    .option('--diff', 'show the words each one took out of the one before, and put in')
    .addHelpText('after', examples('grow mission history', 'grow mission history --diff', 'grow mission history --person Sam --json'))
    .action(runs(() => import('../commands/mission'), ({ missionHistory }, ctx, options) => missionHistory(ctx, options)));
}

function declareGoal(program: Program): void {
  const goal = program
    .command('goal')
    .description('goals: who you want to become, with a stage of mastery (alone: the list)')
    .addHelpText('after', examples('grow goal', 'grow goal add "A calm public speaker" --stage learning', 'grow goal stage g1 practising'))
    .allowExcessArguments(true)
    .action(runs(() => import('../commands/goal'), ({ listGoals }, ctx) => listGoals(ctx)));

  goal
    .command('add')
    .description('add a goal, phrased as who you want to become')
    .argument('<title...>', 'who you want to become')
    .option('--why <text>', 'why it matters to you')
    .option('--stage <stage>', 'where you are: learning, practising, fluent, teaching others, or your own words')
    .addHelpText('after', examples('grow goal add "A calm public speaker" --stage learning', 'grow goal add "A mentor people seek out" --why "I grew most when someone took time for me"'))
    .action(runs(() => import('../commands/goal'), ({ addGoalCommand }, ctx, title, options) => addGoalCommand(ctx, title, options)));

  goal
    .command('list')
    .description('your goals, with their stage and progress')
    .addHelpText('after', examples('grow goal list', 'grow goal list --person Sam --json'))
    .action(runs(() => import('../commands/goal'), ({ listGoals }, ctx) => listGoals(ctx)));

  goal
    .command('stage')
    .description('move a goal to a stage of mastery; the earlier stages are kept')
    .argument('<id>', 'the goal, for example g1')
    .argument('<stage...>', 'learning, practising, fluent, teaching others, or your own words')
    .addHelpText('after', examples('grow goal stage g1 practising', 'grow goal stage g2 teaching others'))
    .action(runs(() => import('../commands/goal'), ({ setStage }, ctx, id, stage) => setStage(ctx, id, stage)));

  goal
    .command('edit')
    .description('change who you want to become, why, or the stage (asks at a terminal when no flag is given)')
    .argument('<id>', 'the goal, for example g1')
    .option('--title <text>', 'who you want to become')
    .option('--why <text>', 'why it matters to you ("" for no reason given)')
    .option('--stage <stage>', 'where you are now, as grow goal stage sets it')
    .addHelpText('after', examples('grow goal edit g1   # asks, with each answer ready to edit', 'grow goal edit g1 --title "A calm, clear public speaker"', 'grow goal edit g1 --why "I have ideas worth hearing"'))
    .action(runs(() => import('../commands/goal-edit'), ({ editGoalCommand }, ctx, id, options) => editGoalCommand(ctx, id, options)));

  goal
    .command('rm')
    .description('remove a goal added by mistake, and its items (open ones only with --with-items; asks first at a terminal; --yes in scripts)')
    .argument('<id>', 'the goal, for example g1')
    .option('--with-items', 'remove its open action items too')
    .option('--yes', 'remove without asking (for scripts)')
    .addHelpText('after', examples('grow goal rm g2', 'grow goal rm g2 --with-items', 'grow goal rm g2 --with-items --yes   # in a script'))
    .action(runs(() => import('../commands/goal-edit'), ({ removeGoalCommand }, ctx, id, options) => removeGoalCommand(ctx, id, options)));
}

function declareAction(program: Program): void {
  const action = program
    .command('action')
    .description('action items: who does what by when (alone: the open ones)')
    .addHelpText('after', examples('grow action', 'grow action add "Give a 5-minute talk at the team meeting" --goal g1 --due "next friday"', 'grow action done a3'))
    .allowExcessArguments(true)
    .action(runs(() => import('../commands/action'), ({ listActions }, ctx) => listActions(ctx, {})));

  action
    .command('add')
    .description('add an action item to a goal')
    .argument('<text...>', 'what will be done, so that someone could see it happen')
    .option('--goal <id>', 'the goal it serves, for example g1')
    .option('--due <date>', 'by when: 2027-03-01, "next friday", "in 3 weeks", "end of march"')
    .option('--owner <name>', 'who does it (default: the person whose plan it is)')
    .option('--every <cadence>', 'how often to check in: 1w, 2w or 4w (default 1w)')
    .addHelpText(
      'after',
      examples('grow action add "Give a 5-minute talk at the team meeting" --goal g1 --due "next friday"', 'grow action add "Find a speaking course" --goal g1 --due "end of march" --owner Morgan --every 2w'),
    )
    .action(runs(() => import('../commands/action'), ({ addActionCommand }, ctx, text, options) => addActionCommand(ctx, text, options)));

  action
    .command('list')
    .description('open action items, grouped by goal, soonest first')
    .option('--all', 'include items that are done or dropped')
    .option('--due', 'only the items due for a check-in now (their cadence has come round, or their date is near or past), with the reasons why')
    .option('--mine', "your own items, in your plan and in everyone else's: what you promised your reports too")
    .option('--before <date>', 'only the items that fall due on or before a date, by their due date: "end of next week", 2027-03-01')
    .addHelpText('after', `\n${DUE_OR_BEFORE}`)
    .addHelpText('after', examples('grow action list', 'grow action list --due', 'grow action list --before "end of next week"', 'grow action list --mine --before friday', 'grow action list --all --json'))
    .action(runs(() => import('../commands/action'), ({ listActions }, ctx, options) => listActions(ctx, options)));

  action
    .command('done')
    .description('mark an action item done')
    .argument('<id>', 'the item, for example a3')
    .addHelpText('after', examples('grow action done a3', 'grow action done a3 --person Sam'))
    .action(runs(() => import('../commands/action'), ({ closeActionCommand }, ctx, id) => closeActionCommand(ctx, id, 'done')));

  action
    .command('drop')
    .description('drop an action item that no longer serves you; it stays in the history')
    .argument('<id>', 'the item, for example a3')
    .option('--reason <text>', 'why, for your future self')
    .addHelpText('after', examples('grow action drop a3', 'grow action drop a3 --reason "the course was cancelled"'))
    .action(runs(() => import('../commands/action'), ({ closeActionCommand }, ctx, id, options) => closeActionCommand(ctx, id, 'dropped', options)));

  action
    .command('edit')
    .description('change an action item (asks at a terminal when no flag is given)')
    .argument('<id>', 'the item, for example a3')
    .option('--text <text>', 'what will be done')
    .option('--owner <name>', 'who does it')
    .option('--due <date>', 'by when: 2027-03-01, "next friday", "in 3 weeks", "end of march"')
    .option('--every <cadence>', 'how often to check in: 1w, 2w or 4w')
    .option('--goal <id>', 'the goal it serves, for example g2')
    .addHelpText('after', examples('grow action edit a3   # asks, with each answer ready to edit', 'grow action edit a3 --due "next monday"', 'grow action edit a3 --text "Give a 10-minute talk" --every 2w'))
    .action(runs(() => import('../commands/action-edit'), ({ editActionCommand }, ctx, id, options) => editActionCommand(ctx, id, options)));

  action
    .command('rm')
    .description('remove an item added by mistake, with its check-ins (asks first at a terminal; --yes in scripts)')
    .argument('<id>', 'the item, for example a3')
    .option('--yes', 'remove without asking (for scripts)')
    .addHelpText('after', examples('grow action rm a3', 'grow action rm a3 --yes   # in a script', 'grow action drop a3   # to end an item that was real: it stays in the history'))
    .action(runs(() => import('../commands/action-edit'), ({ removeActionCommand }, ctx, id, options) => removeActionCommand(ctx, id, options)));
}
