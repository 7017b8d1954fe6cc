// Language detection, normalisation, particles and token counting of the builtin engine.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  countTokens,
  decomposeHangul,
  detectLanguage,
  hangulRatio,
  matchingWords,
  normalizeText,
  splitIdentifier,
  stripKoreanParticle,
} from '../../../src/models/builtin/index.ts';

describe('detectLanguage', () => {
  test('tells Korean from English', () => {
    assert.equal(detectLanguage('안녕하세요'), 'ko');
    assert.equal(detectLanguage('Hello there'), 'en');
    assert.equal(detectLanguage('12345 !!'), 'en');
  });

  test('mixed scripts go to the majority, weighing a syllable like a short word', () => {
    assert.equal(detectLanguage('ORD-12345 주문 배송 조회해 주세요'), 'ko');
    assert.equal(detectLanguage('kim@example.com으로 메일 보내줘'), 'ko');
    assert.equal(detectLanguage('Please check the weather in 서울'), 'en');
  });

  test('hangulRatio is the share of Hangul letters', () => {
    assert.equal(hangulRatio('가나ab'), 0.5);
    assert.equal(hangulRatio('...'), 0);
  });
});

describe('normalisation', () => {
  test('NFC, full-width to half-width, lowercase, single spaces', () => {
    assert.equal(normalizeText('ＡＢＣ１２３   Hello'), 'abc123 hello');
    assert.equal(normalizeText('\u1100\u1161'), '가');
  });

  test('Korean particles are stripped for matching, short nouns survive', () => {
    assert.equal(stripKoreanParticle('서울에서'), '서울');
    assert.equal(stripKoreanParticle('주문을'), '주문');
    assert.equal(stripKoreanParticle('나이'), '나이');
    assert.equal(stripKoreanParticle('ORD-123을'), 'ORD-123');
    assert.deepEqual(matchingWords('서울에서 날씨를 알려줘!'), ['서울', '날씨', '알려줘']);
  });

  test('identifiers split into words', () => {
    assert.deepEqual(splitIdentifier('lookupOrderID'), ['lookup', 'order', 'id']);
    assert.deepEqual(splitIdentifier('get_weather'), ['get', 'weather']);
  });

  test('Hangul decomposes into jamo', () => {
    assert.equal(decomposeHangul('한글'), 'ㅎㅏㄴㄱㅡㄹ');
  });
});

describe('countTokens', () => {
  test('is deterministic, non-zero for text and zero for blank', () => {
    assert.equal(countTokens('hello world'), 2);
    assert.equal(countTokens('안녕하세요'), 3);
    assert.equal(countTokens('   '), 0);
    assert.equal(countTokens('internationalization'), 4);
    assert.equal(countTokens('Hi, 안녕!'), 4);
  });
});
