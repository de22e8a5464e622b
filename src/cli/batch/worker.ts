/**
 * The worker thread of `check --jobs N`: loads its code as soon as it starts (possibly before the settings
 * are known), builds its checker from the settings it is sent first, says it is ready, then checks the
 * tasks it is sent, each exactly as the main thread would.
 */
import { parentPort } from 'node:worker_threads';
import { createValidator } from '../../validator.js';
import { checkTask, createChecker, type Checker } from './check-task.js';
import type { FromWorker, ToWorker, WorkerResponse } from './pool.js';

const port = parentPort!;
let checker: Checker | undefined;

port.on('message', (message: ToWorker) => {
  if (!Array.isArray(message)) {
    checker = createChecker(createValidator(message.settings.validator), message.settings);
    port.postMessage('ready' satisfies FromWorker);
    return;
  }
  port.postMessage(message.map(({ id, task }): WorkerResponse => ({ id, outcome: checkTask(task, checker!) })) satisfies FromWorker);
});
