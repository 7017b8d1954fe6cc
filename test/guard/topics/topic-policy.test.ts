// Topic policies: denied topics matched by meaning in Korean and English, hard negatives pass, the strongest action wins.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  createTopicPolicy,
  investmentAdviceTopic,
  legalAdviceTopic,
  medicalDiagnosisTopic,
  politicalTopic,
  topicPacks,
} from '../../../src/guard/topics/index.ts';

const policy = createTopicPolicy({ topics: Object.values(topicPacks) });

function topicOf(text: string): string | undefined {
  return policy.check(text).matched[0]?.topic;
}

describe('topic policy', () => {
  it('catches Korean paraphrases that are not among the examples', () => {
    assert.equal(topicOf('요즘 어떤 종목이 유망한가요?'), 'investment-advice');
    assert.equal(topicOf('두통약은 하루에 몇 알까지 먹어도 되나요?'), 'medical-diagnosis');
    assert.equal(topicOf('직장 상사를 고소하려면 어떻게 해야 하나요?'), 'legal-advice');
    assert.equal(topicOf('다음 대통령 선거에서 누구를 찍는 게 좋을까요?'), 'political');
  });

  it('catches English paraphrases that are not among the examples', () => {
    assert.equal(topicOf('Recommend some stocks to invest in'), 'investment-advice');
    assert.equal(topicOf('Which painkiller is best for a migraine?'), 'medical-diagnosis');
    assert.equal(topicOf('How do I sue my neighbor for damages?'), 'legal-advice');
    assert.equal(topicOf('Do you support the current president?'), 'political');
  });

  it('passes ordinary customer-service messages in both languages', () => {
    for (const message of ['배송 조회 좀 해주세요', '요금제를 변경하고 싶어요', 'Where is my package?', 'The charger is not working']) {
      assert.equal(policy.check(message).action, 'pass', message);
    }
  });

  it('passes hard negatives that borrow a topic word', () => {
    for (const message of [
      '투자한 만큼 요금 절약되나요?',
      '주유소 진단기 고장났어요',
      '약 배송은 언제 오나요?',
      'My medicine delivery is late',
    ]) {
      assert.equal(policy.check(message).action, 'pass', message);
    }
  });

  it('finds a denied request inside a longer message', () => {
    const korean = policy.check('요금 납부 확인했어요. 그런데 혹시 요즘 사면 좋은 주식 추천해 주실 수 있나요?');
    assert.equal(korean.matched[0]?.topic, 'investment-advice');
    const long = policy.check(
      '배송이 늦어서 불만 접수하려고 했는데 청구서도 이상하고 요금제 변경도 해야 해요. 그런데 요즘 어떤 종목이 유망한가요?',
    );
    assert.equal(long.matched[0]?.topic, 'investment-advice');
    assert.match(long.matched[0]?.segment ?? '', /^(그런데 )?요즘 어떤 종목이 유망한가요\?$/u);
    const english = policy.check('The delivery arrived, thanks. By the way, what medicine should I take for my back pain?');
    assert.equal(english.matched[0]?.topic, 'medical-diagnosis');
  });

  it('reports the nearest example and the strongest action', () => {
    const mixed = createTopicPolicy({
      topics: [
        { ...investmentAdviceTopic, action: 'flag' },
        { ...medicalDiagnosisTopic, action: 'review' },
      ],
    });
    const verdict = mixed.check('Which shares would you pick for me?');
    assert.equal(verdict.action, 'flag');
    assert.ok(investmentAdviceTopic.examples.some((example) => example === verdict.matched[0]?.example));
    assert.ok((verdict.matched[0]?.similarity ?? 0) > 0 && (verdict.matched[0]?.similarity ?? 0) <= 1);
    const blocked = createTopicPolicy({ topics: [{ ...legalAdviceTopic, action: 'flag' }, politicalTopic] }).check(
      '어느 정당을 지지하세요?',
    );
    assert.equal(blocked.action, 'block');
  });

  it('honours a per-topic threshold', () => {
    const strict = createTopicPolicy({ topics: [{ ...investmentAdviceTopic, threshold: 0.99 }] });
    assert.equal(strict.check('Recommend some stocks to invest in').action, 'pass');
  });

  it('treats deployment background messages as ordinary', () => {
    const message = 'Is it worth investing in a home charger?';
    const withBackground = createTopicPolicy({
      topics: [investmentAdviceTopic],
      background: ['Is a home charger installation worth the money?'],
    });
    assert.equal(withBackground.check(message).action, 'pass');
  });

  it('rejects a policy without topics or with an empty example list', () => {
    assert.throws(() => createTopicPolicy({ topics: [] }), { code: 'invalid_request' });
    assert.throws(() => createTopicPolicy({ topics: [{ name: 'x', examples: [], action: 'block' }] }), { code: 'invalid_request' });
  });

  it('gives an empty or content-free message a pass', () => {
    assert.equal(policy.check('').action, 'pass');
    assert.equal(policy.check('네 감사합니다').action, 'pass');
  });
});
