// cli/read-request.ts reads `grow`, `grow notes` and `grow action list` without commander: it
// must read every line it takes as commander reads it (cli/program.ts), the same options with
// the same defaults, and leave every option it does not know to commander. A new option
// declared, or a default changed, on one side only fails here.
import { describe, expect, it } from 'vitest';
import { createProgram, type Program } from '../../src/cli/program';
import { readRequest } from '../../src/cli/read-request';

type Command = Program['commands'][number];

/** What commander hands the action of the command a line names, without running it: its words, its own options and the global ones. */
async function commanderReads(args: string[]): Promise<{ words: string[]; globals: unknown; options: unknown }> {
  const program = createProgram();
  let read: { words: string[]; globals: unknown; options: unknown } | undefined;
  const capture = (command: Program | Command, words: string[]) => {
    command.action((...given: unknown[]) => void (read = { words, globals: program.opts(), options: (given.at(-1) as Command).opts() }));
    for (const sub of command.commands) capture(sub, [...words, sub.name()]);
  };
  capture(program, []);
  await program.parseAsync(['node', 'grow', ...args]);
  if (!read) throw new Error(`grow ${args.join(' ')} ran no action`);
  return read;
}

/** The command each line of readRequest names, by the words commander names it with. */
const COMMAND_OF: Record<string, string> = { '': 'dashboard', notes: 'notes', action: 'action list', 'action list': 'action list' };

/** The commands readRequest reads, and a line that names each. */
const READ = [
  { words: [] as string[], find: (program: Program) => program },
  { words: ['notes'], find: (program: Program) => program.commands.find((c) => c.name() === 'notes')! },
  { words: ['action', 'list'], find: (program: Program) => program.commands.find((c) => c.name() === 'action')!.commands.find((c) => c.name() === 'list')! },
];

async function sameAsCommander(args: string[]): Promise<void> {
  const request = readRequest(args);
  expect(request, `grow ${args.join(' ')}`).toBeDefined();
  const { words, globals, options } = await commanderReads(args);
  const command = COMMAND_OF[words.join(' ')];
  // The dashboard takes no options of its own; grow action is grow action list without any.
  expect(request, `grow ${args.join(' ')}`).toEqual({ command, globals, options: command === 'dashboard' ? {} : options });
}

describe('the lines read without commander', () => {
  it('read every option grow declares for them, in each form, as commander reads it', async () => {
    const program = createProgram();
    for (const { words, find } of READ) {
      const options = find(program).options.filter((option) => option.long !== '--version');
      const globals = words.length > 0 ? program.options.filter((option) => option.long !== '--version') : [];
      for (const option of [...options, ...globals]) {
        const flag = option.long!;
        if (option.required || option.optional) {
          await sameAsCommander([...words, flag, '2026-11-20']);
          await sameAsCommander([...words, `${flag}=2026-11-20`, flag, '2026-11-21']);
        } else await sameAsCommander([...words, flag]);
      }
    }
  });

  it('take the defaults commander gives, and global options anywhere', async () => {
    for (const args of [[], ['notes'], ['action'], ['action', 'list'], ['--person', 'Sam', 'notes', '--tag', 'a', '--tag', 'b'], ['action', '--json'], ['notes', '--no-color', '--journal=j.json'], ['--accept-plaintext', 'action', 'list', '--mine', '--person=Ada']]) {
      await sameAsCommander(args);
    }
  });
});
