// Loaded with --require (NODE_OPTIONS) by read-path.test.ts, to run one line both ways:
// GROW_TEST_READ_PATH=off makes the bundles of grow, grow notes and grow action list (dist/read-*.js)
// decline every line, so the full command line runs it; any other value is a file in which
// is written whether the bundle ran the line.
const Module = require('node:module');
const { writeFileSync } = require('node:fs');

const load = Module._load;
Module._load = function (request, parent, ...rest) {
  if (!/^\.\/read-[a-z]+\.js$/.test(request) || !parent?.filename?.endsWith('/dist/main.js')) return load.call(this, request, parent, ...rest);
  const setting = process.env.GROW_TEST_READ_PATH;
  if (setting === 'off') return { ran: async () => false };
  const bundle = load.call(this, request, parent, ...rest);
  return {
    ran: async (...args) => {
      const ran = await bundle.ran(...args);
      writeFileSync(setting, ran ? 'ran' : 'handed over');
      return ran;
    },
  };
};
