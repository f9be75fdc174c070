// Bundles src/main.ts into dist/ as ESM with code splitting: commands are loaded with
// dynamic import(), so each becomes its own chunk and `grow --version` loads almost nothing.
import { build } from 'esbuild';
import { readFile, rm } from 'node:fs/promises';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));

await rm(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: ['src/main.ts'],
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  chunkNames: 'chunks/[name]-[hash]',
  define: { __GROW_VERSION__: JSON.stringify(pkg.version) },
  // Some dependencies are CommonJS and call require(); an ESM bundle needs one made for it.
  banner: { js: 'import{createRequire as __growRequire}from"node:module";const require=__growRequire(import.meta.url);' },
  logLevel: 'warning',
});
