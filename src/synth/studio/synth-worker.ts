// The worker thread's side: run the task it was started with, post progress now and then, then the result or a typed error.
import { parentPort, workerData } from 'node:worker_threads';
import { toGenstackError } from '../../core/index.ts';
import { runSynthTask, type SynthTask } from './synth-tasks.ts';

const progressIntervalMs = 200;
let lastProgress = 0;
try {
  const result = runSynthTask(workerData as SynthTask, (fraction, message) => {
    const now = Date.now();
    if (now - lastProgress < progressIntervalMs) return;
    lastProgress = now;
    parentPort?.postMessage({ type: 'progress', fraction, message });
  });
  parentPort?.postMessage({ type: 'done', result });
} catch (error) {
  const typed = toGenstackError(error);
  parentPort?.postMessage({
    type: 'error',
    error: { code: typed.code, message: typed.message, param: typed.param, details: typed.details },
  });
}
