// /api/synth over a real server: upload a Korean CSV, fit and sample as jobs, report, download — and errors for bad input.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestServer, type TestServer } from '../helpers/start-test-server.ts';

interface Job {
  id: string;
  status: string;
  result: Record<string, unknown> | null;
  error: { code: string; message: string } | null;
}

describe('/api/synth', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(async () => server.close());

  const call = async (path: string, init: RequestInit = {}) => {
    const response = await fetch(`${server.url}${path}`, init);
    const type = response.headers.get('content-type') ?? '';
    return { status: response.status, body: type.includes('json') ? await response.json() : await response.text() };
  };
  const post = (path: string, body: unknown) =>
    call(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const finished = async (jobId: string): Promise<Job> => {
    for (let attempt = 0; attempt < 600; attempt += 1) {
      const { body } = await call(`/api/jobs/${jobId}`);
      const job = (body as { job: Job }).job;
      if (['succeeded', 'failed', 'cancelled'].includes(job.status)) return job;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('job did not finish');
  };

  const csv = ['고객번호,나이,지역,월요금,해지'];
  for (let index = 0; index < 400; index += 1)
    csv.push(
      `C-${String(index).padStart(5, '0')},${20 + (index % 45)},${['서울', '부산', '광주'][index % 3]},${30000 + (index % 45) * 900},${index % 5 === 0 ? '예' : '아니오'}`,
    );

  test('upload → fit (job on a worker) → sample (job) → report (job) → downloads', async () => {
    const upload = await call('/api/synth/datasets?name=고객.csv', {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: csv.join('\n'),
    });
    assert.equal(upload.status, 201, JSON.stringify(upload.body));
    const dataset = upload.body as { id: string; rows: number; columns: { name: string; kind: string }[] };
    assert.equal(dataset.rows, 400);
    assert.deepEqual(
      dataset.columns.map((column) => column.kind),
      ['id', 'numeric', 'categorical', 'numeric', 'boolean'],
    );

    const fit = await post('/api/synth/models', { datasetId: dataset.id, synthesizer: 'gaussian-copula', seed: 3 });
    assert.equal(fit.status, 202);
    const fitJob = await finished((fit.body as { jobId: string }).jobId);
    assert.equal(fitJob.status, 'succeeded', JSON.stringify(fitJob.error));
    const modelId = String(fitJob.result?.modelId);
    const model = await call(`/api/synth/models/${modelId}`);
    assert.equal((model.body as { synthesizer: string }).synthesizer, 'gaussian-copula');

    const sample = await post(`/api/synth/models/${modelId}/samples`, { rows: 250, seed: 1, conditions: { 지역: '서울' } });
    const sampleJob = await finished((sample.body as { jobId: string }).jobId);
    assert.equal(sampleJob.status, 'succeeded', JSON.stringify(sampleJob.error));
    const syntheticId = String(sampleJob.result?.datasetId);
    const download = await call(`/api/synth/datasets/${syntheticId}/csv`);
    const lines = String(download.body).trim().split('\n');
    assert.equal(lines.length, 251);
    assert.ok(lines.slice(1).every((line) => line.split(',')[2] === '서울'));

    const report = await post('/api/synth/reports', { realId: dataset.id, syntheticId, target: '해지', lang: 'ko' });
    const reportJob = await finished((report.body as { jobId: string }).jobId);
    assert.equal(reportJob.status, 'succeeded', JSON.stringify(reportJob.error));
    const reportId = String(reportJob.result?.reportId);
    const json = await call(`/api/synth/reports/${reportId}`);
    assert.ok(typeof (json.body as { summary: { overallQuality: number } }).summary.overallQuality === 'number');
    const html = await call(`/api/synth/reports/${reportId}/html`);
    assert.match(String(html.body), /<svg/);
    const listed = await call('/api/synth/models');
    assert.equal((listed.body as { models: unknown[] }).models.length, 1);
  });

  test('blueprint dataset, multipart upload, catalog and synthesizer list', async () => {
    const catalog = await call('/api/synth/catalog');
    assert.ok((catalog.body as { datasets: { name: string }[] }).datasets.some((info) => info.name === 'healthcare-patients'));
    const created = await post('/api/synth/datasets', { blueprint: 'healthcare-patients', rows: 200, seed: 1 });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const detail = await call(`/api/synth/datasets/${(created.body as { id: string }).id}`);
    assert.equal((detail.body as { preview: { rows: unknown[] } }).preview.rows.length, 20);
    const form = new FormData();
    form.append('file', new Blob(['지역,매출\n서울,100\n부산,80\n'], { type: 'text/csv' }), '매출.csv');
    const uploaded = await call('/api/synth/datasets', { method: 'POST', body: form });
    assert.equal(uploaded.status, 201, JSON.stringify(uploaded.body));
    assert.equal((uploaded.body as { name: string; rows: number }).name, '매출.csv');
    const synthesizers = await call('/api/synth/synthesizers');
    assert.deepEqual(
      (synthesizers.body as { synthesizers: { name: string }[] }).synthesizers.map((entry) => entry.name),
      ['gaussian-copula', 'bayes-net', 'cart', 'timeseries'],
    );
  });

  test('bad input: broken CSV, unknown synthesizer, unknown dataset, a failing fit reports its code', async () => {
    const ragged = await call('/api/synth/datasets?name=bad.csv', {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: 'a,b\n1,2,3\n',
    });
    assert.equal(ragged.status, 400);
    assert.equal((ragged.body as { error: { code: string } }).error.code, 'invalid_request');
    const unknown = await post('/api/synth/models', { datasetId: 'ds_nope', synthesizer: 'gan' });
    assert.equal(unknown.status, 400);
    const missing = await post('/api/synth/models', { datasetId: 'ds_nope', synthesizer: 'cart' });
    assert.equal(missing.status, 404);
    const tiny = await call('/api/synth/datasets?name=tiny.csv', {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: 'a,b\n1,x\n2,y\n',
    });
    const fit = await post('/api/synth/models', { datasetId: (tiny.body as { id: string }).id, synthesizer: 'cart' });
    const job = await finished((fit.body as { jobId: string }).jobId);
    assert.equal(job.status, 'failed');
    assert.equal(job.error?.code, 'invalid_request');
    assert.match(job.error?.message ?? '', /at least/);
  });
});
