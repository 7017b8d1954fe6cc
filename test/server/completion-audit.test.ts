// The reply's audit record on a real SQLite audit log: a runaway answer is cut with the cut marked, arguments that are
// not JSON are kept as text, and a model stream that throws is recorded as an error (Korean and English).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { createAuditLog, type AuditLog } from '../../src/guard/index.ts';
import type { ChatStreamPart } from '../../src/models/index.ts';
import {
  auditedAtEnd,
  auditedTextLimit,
  completionResultEvent,
  completionResultOfWhole,
  type CompletionIdentity,
} from '../../src/server/v1/completion-audit.ts';
import { openStore } from '../../src/store/index.ts';

const root = mkdtempSync(join(tmpdir(), 'genstack-completion-audit-'));
const stores: { close(): void }[] = [];
after(() => {
  for (const store of stores) store.close();
  rmSync(root, { recursive: true, force: true });
});

function openAuditLog(name: string): AuditLog {
  const store = openStore({ dataDir: join(root, name) });
  stores.push(store);
  return createAuditLog({ database: store.database });
}

const identity: CompletionIdentity = { completionId: 'chatcmpl-test', workspace: 'default', actor: { kind: 'cli' }, model: 'remote' };

const unexpected = (error: unknown) => assert.fail(`no late failure expected: ${String(error)}`);

async function drain(parts: AsyncIterable<ChatStreamPart>): Promise<ChatStreamPart[]> {
  const seen: ChatStreamPart[] = [];
  for await (const part of parts) seen.push(part);
  return seen;
}

describe('completion result records', () => {
  for (const [lang, unit] of [
    ['ko', '가'],
    ['en', 'a'],
  ] as const) {
    test(`${lang}: a streamed answer past the limit is kept up to it, the cut marked`, async () => {
      const audit = openAuditLog(`long-${lang}`);
      const piece = unit.repeat(100_000);
      async function* parts(): AsyncIterable<ChatStreamPart> {
        for (let index = 0; index < 3; index += 1) yield { type: 'text-delta', id: 't', delta: piece };
        yield { type: 'finish', finishReason: 'length', usage: { promptTokens: 1, completionTokens: 1, totalTokens: 2 } };
      }
      const seen = await drain(auditedAtEnd(parts(), { audit, identity, signal: new AbortController().signal, onLateFailure: unexpected }));
      assert.equal(seen.length, 4, 'every part passes through');
      const [record] = audit.list({ event: 'chat.completion.result' });
      const output = record!.content!.output!;
      assert.ok(output.startsWith(unit.repeat(auditedTextLimit)));
      assert.ok(output.endsWith(`… [${300_000 - auditedTextLimit} more characters not kept]`), output.slice(-60));
      assert.deepEqual(record!.decisions, [{ policy: 'finish', action: 'length' }]);
    });

    test(`${lang}: a model stream that throws is recorded as an error with what was sent before`, async () => {
      const audit = openAuditLog(`throws-${lang}`);
      const sent = lang === 'ko' ? '잠시만요' : 'One moment';
      async function* parts(): AsyncIterable<ChatStreamPart> {
        yield { type: 'text-delta', id: 't', delta: sent };
        throw new Error('upstream reset');
      }
      await assert.rejects(
        drain(auditedAtEnd(parts(), { audit, identity, signal: new AbortController().signal, onLateFailure: unexpected })),
        /upstream reset/,
      );
      const [record] = audit.list({ event: 'chat.completion.result' });
      assert.equal(record?.content?.output, sent);
      assert.deepEqual(record?.decisions, [{ policy: 'finish', action: 'error' }]);
    });
  }

  test('a stream that stops without a finish is an error; a consumer that stops reading early is a cancellation', async () => {
    const audit = openAuditLog('ends');
    async function* parts(): AsyncIterable<ChatStreamPart> {
      yield { type: 'text-delta', id: 't', delta: '배송은 ' };
      yield { type: 'text-delta', id: 't', delta: 'tomorrow' };
    }
    const signal = new AbortController().signal;
    await drain(auditedAtEnd(parts(), { audit, identity, signal, onLateFailure: unexpected }));
    for await (const part of auditedAtEnd(parts(), { audit, identity, signal, onLateFailure: unexpected })) {
      assert.equal(part.type, 'text-delta');
      break;
    }
    await new Promise((resolve) => setImmediate(resolve));
    const records = audit.list({ event: 'chat.completion.result' });
    assert.deepEqual(
      records.map((record) => [record.content?.output, record.decisions[0]?.action]),
      [
        ['배송은 tomorrow', 'error'],
        ['배송은 ', 'cancelled'],
      ],
    );
  });

  test('a whole reply past the limit is cut the same way, the reasoning too', () => {
    const long = '답'.repeat(auditedTextLimit + 10);
    const event = completionResultOfWhole(identity, {
      text: long,
      reasoning: 'why '.repeat(auditedTextLimit),
      toolCalls: [],
      finishReason: 'stop',
      usage: { promptTokens: 1, completionTokens: 1, totalTokens: 2 },
      warnings: [],
    });
    assert.equal(event.content?.output, `${'답'.repeat(auditedTextLimit)} … [10 more characters not kept]`);
    assert.ok(event.content?.reasoning?.endsWith(` … [${3 * auditedTextLimit} more characters not kept]`));
  });

  test('tool arguments that are not JSON are kept as text; those that are become values the log can mask', () => {
    const event = completionResultEvent(identity, {
      text: '',
      reasoning: '',
      toolCalls: [
        { name: 'lookup', arguments: '{"query":"주문 조회"}' },
        { name: 'lookup', arguments: '{"query": "unterminated' },
      ],
      end: 'tool_calls',
    });
    assert.deepEqual(
      event.toolCalls?.map((call) => call.arguments),
      [{ query: '주문 조회' }, '{"query": "unterminated'],
    );
    assert.equal(event.content?.reasoning, undefined, 'no empty reasoning field');
  });
});
