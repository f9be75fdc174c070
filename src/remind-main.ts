// The entry bin/grow.js starts when the command line has the word remind in it: `grow remind`
// runs at every new terminal, and skipping grow's main entry (main.ts) and the files it shares
// with the rest of grow saves about a tenth of Node's own start-up. Any other line with that
// word in it (`grow remind --help`, a note saying "remind Sam") goes on to start.ts as usual.
import { remindRequest } from './cli/fast-path';
import { remind } from './commands/remind';
import { whenOutputFails, writeErr, writeOut } from './terminal/write-out';

const options = remindRequest(process.argv.slice(2));
if (options === undefined) {
  void import('./start');
} else {
  // grow remind never fails a shell, not even when its output cannot be written.
  whenOutputFails(() => process.exit(0));
  void remind(options, process.env, { out: writeOut, err: writeErr });
}
