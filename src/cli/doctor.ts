import type { Command } from 'commander';
import { contextFor, examples } from './shared';

export function declareDoctor(program: Command): void {
  program
    .command('doctor')
    .description('check the journal: where it is, whether it is valid, its permissions, backups and lock')
    .addHelpText('after', examples('grow doctor', 'grow doctor --journal ~/backup/journal.json --json'))
    .action(async (_options, command: Command) => {
      const [{ doctor }, ctx] = await Promise.all([import('../commands/doctor'), contextFor(command)]);
      await doctor(ctx);
    });
}
