// The peer: the same scripted turns through the runtime's OpenAI-style tool loop on node-llama-cpp, with a tiny random GGUF.
// A real model is far larger, so this is a floor for what any LLM-based agent spends on a turn (prompt with every tool schema, decoding).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { energyStoreAssistant } from '../../src/blueprints/energy-store/assistant.ts';
import { energyStoreTools } from '../../src/blueprints/energy-store/tools/energy-store-tools.ts';
import { sqliteRecordCollections } from '../../src/blueprints/index.ts';
import type { ChatModel } from '../../src/models/index.ts';
import type { Platform } from '../../src/platform/index.ts';
import { writeTinyGguf } from '../../test/helpers/gguf-writer.ts';
import { summarize, type LatencySummary } from '../gateway/statistics.ts';
import type { ConversationScript } from './script-types.ts';

const here = dirname(fileURLToPath(import.meta.url));
export const peerName =
  'LLM tool-loop agent (node-llama-cpp, tiny random GGUF: a floor for what any LLM-based agent framework spends per turn)';
const modelId = 'bench-tiny-llama';
const assistantId = 'energy-store-llm';
/** A random model never chooses to stop, so every generation is capped as an agent framework's max_tokens would cap it. */
export const peerMaxTokens = 96;
const cappedPrefix = 'bench-capped:';

/** The registry's model with `maxTokens` filled in: the runtime's tool loop sets none, and a random model would fill the context. */
function capped(model: ChatModel): ChatModel {
  return {
    ...model,
    generate: (request) => model.generate({ ...request, maxTokens: request.maxTokens ?? peerMaxTokens }),
    stream: (request) => model.stream({ ...request, maxTokens: request.maxTokens ?? peerMaxTokens }),
  };
}

export interface PeerResult extends LatencySummary {
  name: string;
  nodeLlamaCpp: string;
  model: string;
  turns: number;
  errors: number;
  /** The first turn loads the model; it is timed apart and not in the percentiles. */
  firstTurnMs: number;
}

/**
 * Runs up to `maxTurns` scripted energy-store turns (in script order) through the model tool loop.
 * @example
 * const peer = await runLlmPeer({ platform, scripts, maxTurns: 20 });
 */
export async function runLlmPeer(options: {
  platform: Platform;
  scripts: ConversationScript[];
  maxTurns: number;
  log: (line: string) => void;
}): Promise<PeerResult> {
  const { platform } = options;
  const directory = mkdtempSync(join(tmpdir(), 'genstack-bench-peer-'));
  const path = join(directory, 'tiny.gguf');
  // 64-wide, 2 blocks: the smallest llama that node-llama-cpp runs; context large enough for the instructions and 12 tool schemas.
  const contextSize = 32_768;
  writeTinyGguf(path, { contextLength: contextSize, seed: 3 });
  platform.models.register({ id: modelId, provider: 'llama', kind: 'chat', settings: { path, threads: 1, contextSize, parallel: 1 } });
  platform.models.addResolver({
    prefix: cappedPrefix,
    resolve: (id) => capped(platform.models.chat(id.slice(cappedPrefix.length))),
    list: () => [],
  });
  const records = sqliteRecordCollections({ database: platform.store.database, blueprint: 'energy-store' });
  platform.assistants.register({
    definition: { ...energyStoreAssistant, id: assistantId, model: `${cappedPrefix}${modelId}`, blueprint: undefined },
    tools: energyStoreTools(records),
  });
  const samples: number[] = [];
  let errors = 0;
  let firstTurnMs = Number.NaN;
  try {
    outer: for (const script of options.scripts.filter((candidate) => candidate.assistantId === 'energy-store')) {
      let conversationId: string | undefined;
      for (const turn of script.turns) {
        if (samples.length + errors >= options.maxTurns) break outer;
        const started = performance.now();
        try {
          const result = await platform.assistants.turn({ assistantId, message: turn.text, ...(conversationId ? { conversationId } : {}) });
          conversationId = result.conversationId;
          const ms = performance.now() - started;
          if (Number.isNaN(firstTurnMs)) firstTurnMs = ms;
          else samples.push(ms);
          options.log(`peer turn ${samples.length}: ${Math.round(ms)} ms (${turn.kind})`);
        } catch (error) {
          errors += 1;
          options.log(`peer turn failed: ${(error as Error).message.slice(0, 200)}`);
        }
      }
    }
  } finally {
    await platform.assistants.unregister(assistantId);
    platform.models.remove(modelId);
    rmSync(directory, { recursive: true, force: true });
  }
  const version = (
    JSON.parse(readFileSync(join(here, '..', '..', 'node_modules', 'node-llama-cpp', 'package.json'), 'utf8')) as { version: string }
  ).version;
  return {
    name: peerName,
    nodeLlamaCpp: version,
    model: `tiny llama GGUF (64 wide, 2 blocks, byte vocabulary, random weights), context ${contextSize}, 1 thread, max ${peerMaxTokens} tokens per generation`,
    turns: samples.length,
    errors,
    firstTurnMs: Math.round(firstTurnMs),
    ...summarize(samples),
  };
}
