// Sustained throughput: closed loops of C concurrent streams for a fixed time, counting the streams that completed in it.
import { performance } from 'node:perf_hooks';
import { processCpuMs } from './process-cpu.ts';
import { chatBody, keepAliveAgent, streamOnce, type Target } from './stream-client.ts';
import { round, summarize, type LatencySummary } from './statistics.ts';

export interface ThroughputResult {
  concurrency: number;
  durationS: number;
  completed: number;
  errors: number;
  /** Streams completed per second, each with every token delivered. */
  rps: number;
  ttft: LatencySummary;
  total: LatencySummary;
  /** CPU milliseconds the serving process spent per completed stream (warm-up included on both sides), when known. */
  cpuMsPerRequest?: number;
  firstError?: string;
}

interface LoadSamples {
  ttfts: number[];
  totals: number[];
  errors: number;
  firstError: string | undefined;
  /** Every completed stream, warm-up included, and the server's CPU over the same time. */
  allCompleted: number;
  cpuMs: number | undefined;
}

/**
 * Each of `concurrency` workers sends a request as soon as its previous one ends, for `warmupMs + durationMs`.
 * Only streams that complete inside the measured window count; the warm-up opens every socket and fills the pipeline.
 */
async function runLoad(options: {
  target: Target;
  concurrency: number;
  durationMs: number;
  warmupMs: number;
  tokens: number;
}): Promise<LoadSamples> {
  const { target, tokens } = options;
  const agent = keepAliveAgent(options.concurrency);
  const body = chatBody(target.model);
  const samples: LoadSamples = { ttfts: [], totals: [], errors: 0, firstError: undefined, allCompleted: 0, cpuMs: undefined };
  const cpuBefore = target.pid === undefined ? undefined : processCpuMs(target.pid);
  const windowStart = performance.now() + options.warmupMs;
  const deadline = windowStart + options.durationMs;
  const worker = async () => {
    while (performance.now() < deadline) {
      try {
        const timing = await streamOnce({ target, agent, body });
        if (timing.contentChunks !== tokens) throw new Error(`got ${timing.contentChunks} content chunks, expected ${tokens}`);
        samples.allCompleted++;
        const now = performance.now();
        if (now >= windowStart && now <= deadline) {
          samples.ttfts.push(timing.ttftMs);
          samples.totals.push(timing.totalMs);
        }
      } catch (error) {
        samples.errors++;
        samples.firstError ??= String(error);
        // A failing server must not turn the loop into a busy spin.
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: options.concurrency }, worker));
  } finally {
    agent.destroy();
  }
  const cpuAfter = target.pid === undefined ? undefined : processCpuMs(target.pid);
  if (cpuBefore !== undefined && cpuAfter !== undefined) samples.cpuMs = cpuAfter - cpuBefore;
  return samples;
}

function toResult(samples: LoadSamples, options: { concurrency: number; durationMs: number }): ThroughputResult {
  const durationS = options.durationMs / 1000;
  return {
    concurrency: options.concurrency,
    durationS,
    completed: samples.totals.length,
    errors: samples.errors,
    rps: round(samples.totals.length / durationS),
    ttft: summarize(samples.ttfts),
    total: summarize(samples.totals),
    ...(samples.cpuMs !== undefined && samples.allCompleted > 0 ? { cpuMsPerRequest: round(samples.cpuMs / samples.allCompleted) } : {}),
    ...(samples.firstError ? { firstError: samples.firstError } : {}),
  };
}

/**
 * One path under load.
 * @example
 * const result = await measureThroughput({ target, concurrency: 50, durationMs: 8000, warmupMs: 1000, tokens: 32 });
 */
export async function measureThroughput(options: {
  target: Target;
  concurrency: number;
  durationMs: number;
  warmupMs: number;
  tokens: number;
}): Promise<ThroughputResult> {
  return toResult(await runLoad(options), options);
}

/**
 * Every path under the same load, in `slices` turns whose order alternates (A B C, C B A, …), so that drift and
 * warm-up order weigh on all paths alike; the figures add the slices up.
 * @example
 * const byPath = await measureThroughputInterleaved({ targets, concurrency: 200, durationMs: 8000, slices: 2, warmupMs: 1000, tokens: 32 });
 */
export async function measureThroughputInterleaved(options: {
  targets: Target[];
  concurrency: number;
  durationMs: number;
  slices: number;
  warmupMs: number;
  tokens: number;
}): Promise<Record<string, ThroughputResult>> {
  const merged = new Map<string, LoadSamples>(
    options.targets.map((target) => [
      target.name,
      { ttfts: [], totals: [], errors: 0, firstError: undefined, allCompleted: 0, cpuMs: target.pid === undefined ? undefined : 0 },
    ]),
  );
  const sliceMs = options.durationMs / options.slices;
  for (let slice = 0; slice < options.slices; slice++) {
    const order = slice % 2 === 0 ? options.targets : [...options.targets].reverse();
    for (const target of order) {
      const samples = await runLoad({
        target,
        concurrency: options.concurrency,
        durationMs: sliceMs,
        warmupMs: options.warmupMs,
        tokens: options.tokens,
      });
      const into = merged.get(target.name)!;
      into.ttfts.push(...samples.ttfts);
      into.totals.push(...samples.totals);
      into.errors += samples.errors;
      into.firstError ??= samples.firstError;
      into.allCompleted += samples.allCompleted;
      into.cpuMs = into.cpuMs === undefined || samples.cpuMs === undefined ? undefined : into.cpuMs + samples.cpuMs;
      // Let the sockets of the finished loop close before the next path starts.
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  return Object.fromEntries([...merged].map(([name, samples]) => [name, toResult(samples, options)]));
}
