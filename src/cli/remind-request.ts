// Recognises `grow remind` with nothing around it but --journal and --person, so main.ts can
// run it before loading the CLI: it runs at every new terminal and must start fast. Any
// other line (help, other flags, a typo) goes through the full CLI as usual.
import type { RemindOptions } from '../commands/remind';

const VALUE_FLAGS = { '--journal': 'journal', '--person': 'person' } as const;

export function remindRequest(args: readonly string[]): RemindOptions | undefined {
  const options: RemindOptions = {};
  let command = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === 'remind' && !command) {
      command = true;
      continue;
    }
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const key = VALUE_FLAGS[flag as keyof typeof VALUE_FLAGS];
    if (!key) return undefined;
    const value = inline ?? args[++i];
    if (value === undefined) return undefined;
    options[key] = value;
  }
  return command ? options : undefined;
}
