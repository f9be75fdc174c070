import type { Program } from './program';
import { examples, runs } from './shared';

const PASSPHRASE_HELP =
  '\nThe passphrase is typed at the terminal, or read from GROW_PASSPHRASE (GROW_NEW_PASSPHRASE for a new one when\nchanging it); never from the command line, where shell history and other users could see it.\n';

export function declareVault(program: Program): void {
  program
    .command('encrypt')
    .description('encrypt the journal and its backups with a passphrase; on an encrypted journal, change the passphrase')
    .addHelpText('after', examples('grow encrypt', 'read -rs GROW_PASSPHRASE && export GROW_PASSPHRASE && grow encrypt') + PASSPHRASE_HELP)
    .action(runs(() => import('../commands/encrypt'), ({ encrypt }, ctx) => encrypt(ctx)));

  program
    .command('decrypt')
    .description('store the journal and its backups in plain text again')
    .addHelpText('after', examples('grow decrypt', 'GROW_PASSPHRASE="$(pass show grow)" grow decrypt   # from a password manager') + PASSPHRASE_HELP)
    .action(runs(() => import('../commands/decrypt'), ({ decrypt }, ctx) => decrypt(ctx)));
}
