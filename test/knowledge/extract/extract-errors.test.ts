// Extraction refuses bad input with stable error codes and never crashes on hostile files.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { GenstackError } from '../../../src/core/errors.ts';
import { detectMediaType, extractDocument } from '../../../src/knowledge/extract/index.ts';
import { makeCorruptDocx, makeCorruptPdf, makeDocx, makePdf } from '../../helpers/document-fixtures.ts';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

async function rejectsWith(input: Parameters<typeof extractDocument>[0], code: string, message?: RegExp): Promise<void> {
  await assert.rejects(extractDocument(input), (error: unknown) => {
    assert.ok(GenstackError.is(error), `expected a GenstackError, got ${String(error)}`);
    assert.equal(error.code, code);
    if (message) assert.match(error.message, message);
    return true;
  });
}

describe('extraction errors', () => {
  test('an empty file is an invalid request', () =>
    rejectsWith({ bytes: new Uint8Array(0), fileName: 'a.txt' }, 'invalid_request', /empty file/u));

  test('a file over maxBytes is too large', () =>
    rejectsWith({ bytes: encode('0123456789'), fileName: 'a.txt', maxBytes: 5 }, 'payload_too_large', /limit is 5/u));

  test('unknown types are unsupported', async () => {
    await rejectsWith({ bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1]), fileName: 'photo.png' }, 'unsupported_media_type');
    await rejectsWith({ bytes: encode('hello'), fileName: 'archive.xyz', mediaType: 'application/x-unknown' }, 'unsupported_media_type');
  });

  test('Latin-1 and EUC-KR bytes are not UTF-8', async () => {
    await rejectsWith(
      { bytes: new Uint8Array(Buffer.from('café au lait', 'latin1')), fileName: 'menu.txt' },
      'invalid_request',
      /not UTF-8/u,
    );
    // "한글" in EUC-KR.
    await rejectsWith({ bytes: new Uint8Array([0xc7, 0xd1, 0xb1, 0xdb]), fileName: 'korean.md' }, 'invalid_request', /not UTF-8/u);
    await rejectsWith({ bytes: new Uint8Array(Buffer.from('abc', 'utf16le')), fileName: 'no-bom.txt' }, 'invalid_request', /not UTF-8/u);
  });

  test('corrupt PDF and DOCX files are unprocessable with the reason', async () => {
    await rejectsWith({ bytes: makeCorruptPdf(), fileName: 'broken.pdf' }, 'unprocessable', /PDF/u);
    await rejectsWith({ bytes: makeCorruptDocx('truncated'), fileName: 'broken.docx' }, 'unprocessable', /DOCX/u);
    await rejectsWith({ bytes: makeCorruptDocx('bad-xml'), fileName: 'broken.docx' }, 'unprocessable', /DOCX/u);
    await rejectsWith({ bytes: encode('not a pdf at all'), fileName: 'fake.pdf' }, 'unprocessable');
  });

  test('invalid JSON and JSON Lines are unprocessable, naming the line', async () => {
    await rejectsWith({ bytes: encode('{"a": '), fileName: 'a.json' }, 'unprocessable', /Invalid JSON/u);
    await rejectsWith({ bytes: encode('{"a":1}\n{oops}\n'), fileName: 'a.jsonl' }, 'unprocessable', /line 2/u);
  });

  test('hostile input ends in a clean error or a document, never a crash', async () => {
    const deepJson = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const deepHtml = `${'<div>'.repeat(20_000)}깊은 글${'</div>'.repeat(20_000)}`;
    const json = await extractDocument({ bytes: encode(deepJson), fileName: 'deep.json' }).catch((error: unknown) => error);
    assert.ok(GenstackError.is(json) || typeof json === 'object');
    const html = await extractDocument({ bytes: encode(deepHtml), fileName: 'deep.html' });
    assert.match(html.text, /깊은 글/u);
    await rejectsWith({ bytes: encode('<script>only()</script>'), fileName: 'empty.html' }, 'unprocessable', /No text/u);
  });
});

describe('detectMediaType', () => {
  test('magic bytes win over the extension for PDF and DOCX', () => {
    assert.equal(detectMediaType('report.bin', makePdf([['x']])), 'application/pdf');
    assert.equal(
      detectMediaType('upload', makeDocx({ blocks: [{ paragraph: 'x' }] })),
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
  });

  test('extensions, HTML sniffing and extension-less text', () => {
    assert.equal(detectMediaType('notes.MD', encode('# x')), 'text/markdown');
    assert.equal(detectMediaType('data.ndjson', encode('{}')), 'application/x-ndjson');
    assert.equal(detectMediaType('page', encode('<!DOCTYPE html><p>x')), 'text/html');
    assert.equal(detectMediaType('README', encode('plain words')), 'text/plain');
    assert.equal(detectMediaType('photo.png', new Uint8Array([0x89, 0x50])), null);
    assert.equal(detectMediaType('notes.txt', encode('mentions %PDF- inside')), 'text/plain');
  });
});
