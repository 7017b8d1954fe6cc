// The guard's scan memory: a conversation's history, sent again with every request, is scanned once per workspace, and
// nothing remembered crosses a workspace, a policy or the bound on memory.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ScanMemory, rememberScan, scanMemoryStatistics } from '../../src/guard/boundary/scan-memory.ts';
import { guardChatRequest, resolveGuardPolicy, scanPii } from '../../src/guard/index.ts';
import { builtinEntries, createModelRegistry, type ChatMessage } from '../../src/models/index.ts';
import { createBuiltinProvider } from '../../src/models/builtin/index.ts';
import { createOpenAiProvider } from '../../src/models/openai/index.ts';

const korean = '제 번호는 010-1234-5678이에요';
const english = 'Call me at (415) 555-2671, thanks';

function countingScan(scanned: string[]) {
  return (text: string) => () => {
    scanned.push(text);
    return scanPii(text);
  };
}

test('a Korean and an English text are scanned once; each caller gets its own array of frozen findings', () => {
  const memory = new ScanMemory();
  const scanned: string[] = [];
  const scan = countingScan(scanned);
  const first = memory.recall(korean, scan(korean));
  assert.deepEqual(
    first.map((finding) => finding.text),
    ['010-1234-5678'],
  );
  first.length = 0;
  assert.deepEqual(
    memory.recall(korean, scan(korean)).map((finding) => finding.text),
    ['010-1234-5678'],
  );
  const englishFindings = memory.recall(english, scan(english));
  assert.deepEqual(
    englishFindings.map((finding) => finding.text),
    ['(415) 555-2671'],
  );
  // Every later reader shares the finding: a reader that changed one would change another request's masking.
  assert.throws(() => {
    (englishFindings[0] as { text: string }).text = 'changed';
  }, TypeError);
  memory.recall(english, scan(english));
  assert.deepEqual(scanned, [korean, english]);
  assert.deepEqual(memory.statistics(), { texts: 2, characters: korean.length + english.length, hits: 2, misses: 2 });
});

test('past its bound the memory lets the least recently used texts go, and never keeps a text longer than its limit', () => {
  const memory = new ScanMemory({ maxCharacters: korean.length + english.length, maxTextCharacters: 100 });
  const scanned: string[] = [];
  const scan = countingScan(scanned);
  memory.recall(korean, scan(korean));
  memory.recall(english, scan(english));
  // The Korean text is used again, so the English one is the least recently used when a third text comes.
  memory.recall(korean, scan(korean));
  const third = '주문번호 알려 드릴게요';
  memory.recall(third, scan(third));
  memory.recall(korean, scan(korean));
  memory.recall(english, scan(english));
  assert.deepEqual(scanned, [korean, english, third, english]);
  const long = `연락처 010-9876-5432 ${'가'.repeat(100)}`;
  memory.recall(long, scan(long));
  memory.recall(long, scan(long));
  assert.equal(scanned.filter((text) => text === long).length, 2);
  assert.ok(memory.statistics().characters <= korean.length + english.length);
});

test('a text unused for longer than the idle limit is forgotten, one in use is kept (Korean, English)', () => {
  let now = 0;
  const memory = new ScanMemory({ maxIdleMilliseconds: 60_000, now: () => now });
  const scanned: string[] = [];
  const scan = countingScan(scanned);
  memory.recall(korean, scan(korean));
  memory.recall(english, scan(english));
  now = 50_000;
  memory.recall(english, scan(english));
  now = 100_000;
  // The Korean text was last used 100 s ago, the English one 50 s ago.
  memory.recall(english, scan(english));
  assert.equal(memory.statistics().texts, 1);
  memory.recall(korean, scan(korean));
  assert.deepEqual(scanned, [korean, english, korean]);
  assert.equal(memory.statistics().characters, korean.length + english.length);
});

test('a text is remembered within its space: the same Korean or English text in another space is scanned again', () => {
  let now = 0;
  const memory = new ScanMemory({ maxIdleMilliseconds: 60_000, now: () => now });
  const scanned: string[] = [];
  const scan = countingScan(scanned);
  memory.recall(korean, scan(korean), 'ws_a');
  memory.recall(korean, scan(korean), 'ws_b');
  memory.recall(english, scan(english), 'ws_a');
  memory.recall(korean, scan(korean), 'ws_a');
  assert.deepEqual(scanned, [korean, korean, english]);
  now = 50_000;
  memory.recall(korean, scan(korean), 'ws_b');
  now = 100_000;
  // ws_a's texts went idle; ws_b's Korean text was used 50 s ago and stays, alone.
  memory.recall(korean, scan(korean), 'ws_b');
  assert.deepEqual(memory.statistics(), { texts: 1, characters: korean.length, hits: 3, misses: 3 });
  memory.recall(english, scan(english), 'ws_a');
  assert.deepEqual(scanned, [korean, korean, english, english]);
});

test('what one workspace or one policy scanned never answers another', () => {
  const policy = resolveGuardPolicy({});
  const otherPolicy = resolveGuardPolicy({ global: { pii: { allow: ['010-1234-5678'] } } });
  const scanned: string[] = [];
  const scanUnder = (scope: string, text: string, under = policy) =>
    rememberScan({ policy: under, scope, answer: '', text }, () => {
      scanned.push(`${scope}:${text}`);
      return scanPii(text, under === otherPolicy ? { allow: ['010-1234-5678'] } : {});
    });
  scanUnder('ws_a', korean);
  scanUnder('ws_a', korean);
  scanUnder('ws_b', korean);
  assert.deepEqual(scanUnder('ws_a', korean, otherPolicy), []);
  scanUnder('ws_b', english);
  scanUnder('ws_b', english);
  assert.deepEqual(scanned, [`ws_a:${korean}`, `ws_b:${korean}`, `ws_a:${korean}`, `ws_b:${english}`]);
});

function registry() {
  return createModelRegistry({
    providers: [createBuiltinProvider(), createOpenAiProvider()],
    entries: [
      ...builtinEntries,
      { id: 'cloud', provider: 'openai', settings: { baseURL: 'https://api.openai.com/v1', apiKey: 'sk-test' } },
    ],
  });
}

/** Each request of a conversation re-sends the whole history, as chat clients do. */
function conversationRequests(turns: readonly string[]): ChatMessage[][] {
  const requests: ChatMessage[][] = [];
  const history: ChatMessage[] = [{ role: 'system', content: 'You are the care assistant of Hangyeol Mobile. 고객을 친절히 도와주세요.' }];
  for (const [index, turn] of turns.entries()) {
    history.push({ role: 'user', content: turn });
    requests.push([...history]);
    history.push({ role: 'assistant', content: `Reply ${index + 1}: 확인했습니다, checking now.` });
  }
  return requests;
}

test('a guarded conversation scans each message once across its requests, in Korean and English, with the same decisions', () => {
  const models = registry();
  const policy = resolveGuardPolicy({});
  const turns = [
    '안녕하세요, 요금제 변경하고 싶어요',
    `${korean}. 김민수 명의로 가입했어요`,
    'My email is jane.doe@example.com if that helps',
    english,
  ];
  const before = scanMemoryStatistics();
  const remembered = conversationRequests(turns).map((messages) =>
    guardChatRequest({ models, modelId: 'cloud', request: { messages }, policy, scope: 'ws_scan_memory' }),
  );
  const after = scanMemoryStatistics();
  // Four requests carry 1 + 2 + … messages each (system, turns, replies): only the new ones are scanned.
  const messages = 1 + turns.length * 2 - 1;
  assert.equal(after.misses - before.misses, messages);
  assert.ok(after.hits - before.hits > 0);
  // The memory changes nothing a request decides: the same requests without a scope are guarded alike.
  const fresh = conversationRequests(turns).map((messages) =>
    guardChatRequest({ models, modelId: 'cloud', request: { messages }, policy }),
  );
  assert.deepEqual(
    remembered.map((guarded) => [guarded.decisions, guarded.auditInput]),
    fresh.map((guarded) => [guarded.decisions, guarded.auditInput]),
  );
  assert.match(remembered[1]!.auditInput, /\[PHONE\]|\[PHONE_1\]|PHONE/u);
  assert.doesNotMatch(remembered[1]!.auditInput, /010-1234-5678/u);
  assert.doesNotMatch(remembered[3]!.auditInput, /555-2671/u);
  assert.equal(scanMemoryStatistics().misses, after.misses);
});
