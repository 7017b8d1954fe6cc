// Streaming of the builtin engine: typed parts in order, word-sized deltas, tool calls as start/delta/end, abort mid-stream.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { generateFromStream } from '../../../src/models/generate-from-stream.ts';
import type { ChatRequest, ChatStreamPart } from '../../../src/models/types.ts';
import { createTestModel, tools } from './__fixtures__/tools.ts';

const model = createTestModel();

async function collect(request: ChatRequest): Promise<ChatStreamPart[]> {
  const parts: ChatStreamPart[] = [];
  for await (const part of model.stream(request)) parts.push(part);
  return parts;
}

describe('streaming', () => {
  test('text streams as start, word-sized deltas, end, finish', async () => {
    const request: ChatRequest = { messages: [{ role: 'user', content: 'What can you do?' }] };
    const parts = await collect(request);
    const types = parts.map((part) => part.type);
    assert.equal(types[0], 'stream-start');
    assert.equal(types[1], 'text-start');
    assert.deepEqual(types.slice(-2), ['text-end', 'finish']);
    const deltas = parts.flatMap((part) => (part.type === 'text-delta' ? [part.delta] : []));
    assert.ok(deltas.length > 20);
    assert.ok(deltas.every((delta) => delta.trim().split(/\s+/u).length === 1));
    const whole = await model.generate(request);
    assert.equal(deltas.join(''), whole.text);
    assert.deepEqual(await generateFromStream(model.stream(request)), whole);
  });

  test('a tool call streams as start, argument deltas, end, then finish with tool_calls', async () => {
    const request: ChatRequest = {
      messages: [{ role: 'user', content: 'Send an email to kim@example.com with subject "Quarterly numbers are ready"' }],
      tools,
    };
    const parts = await collect(request);
    assert.deepEqual(
      [...new Set(parts.map((part) => part.type))],
      ['stream-start', 'tool-call-start', 'tool-call-delta', 'tool-call-end', 'finish'],
    );
    const deltas = parts.flatMap((part) => (part.type === 'tool-call-delta' ? [part.argumentsDelta] : []));
    assert.ok(deltas.length > 1);
    assert.deepEqual(JSON.parse(deltas.join('')), { to: 'kim@example.com', subject: 'Quarterly numbers are ready' });
    const finish = parts.at(-1);
    assert.equal(finish?.type === 'finish' && finish.finishReason, 'tool_calls');
    assert.deepEqual(await generateFromStream(model.stream(request)), await model.generate(request));
  });

  test('aborting mid-stream closes the text and finishes with abort', async () => {
    const controller = new AbortController();
    const parts: ChatStreamPart[] = [];
    for await (const part of model.stream({ messages: [{ role: 'user', content: 'What can you do?' }], signal: controller.signal })) {
      parts.push(part);
      if (part.type === 'text-delta' && parts.length === 5) controller.abort();
    }
    const types = parts.map((part) => part.type);
    assert.equal(types.filter((type) => type === 'text-delta').length, 3);
    assert.deepEqual(types.slice(-2), ['text-end', 'finish']);
    const finish = parts.at(-1);
    assert.equal(finish?.type === 'finish' && finish.finishReason, 'abort');
  });

  test('a stream that is already aborted throws aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await assert.rejects(
      collect({ messages: [{ role: 'user', content: 'hi' }], signal: controller.signal }),
      (error: unknown) => (error as { code?: string }).code === 'aborted',
    );
  });
});
