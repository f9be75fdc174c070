// Builds dist/ from src/ (npm run build; npm install runs it too). What each way of starting
// grow may load is written in src/main.ts, and test/cli/start-up.test.ts holds the bundles to it.
//
// - dist/main.js: the full command line. Commands are loaded with import() only when they run,
//   so esbuild splits them into chunks. The chunks are CommonJS: Node starts its ES module
//   loader only for ES modules, and that alone costs about a fifth of Node's own start-up.
// - dist/start.js: the entry of every line but remind's, one file of its own (src/start.ts):
//   one file loads faster than main.js and the chunks it shares with the rest of grow. It runs
//   `grow`, `grow notes` and `grow action list` from their bundles and hands anything else to main.js.
// - dist/remind.js: `grow remind` runs at every new terminal, so bin/grow.js starts it from a
//   bundle of its own (src/remind-main.ts) for the same reason. When the journal has changed
//   since the last remind, it reads it through dist/load-remind-facts.js; a line that is not
//   remind after all goes on to start.js.
// - dist/read-dashboard.js, read-notes.js, read-actions.js: `grow`, `grow notes` and `grow
//   action list`, each bundled on its own, with nothing in it loaded on demand: what they would
//   load on demand instead hands the line over to dist/main.js's full command line (see
//   cli/read-command.ts).
// - dist/help.json: every command's help, as commander prints it at 80 columns, so that
//   `grow --help` and `grow COMMAND --help` print without loading commander (see main.ts).
import { build, transform, type BuildOptions, type Metafile, type Plugin } from 'esbuild';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { version: string };

/** GROW_NO_MINIFY=1 keeps the bundles' names, so that a CPU profile (node --cpu-prof) reads. */
const minify = process.env.GROW_NO_MINIFY !== '1';

const common: BuildOptions = {
  absWorkingDir: root,
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  minify,
  define: { __GROW_VERSION__: JSON.stringify(pkg.version) },
  metafile: true,
  logLevel: 'warning',
};

/** Resolves `specifier` (imported from a file whose path ends with `from`) to a file beside the bundle. */
const useBuilt = (specifier: string, from: string, file: string): Plugin => ({
  name: `use ${file}`,
  setup(esbuild) {
    esbuild.onResolve({ filter: new RegExp(`^${specifier.replace(/[./]/g, '\\$&')}$`) }, (args) =>
      args.importer.endsWith(from) ? { path: `./${file}`, external: true } : undefined,
    );
  },
});

/**
 * Commander loads child_process for commands that are programs of their own, which grow has
 * none of; loading it costs more than a tenth of Node's start-up. It is loaded on first use.
 */
const lazyChildProcess: Plugin = {
  name: 'lazy child_process for commander',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^(node:)?child_process$/ }, (args) => (args.importer.includes('/node_modules/commander/') ? { path: 'child_process', namespace: 'lazy' } : undefined));
    esbuild.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({ contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });", loader: 'js' }));
  },
};

/**
 * dist/read-*.js hold only what `grow`, `grow notes` and `grow action list` load up front (and
 * chalk, for a terminal): anything they would load on demand throws instead, which hands the
 * line over to the full command line (see cli/read-command.ts).
 */
const handOver: Plugin = {
  name: 'hand over what is loaded on demand',
  setup(esbuild) {
    esbuild.onResolve({ filter: /.*/ }, (args) => (args.kind === 'dynamic-import' && args.path !== 'chalk' ? { path: args.path, namespace: 'hand-over' } : undefined));
    esbuild.onLoad({ filter: /.*/, namespace: 'hand-over' }, (args) => ({ contents: `throw new Error(${JSON.stringify(`${args.path} is for the full command line`)});`, loader: 'js' }));
  },
};

/** The bundles of `grow`, `grow notes` and `grow action list`, each built from src/cli/NAME.ts. */
const READS = ['read-dashboard', 'read-notes', 'read-actions'];

export interface Bundles {
  /** The main bundle, as esbuild split it (in ES module form, before it is turned into CommonJS). */
  main: Metafile;
  start: Metafile;
  remind: Metafile;
  read: Metafile;
}

/** One CommonJS file per entry, holding all it loads but what `plugins` leave to other bundles. */
function selfContained(entryPoints: Record<string, string>, plugins: Plugin[]) {
  return build({ ...common, entryPoints, format: 'cjs', supported: { 'dynamic-import': false }, write: false, plugins });
}

/** Bundles src/ into dist/, or only works out the bundles when `write` is false. */
export async function bundle({ write = true } = {}): Promise<Bundles> {
  // Code splitting needs ES modules; each file is then turned into CommonJS on its own, its
  // import() calls into require().
  const main = await build({
    ...common,
    entryPoints: { main: 'src/main.ts', 'load-remind-facts': 'src/store/load-remind-facts.ts' },
    format: 'esm',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    write: false,
    plugins: [lazyChildProcess],
  });
  const remind = await selfContained({ remind: 'src/remind-main.ts' }, [useBuilt('../store/load-remind-facts', 'src/commands/remind.ts', 'load-remind-facts.js'), useBuilt('./start', 'src/remind-main.ts', 'start.js')]);
  const start = await selfContained({ start: 'src/start.ts' }, [useBuilt('./main', 'src/start.ts', 'main.js')]);
  const read = await selfContained(Object.fromEntries(READS.map((read) => [read, `src/cli/${read}.ts`])), [handOver]);
  if (write) {
    const dist = join(root, 'dist');
    await rm(dist, { recursive: true, force: true });
    const files = [
      ...(await Promise.all(main.outputFiles.map(async (file) => ({ path: file.path, text: (await transform(file.text, { format: 'cjs', minify, supported: { 'dynamic-import': false } })).code })))),
      ...[...start.outputFiles, ...remind.outputFiles, ...read.outputFiles].map((file) => ({ path: file.path, text: file.text })),
      // Without it, Node would read these files as ES modules (package.json says "module").
      { path: join(dist, 'package.json'), text: '{ "type": "commonjs" }\n' },
    ];
    for (const file of files) {
      await mkdir(dirname(file.path), { recursive: true });
      await writeFile(file.path, file.text);
    }
    await writeFile(join(dist, 'help.json'), JSON.stringify(await renderHelp()));
  }
  return { main: main.metafile!, start: start.metafile!, remind: remind.metafile!, read: read.metafile! };
}

/** Every command's help, rendered by the declarations themselves (bundled apart, never run). */
async function renderHelp(): Promise<Record<string, string>> {
  await build({
    ...common,
    stdin: { contents: "export { createProgram } from './src/cli/program'; export { helpTexts } from './src/cli/help-texts';", resolveDir: root, loader: 'ts' },
    outdir: undefined,
    outfile: join(root, 'dist', 'render-help.cjs'),
    format: 'cjs',
    metafile: false,
    write: true,
    // The commands themselves are not needed to declare them.
    plugins: [{ name: 'no commands', setup: (esbuild) => esbuild.onResolve({ filter: /.*/ }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined)) }],
  });
  const file = join(root, 'dist', 'render-help.cjs');
  try {
    const { createProgram, helpTexts } = createRequire(import.meta.url)(file);
    return helpTexts(createProgram());
  } finally {
    await rm(file);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await bundle();
