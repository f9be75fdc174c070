// Lines grow answers before it loads its command line: the version and help are only text
// (see main.ts), and `grow remind` runs at every new terminal (see remind-main.ts). Any other
// line (other flags, a typo) goes through the full command line as usual.
import type { RemindOptions } from '../commands/remind';

export type FastPath = { kind: 'version' } | { kind: 'help'; words: string };

export function fastPath(args: readonly string[]): FastPath | undefined {
  if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) return { kind: 'version' };
  const words = helpRequest(args);
  return words === undefined ? undefined : { kind: 'help', words };
}

/**
 * `grow action add --help` (or -h) and `grow help action add`, with nothing else on the line:
 * the command's words. grow help reads words in any case; commander reads names as typed.
 */
export function helpRequest(args: readonly string[]): string | undefined {
  const isWord = (arg: string) => /^[A-Za-z_]+$/.test(arg);
  const last = args.at(-1);
  if ((last === '--help' || last === '-h') && args.slice(0, -1).every(isWord)) return args.slice(0, -1).join(' ');
  if (args[0] === 'help' && args.slice(1).every(isWord)) return args.slice(1).join(' ').toLowerCase();
  return undefined;
}

const VALUE_FLAGS = { '--journal': 'journal', '--person': 'person' } as const;

/** `grow remind` with nothing around it but --journal and --person. */
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
