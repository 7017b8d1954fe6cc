// Long lines of unclosed Markdown markup and of periods: extracted and split as plain text (these once took quadratic time).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitSentences } from '../../../src/knowledge/chunk/index.ts';
import { extractDocument } from '../../../src/knowledge/extract/index.ts';

const markdown = async (text: string) => (await extractDocument({ bytes: Buffer.from(text), fileName: 'hostile.md' })).text;

test('unclosed links, images, tags and emphasis on one long line stay as text (ko, en)', async () => {
  for (const unit of ['[요금](', '[a](', '![img](', '<http:x', ' *강조', ' _a', '[링크][']) {
    const text = await markdown(unit.repeat(20_000));
    assert.equal(text.length, unit.repeat(20_000).trim().length, unit);
  }
});

test('closed markup on a long line is still stripped (ko, en)', async () => {
  const text = await markdown('**환불**은 [여기](https://x.kr)에서, see *the policy*. '.repeat(5_000));
  assert.ok(text.startsWith('환불은 여기에서, see the policy.'), text.slice(0, 80));
  assert.ok(!text.includes('**') && !text.includes('https://'));
});

test('a long line of numbered items and Korean sentence endings splits into sentences', () => {
  const english = '1. a. '.repeat(20_000);
  assert.ok(splitSentences(english).length > 1000);
  const korean = '요금이 인상됩니다. '.repeat(20_000);
  assert.equal(splitSentences(korean).length, 20_000);
});

test('HTML comments are dropped, an unclosed one to the end of the document, also when there are many (ko, en)', async () => {
  const html = (text: string) => extractDocument({ bytes: Buffer.from(text), fileName: 'page.html' });
  const page = await html(
    '<h1>환불 안내</h1><!-- 내부 메모 --><p>7일 이내 가능합니다.</p><!-- note --><p>Refunds take 3 days.</p><!-- unclosed <p>hidden</p>',
  );
  assert.match(page.text, /7일 이내 가능합니다\./u);
  assert.match(page.text, /Refunds take 3 days\./u);
  assert.doesNotMatch(page.text, /내부 메모|note|hidden/u);
  assert.equal((await html(`<p>안녕 hello</p>${'<!--'.repeat(30_000)}`)).text.trim(), '안녕 hello');
});
