#!/usr/bin/env node
// The `liaison` command. Runs the TypeScript sources through tsx, so no build step is needed.
import { setFlagsFromString } from 'node:v8';
import { register } from 'tsx/esm/api';

// Node.js 20.20's optimizing compiler (TurboFan) crashed node processes under sustained federation load
// (a V8 fatal error in the deoptimizer after a few thousand queries); its lower tiers do not, and cost little
// for serving. Batch commands (e.g. `liaison match`) keep TurboFan: the matcher runs 4 times faster with it.
const SERVING = new Set(['start', 'demo']);
if (SERVING.has(process.argv[2] ?? '')) setFlagsFromString('--max-opt=2');
register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
