#!/usr/bin/env node
// The executable only loads the bundle built from src/main.ts (see scripts/build.mjs).
import '../dist/main.js';
