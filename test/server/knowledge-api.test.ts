// Knowledge bases end to end over HTTP: create, ingest (JSON and multipart) as a job with SSE progress, search, ask, kb:<name> via the openai client.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import OpenAI from 'openai';
import { makeCorruptPdf, makeDocx } from '../helpers/document-fixtures.ts';
import { startTestServer, type TestServer } from '../helpers/start-test-server.ts';

const koreanPolicy =
  '요금제 변경 안내. 요금제를 변경하면 신청한 다음 달 1일부터 적용됩니다. 변경은 한 달에 한 번만 가능합니다.\n\n환불 규정. 환불은 결제일로부터 7일 이내에 신청할 수 있습니다. 사용한 데이터가 1GB를 넘으면 환불되지 않습니다.';
const englishPolicy =
  'Refund policy. You can request a refund within 14 days of purchase. Refunds are paid to the original card within 5 business days.\n\nShipping. Orders over 50,000 won ship free. Delivery takes two to three days.';

interface JobView {
  id: string;
  status: string;
  progress: { done: number; failed: number };
}

async function call(server: TestServer, path: string, init: RequestInit & { json?: unknown } = {}) {
  const { json, ...rest } = init;
  const response = await fetch(server.url + path, {
    ...rest,
    ...(json !== undefined ? { body: JSON.stringify(json), headers: { 'content-type': 'application/json' } } : {}),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** Follows a job's SSE events to its final status, as a client would. */
async function followJob(server: TestServer, jobId: string): Promise<{ job: JobView; events: string[] }> {
  const response = await fetch(`${server.url}/api/jobs/${jobId}/events`);
  assert.equal(response.headers.get('content-type')?.split(';')[0], 'text/event-stream');
  const text = await response.text();
  const events = [...text.matchAll(/^event: (\w+)$/gm)].map((match) => match[1] ?? '');
  const { body } = await call(server, `/api/jobs/${jobId}`);
  return { job: body.job as JobView, events };
}

describe('knowledge bases over the API', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  test('create, list, refuse duplicates and bad names', async () => {
    assert.equal((await call(server, '/api/kb', { method: 'POST', json: { name: '고객지원' } })).status, 201);
    const duplicate = await call(server, '/api/kb', { method: 'POST', json: { name: '고객지원' } });
    assert.equal(duplicate.status, 409);
    assert.equal((duplicate.body.error as { code: string }).code, 'conflict');
    assert.equal((await call(server, '/api/kb', { method: 'POST', json: { name: '' } })).status, 400);
    const list = await call(server, '/api/kb');
    assert.deepEqual(
      (list.body.knowledgeBases as Array<{ name: string }>).map((base) => base.name),
      ['고객지원'],
    );
  });

  test('JSON documents ingest as a job whose progress streams over SSE', async () => {
    const posted = await call(server, `/api/kb/${encodeURIComponent('고객지원')}/documents`, {
      method: 'POST',
      json: {
        documents: [
          { path: 'policies/요금제.txt', title: '요금제 규정', text: koreanPolicy, tags: ['billing'] },
          { path: 'policies/refund.txt', title: 'Refund policy', text: englishPolicy },
        ],
      },
    });
    assert.equal(posted.status, 202);
    const { job, events } = await followJob(server, posted.body.jobId as string);
    assert.equal(job.status, 'succeeded');
    assert.equal(job.progress.done, 2);
    assert.equal(events[0], 'status');
    assert.equal(events.at(-1), 'status');
  });

  test('multipart uploads: a good DOCX is indexed, a corrupt PDF is reported with its reason', async () => {
    const form = new FormData();
    const docx = makeDocx({
      title: '충전 멤버십',
      blocks: [{ heading: 'EV 충전 멤버십', level: 1 }, { paragraph: 'EV 충전 멤버십은 월 9,900원이며 급속 충전을 20% 할인합니다.' }],
    });
    form.append('files', new Blob([docx]), '멤버십.docx');
    form.append('files', new Blob([makeCorruptPdf()]), 'broken.pdf');
    const response = await fetch(`${server.url}/api/kb/${encodeURIComponent('고객지원')}/documents`, { method: 'POST', body: form });
    assert.equal(response.status, 202);
    const { jobId } = (await response.json()) as { jobId: string };
    const { job } = await followJob(server, jobId);
    assert.equal(job.progress.done, 1);
    assert.equal(job.progress.failed, 1);
    const { body } = await call(server, `/api/jobs/${jobId}`);
    const failed = (body.items as Array<{ key: string; status: string; error: { code: string; message: string } | null }>).find(
      (item) => item.status === 'failed',
    );
    assert.match(failed?.key ?? '', /broken\.pdf$/);
    assert.equal(failed?.error?.code, 'unprocessable');
  });

  test('search finds two-syllable Korean queries and returns exact source spans', async () => {
    const { status, body } = await call(server, `/api/kb/${encodeURIComponent('고객지원')}/search`, {
      method: 'POST',
      json: { query: '환불', k: 3 },
    });
    assert.equal(status, 200);
    const results = body.results as Array<{
      chunkId: string;
      docId: string;
      score: number;
      text: string;
      source: { path: string; title: string; start: number; end: number };
    }>;
    const top = results[0];
    assert.ok(top, 'a result');
    assert.equal(top.source.path, 'policies/요금제.txt');
    assert.equal(koreanPolicy.slice(top.source.start, top.source.end), top.text);
    assert.ok(top.score > 0 && top.score <= 1);
    const filtered = await call(server, `/api/kb/${encodeURIComponent('고객지원')}/search`, {
      method: 'POST',
      json: { query: 'refund', filter: { source: 'policies/refund.txt' } },
    });
    assert.ok(
      (filtered.body.results as Array<{ source: { path: string } }>).every((result) => result.source.path === 'policies/refund.txt'),
    );
  });

  test('ask answers in the question language with citations that point into the source', async () => {
    const korean = await call(server, `/api/kb/${encodeURIComponent('고객지원')}/ask`, {
      method: 'POST',
      json: { question: '환불은 언제까지 신청할 수 있나요?' },
    });
    assert.equal(korean.status, 200);
    assert.match(korean.body.answer as string, /7일 이내.*\[1\]/);
    const citation = (korean.body.citations as Array<{ quote: string; source: { start: number; end: number } }>)[0];
    assert.equal(koreanPolicy.slice(citation?.source.start, citation?.source.end), citation?.quote);
    const english = await call(server, `/api/kb/${encodeURIComponent('고객지원')}/ask`, {
      method: 'POST',
      json: { question: 'How long does delivery take?' },
    });
    assert.match(english.body.answer as string, /two to three days.*\[1\]/);
    const unknown = await call(server, `/api/kb/${encodeURIComponent('고객지원')}/ask`, {
      method: 'POST',
      json: { question: 'Which football team won the 1998 world cup?' },
    });
    assert.equal(unknown.body.grounded, false);
    assert.deepEqual(unknown.body.citations, []);
  });

  test('kb:<name> is a model for any OpenAI client, with a citations field', async () => {
    const client = new OpenAI({ baseURL: server.baseURL, apiKey: 'unused', maxRetries: 0 });
    const models = await client.models.list();
    assert.ok(models.data.some((model) => model.id === 'kb:고객지원'));
    const completion = await client.chat.completions.create({
      model: 'kb:고객지원',
      messages: [{ role: 'user', content: '요금제 변경은 언제 적용되나요?' }],
    });
    const content = completion.choices[0]?.message.content ?? '';
    assert.match(content, /다음 달 1일.*\[1\]/s);
    assert.match(content, /출처:/);
    assert.ok(Array.isArray((completion as unknown as { citations: unknown[] }).citations));
    const stream = await client.chat.completions.create({
      model: 'kb:고객지원',
      stream: true,
      messages: [{ role: 'user', content: 'How are refunds paid?' }],
    });
    let streamed = '';
    for await (const chunk of stream) streamed += chunk.choices[0]?.delta.content ?? '';
    assert.match(streamed, /original card/);
    await assert.rejects(
      client.chat.completions.create({ model: 'kb:없는지식', messages: [{ role: 'user', content: 'hi' }] }),
      (error: InstanceType<typeof OpenAI.NotFoundError>) => error.status === 404,
    );
  });

  test('re-ingesting unchanged text is a no-op; removing a source removes its chunks; deleting the base removes it', async () => {
    const name = encodeURIComponent('고객지원');
    const again = await call(server, `/api/kb/${name}/documents`, {
      method: 'POST',
      json: { documents: [{ path: 'policies/refund.txt', title: 'Refund policy', text: englishPolicy }] },
    });
    await followJob(server, again.body.jobId as string);
    const items = (await call(server, `/api/jobs/${again.body.jobId as string}`)).body.items as Array<{ status: string }>;
    assert.equal(items[0]?.status, 'skipped');
    assert.equal(
      (await call(server, `/api/kb/${name}/documents?path=${encodeURIComponent('policies/refund.txt')}`, { method: 'DELETE' })).status,
      200,
    );
    const search = await call(server, `/api/kb/${name}/search`, { method: 'POST', json: { query: 'refund card', mode: 'lexical' } });
    assert.ok((search.body.results as Array<{ source: { path: string } }>).every((result) => result.source.path !== 'policies/refund.txt'));
    assert.equal((await call(server, `/api/kb/${name}`, { method: 'DELETE' })).status, 200);
    assert.equal((await call(server, `/api/kb/${name}/search`, { method: 'POST', json: { query: '환불' } })).status, 404);
  });
});
