// The same closed-loop load against a bare node:http server that spends the CPU genstack spent per turn: what tail
// latency the event loop and the OS give any single Node process at that saturation, measured beside genstack's.
import { fork } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { summarize, type LatencySummary } from '../gateway/statistics.ts';

const here = dirname(fileURLToPath(import.meta.url));

export interface BareServerTail {
  workMs: number;
  requests: number;
  requestsPerSecond: number;
  latency: LatencySummary;
}

/**
 * @example
 * const bare = await measureBareServerTail({ workMs: 7, concurrency: 200, durationMs: 10_000 });
 * bare.latency.p99; // ≈ the run's length on a saturated 2-core machine
 */
export async function measureBareServerTail(options: { workMs: number; concurrency: number; durationMs: number }): Promise<BareServerTail> {
  const child = fork(join(here, 'bare-server-process.ts'), [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, BARE_WORK_MS: String(options.workMs) },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  try {
    const { port } = await new Promise<{ port: number }>((resolve) => child.once('message', resolve));
    const url = `http://127.0.0.1:${port}/v1/chat/completions`;
    const samples: number[] = [];
    const started = performance.now();
    const deadline = started + options.durationMs;
    const customer = async () => {
      while (performance.now() < deadline) {
        const sent = performance.now();
        const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"model":"bare"}' });
        await response.text();
        samples.push(performance.now() - sent);
      }
    };
    await Promise.all(Array.from({ length: options.concurrency }, customer));
    const seconds = (performance.now() - started) / 1000;
    return {
      workMs: options.workMs,
      requests: samples.length,
      requestsPerSecond: Math.round((samples.length / seconds) * 10) / 10,
      latency: summarize(samples),
    };
  } finally {
    child.disconnect();
  }
}
