// pullModel against a real loopback HTTP server: resume, retries, checksums, abort, and every refusal a server can give.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GenstackError } from '../../../src/core/errors.ts';
import { pullModel, type PullProgress } from '../../../src/models/pull/index.ts';
import { generateModelFile, sha256Hex, startModelFileServer, type ModelFileServer } from './model-file-server.ts';

const model = generateModelFile({ bytes: 3 * 1024 * 1024 + 123, seed: 42 });
const modelSha256 = sha256Hex(model);
const fast = { retryBaseMs: 1, maxRetries: 3 };

let directories: string[] = [];
async function freshDirectory(): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'genstack-pull-'));
  directories.push(directory);
  return directory;
}

async function withServer(run: (server: ModelFileServer) => Promise<void>): Promise<void> {
  const server = await startModelFileServer({
    '/model.gguf': { body: model },
    '/download': { body: model, contentDisposition: `attachment; filename*=UTF-8''%EB%AA%A8%EB%8D%B8-%ED%95%9C%EA%B5%AD%EC%96%B4.gguf` },
    '/page.gguf': { body: Buffer.from('<!doctype html><title>Sign in</title>'.repeat(100)) },
  });
  try {
    await run(server);
  } finally {
    await server.close();
  }
}

function gets(server: ModelFileServer): typeof server.requests {
  return server.requests.filter((request) => request.method === 'GET');
}

async function rejectsWithCode(promise: Promise<unknown>, code: string): Promise<GenstackError> {
  const error = await promise.then(
    () => assert.fail(`expected a '${code}' error`),
    (caught: unknown) => caught,
  );
  assert.ok(GenstackError.is(error), `expected a GenstackError, got ${String(error)}`);
  assert.equal(error.code, code, error.message);
  return error;
}

before(() => {
  directories = [];
});
after(async () => {
  await Promise.all(directories.map((directory) => rm(directory, { recursive: true, force: true })));
});

describe('pullModel', () => {
  test('downloads the whole file, reports growing progress and leaves no partial files', async () => {
    await withServer(async (server) => {
      const directory = await freshDirectory();
      const progress: PullProgress[] = [];
      let finalNameSeenEarly = false;
      const onProgress = (update: PullProgress): void => {
        progress.push(update);
        finalNameSeenEarly ||= existsSync(join(directory, 'model.gguf'));
      };
      const result = await pullModel({ source: `${server.baseUrl}/model.gguf`, directory, sha256: modelSha256, onProgress });
      assert.equal(finalNameSeenEarly, false, 'no half file under the final name');
      assert.equal(result.fileName, 'model.gguf');
      assert.equal(result.path, join(directory, 'model.gguf'));
      assert.equal(result.bytes, model.length);
      assert.equal(result.sha256, modelSha256);
      assert.equal(result.alreadyPresent, false);
      assert.equal(result.resumedFromBytes, 0);
      assert.ok((await readFile(result.path)).equals(model));
      assert.deepEqual(await readdir(directory), ['model.gguf']);
      assert.ok(progress.length > 1);
      for (let index = 1; index < progress.length; index += 1) {
        assert.ok((progress[index]?.receivedBytes ?? 0) >= (progress[index - 1]?.receivedBytes ?? 0), 'receivedBytes never goes back');
      }
      assert.equal(progress.at(-1)?.receivedBytes, model.length);
      assert.equal(progress.at(-1)?.totalBytes, model.length);
    });
  });

  test('resumes with a Range request after the connection drops mid-body', async () => {
    await withServer(async (server) => {
      const directory = await freshDirectory();
      server.misbehaviour.dropAfterBytes = 1024 * 1024;
      const result = await pullModel({ source: `${server.baseUrl}/model.gguf`, directory, sha256: modelSha256, ...fast });
      const [first, second] = gets(server);
      assert.equal(first?.range, undefined);
      const resumedAt = Number(/^bytes=(\d+)-$/.exec(second?.range ?? '')?.[1]);
      assert.ok(resumedAt > 0 && resumedAt <= 1024 * 1024, `resumed at ${second?.range}`);
      assert.equal(second?.status, 206);
      assert.equal(second?.ifRange, `"${modelSha256.slice(0, 16)}"`, 'If-Range carries the ETag');
      assert.equal(result.sha256, modelSha256);
      assert.ok((await readFile(result.path)).equals(model));
    });
  });

  test('starts over when the server ignores Range and answers 200', async () => {
    await withServer(async (server) => {
      const directory = await freshDirectory();
      server.misbehaviour.dropAfterBytes = 700_000;
      server.misbehaviour.ignoreRange = true;
      const result = await pullModel({ source: `${server.baseUrl}/model.gguf`, directory, sha256: modelSha256, ...fast });
      const [, second] = gets(server);
      assert.match(second?.range ?? '', /^bytes=\d+-$/);
      assert.equal(second?.status, 200);
      assert.equal(result.resumedFromBytes, 0);
      assert.ok((await readFile(result.path)).equals(model), 'the old bytes were not glued in front of the full body');
    });
  });

  test('deletes everything and reports both hashes on a checksum mismatch', async () => {
    await withServer(async (server) => {
      const directory = await freshDirectory();
      const wrong = 'ab'.repeat(32);
      const error = await rejectsWithCode(
        pullModel({ source: `${server.baseUrl}/model.gguf`, directory, sha256: wrong }),
        'checksum_mismatch',
      );
      assert.ok(error.message.includes(wrong) && error.message.includes(modelSha256), error.message);
      assert.deepEqual(await readdir(directory), []);
    });
  });

  test('maps 404, 401 and 403 to not_found, unauthorized and forbidden with the URL', async () => {
    await withServer(async (server) => {
      const directory = await freshDirectory();
      const missing = `${server.baseUrl}/missing.gguf`;
      const notFound = await rejectsWithCode(pullModel({ source: missing, directory, ...fast }), 'not_found');
      assert.ok(notFound.message.includes(missing));
      server.misbehaviour.failAllWith = 401;
      const unauthorized = await rejectsWithCode(pullModel({ source: `${server.baseUrl}/model.gguf`, directory, ...fast }), 'unauthorized');
      assert.ok(unauthorized.message.includes(`${server.baseUrl}/model.gguf`));
      server.misbehaviour.failAllWith = undefined;
      server.misbehaviour.failGetWith = 403;
      const forbidden = await rejectsWithCode(pullModel({ source: `${server.baseUrl}/model.gguf`, directory, ...fast }), 'forbidden');
      assert.ok(forbidden.message.includes(`${server.baseUrl}/model.gguf`));
      assert.equal(gets(server).length, 1, 'a 403 is final, not retried');
    });
  });

  test('refuses content that is not GGUF unless allowNonGguf is set', async () => {
    await withServer(async (server) => {
      const directory = await freshDirectory();
      const error = await rejectsWithCode(pullModel({ source: `${server.baseUrl}/page.gguf`, directory }), 'invalid_request');
      assert.match(error.message, /not a GGUF model file .*the download was deleted/);
      assert.deepEqual(await readdir(directory), []);
      const allowed = await pullModel({ source: `${server.baseUrl}/page.gguf`, directory, allowNonGguf: true });
      assert.equal(allowed.bytes, server.files.get('/page.gguf')?.body.length);
      // Pulled again without the option, the file now present is the user's: refused, and kept.
      const present = await rejectsWithCode(pullModel({ source: `${server.baseUrl}/page.gguf`, directory }), 'invalid_request');
      assert.match(present.message, /left alone/);
      assert.deepEqual(await readdir(directory), ['page.gguf']);
    });
  });

  test('an aborted pull keeps its partial file and the next call resumes it', async () => {
    await withServer(async (server) => {
      const directory = await freshDirectory();
      const controller = new AbortController();
      const source = `${server.baseUrl}/model.gguf`;
      const onProgress = (progress: PullProgress): void => {
        if (progress.receivedBytes > 1024 * 1024) controller.abort();
      };
      await rejectsWithCode(pullModel({ source, directory, signal: controller.signal, onProgress }), 'aborted');
      assert.deepEqual((await readdir(directory)).sort(), ['model.gguf.partial', 'model.gguf.partial.json']);
      const sidecar = JSON.parse(await readFile(join(directory, 'model.gguf.partial.json'), 'utf8')) as Record<string, unknown>;
      assert.equal(sidecar.url, source);
      assert.equal(sidecar.totalBytes, model.length);

      const result = await pullModel({ source, directory, sha256: modelSha256 });
      assert.ok(result.resumedFromBytes > 1024 * 1024, `resumed from ${result.resumedFromBytes}`);
      assert.equal(gets(server).at(-1)?.range, `bytes=${result.resumedFromBytes}-`);
      assert.equal(result.sha256, modelSha256);
      assert.deepEqual(await readdir(directory), ['model.gguf']);
    });
  });

  test('an already present file is returned without downloading it again', async () => {
    await withServer(async (server) => {
      const directory = await freshDirectory();
      const source = `${server.baseUrl}/model.gguf`;
      await pullModel({ source, directory });
      const getsBefore = gets(server).length;
      const bySize = await pullModel({ source, directory });
      const bySha256 = await pullModel({ source, directory, sha256: modelSha256.toUpperCase() });
      assert.equal(bySize.alreadyPresent, true);
      assert.equal(bySha256.alreadyPresent, true);
      assert.equal(bySha256.sha256, modelSha256);
      assert.equal(gets(server).length, getsBefore, 'no GET after the first pull');
    });
  });

  test('a stale file under the final name is downloaded again and replaced', async () => {
    await withServer(async (server) => {
      const directory = await freshDirectory();
      await writeFile(join(directory, 'model.gguf'), Buffer.from('GGUF but truncated'));
      const result = await pullModel({ source: `${server.baseUrl}/model.gguf`, directory });
      assert.equal(result.alreadyPresent, false);
      assert.ok((await readFile(result.path)).equals(model));
    });
  });

  test('an error thrown by onProgress stops the pull instead of being retried', async () => {
    await withServer(async (server) => {
      const directory = await freshDirectory();
      const onProgress = (): void => {
        throw new TypeError('caller bug');
      };
      const error = await rejectsWithCode(
        pullModel({ source: `${server.baseUrl}/model.gguf`, directory, onProgress, ...fast }),
        'internal_error',
      );
      assert.equal(error.message, 'caller bug');
      assert.equal(gets(server).length, 1);
    });
  });

  test('a partial that is already complete is verified through 416 and renamed', async () => {
    await withServer(async (server) => {
      const directory = await freshDirectory();
      const source = `${server.baseUrl}/model.gguf`;
      // As left by a crash between the last byte and the rename.
      await writeFile(join(directory, 'model.gguf.partial'), model);
      await writeFile(join(directory, 'model.gguf.partial.json'), JSON.stringify({ url: source, totalBytes: model.length }));
      const result = await pullModel({ source, directory, sha256: modelSha256 });
      assert.deepEqual(
        gets(server).map((request) => request.status),
        [416],
      );
      assert.equal(result.resumedFromBytes, model.length);
      assert.deepEqual(await readdir(directory), ['model.gguf']);
    });
  });

  test('a partial of another file version is discarded, not resumed', async () => {
    await withServer(async (server) => {
      const directory = await freshDirectory();
      const source = `${server.baseUrl}/model.gguf`;
      await writeFile(join(directory, 'model.gguf.partial'), Buffer.alloc(5000, 7));
      await writeFile(join(directory, 'model.gguf.partial.json'), JSON.stringify({ url: source, etag: '"old-version"' }));
      const result = await pullModel({ source, directory, sha256: modelSha256 });
      assert.equal(gets(server)[0]?.range, undefined);
      assert.equal(result.resumedFromBytes, 0);
    });
  });

  test('gives up with download_failed once the retries are spent', async () => {
    await withServer(async (server) => {
      const directory = await freshDirectory();
      server.misbehaviour.failGetWith = 503;
      const error = await rejectsWithCode(
        pullModel({ source: `${server.baseUrl}/model.gguf`, directory, maxRetries: 2, retryBaseMs: 1 }),
        'download_failed',
      );
      assert.match(error.message, /3 attempts/);
      assert.equal(gets(server).length, 3);
    });
  });

  test('a refused connection is a network failure: download_failed after retries', async () => {
    const server = await startModelFileServer({});
    const closedUrl = `${server.baseUrl}/model.gguf`;
    await server.close();
    const directory = await freshDirectory();
    const error = await rejectsWithCode(pullModel({ source: closedUrl, directory, maxRetries: 1, retryBaseMs: 1 }), 'download_failed');
    assert.ok(error.message.includes(closedUrl));
  });

  test('a connection that goes silent is dropped after the idle timeout and resumed', async () => {
    await withServer(async (server) => {
      const directory = await freshDirectory();
      server.misbehaviour.stallAfterBytes = 500_000;
      const result = await pullModel({
        source: `${server.baseUrl}/model.gguf`,
        directory,
        sha256: modelSha256,
        idleTimeoutMs: 300,
        ...fast,
      });
      assert.match(gets(server)[1]?.range ?? '', /^bytes=\d+-$/);
      assert.equal(result.sha256, modelSha256);
    });
  });

  test('takes a Korean file name from Content-Disposition (filename*)', async () => {
    await withServer(async (server) => {
      const directory = await freshDirectory();
      const result = await pullModel({ source: `${server.baseUrl}/download`, directory });
      assert.equal(result.fileName, '모델-한국어.gguf');
      assert.deepEqual(await readdir(directory), ['모델-한국어.gguf']);
    });
  });

  test('rejects a fileName that would leave the directory and a malformed sha256', async () => {
    await withServer(async (server) => {
      const directory = await freshDirectory();
      const source = `${server.baseUrl}/model.gguf`;
      const traversal = await rejectsWithCode(pullModel({ source, directory, fileName: '../escape.gguf' }), 'invalid_request');
      assert.equal(traversal.param, 'fileName');
      const badSha = await rejectsWithCode(pullModel({ source, directory, sha256: 'xyz' }), 'invalid_request');
      assert.equal(badSha.param, 'sha256');
    });
  });
});
