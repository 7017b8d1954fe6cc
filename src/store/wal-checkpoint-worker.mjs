// Worker-thread entry for the background WAL checkpointer (wal-checkpointer.ts): its own connection copies committed
// WAL pages into the database file on a timer. Plain JavaScript, so the worker needs no TypeScript loader.
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';

const { path, intervalMs } = workerData;
const database = new Database(path, { fileMustExist: true });

function checkpoint() {
  try {
    // PASSIVE never waits for a lock and never blocks a writer; pages a reader still needs are left for the next round.
    database.pragma('wal_checkpoint(PASSIVE)');
  } catch (error) {
    parentPort.postMessage({ type: 'error', message: String(error) });
  }
}

const timer = setInterval(checkpoint, intervalMs);
parentPort.on('message', (message) => {
  if (message !== 'stop') return;
  clearInterval(timer);
  checkpoint();
  database.close();
  parentPort.close();
});
parentPort.postMessage({ type: 'ready' });
