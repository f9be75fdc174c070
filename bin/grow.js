#!/usr/bin/env node
// The executable only loads the bundle built from src/main.ts (see scripts/build.ts). It is
// CommonJS (see package.json here), as the bundle is: Node then starts no ES module loader.
// Node 22 and later can keep the code they compiled for the next start; Node 20 cannot.
require('node:module').enableCompileCache?.();
require('../dist/main.js');
