// Sequential turns straight into the runtime (no HTTP): the engine's own cost per turn, with the intent each turn resolved to.
import type { AssistantRuntime } from '../../src/assistants/index.ts';
import type { ConversationScript } from './script-types.ts';
import type { TurnSample } from './turn-samples.ts';

/**
 * Runs every script to its end, one turn at a time, and times each `runtime.turn`.
 * @example
 * const samples = await runInProcess({ runtime: platform.assistants, scripts });
 */
export async function runInProcess(options: {
  runtime: AssistantRuntime;
  scripts: ConversationScript[];
  onProgress?: (done: number) => void;
}): Promise<TurnSample[]> {
  const samples: TurnSample[] = [];
  for (const [index, script] of options.scripts.entries()) {
    let conversationId: string | undefined;
    for (const turn of script.turns) {
      const started = performance.now();
      const result = await options.runtime.turn({
        assistantId: script.assistantId,
        message: turn.text,
        ...(conversationId ? { conversationId } : {}),
      });
      samples.push({ assistantId: script.assistantId, ms: performance.now() - started, intent: result.intent, turn });
      conversationId = result.conversationId;
    }
    options.onProgress?.(index + 1);
  }
  return samples;
}
