import type { Program } from './program';
import { examples, runs } from './shared';

export function declareDoctor(program: Program): void {
  program
    .command('doctor')
    .description('check the journal: where it is, whether it is valid, its permissions, backups and lock')
    .addHelpText('after', examples('grow doctor', 'grow doctor --journal ~/backup/journal.json --json'))
    .action(runs(() => import('../commands/doctor'), ({ doctor }, ctx) => doctor(ctx)));
}
