// The layers of src/ as README.md's map of the code draws them are the ones the lint rule
// enforces: for every part of src/, the rule lets it import exactly the parts the map's
// arrow names, and refuses the rest. Also: a command never imports another command, domain
// code never reads the clock, and only the entry point writes to standard output.
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const eslint = new ESLint({ cwd: ROOT });

/** The parts of src/ in the README's map, each with the parts its arrow names. */
function mapInReadme(): Map<string, string[]> {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const block = readme.split('\n## Developing grow\n')[1]!.split('```\n')[1]!;
  const arrows = new Map<string, string[]>();
  let part: string | undefined;
  for (const line of block.split('\n')) {
    const named = /^src\/([a-z-]+)(\/|\.ts)\s/.exec(line);
    if (named) {
      part = named[1]!;
      if (named[2] === '.ts') modules.add(part);
    }
    const arrow = /^\s+→ (.*)$/.exec(line);
    if (arrow && part) arrows.set(part, arrow[1] === 'nothing' ? [] : arrow[1]!.split(', '));
  }
  return arrows;
}

/** The parts that are one module (main.ts), not a folder. */
const modules = new Set<string>();
const map = mapInReadme();
/** Where a module of each part lives: in its folder, or the file of that name. */
const fileIn = (part: string) => join(ROOT, 'src', modules.has(part) ? `${part}.ts` : `${part}/probe.ts`);
const specifier = (from: string, to: string) => {
  const path = relative(dirname(from), join(ROOT, 'src', to));
  return path.startsWith('.') ? path : `./${path}`;
};

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return result!.messages.map((m) => `${m.line}: ${m.message}`);
}

describe('the layers of src/', () => {
  it('reads the map', () => {
    expect([...map.keys()].sort()).toEqual(['cli', 'clock', 'commands', 'context', 'domain', 'errors', 'flows', 'main', 'messages', 'output-failed', 'process-alive', 'remind-main', 'render', 'start', 'store', 'terminal']);
    expect(map.get('domain')).toEqual([]);
  });

  it.each([...map.keys()])('%s may import exactly what its arrow in the map names', async (part) => {
    const file = fileIn(part);
    const others = [...map.keys()].filter((other) => other !== part);
    const code = others.map((other, i) => `import * as m${i} from '${specifier(file, other)}';`).join('\n') + `\nexport const all = [${others.map((_, i) => `m${i}`).join(', ')}];\n`;
    const refused = new Set((await problems(file, code)).map((problem) => others[Number(problem.split(':')[0]) - 1]));
    expect(others.filter((other) => !refused.has(other)).sort()).toEqual([...map.get(part)!].sort());
  });

  it('refuses a command that imports another command, even when it loads it later', async () => {
    const found = await problems(fileIn('commands'), "import { init } from './init';\nimport { requireTerminal } from './shared/options';\nexport const later = () => import('./note');\nexport { init, requireTerminal };\n");
    expect(found).toEqual([
      '1: A command does not import another command: what two commands share goes in commands/shared/.',
      '3: A command does not import another command: what two commands share goes in commands/shared/.',
    ]);
  });

  it('refuses domain code that reads the clock, and anything but the entry point and the terminal writing output or ending grow', async () => {
    expect(await problems(fileIn('domain'), 'export const now = () => [new Date(), Date.now(), new Date(0)];\n')).toEqual([
      '1: Domain code never reads the clock: take today (or a Clock) as an argument.',
      '1: Domain code never reads the clock: take today (or a Clock) as an argument.',
    ]);
    const writing = "process.stdout.write('x');\nconsole.log('x');\nprocess.exitCode = 1;\n";
    expect(await problems(fileIn('commands'), writing)).toHaveLength(3);
    expect(await problems(fileIn('store'), writing)).toHaveLength(3);
    expect(await problems(fileIn('terminal'), writing)).toEqual(['3: Throw a GrowError: only main.ts ends grow and sets its exit code.']);
    expect(await problems(fileIn('main'), writing)).toEqual([]);
  });
});
