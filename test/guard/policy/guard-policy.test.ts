// Guard policy: `{}` parses to the full defaults, invalid settings are rejected, global and assistant settings merge field by field.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { GenstackError } from '../../../src/core/index.ts';
import { guardPolicySchema, piiActionFor, piiActionsOf, resolveGuardPolicy } from '../../../src/guard/policy/index.ts';
import { piiTypes } from '../../../src/guard/pii/index.ts';

describe('guardPolicySchema', () => {
  test('{} parses to the full default policy', () => {
    const policy = guardPolicySchema.parse({});
    assert.deepEqual(policy.pii, { default: 'mask', types: {}, minScore: 0.5, scanOutput: true, custom: [], allow: [] });
    assert.equal(policy.routing.protectedData, 'any');
    assert.ok(policy.routing.protectedTypes.includes('RRN') && policy.routing.protectedTypes.includes('PERSON'));
    assert.ok(!policy.routing.protectedTypes.includes('ADDRESS'));
    assert.deepEqual(policy.injection, { direct: 'block', indirect: 'flag', classifier: true });
    assert.deepEqual(policy.topics, []);
    assert.deepEqual(policy.output, { systemPromptLeak: 'block', piiLeak: 'mask', grounding: 'flag' });
    assert.deepEqual(policy.review, { when: [] });
    assert.deepEqual(policy.tools, { stateChangingRoles: ['admin', 'builder', 'user'] });
  });

  test('partial sections keep the defaults of the fields they leave out', () => {
    const policy = guardPolicySchema.parse({
      pii: { types: { RRN: 'block' } },
      topics: [{ name: '투자 자문', examples: ['어떤 주식을 사야 하나요?', 'Which stock should I buy?'], action: 'block' }],
      review: { when: ['clinical'], holdMessage: { ko: '담당자 확인 후 답변드리겠습니다.', en: 'A person will check this reply first.' } },
    });
    assert.equal(policy.pii.default, 'mask');
    assert.equal(piiActionFor(policy, 'RRN'), 'block');
    assert.equal(piiActionFor(policy, 'PHONE'), 'mask');
    assert.equal(piiActionsOf(policy).RRN, 'block');
    assert.equal(Object.keys(piiActionsOf(policy)).length, piiTypes.length);
    assert.equal(policy.topics[0]?.name, '투자 자문');
    assert.equal(policy.review.holdMessage?.en, 'A person will check this reply first.');
  });

  test('the injection classifier is on, off, standard or strict', () => {
    for (const classifier of [true, false, 'standard', 'strict'] as const)
      assert.equal(guardPolicySchema.parse({ injection: { classifier } }).injection.classifier, classifier);
  });

  test('rejects unknown types, actions, fields and out-of-range values', () => {
    for (const bad of [
      { pii: { default: 'hide' } },
      { pii: { minScore: 2 } },
      { routing: { protectedData: 'remote' } },
      { topics: [{ name: 'x', examples: [], action: 'block' }] },
      { topics: [{ name: 'x', examples: Array.from({ length: 51 }, () => 'e'), action: 'block' }] },
      { tools: { stateChangingRoles: ['root'] } },
      { output: { piiLeak: 'block' } },
      { injecton: { direct: 'off' } },
      { injection: { classifier: 'paranoid' } },
    ]) {
      assert.equal(guardPolicySchema.safeParse(bad).success, false, JSON.stringify(bad));
    }
  });
});

describe('resolveGuardPolicy', () => {
  test('the assistant overrides the global policy field by field; lists are replaced whole', () => {
    const policy = resolveGuardPolicy({
      global: {
        pii: { default: 'redact', types: { EMAIL: 'allow' }, minScore: 0.7 },
        routing: { protectedData: 'local-only' },
        topics: [{ name: 'politics', examples: ['Who should I vote for?'], action: 'flag' }],
        review: { when: ['always'] },
      },
      assistant: {
        pii: { types: { RRN: 'block' } },
        topics: [{ name: '진단', examples: ['이 증상이면 무슨 병인가요?'], action: 'review', threshold: 0.6 }],
      },
    });
    assert.equal(policy.pii.default, 'redact');
    assert.equal(policy.pii.minScore, 0.7);
    assert.deepEqual(policy.pii.types, { EMAIL: 'allow', RRN: 'block' });
    assert.equal(policy.routing.protectedData, 'local-only');
    assert.deepEqual(
      policy.topics.map((topic) => topic.name),
      ['진단'],
    );
    assert.deepEqual(policy.review.when, ['always']);
  });

  test('nothing given is the default policy; an invalid merge is config_invalid naming the field', () => {
    assert.deepEqual(resolveGuardPolicy({}), guardPolicySchema.parse({}));
    assert.throws(
      () => resolveGuardPolicy({ global: { pii: { default: 'mask' } }, assistant: { pii: { minScore: -1 } } as never }),
      (error: unknown) => GenstackError.is(error) && error.code === 'config_invalid' && /pii\.minScore/.test(error.message),
    );
    // An action for a type no one declared is a typo that would leave the real type on the default action.
    assert.throws(
      () => resolveGuardPolicy({ assistant: { pii: { types: { SSN: 'mask' } } } }),
      (error: unknown) => GenstackError.is(error) && error.code === 'config_invalid' && /pii\.types\.SSN/.test(error.message),
    );
  });

  test('allowed values add up: an assistant adds its own to the organisation’s, once each (ko, en)', () => {
    const policy = resolveGuardPolicy({
      global: { pii: { allow: ['02-1234-5678', 'help@hanbit.co.kr'] } },
      assistant: { pii: { allow: ['서울특별시 중구 세종대로 110', 'help@hanbit.co.kr'] } },
    });
    assert.deepEqual(policy.pii.allow, ['02-1234-5678', 'help@hanbit.co.kr', '서울특별시 중구 세종대로 110']);
    assert.deepEqual(resolveGuardPolicy({ assistant: { pii: { allow: ['221B Baker Street'] } } }).pii.allow, ['221B Baker Street']);
    assert.throws(
      () => resolveGuardPolicy({ assistant: { pii: { allow: ['02'] } } }),
      (error: unknown) => GenstackError.is(error) && error.code === 'config_invalid' && /pii\.allow\.0/.test(error.message),
    );
  });
});
