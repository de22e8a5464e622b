/**
 * The command line's code as one CommonJS bundle (dist/cli-bundle.cjs), which dist/cli.cjs and dist/worker.cjs
 * load with the V8 code cache made for it at build time (src/cli/launch/bundle-loader.ts).
 */
export { main } from './main.js';
export { run } from './run.js';
export { startWorker } from './batch/worker.js';
