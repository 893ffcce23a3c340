#!/usr/bin/env node
// The `ikbot` command: runs the TypeScript CLI through tsx, so no build step is needed.
process.removeAllListeners('warning');
require('tsx/cjs');
require('../src/cli/main.ts');
