// resolvePullSource and Content-Disposition parsing: URLs and hf: shorthand in, a URL and a safe file name out.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { GenstackError } from '../../../src/core/errors.ts';
import { fileNameFromContentDisposition, resolvePullSource } from '../../../src/models/pull/index.ts';

describe('resolvePullSource', () => {
  test('expands the hf: shorthand to a Hugging Face resolve URL on main', () => {
    assert.deepEqual(resolvePullSource('hf:Qwen/Qwen2.5-0.5B-Instruct-GGUF/qwen2.5-0.5b-instruct-q4_k_m.gguf'), {
      url: 'https://huggingface.co/Qwen/Qwen2.5-0.5B-Instruct-GGUF/resolve/main/qwen2.5-0.5b-instruct-q4_k_m.gguf',
      fileName: 'qwen2.5-0.5b-instruct-q4_k_m.gguf',
    });
  });

  test('keeps sub folders and a pinned revision, naming the file after the last segment', () => {
    assert.deepEqual(resolvePullSource('hf:owner/repo@v1.2/quantized/Q4_K_M/model.gguf'), {
      url: 'https://huggingface.co/owner/repo/resolve/v1.2/quantized/Q4_K_M/model.gguf',
      fileName: 'model.gguf',
    });
  });

  test('encodes a Korean file name in the URL and keeps it readable as the file name', () => {
    const resolved = resolvePullSource('hf:team/한국어-모델/모델.gguf');
    assert.equal(resolved.fileName, '모델.gguf');
    assert.equal(
      resolved.url,
      `https://huggingface.co/team/${encodeURIComponent('한국어-모델')}/resolve/main/${encodeURIComponent('모델.gguf')}`,
    );
  });

  test('takes the file name of a plain URL from its path, decoded, ignoring the query', () => {
    assert.deepEqual(resolvePullSource('https://example.com/models/%EB%AA%A8%EB%8D%B8.gguf?download=1'), {
      url: 'https://example.com/models/%EB%AA%A8%EB%8D%B8.gguf?download=1',
      fileName: '모델.gguf',
    });
    assert.equal(resolvePullSource('http://127.0.0.1:8080/').fileName, undefined);
  });

  for (const source of [
    'ftp://example.com/model.gguf',
    'file:///etc/passwd',
    'model.gguf',
    'hf:owner/repo',
    'hf:owner/../model.gguf',
    's3://bucket/model.gguf',
  ]) {
    test(`rejects ${source} as invalid_request`, () => {
      assert.throws(
        () => resolvePullSource(source),
        (error: unknown) => GenstackError.is(error) && error.code === 'invalid_request' && error.message.includes(source),
      );
    });
  }
});

describe('fileNameFromContentDisposition', () => {
  test('prefers the UTF-8 filename* parameter (RFC 6266)', () => {
    assert.equal(
      fileNameFromContentDisposition(`attachment; filename="fallback.gguf"; filename*=UTF-8''%EB%AA%A8%EB%8D%B8.gguf`),
      '모델.gguf',
    );
  });

  test('reads quoted and bare filename parameters', () => {
    assert.equal(fileNameFromContentDisposition('attachment; filename="llama 3.gguf"'), 'llama 3.gguf');
    assert.equal(fileNameFromContentDisposition('attachment; filename=model.gguf'), 'model.gguf');
  });

  test('strips folders so a hostile server cannot write outside the target directory', () => {
    assert.equal(fileNameFromContentDisposition('attachment; filename="../../.bashrc"'), '.bashrc');
    assert.equal(fileNameFromContentDisposition('attachment; filename="..\\..\\evil.gguf"'), 'evil.gguf');
    assert.equal(fileNameFromContentDisposition('attachment; filename=".."'), undefined);
  });

  test('returns undefined when there is no header or no name', () => {
    assert.equal(fileNameFromContentDisposition(null), undefined);
    assert.equal(fileNameFromContentDisposition('inline'), undefined);
  });
});
