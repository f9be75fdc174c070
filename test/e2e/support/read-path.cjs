// Loaded with --require (NODE_OPTIONS) by read-path.test.ts, to run one line both ways:
// GROW_TEST_READ_PATH=off makes the bundles of grow, grow notes and grow action list (dist/read-*.js)
// decline every line, so the full command line runs it; any other value is a file in which
// is written whether the bundle ran the line. start.js loads a bundle through the module cache
// (src/cli/code-cache.ts), so each bundle's place in it is taken here by one that does that.
const Module = require('node:module');
const { readFileSync, writeFileSync } = require('node:fs');
const { dirname, join } = require('node:path');

const dist = dirname(require.resolve('../../../dist/main.js'));
for (const name of ['read-notes', 'read-actions', 'read-dashboard']) {
  const file = join(dist, `${name}.js`);
  const standIn = new Module(file);
  standIn.filename = file;
  standIn.loaded = true;
  standIn.exports = { ran: (...args) => ran(file, args) };
  require.cache[file] = standIn;
}

async function ran(file, args) {
  const setting = process.env.GROW_TEST_READ_PATH;
  if (setting === 'off') return false;
  const bundle = new Module(file);
  bundle.filename = file;
  bundle._compile(readFileSync(file, 'utf8'), file);
  const ran = await bundle.exports.ran(...args);
  writeFileSync(setting, ran ? 'ran' : 'handed over');
  return ran;
}
