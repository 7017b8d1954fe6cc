import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { characterShingles, removeNearDuplicates } from '../../../src/knowledge/retrieve/index.ts';
import { normalizeText } from '../../../src/models/builtin/index.ts';

/** The rule spelled out with the public string shingles: what the packed-key implementation must reproduce. */
function reference(texts: string[]): string[] {
  const kept: Array<{ normalized: string; shingles: Set<string> }> = [];
  const result: string[] = [];
  for (const text of texts) {
    const normalized = normalizeText(text).replace(/[^\p{L}\p{N} ]/gu, '');
    const shingles = characterShingles(normalized);
    const duplicate = kept.some((other) => {
      if (other.normalized === normalized) return true;
      const shared = [...shingles].filter((shingle) => other.shingles.has(shingle)).length;
      return shared / (shingles.size + other.shingles.size - shared) >= 0.9;
    });
    if (!duplicate) {
      kept.push({ normalized, shingles });
      result.push(text);
    }
  }
  return result;
}

describe('removeNearDuplicates', () => {
  test('stops once `limit` items are kept, keeping the same first items (Korean and English)', () => {
    const texts = [
      '환불은 7일 이내에 가능합니다.',
      '환불은 7일 이내에 가능합니다!',
      'Refunds are possible within 7 days.',
      'Refunds are possible within 7 days',
      '배송은 2일 걸립니다.',
      'Shipping takes 2 days.',
    ];
    const all = removeNearDuplicates(texts, { text: (text) => text });
    assert.deepEqual(all, [
      '환불은 7일 이내에 가능합니다.',
      'Refunds are possible within 7 days.',
      '배송은 2일 걸립니다.',
      'Shipping takes 2 days.',
    ]);
    for (const limit of [1, 2, 3, 10]) assert.deepEqual(removeNearDuplicates(texts, { text: (text) => text, limit }), all.slice(0, limit));
  });

  test('short texts, repeated shingles and characters outside the BMP compare as their string shingles do', () => {
    const cases = [
      ['aaa', 'aaaa', 'aa'],
      ['환불', '환불환', '환불환불'],
      ['😀😀😀 환불 안내', '😀😀😀 환불 안내!', '😀😀 환불 안내'],
      ['𝐀bc', 'abc', '𝐀bcd'],
      ['', '!', 'a'],
    ];
    for (const texts of cases) assert.deepEqual(removeNearDuplicates(texts, { text: (text) => text }), reference(texts), texts.join(' | '));
  });
});
