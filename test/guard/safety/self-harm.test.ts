// Self-harm signals and the crisis reply: first-person statements in Korean and English, everyday idioms left alone, and
// the policy's respond / flag / off.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkSafety, crisisReply, detectSelfHarm, guardPolicySchema } from '../../../src/guard/index.ts';

describe('detectSelfHarm', () => {
  const korean = [
    '요즘 너무 힘들어서 죽고 싶어요',
    '자살하고 싶다는 생각이 들어요',
    '어제 또 자해를 했어요',
    '그냥 사라지고 싶어요',
    '더 이상 살 이유가 없어요',
    '극단적 선택을 생각 중이에요',
    '유서를 써 놨어요',
    '다 끝내고 죽어버릴 거야',
  ];
  const english = [
    'I want to kill myself',
    "I'm suicidal and I don't know what to do",
    'I just want to die',
    "I don't want to live anymore",
    "I've been cutting myself again",
    'I am thinking about ending my life',
    'Everyone would be better off if I was gone, I am better off dead',
  ];
  for (const text of [...korean, ...english])
    test(`finds a signal in ${JSON.stringify(text)}`, () => {
      assert.ok(detectSelfHarm(text), text);
    });

  const everyday = [
    '배고파 죽겠어요',
    '배터리가 죽었어요',
    '아 진짜 더워서 죽을 거 같아요',
    '죽을래? 농담이야',
    '어제 축구에서 자살골 넣었어요',
    '자살률 통계 자료 있나요?',
    'this price is killing me',
    'I could kill for a coffee',
    'my battery wants to die',
    'I cut myself while cooking, do you sell plasters?',
    'I hurt myself falling off my bike',
    'Do you sell cars with suicide doors?',
    'The deadline is killing us',
  ];
  for (const text of everyday)
    test(`leaves ${JSON.stringify(text)} alone`, () => {
      assert.equal(detectSelfHarm(text), undefined);
    });
});

describe('checkSafety', () => {
  test('respond (the default) answers with helplines in the language of the message', () => {
    const policy = guardPolicySchema.parse({});
    const korean = checkSafety({ text: '죽고 싶어요', policy, language: 'ko' });
    assert.deepEqual(korean?.decision, { policy: 'safety', action: 'respond', detail: 'self-harm' });
    assert.match(korean?.reply ?? '', /109/);
    assert.match(checkSafety({ text: 'I want to kill myself', policy, language: 'en' })?.reply ?? '', /988/);
    assert.equal(checkSafety({ text: '배송 언제 와요?', policy, language: 'ko' }), undefined);
  });

  test('flag records without replying; off does neither; an organisation sets its own message', () => {
    const flag = checkSafety({ text: 'I want to die', policy: guardPolicySchema.parse({ safety: { selfHarm: 'flag' } }), language: 'en' });
    assert.deepEqual(flag, { decision: { policy: 'safety', action: 'flag', detail: 'self-harm' }, reply: undefined });
    assert.equal(
      checkSafety({ text: '죽고 싶어요', policy: guardPolicySchema.parse({ safety: { selfHarm: 'off' } }), language: 'ko' }),
      undefined,
    );
    const own = guardPolicySchema.parse({ safety: { crisisMessage: { ko: '사내 상담센터 02-000-0000으로 연락해 주세요.' } } });
    assert.equal(checkSafety({ text: '죽고 싶어요', policy: own, language: 'ko' })?.reply, '사내 상담센터 02-000-0000으로 연락해 주세요.');
    assert.equal(
      crisisReply({ language: 'en', messages: own.safety.crisisMessage }),
      crisisReply({ language: 'en' }),
      'English falls back',
    );
  });
});
