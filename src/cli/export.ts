import type { Program } from './program';
import { examples, personGiven, runs } from './shared';

export function declareExport(program: Program): void {
  program
    .command('export')
    .description('export the plan as markdown, JSON or iCalendar; to standard output unless --out is given')
    .option('--format <format>', 'md, json or ics (default: from the --out extension, else md)')
    .option('--out <file>', 'write to this file (replaced in one step, keeping its mode) instead of standard output; - is standard output')
    .option('--since <date>', 'only check-ins, one-on-ones and notes from this date on')
    .option('--include-private', 'include what is marked private (notes, reflections, one-on-one notes) and unfinished guided flows')
    .option('--all-people', 'everyone in the journal, not only --person')
    .option('--for <name>', "hand the plan to this person: a grow JSON file their grow imports into the same plan (nothing private but their own words)")
    .addHelpText(
      'after',
      examples('grow export > plan.md', 'grow export --person Priya --for Priya --out priya.json   # her plan, for her own journal', 'grow export --for Alex --out plan.json   # your plan, back to your manager', 'grow export --out plan.ics   # action items as to-dos, with reminders', 'grow export --person Sam --since "3 months ago" --out sam.md', 'grow export --all-people --include-private --format json --out backup.json'),
    )
    .action(runs(() => import('../commands/export'), ({ exportPlan }, ctx, options) => exportPlan(ctx, options)));

  program
    .command('import')
    .description('bring in a grow JSON export (merged by id) or a jrnl JSON export (as notes)')
    .argument('<file>', 'the JSON file to import')
    .option('--from <source>', 'grow or jrnl (default: recognised from the file)')
    .option('--dry-run', 'show what would be added, and save nothing')
    .addHelpText(
      'after',
      examples('grow import backup.json --dry-run', 'grow import sam.json --person Sam   # an export of one person, into Sam', 'jrnl --export json > jrnl.json && grow import jrnl.json --from jrnl'),
    )
    .action(runs(() => import('../commands/import'), ({ importFile }, ctx, file, options, command) => importFile(ctx, file, options, personGiven(command) ? ctx.person : undefined)));
}
