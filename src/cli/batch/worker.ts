/**
 * The worker thread of `check --jobs N`: loads its code as soon as it starts (possibly before the settings
 * are known), builds its checker from the settings it is sent first, says it is ready, then checks the
 * tasks it is sent, each exactly as the main thread would.
 */
import { parentPort } from 'node:worker_threads';
import { createValidator } from '../../validator.js';
import { checkTask, createChecker, type Checker } from './check-task.js';
import type { FromWorker, ToWorker, WorkerResponse } from './pool.js';

/** Runs this thread as a worker of the pool: called once, by the worker's script (dist/worker.cjs, or worker-main.ts from the sources). */
export function startWorker(): void {
  const port = parentPort!;
  let checker: Checker | undefined;

  port.on('message', (message: ToWorker) => {
    if (!Array.isArray(message)) {
      checker = createChecker(createValidator(message.settings.validator), message.settings);
      port.postMessage('ready' satisfies FromWorker);
      return;
    }
    const responses = message.map(({ id, task }) => ({ id, outcome: checkTask(task, checker!) }));
    // A task that had to load explaining validators first (checkTask) holds back this batch's answer until it is checked.
    if (responses.every((response): response is WorkerResponse => !(response.outcome instanceof Promise))) port.postMessage(responses satisfies FromWorker);
    else void Promise.all(responses.map(async ({ id, outcome }): Promise<WorkerResponse> => ({ id, outcome: await outcome }))).then((settled) => port.postMessage(settled satisfies FromWorker));
  });
}
