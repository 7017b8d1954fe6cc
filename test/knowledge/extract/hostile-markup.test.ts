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
