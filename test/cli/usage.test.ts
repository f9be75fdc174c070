// Every command's usage errors that commander finds (exit 2 in main.ts), in-process: for each
// command grow declares, an option it does not have, a missing argument and words it has no
// place for are refused in grow's words, before the command runs, with a pointer to its help.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CommanderError, createProgram, explainUsage, type Program } from '../../src/cli/program';
import { tempJournal } from '../support/temp';

type Command = Program['commands'][number];

/** Every command without commands of its own, with the words that name it after grow. */
function leaves(command: Program | Command, path: string[] = []): { path: string[]; command: Command }[] {
  return command.commands.flatMap((sub) => {
    const named = [...path, sub.name()];
    return sub.commands.length > 0 ? leaves(sub, named) : [{ path: named, command: sub }];
  });
}

/** What grow says for a command line commander refuses; the test fails if the line is taken. */
async function refused(args: string[]) {
  const program = createProgram();
  const thrown = await program.parseAsync(['node', 'grow', ...args]).then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!(thrown instanceof CommanderError)) throw new Error(`grow ${args.join(' ')} was not refused as a usage error: ${String(thrown)}`);
  expect(thrown.exitCode, `grow ${args.join(' ')}`).not.toBe(0);
  return { code: thrown.code, ...explainUsage(program, args, thrown) };
}

// Should a line be taken after all, the command runs on a journal of its own, never the person's.
beforeAll(() => {
  vi.stubEnv('GROW_JOURNAL', tempJournal());
  vi.stubEnv('GROW_TODAY', '2026-11-25');
});
afterAll(() => vi.unstubAllEnvs());

const commands = leaves(createProgram()).filter(({ path }) => !path[0]!.startsWith('__'));
const named = (path: string[]) => `grow ${path.join(' ')}`;
/** A word for each argument the command needs, so that only the fault under test is left. */
const needed = (command: Command) => command.registeredArguments.filter((a) => a.required).map(() => 'x1');

describe("every command's usage errors", () => {
  it('finds the commands', () => {
    expect(commands.length).toBeGreaterThanOrEqual(35);
    expect(commands.map((c) => named(c.path))).toEqual(expect.arrayContaining(['grow undo', 'grow action list', 'grow note rm', 'grow people rename', 'grow completion']));
  });

  it.each(commands.map((c) => [named(c.path), c] as const))('%s refuses an option it does not have', async (name, { path, command }) => {
    const said = await refused([...path, ...needed(command), '--frobnicate']);
    expect(said).toEqual({ code: 'commander.unknownOption', problem: `--frobnicate is not an option of ${name}.`, hint: `See: ${name} --help` });
  });

  const withArguments = commands.filter((c) => needed(c.command).length > 0);
  it.each(withArguments.map((c) => [named(c.path), c] as const))('%s says which argument is missing', async (name, { path, command }) => {
    const said = await refused(path);
    const first = command.registeredArguments[0]!;
    expect(said.code).toBe('commander.missingArgument');
    expect(said.problem).toBe(`${first.name().toUpperCase()} is missing: ${first.description.replace(/\.$/, '')}.`);
    expect(said.hint).toBe(`See: ${name} --help`);
  });

  /** "a, b or c", as grow lists choices. */
  const listed = (choices: readonly string[]) => (choices.length > 1 ? `${choices.slice(0, -1).join(', ')} or ${choices.at(-1)}` : choices[0]);
  const choosing = commands.flatMap(({ path, command }) => [
    ...command.options.filter((o) => o.argChoices).map((o) => ({ path, args: [...path, ...needed(command), o.long!, 'bogus'], what: o.long!, choices: o.argChoices! })),
    ...command.registeredArguments
      .filter((a) => a.argChoices)
      .map((a) => ({ path, args: [...path, 'bogus'], what: a.name().toUpperCase(), choices: a.argChoices! })),
  ]);
  it('finds the options and arguments that take one of a few words', () => {
    expect(choosing.map((c) => `${named(c.path)} ${c.what}`)).toEqual(expect.arrayContaining(['grow checkin --status', 'grow pulse --by', 'grow completion SHELL']));
  });
  it.each(choosing.map((c) => [`${named(c.path)} ${c.what}`, c] as const))('%s names the words it takes', async (_name, { path, args, what, choices }) => {
    const said = await refused(args);
    expect(said).toEqual({ code: 'commander.invalidArgument', problem: `${what} must be ${listed(choices)}, not "bogus".`, hint: `See: ${named(path)} --help` });
  });

  const withoutVariadic = commands.filter((c) => !c.command.registeredArguments.some((a) => a.variadic));
  it.each(withoutVariadic.map((c) => [named(c.path), c] as const))('%s refuses words it has no place for', async (name, { path, command }) => {
    const optional = command.registeredArguments.filter((a) => !a.required).map(() => 'x2');
    const said = await refused([...path, ...needed(command), ...optional, 'extra']);
    expect(said.code).toBe('commander.excessArguments');
    expect(said.problem).toMatch(new RegExp(`^Too many words: ${name} takes `));
    expect(said.hint).toBe(`See: ${name} --help`);
  });
});
