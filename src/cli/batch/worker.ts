/** The worker thread of `check --jobs N`: checks the tasks it is sent, each exactly as the main thread would. */
import { parentPort, workerData } from 'node:worker_threads';
import { createValidator } from '../../validator.js';
import { checkTask, createChecker } from './check-task.js';
import type { WorkerRequest, WorkerResponse } from './pool.js';
import type { CheckSettings } from './types.js';

const settings = workerData as CheckSettings;
const checker = createChecker(createValidator(settings.validator), settings);
const port = parentPort!;

port.on('message', (requests: WorkerRequest[]) => {
  port.postMessage(requests.map(({ id, task }): WorkerResponse => ({ id, outcome: checkTask(task, checker) })));
});
