// Throws ≥ 1,500 seeded malformed and hostile requests at every route: never a 5xx, always the error envelope, still alive after.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, type TestServer } from '../helpers/start-test-server.ts';
import { createCaseGenerator, type FuzzCase } from './fuzz-cases.ts';

// Reproduce a failure with FUZZ_SEED=<seed printed in the failure>.
const seed = Number(process.env['FUZZ_SEED'] ?? 20_240_611);
const caseCount = 1_600;
const parallelism = 8;
const bodyLimitBytes = 512 * 1024;
const requestIdPattern = /^[\w.-]{1,128}$/;

let server: TestServer;

before(async () => {
  server = await startTestServer({ configPatch: { server: { bodyLimitBytes } } });
});

after(async () => {
  await server.close();
});

const statuses = new Map<number, number>();

/** What is wrong with the answer to one case, or undefined when it is fine. */
async function check(fuzzCase: FuzzCase): Promise<string | undefined> {
  const response = await fetch(server.url + fuzzCase.path, {
    method: fuzzCase.method,
    headers: fuzzCase.headers,
    ...(fuzzCase.body !== undefined ? { body: fuzzCase.body } : {}),
    signal: AbortSignal.timeout(15_000),
  });
  const text = await response.text();
  const status = response.status;
  statuses.set(status, (statuses.get(status) ?? 0) + 1);
  const requestId = response.headers.get('x-request-id') ?? '';
  if (!requestIdPattern.test(requestId)) return `status ${status} without a valid x-request-id (${JSON.stringify(requestId)})`;
  if (status >= 500) return `status ${status}: ${text.slice(0, 300)}`;
  if (fuzzCase.expect === 'client-error' && (status < 400 || status >= 500)) return `expected 4xx, got ${status}: ${text.slice(0, 200)}`;
  const contentType = response.headers.get('content-type') ?? '';
  if (status >= 400) {
    if (!contentType.startsWith('application/json')) return `status ${status} with content-type ${contentType}`;
    const body = JSON.parse(text) as { error?: { type?: unknown; message?: unknown; code?: unknown } };
    const error = body.error;
    if (typeof error?.type !== 'string' || typeof error.message !== 'string' || typeof error.code !== 'string')
      return `status ${status} with body ${text.slice(0, 200)}`;
    return undefined;
  }
  if (contentType.startsWith('text/event-stream')) {
    if (!text.endsWith('data: [DONE]\n\n')) return `stream without [DONE]: ${text.slice(-200)}`;
    if (text.includes('"type":"server_error"')) return `stream carried a server error: ${text.slice(-300)}`;
    return undefined;
  }
  if (contentType.startsWith('text/html')) return undefined;
  JSON.parse(text);
  return undefined;
}

function describeCase(fuzzCase: FuzzCase, index: number): string {
  const body = fuzzCase.body === undefined ? '' : typeof fuzzCase.body === 'string' ? fuzzCase.body : `<${fuzzCase.body.length} bytes>`;
  return `#${index} [${fuzzCase.kind}] ${fuzzCase.method} ${fuzzCase.path.slice(0, 120)} body=${JSON.stringify(body.slice(0, 160))}`;
}

test(`${caseCount} hostile requests (seed ${seed}) get 4xx error envelopes, never 5xx`, async (t) => {
  const next = createCaseGenerator({ seed, bodyLimitBytes });
  const cases = Array.from({ length: caseCount }, next);
  const failures: string[] = [];
  let cursor = 0;
  const started = performance.now();

  async function worker(): Promise<void> {
    while (cursor < cases.length) {
      const index = cursor;
      cursor += 1;
      const fuzzCase = cases[index] as FuzzCase;
      try {
        const problem = await check(fuzzCase);
        if (problem) failures.push(`${describeCase(fuzzCase, index)}\n    → ${problem}`);
      } catch (error) {
        failures.push(`${describeCase(fuzzCase, index)}\n    → threw ${String(error)}`);
      }
    }
  }
  await Promise.all(Array.from({ length: parallelism }, worker));
  const elapsed = performance.now() - started;

  assert.deepEqual(failures.slice(0, 15), [], `${failures.length} failures (seed ${seed})`);
  assert.ok(elapsed < 30_000, `took ${Math.round(elapsed)} ms`);
  t.diagnostic(`statuses: ${JSON.stringify(Object.fromEntries([...statuses].sort(([a], [b]) => a - b)))} in ${Math.round(elapsed)} ms`);
  for (const status of [400, 404, 413]) assert.ok(statuses.has(status), `no ${status} answers`);
  // Every kind of hostility was actually sent, so a generator that silently stops producing one shows up.
  const kinds = new Set(cases.map((fuzzCase) => fuzzCase.kind.split(' ')[0]));
  for (const kind of ['invalid', 'truncated', 'empty', 'wrong-type', 'deep', 'proto', 'duplicate', 'wrong', 'hostile', 'array-instead'])
    assert.ok(kinds.has(kind), `no ${kind} cases`);
});

test('the server still answers afterwards and nothing leaked into Object.prototype', async () => {
  const response = await fetch(`${server.url}/api/health`);
  assert.equal(response.status, 200);
  assert.equal(((await response.json()) as { status: string }).status, 'ok');
  const completion = await fetch(`${server.baseURL}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'builtin', messages: [{ role: 'user', content: 'hello' }] }),
  });
  assert.equal(completion.status, 200);
  assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
  assert.equal((Object.prototype as Record<string, unknown>)['polluted'], undefined);
});
