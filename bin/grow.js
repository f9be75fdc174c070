#!/usr/bin/env node
// The executable only loads a bundle built into dist/ (see scripts/build.ts): the one from
// src/start.ts, or for a line with the word remind in it, which runs at every new terminal, the
// one from src/remind-main.ts. It is CommonJS (see package.json here), as the bundles are: Node
// then starts no ES module loader. Node 22 and later can keep the code they compiled for the
// next start; on Node 20 start.js keeps a cache of the bundles of the everyday reads itself.
require('node:module').enableCompileCache?.();
require(process.argv.includes('remind', 2) ? '../dist/remind.js' : '../dist/start.js');
