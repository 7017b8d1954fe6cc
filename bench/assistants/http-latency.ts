// Sequential turns through a real server and the openai client: the engine plus HTTP, JSON and the client, one turn at a time.
import type OpenAI from 'openai';
import { summarize, type LatencySummary } from '../gateway/statistics.ts';
import { httpTurn } from './http-turn.ts';
import type { ConversationScript } from './script-types.ts';

/**
 * @example
 * const latency = await runHttpSequential({ client, scripts: scripts.slice(0, 40) });
 */
export async function runHttpSequential(options: {
  client: OpenAI;
  scripts: ConversationScript[];
}): Promise<LatencySummary & { turns: number; errors: number }> {
  const samples: number[] = [];
  let errors = 0;
  for (const script of options.scripts) {
    let conversationId: string | undefined;
    for (const turn of script.turns) {
      const result = await httpTurn({ client: options.client, assistantId: script.assistantId, text: turn.text, conversationId });
      if (result.ok) samples.push(result.ms);
      else errors += 1;
      conversationId = result.conversationId;
    }
  }
  return { turns: samples.length, errors, ...summarize(samples) };
}
