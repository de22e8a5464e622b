/** The worker thread's script of `check --jobs N` (dist/worker.cjs): loads the bundle, code cache and all, and serves the pool. */
import { fileURLToPath } from 'node:url';
import { loadBundle } from './bundle-loader.js';

loadBundle(fileURLToPath(new URL('.', import.meta.url))).startWorker();
