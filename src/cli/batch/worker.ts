/** The worker thread of `check --jobs N`: checks the tasks it is sent, each exactly as the main thread would. */
import { parentPort, workerData } from 'node:worker_threads';
import { createValidator } from '../../validator.js';
import { checkTask, createChecker, internalError, taskFile } from './check-task.js';
import type { WorkerRequest, WorkerResponse } from './pool.js';
import type { CheckSettings, Outcome } from './types.js';

const settings = workerData as CheckSettings;
const checker = createChecker(createValidator(settings.validator), settings);
const port = parentPort!;

port.on('message', (requests: WorkerRequest[]) => {
  void Promise.all(
    requests.map(({ id, task }) =>
      checkTask(task, checker)
        .catch((error: unknown): Outcome => ({ kind: 'error', error: internalError(taskFile(task), error) }))
        .then((outcome): WorkerResponse => ({ id, outcome })),
    ),
  ).then((responses) => port.postMessage(responses));
});
