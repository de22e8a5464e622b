/** Where the worker thread's script is: beside the module that asks, in dist/ (where the CLI's bundle lies). */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** dist/worker.cjs when the CLI is built; undefined when running from the sources. */
export function builtWorkerEntry(): URL | undefined {
  const built = new URL('./worker.cjs', import.meta.url);
  return existsSync(fileURLToPath(built)) ? built : undefined;
}

/** The worker's script: dist/worker.cjs when built, the TypeScript source under tsx. */
export function workerEntry(): URL {
  return builtWorkerEntry() ?? new URL('./worker-main.ts', import.meta.url);
}
