// Closed-loop load: N concurrent customers over HTTP, each looping through scripted conversations until the time is up.
import type OpenAI from 'openai';
import { summarize, type LatencySummary } from '../gateway/statistics.ts';
import { httpTurn } from './http-turn.ts';
import type { ConversationScript } from './script-types.ts';

/** What the client knows of one conversation: the turns the server acknowledged (200 + a reply), in order. */
export interface ClientConversation {
  conversationId: string;
  assistantId: string;
  acknowledged: string[];
  /** Turns that failed after the conversation existed (the server may or may not have stored them). */
  failed: number;
}

export interface LoadResult {
  conversations: number;
  durationS: number;
  turnsSent: number;
  turnsOk: number;
  errors: number;
  /** The first few failures, to see why. */
  failures: string[];
  turnsPerSecond: number;
  latency: LatencySummary;
  conversationsStarted: number;
  serverCpuMsPerTurn: number | undefined;
  /** The slowest turns: when they started (seconds into the run), what was asked, what the engine took it for. */
  slowest: Array<{ ms: number; atS: number; text: string; intent: string | undefined; conversationId: string }>;
  /** Wall-clock start of the load (epoch ms), to place the server's stored message times. */
  startedAtMs: number;
  /** Every conversation the client saw, for the database check. */
  seen: ClientConversation[];
}

/**
 * @example
 * const load = await runLoad({ client, scripts, concurrency: 200, durationMs: 60_000, serverCpuMs: server.cpuMs });
 */
export async function runLoad(options: {
  client: OpenAI;
  scripts: ConversationScript[];
  concurrency: number;
  durationMs: number;
  serverCpuMs: () => number | undefined;
}): Promise<LoadResult> {
  const samples: number[] = [];
  const slow: LoadResult['slowest'] = [];
  const seen: ClientConversation[] = [];
  const failures: string[] = [];
  let sent = 0;
  let errors = 0;
  const cpuBefore = options.serverCpuMs();
  const startedAtMs = Date.now();
  const started = performance.now();
  const deadline = started + options.durationMs;

  async function customer(worker: number): Promise<void> {
    for (let round = 0; performance.now() < deadline; round += 1) {
      const script = options.scripts[(worker + round * options.concurrency) % options.scripts.length]!;
      let conversation: ClientConversation | undefined;
      for (const turn of script.turns) {
        if (performance.now() >= deadline) return;
        sent += 1;
        const result = await httpTurn({
          client: options.client,
          assistantId: script.assistantId,
          text: turn.text,
          conversationId: conversation?.conversationId,
        });
        if (result.ok && result.conversationId) {
          samples.push(result.ms);
          if (result.ms > (slow.at(-1)?.ms ?? 0) || slow.length < 8) {
            const atS = Math.round((performance.now() - result.ms - started) / 100) / 10;
            slow.push({ ms: Math.round(result.ms), atS, text: turn.text, intent: result.intent, conversationId: result.conversationId });
            slow.sort((a, b) => b.ms - a.ms).splice(8);
          }
          if (!conversation) {
            conversation = { conversationId: result.conversationId, assistantId: script.assistantId, acknowledged: [], failed: 0 };
            seen.push(conversation);
          }
          conversation.acknowledged.push(turn.text);
          continue;
        }
        errors += 1;
        if (failures.length < 5) failures.push(`${script.id}: ${result.failure ?? 'no conversation id'}`);
        if (!conversation) break;
        conversation.failed += 1;
      }
    }
  }

  await Promise.all(Array.from({ length: options.concurrency }, (_, worker) => customer(worker)));
  const elapsedS = (performance.now() - started) / 1000;
  const cpuAfter = options.serverCpuMs();
  return {
    conversations: options.concurrency,
    durationS: Math.round(elapsedS * 10) / 10,
    turnsSent: sent,
    turnsOk: samples.length,
    errors,
    failures,
    turnsPerSecond: Math.round((samples.length / elapsedS) * 10) / 10,
    latency: summarize(samples),
    conversationsStarted: seen.length,
    serverCpuMsPerTurn:
      cpuBefore === undefined || cpuAfter === undefined || samples.length === 0
        ? undefined
        : Math.round(((cpuAfter - cpuBefore) / samples.length) * 100) / 100,
    slowest: slow,
    startedAtMs,
    seen,
  };
}
