/** The worker thread's script when running from the sources (under tsx); the built CLI's is dist/worker.cjs (src/cli/launch/worker.ts). */
import { startWorker } from './worker.js';

startWorker();
