// Bundles src/main.ts into dist/ as ESM with code splitting: commands are loaded with
// dynamic import(), so each becomes its own chunk and `grow --version` loads almost nothing.
// `grow remind` runs at every new terminal, so its fast path (see src/main.ts) is bundled
// on its own into dist/remind.js: one file loads faster than the dozen chunks it would
// otherwise share. When the journal has changed since the last remind, it reads it through
// dist/load-remind-facts.js, an entry of the main bundle.
import { build } from 'esbuild';
import { readFile, rm } from 'node:fs/promises';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));

const common = {
  outdir: 'dist',
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  define: { __GROW_VERSION__: JSON.stringify(pkg.version) },
  // Some dependencies are CommonJS and call require(); an ESM bundle needs one made for it.
  banner: { js: 'import{createRequire as __growRequire}from"node:module";const require=__growRequire(import.meta.url);' },
  logLevel: 'warning',
};

/** Resolves `specifier` (imported from a file whose path ends with `from`) to a file beside the bundle. */
const useBuilt = (specifier, from, file) => ({
  name: `use ${file}`,
  setup(esbuild) {
    esbuild.onResolve({ filter: new RegExp(`^${specifier.replace(/[./]/g, '\\$&')}$`) }, (args) =>
      args.importer.endsWith(from) ? { path: `./${file}`, external: true } : undefined,
    );
  },
});

await rm(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  ...common,
  entryPoints: { main: 'src/main.ts', 'load-remind-facts': 'src/store/load-remind-facts.ts' },
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  plugins: [useBuilt('./commands/remind', 'src/main.ts', 'remind.js')],
});
await build({
  ...common,
  entryPoints: { remind: 'src/commands/remind.ts' },
  plugins: [useBuilt('../store/load-remind-facts', 'src/commands/remind.ts', 'load-remind-facts.js')],
});
