// The incremental SSE parser: line endings, fields, comments, and input split at every possible byte.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SseParser } from '../../../src/models/openai/parse-sse.ts';

interface Event {
  data: string;
  event: string;
}

function parseAll(pieces: string[]): Event[] {
  const events: Event[] = [];
  const parser = new SseParser((data, event) => events.push({ data, event }));
  for (const piece of pieces) parser.feed(piece);
  parser.end();
  return events;
}

/** Decodes bytes split at `cuts` the way the chat model does (TextDecoder with stream: true), then parses. */
function parseBytes(bytes: Uint8Array, cuts: number[]): Event[] {
  const decoder = new TextDecoder();
  const pieces: string[] = [];
  let start = 0;
  for (const cut of [...cuts, bytes.length]) {
    pieces.push(decoder.decode(bytes.subarray(start, cut), { stream: true }));
    start = cut;
  }
  pieces.push(decoder.decode());
  return parseAll(pieces);
}

describe('SseParser', () => {
  test('parses data events and names, ignoring comments, ids and retry', () => {
    const events = parseAll([': ping\n\nid: 1\nretry: 10\ndata: {"a":1}\n\nevent: error\ndata: {"message":"boom"}\n\n']);
    assert.deepEqual(events, [
      { data: '{"a":1}', event: 'message' },
      { data: '{"message":"boom"}', event: 'error' },
    ]);
  });

  test('joins multi-line data with a newline and keeps a value without the optional space', () => {
    assert.deepEqual(parseAll(['data: first\ndata:second\ndata\n\n']), [{ data: 'first\nsecond\n', event: 'message' }]);
  });

  test('accepts CRLF and CR line endings, including a CRLF split between two pieces', () => {
    assert.deepEqual(parseAll(['data: a\r\n\r\ndata: b\r', '\n\r', '\ndata: c\r\r']), [
      { data: 'a', event: 'message' },
      { data: 'b', event: 'message' },
      { data: 'c', event: 'message' },
    ]);
  });

  test('does not dispatch an event with no data line', () => {
    assert.deepEqual(parseAll(['event: ping\n\n: keep-alive\n\n']), []);
  });

  test('flushes the last event when the stream ends without a blank line (servers that omit it)', () => {
    assert.deepEqual(parseAll(['data: [DONE]']), [{ data: '[DONE]', event: 'message' }]);
  });

  test('gives the same events for Korean and English text split at every byte, including inside a character', () => {
    const text = 'data: {"content":"안녕하세요, 배송 조회를 도와드릴게요."}\n\ndata: {"content":"Hello, 세계 🌏"}\r\n\r\ndata: [DONE]\n\n';
    const bytes = new TextEncoder().encode(text);
    const expected = parseBytes(bytes, []);
    assert.equal(expected.length, 3);
    assert.equal(JSON.parse(expected[0]!.data).content, '안녕하세요, 배송 조회를 도와드릴게요.');
    for (let cut = 1; cut < bytes.length; cut++) assert.deepEqual(parseBytes(bytes, [cut]), expected, `split at byte ${cut}`);
    const everyByte = Array.from({ length: bytes.length - 1 }, (_, index) => index + 1);
    assert.deepEqual(parseBytes(bytes, everyByte), expected);
  });
});
