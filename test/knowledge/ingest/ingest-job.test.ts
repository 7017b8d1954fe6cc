// Ingestion as a durable job on a real platform: folders walked, bad files reported per file, resume after a restart.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadConfig } from '../../../src/core/index.ts';
import { openPlatform } from '../../../src/platform/index.ts';

function platformAt(dataDir: string) {
  return openPlatform({ config: { ...loadConfig({ env: {}, cwd: dataDir }), dataDir, log: { level: 'silent' } } });
}

test('a folder is walked; unsupported, empty and non-UTF-8 files are reported while the rest are indexed', async () => {
  const root = mkdtempSync(join(tmpdir(), 'genstack-ingest-'));
  const docs = join(root, 'docs');
  mkdirSync(join(docs, 'nested'), { recursive: true });
  writeFileSync(join(docs, '안내.md'), '# 배송 안내\n\n주문은 2~3일 안에 도착합니다.');
  writeFileSync(join(docs, 'nested', 'faq.txt'), 'Orders arrive in two to three days.');
  writeFileSync(join(docs, 'empty.txt'), '');
  writeFileSync(join(docs, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0xe0]));
  writeFileSync(join(docs, 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  const platform = await platformAt(join(root, 'data'));
  try {
    platform.knowledge.createBase({ name: 'shipping' });
    const job = platform.knowledge.ingest({
      name: 'shipping',
      sources: [
        { kind: 'file', path: docs },
        { kind: 'file', path: join(docs, 'photo.png') },
        { kind: 'file', path: join(root, 'missing.md') },
      ],
    });
    platform.jobs.start();
    const finished = await platform.jobs.wait(job.id);
    assert.equal(finished.status, 'succeeded');
    const items = platform.jobs.items(job.id);
    const reasons = Object.fromEntries(
      items.filter((item) => item.status === 'failed').map((item) => [item.key.split('/').pop(), item.error?.code]),
    );
    assert.deepEqual(reasons, {
      'empty.txt': 'invalid_request',
      'latin1.txt': 'invalid_request',
      'photo.png': 'unsupported_media_type',
      'missing.md': 'not_found',
    });
    assert.equal(platform.knowledge.stats('shipping').documents, 2);
    assert.equal((await platform.knowledge.search('shipping', { query: '배송' }))[0]?.source.title, '배송 안내');
  } finally {
    await platform.close();
  }
});

test('an ingestion stopped mid-way resumes after a restart and never indexes a document twice', async () => {
  const root = mkdtempSync(join(tmpdir(), 'genstack-ingest-'));
  const dataDir = join(root, 'data');
  const documents = Array.from({ length: 40 }, (_, index) => ({
    kind: 'text' as const,
    path: `notes/${index}.txt`,
    text: `공지 ${index}번. 점검은 ${index + 1}일 오전 2시에 진행됩니다. Maintenance notice number ${index} for the billing system.`,
  }));
  const first = await platformAt(dataDir);
  first.knowledge.createBase({ name: '공지' });
  const job = first.knowledge.ingest({ name: '공지', sources: documents });
  first.jobs.start();
  // Stop as soon as some, but not all, documents are in.
  for await (const event of first.jobs.subscribe(job.id)) {
    if (event.type === 'item' && first.jobs.items(job.id).filter((item) => item.status === 'done').length >= 3) break;
  }
  await first.close();

  const second = await platformAt(dataDir);
  try {
    const interrupted = second.jobs.get(job.id);
    assert.ok(interrupted && interrupted.status !== 'succeeded', `status after stop: ${interrupted?.status}`);
    const doneBefore = second.jobs.items(job.id).filter((item) => item.status === 'done').length;
    assert.ok(doneBefore >= 3 && doneBefore < 40, `${doneBefore} done before the restart`);
    second.jobs.start();
    const finished = await second.jobs.wait(job.id);
    assert.equal(finished.status, 'succeeded');
    assert.equal(finished.progress.done, 40);
    assert.equal(second.knowledge.stats('공지').documents, 40);
    const chunks = second.knowledge.stats('공지').chunks;
    assert.equal(chunks, 40, 'each short note is one chunk: nothing was indexed twice');
  } finally {
    await second.close();
  }
});

test('a cancelled ingestion commits exactly the documents it recorded as done (batched writes included)', async () => {
  const root = mkdtempSync(join(tmpdir(), 'genstack-ingest-'));
  const documents = Array.from({ length: 60 }, (_, index) => ({
    kind: 'text' as const,
    path: `faq/${index}.txt`,
    text:
      index % 2 === 0
        ? `자주 묻는 질문 ${index}번. 환불은 ${index + 1}일 안에 처리됩니다.`
        : `Frequently asked question ${index}. Refunds are processed within ${index + 1} days.`,
  }));
  const platform = await platformAt(join(root, 'data'));
  try {
    platform.knowledge.createBase({ name: 'faq' });
    const job = platform.knowledge.ingest({ name: 'faq', sources: documents });
    platform.jobs.start();
    for await (const event of platform.jobs.subscribe(job.id)) {
      if (event.type === 'item') {
        platform.jobs.cancel(job.id);
        break;
      }
    }
    const finished = await platform.jobs.wait(job.id);
    assert.equal(finished.status, 'cancelled');
    const done = platform.jobs
      .items(job.id)
      .filter((item) => item.status === 'done')
      .map((item) => item.key)
      .sort();
    const stored = platform.store.database.prepare('SELECT path FROM knowledge_documents ORDER BY path').pluck().all() as string[];
    stored.sort();
    assert.ok(done.length > 0 && done.length < 60, `${done.length} done`);
    assert.deepEqual(stored, done, 'every done item is indexed, and nothing else is');
  } finally {
    await platform.close();
  }
});
