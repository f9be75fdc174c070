#!/usr/bin/env node
// The executable only loads the bundle built from src/main.ts (see scripts/build.ts). It is
// CommonJS (see package.json here), as the bundle is: Node then starts no ES module loader.
require('../dist/main.js');
