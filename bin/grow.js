#!/usr/bin/env node
// The executable only loads the bundle built from src/main.ts (see scripts/build.ts). It is
// CommonJS (see package.json here), as the bundle is: Node then starts no ES module loader.
// Node 22 and later can keep the code they compiled for the next start; Node 20 cannot.
require('node:module').enableCompileCache?.();
// `grow remind` runs at every new terminal: it starts from a bundle of its own (see scripts/build.ts).
require(process.argv.includes('remind', 2) ? '../dist/remind.js' : '../dist/main.js');
