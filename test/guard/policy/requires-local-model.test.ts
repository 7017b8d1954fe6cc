// Data-aware routing: a local-only policy keeps requests that would carry protected data unmasked away from remote models.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { PiiFinding } from '../../../src/guard/pii/types.ts';
import { guardPolicySchema, requiresLocalModel } from '../../../src/guard/policy/index.ts';

function finding(options: Pick<PiiFinding, 'type' | 'text'> & { score?: number }): PiiFinding {
  return { type: options.type, start: 0, end: options.text.length, text: options.text, score: options.score ?? 0.9, recognizer: 'hand' };
}

const koreanName = finding({ type: 'PERSON', text: '김민준' });
const englishRecord = finding({ type: 'MEDICAL_RECORD', text: 'MRN 00123456' });
const address = finding({ type: 'ADDRESS', text: '서울특별시 중구 세종대로 110' });

describe('requiresLocalModel', () => {
  test('policy any: never forces a local model', () => {
    const policy = guardPolicySchema.parse({ pii: { default: 'allow' } });
    assert.equal(requiresLocalModel({ findings: [koreanName, englishRecord], policy }), false);
  });

  test('local-only: protected data sent as it is (allow) forces a local model, in Korean and English text', () => {
    const policy = guardPolicySchema.parse({ pii: { default: 'allow' }, routing: { protectedData: 'local-only' } });
    assert.equal(requiresLocalModel({ findings: [koreanName], policy }), true);
    assert.equal(requiresLocalModel({ findings: [englishRecord], policy }), true);
    assert.equal(requiresLocalModel({ findings: [], policy }), false);
  });

  test('local-only: masked or redacted data does not reach the model, so a remote model is fine', () => {
    const policy = guardPolicySchema.parse({
      pii: { default: 'mask', types: { MEDICAL_RECORD: 'redact' } },
      routing: { protectedData: 'local-only' },
    });
    assert.equal(requiresLocalModel({ findings: [koreanName, englishRecord], policy }), false);
  });

  test('local-only: unprotected types and low scores do not count', () => {
    const policy = guardPolicySchema.parse({
      pii: { default: 'allow', minScore: 0.6 },
      routing: { protectedData: 'local-only', protectedTypes: ['MEDICAL_RECORD'] },
    });
    assert.equal(requiresLocalModel({ findings: [address, koreanName], policy }), false);
    assert.equal(requiresLocalModel({ findings: [{ ...englishRecord, score: 0.55 }], policy }), false);
    assert.equal(requiresLocalModel({ findings: [address, englishRecord], policy }), true);
    const defaults = guardPolicySchema.parse({ pii: { default: 'allow' }, routing: { protectedData: 'local-only' } });
    assert.equal(requiresLocalModel({ findings: [address], policy: defaults }), false, 'ADDRESS is not protected by default');
  });
});
