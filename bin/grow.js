#!/usr/bin/env node
// The executable only loads a bundle built into dist/ (see scripts/build.ts): the one from
// src/start.ts; for a line with the word remind in it, which runs at every new terminal, the
// one from src/remind-main.ts; for a line that asks for help or the version, the full command
// line's (src/main.ts), which answers those at once, without start.ts in between. Either
// bundle runs any line, so a word that only looks like one of these (a note about help) costs
// nothing but time. They are CommonJS (see package.json here): Node then starts no ES module
// loader. Node 22 and later can keep the code they compiled for the next start; on Node 20
// start.js keeps a cache of the bundles of the everyday reads itself.
require('node:module').enableCompileCache?.();
const args = process.argv.slice(2);
const asksHelpOrVersion = args.some((arg) => arg === '--help' || arg === '-h' || arg === 'help' || arg === '--version' || arg === '-V');
require(args.includes('remind') ? '../dist/remind.js' : asksHelpOrVersion ? '../dist/main.js' : '../dist/start.js');
