// Moves SQLite's WAL checkpoints off the serving thread: a worker checkpoints on a timer, the main connection never does.
import type Database from 'better-sqlite3';
import { Worker } from 'node:worker_threads';
import type { Logger } from '../core/index.ts';

/** SQLite's default: a commit that leaves the WAL at this many pages or more checkpoints it. */
const defaultAutoCheckpointPages = 1000;
const entry = new URL('./wal-checkpoint-worker.mjs', import.meta.url);

type WorkerMessage = { type: 'ready' } | { type: 'error'; message: string };

export interface WalCheckpointer {
  /** Checkpoints once more, stops the worker and gives checkpoints back to the main connection. */
  stop(): Promise<void>;
}

const notRunning: WalCheckpointer = { stop: async () => undefined };

/**
 * With automatic checkpoints, the commit that takes the WAL past 1000 pages copies them into the database file and
 * syncs it inside whichever request committed: several milliseconds on one request in a few hundred (bench/gateway).
 * Here a worker thread with its own connection checkpoints every `intervalMs` instead, and the main connection's
 * automatic checkpoints are off while the worker runs. When it cannot start or dies, they are switched back on, so the
 * WAL never grows without bound. In-memory and non-WAL databases get a checkpointer that does nothing. It never throws.
 * @example
 * const checkpointer = await startWalCheckpointer({ database: store.database, logger });
 * await checkpointer.stop();
 */
export async function startWalCheckpointer(options: {
  database: Database.Database;
  logger: Logger;
  intervalMs?: number;
}): Promise<WalCheckpointer> {
  const { database, logger } = options;
  if (database.memory || database.pragma('journal_mode', { simple: true }) !== 'wal') return notRunning;
  let worker: Worker;
  try {
    worker = new Worker(entry, { workerData: { path: database.name, intervalMs: options.intervalMs ?? 1000 } });
  } catch (error) {
    logger.warn('the WAL checkpointer could not start; commits checkpoint as usual', { error: String(error) });
    return notRunning;
  }
  let running = false;
  const handBack = () => {
    if (running && database.open) database.pragma(`wal_autocheckpoint = ${defaultAutoCheckpointPages}`);
    running = false;
  };
  const started = await new Promise<boolean>((resolve) => {
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'error') logger.warn('background WAL checkpoint failed', { error: message.message });
      else if (!database.open) void worker.terminate();
      else {
        database.pragma('wal_autocheckpoint = 0');
        running = true;
        resolve(true);
      }
    });
    worker.once('error', (error) => {
      if (running) logger.warn('the WAL checkpointer failed; commits checkpoint again', { error: String(error) });
      else logger.warn('the WAL checkpointer could not start; commits checkpoint as usual', { error: String(error) });
      handBack();
      resolve(false);
    });
    worker.once('exit', () => {
      handBack();
      resolve(false);
    });
  });
  if (!started) return notRunning;
  // Once running, it is never what keeps the process alive: a server that forgets stop() still exits.
  worker.unref();
  const exited = new Promise((resolve) => worker.once('exit', resolve));
  return {
    async stop() {
      if (!running) return;
      // Handed back before the worker's last checkpoint, so no commit in between is left without one.
      handBack();
      worker.ref();
      worker.postMessage('stop');
      await exited;
    },
  };
}
