// Lint rules, and the layers of src/: which layer may import which (README.md's map of the
// code shows the same arrows, and test/lint/layers.test.ts holds the two together), that a
// command never imports another command, that domain code never reads the clock, and that
// only the entry point and the terminal's side write to standard output or end grow.
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * What a module in each layer may import. A module's layer is its folder under src/, or its
 * own name for the modules at the top: start.ts, main.ts, remind-main.ts, output-failed.ts, context.ts, clock.ts, errors.ts, process-alive.ts.
 */
export const LAYERS = {
  main: ['cli', 'commands', 'render', 'terminal', 'output-failed', 'errors', 'messages'],
  start: ['main', 'cli', 'terminal', 'output-failed'],
  'remind-main': ['start', 'cli', 'commands', 'terminal'],
  'output-failed': ['terminal', 'errors', 'messages'],
  cli: ['commands', 'context', 'render', 'terminal', 'domain', 'messages'],
  commands: ['context', 'clock', 'flows', 'store', 'render', 'terminal', 'domain', 'errors', 'messages'],
  context: ['clock', 'flows', 'store', 'render', 'terminal', 'domain'],
  clock: ['domain', 'errors', 'messages'],
  flows: ['render', 'domain', 'errors', 'messages'],
  terminal: ['flows', 'render', 'process-alive', 'errors', 'messages'],
  store: ['domain', 'process-alive', 'errors', 'messages'],
  render: ['domain', 'messages'],
  errors: ['messages'],
  messages: ['domain'],
  domain: [],
  'process-alive': [],
};

const SRC = fileURLToPath(new URL('./src/', import.meta.url));

/** The layer of a file (or folder) under src/, and its path in it; undefined elsewhere. */
function place(path) {
  const inSrc = relative(SRC, path);
  if (inSrc.startsWith('..')) return undefined;
  const parts = inSrc.replace(/\.ts$/, '').split(sep);
  return { layer: parts[0], parts };
}

/** A module directly in commands/ is a command; commands/shared/ holds what commands share. */
const isCommand = (parts) => parts[0] === 'commands' && parts.length === 2 && parts[1] !== 'shared';

const layersRule = {
  meta: {
    type: 'problem',
    schema: [],
    messages: {
      arrow: '{{from}} may not import {{to}}: see the layers in eslint.config.js and the map in README.md.',
      command: 'A command does not import another command: what two commands share goes in commands/shared/.',
    },
  },
  create(context) {
    const from = place(context.filename);
    if (!from) return {};
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const to = place(resolve(dirname(context.filename), source));
      if (!to) return;
      if (to.layer === from.layer) {
        if (to.layer === 'commands' && isCommand(to.parts) && to.parts.join('/') !== from.parts.join('/')) context.report({ node, messageId: 'command' });
        return;
      }
      if (!(LAYERS[from.layer] ?? []).includes(to.layer)) context.report({ node, messageId: 'arrow', data: { from: from.layer, to: to.layer } });
    };
    return { ImportDeclaration: check, ImportExpression: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};

/** Only the entry points (main.ts, and remind-main.ts for grow remind) end grow, and output-failed.ts for both entries that run commands. */
const ONE_EXIT_POINT = [{ selector: "MemberExpression[object.name='process'][property.name=/^(exit|exitCode)$/]", message: 'Throw a GrowError: only main.ts ends grow and sets its exit code.' }];

/** Standard output and error are written only by the entry point, the context and terminal/. */
const ONE_WAY_OUT = [
  {
    selector: "CallExpression[callee.object.object.name='process'][callee.object.property.name=/^(stdout|stderr)$/][callee.property.name='write']",
    message: 'Write through ctx.out and ctx.err (or terminal/write-out.ts): only main.ts, context.ts and terminal/ write to standard output and error.',
  },
  { selector: "MemberExpression[object.name='console']", message: 'Write through ctx.out and ctx.err: only main.ts, context.ts and terminal/ write to standard output and error.' },
];

/** Domain code is given today's date; it never reads the clock. */
const NO_CLOCK = [
  { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Domain code never reads the clock: take today (or a Clock) as an argument.' },
  { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Domain code never reads the clock: take today (or a Clock) as an argument.' },
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', TextDecoder: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', performance: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  // The executable is CommonJS, as the bundle it loads is (see scripts/build.ts).
  { files: ['bin/**', 'test/**/*.cjs'], languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly' } }, rules: { '@typescript-eslint/no-require-imports': 'off' } },
  // Tests read terminal output, escape codes and all.
  { files: ['test/**'], rules: { 'no-control-regex': 'off' } },
  { files: ['src/**'], plugins: { grow: { rules: { layers: layersRule } } }, rules: { 'grow/layers': 'error' } },
  { files: ['src/**'], ignores: ['src/main.ts', 'src/remind-main.ts', 'src/output-failed.ts'], rules: { 'no-restricted-syntax': ['error', ...ONE_EXIT_POINT, ...ONE_WAY_OUT] } },
  { files: ['src/context.ts', 'src/terminal/**'], rules: { 'no-restricted-syntax': ['error', ...ONE_EXIT_POINT] } },
  { files: ['src/domain/**'], rules: { 'no-restricted-syntax': ['error', ...ONE_EXIT_POINT, ...ONE_WAY_OUT, ...NO_CLOCK] } },
);
