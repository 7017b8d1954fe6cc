// A real platform (temp data dir, SQLite, audit log, review queue) beside a fake OpenAI-compatible upstream, for guard tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configSchema } from '../../src/core/index.ts';
import { openPlatform, type Platform } from '../../src/platform/index.ts';
import { startFakeUpstream, upstreamModelEntry, type FakeUpstream, type ScriptedReply } from '../models/openai/fake-upstream.ts';

export interface GuardTestPlatform {
  platform: Platform;
  upstream: FakeUpstream;
  close(): Promise<void>;
}

/**
 * Opens a platform whose registry has `remote-gpt` (the fake upstream, declared remote with `local: false`) and
 * `local-llm` (the same upstream on loopback, so local).
 * @example
 * const { platform, upstream, close } = await openGuardPlatform();
 */
export async function openGuardPlatform(): Promise<GuardTestPlatform> {
  const upstream = await startFakeUpstream();
  const dataDir = mkdtempSync(join(tmpdir(), 'genstack-turn-guard-'));
  const config = configSchema.parse({
    dataDir,
    log: { level: 'silent' },
    blueprints: { autoInstall: false },
    models: {
      entries: [upstreamModelEntry(upstream, { id: 'remote-gpt', local: false }), upstreamModelEntry(upstream, { id: 'local-llm' })],
    },
  });
  const platform = await openPlatform({ config, cwd: dataDir });
  return {
    platform,
    upstream,
    async close() {
      await platform.close();
      await upstream.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A whole (non-streamed) OpenAI chat completion answering `content`. */
export function textReply(content: string): ScriptedReply {
  return {
    type: 'json',
    body: {
      id: 'chatcmpl-text',
      object: 'chat.completion',
      created: 1,
      model: 'fake',
      choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content } }],
      usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
    },
  };
}

/** A whole OpenAI chat completion that calls one tool. */
export function toolCallReply(name: string, args: Record<string, unknown>): ScriptedReply {
  return {
    type: 'json',
    body: {
      id: 'chatcmpl-tool',
      object: 'chat.completion',
      created: 1,
      model: 'fake',
      choices: [
        {
          index: 0,
          finish_reason: 'tool_calls',
          message: {
            role: 'assistant',
            content: null,
            tool_calls: [{ id: `call_${name}`, type: 'function', function: { name, arguments: JSON.stringify(args) } }],
          },
        },
      ],
      usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
    },
  };
}
