// Loaded with --require (NODE_OPTIONS) by read-path.test.ts, to run one line both ways:
// GROW_TEST_READ_PATH=off makes dist/read.js decline every line, so the full command line
// runs it; any other value is a file in which is written whether dist/read.js ran the line.
const Module = require('node:module');
const { writeFileSync } = require('node:fs');

const load = Module._load;
Module._load = function (request, parent, ...rest) {
  if (request !== './read.js' || !parent?.filename?.endsWith('/dist/main.js')) return load.call(this, request, parent, ...rest);
  const setting = process.env.GROW_TEST_READ_PATH;
  if (setting === 'off') return { ranOnItsOwn: async () => false };
  const { ranOnItsOwn } = load.call(this, request, parent, ...rest);
  return {
    ranOnItsOwn: async (...args) => {
      const ran = await ranOnItsOwn(...args);
      writeFileSync(setting, ran ? 'ran' : 'handed over');
      return ran;
    },
  };
};
