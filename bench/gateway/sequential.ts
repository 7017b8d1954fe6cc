// Latency one request at a time: every round sends one request to each path, in a shuffled order, so drift hits all paths alike.
import { chatBody, keepAliveAgent, streamOnce, type StreamTiming, type Target } from './stream-client.ts';
import { summarize, type LatencySummary } from './statistics.ts';

export interface SequentialResult {
  requests: number;
  ttft: LatencySummary;
  total: LatencySummary;
}

function shuffled<T>(items: T[]): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(Math.random() * (index + 1));
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy;
}

/**
 * Runs `warmup` then `rounds` interleaved rounds; every stream must deliver all `tokens` content chunks.
 * @example
 * const results = await measureSequential({ targets, rounds: 300, warmup: 50, tokens: 32 });
 */
export async function measureSequential(options: {
  targets: Target[];
  rounds: number;
  warmup: number;
  tokens: number;
}): Promise<Record<string, SequentialResult>> {
  const agents = new Map(options.targets.map((target) => [target.name, keepAliveAgent(1)]));
  const bodies = new Map(options.targets.map((target) => [target.name, chatBody(target.model)]));
  const samples = new Map<string, StreamTiming[]>(options.targets.map((target) => [target.name, []]));
  try {
    for (let round = 0; round < options.warmup + options.rounds; round++) {
      for (const target of shuffled(options.targets)) {
        const timing = await streamOnce({ target, agent: agents.get(target.name)!, body: bodies.get(target.name)! });
        if (timing.contentChunks !== options.tokens)
          throw new Error(`${target.name}: got ${timing.contentChunks} content chunks, expected ${options.tokens}`);
        if (round >= options.warmup) samples.get(target.name)!.push(timing);
      }
    }
  } finally {
    for (const agent of agents.values()) agent.destroy();
  }
  const results: Record<string, SequentialResult> = {};
  for (const [name, timings] of samples) {
    results[name] = {
      requests: timings.length,
      ttft: summarize(timings.map((timing) => timing.ttftMs)),
      total: summarize(timings.map((timing) => timing.totalMs)),
    };
  }
  return results;
}
