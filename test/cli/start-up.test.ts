// The start-up rules written at the top of src/main.ts, held against the bundles esbuild makes:
// what each way of starting grow loads before it does anything (the files a bundle imports
// statically; what it imports with import() is loaded only when needed).
import type { Metafile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundle, type Bundles } from '../../scripts/build';

let bundles: Bundles;
beforeAll(async () => {
  bundles = await bundle({ write: false });
}, 60_000);

/** grow's own files and the packages (`zod`, `@inquirer/core`) that loading these bundle files loads. */
function loadedWith(metafile: Metafile, files: string[]): { own: string[]; packages: string[] } {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of metafile.outputs[file]!.imports) if (next.kind === 'import-statement' && metafile.outputs[next.path]) visit(next.path);
  };
  files.forEach(visit);
  const inputs = [...seen].flatMap((file) => Object.keys(metafile.outputs[file]!.inputs));
  const packageOf = (input: string) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1];
  return {
    own: [...new Set(inputs.filter((input) => input.startsWith('src/')))].sort(),
    packages: [...new Set(inputs.map(packageOf).filter((name) => name !== undefined))].sort(),
  };
}

/** The bundle file built from this source file (an entry point, or the target of an import()). */
function builtFrom(metafile: Metafile, source: string): string {
  const file = Object.keys(metafile.outputs).find((output) => metafile.outputs[output]!.entryPoint === source);
  if (!file) throw new Error(`nothing is built from ${source}`);
  return file;
}

const COMMAND_LINE = ['zod', 'commander', '@commander-js/extra-typings', 'chalk'];
const isPrompts = (name: string) => name.startsWith('@inquirer/');

/** Commands that check what they are given against the schema: the answers of a guided flow's draft, an imported file. */
const CHECK_INPUT = ['src/commands/import.ts', 'src/commands/init.ts', 'src/commands/merge-driver.ts', 'src/commands/merge.ts', 'src/commands/shared/guided-init.ts', 'src/commands/session.ts'];

describe('what each way of starting grow loads', () => {
  it('--version and help: the entry and the command line\'s first file, with no package at all', () => {
    const start = loadedWith(bundles.start, ['dist/start.js']);
    expect(start.packages).toEqual([]);
    // The words of an output that cannot be written are compiled only then, but are in the file.
    expect(start.own).toEqual(['src/cli/code-cache.ts', 'src/cli/read-request.ts', 'src/errors.ts', 'src/messages/common.ts', 'src/output-failed.ts', 'src/render/text.ts', 'src/start.ts', 'src/terminal/write-out.ts']);
    // main.js is loaded only for a line that is none of grow, grow notes and grow action list, or one they hand over.
    expect(bundles.start.outputs['dist/start.js']!.imports.filter((i) => !i.path.startsWith('node:')).map((i) => [i.path, i.kind])).toEqual([['./main.js', 'require-call']]);
    const { own, packages } = loadedWith(bundles.main, ['dist/main.js']);
    expect(packages).toEqual([]);
    // render/text.ts: what standard error shows goes through safeText, errors of --version and help included.
    expect(own).toEqual(['src/cli/fast-path.ts', 'src/main.ts', 'src/output-failed.ts', 'src/render/text.ts', 'src/terminal/write-out.ts']);
  });

  it('grow remind: its own bundle, without the main entry, the command line, zod, the prompts or chalk', () => {
    const remind = loadedWith(bundles.remind, ['dist/remind.js']).packages;
    expect(remind.filter((name) => COMMAND_LINE.includes(name) || isPrompts(name))).toEqual([]);
    const imports = bundles.remind.outputs['dist/remind.js']!.imports;
    // start.js is loaded only for a line that is not grow remind after all.
    expect(imports.filter((i) => i.path.endsWith('start.js')).map((i) => i.kind)).toEqual(['require-call']);
    // It counts from the facts kept beside the journal: hashing the journal is for reading it.
    expect(imports.map((i) => i.path)).not.toContain('node:crypto');
  });

  it('grow, grow notes and grow action list: a file of their own each, with nothing loaded on demand but chalk', () => {
    for (const [file, command] of [['dist/read-notes.js', 'notes'], ['dist/read-actions.js', 'action'], ['dist/read-dashboard.js', 'dashboard']] as const) {
      const read = bundles.read.outputs[file]!;
      const inputs = Object.keys(read.inputs);
      const packages = [...new Set(inputs.map((input) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1]).filter((name) => name !== undefined))].sort();
      expect(packages, file).toEqual(['chalk', 'date-fns']);
      // The prompts, a journal to check or open, a write: the full command line's.
      const handedOver = inputs.filter((input) => input.startsWith('hand-over:')).map((input) => input.slice('hand-over:'.length));
      expect(handedOver, file).toEqual(expect.arrayContaining(['./terminal/inquirer-prompter', './parse-journal', './sealed-file', './transaction']));
      const own = inputs.filter((input) => input.startsWith('src/'));
      expect(own, file).toEqual(expect.arrayContaining([`src/commands/${command}.ts`, 'src/context.ts', 'src/store/read.ts']));
      // The sentences of its own files: never the whole of src/messages/, nor another command's.
      const others = ['notes', 'action', 'dashboard'].filter((other) => other !== command).map((other) => `src/commands/${other}.ts`);
      expect(own.filter((input) => others.includes(input) || /^src\/(messages\/index|store\/(envelope|atomic-write|transaction|folders|backups)|domain\/(schema|identity))\.ts$/.test(input)), file).toEqual([]);
      expect(read.imports.map((i) => i.path), file).not.toContain('node:crypto');
      // What start-up costs grows with the code compiled: a heavy module slipped onto this path shows here.
      expect(read.bytes, file).toBeLessThan(60_000);
    }
  });

  it('every other command: the command line and the one command, never the prompts or chalk until they are needed', () => {
    const commands = Object.values(bundles.main.outputs)
      .map((output) => output.entryPoint)
      .filter((source) => source?.startsWith('src/commands/'));
    expect(commands).toContain('src/commands/notes.ts');
    const always = ['dist/main.js', builtFrom(bundles.main, 'src/cli/program.ts'), builtFrom(bundles.main, 'src/context.ts')];
    for (const command of commands) {
      const { packages } = loadedWith(bundles.main, [...always, builtFrom(bundles.main, command!)]);
      expect(packages.filter((name) => isPrompts(name) || name === 'chalk'), command).toEqual([]);
      if (!CHECK_INPUT.includes(command!)) expect(packages, `${command} loads zod`).not.toContain('zod');
    }
  });
});
