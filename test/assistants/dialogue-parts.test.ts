// The builtin dialogue's parts on their own: yes/no, conversation acts, the gazetteer, the intent model, turn language.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readConversationAct } from '../../src/assistants/dialogue/conversation-acts.ts';
import { turnLanguage } from '../../src/assistants/dialogue/turn-language.ts';
import { createGazetteer, createIntentModel, readYesNo } from '../../src/assistants/index.ts';

describe('readYesNo', () => {
  const cases: Array<[string, 'yes' | 'no' | undefined]> = [
    ['네', 'yes'],
    ['네, 진행해 주세요', 'yes'],
    ['넵', 'yes'],
    ['그렇게 해 주세요', 'yes'],
    ['Yes, go ahead', 'yes'],
    ['ok', 'yes'],
    ['아니요', 'no'],
    ['아뇨 괜찮아요', 'no'],
    ['no thanks', 'no'],
    ['No, the red one', 'no'],
    ['주문 취소해 주세요', undefined],
    ['What is the return policy?', undefined],
  ];
  for (const [text, expected] of cases) test(`"${text}" → ${expected}`, () => assert.equal(readYesNo(text), expected));
});

describe('readConversationAct', () => {
  test('reads the acts every assistant shares (ko and en)', () => {
    assert.equal(readConversationAct('안녕하세요'), 'greeting');
    assert.equal(readConversationAct('Hello!'), 'greeting');
    assert.equal(readConversationAct('상담원 연결해 주세요'), 'human');
    assert.equal(readConversationAct('Can I talk to a real person?'), 'human');
    assert.equal(readConversationAct('감사합니다'), 'thanks');
    assert.equal(readConversationAct('thanks a lot'), 'thanks');
    assert.equal(readConversationAct('never mind'), 'abandon');
    assert.equal(readConversationAct('그만할게요'), 'abandon');
    assert.equal(readConversationAct('Hi, where is my order?'), undefined);
  });
});

describe('createGazetteer', () => {
  const gazetteer = createGazetteer([
    { id: 'S-1', names: ['강남역점', 'Gangnam Station'] },
    { id: 'P-1', names: ['엔진오일 5W-30', 'Engine Oil 5W-30'] },
    { id: 'P-2', names: ['T-Shirt'] },
    { id: 'P-3', names: ['프리미엄 휘발유', 'Premium Gasoline'] },
  ]);
  test('matches spacing variants, particles and typos (ko and en)', () => {
    assert.equal(gazetteer.find('강남역 점 어디예요?')[0]?.id, 'S-1');
    assert.equal(gazetteer.find('엔진 오일 5W30 있어요?')[0]?.id, 'P-1');
    assert.equal(gazetteer.find('프리미엄휘발유를 주세요')[0]?.id, 'P-3');
    assert.equal(gazetteer.find('do you have a tshirt')[0]?.id, 'P-2');
    assert.equal(gazetteer.find('premium gasolin price')[0]?.id, 'P-3');
  });
  test('finds nothing in an unrelated message', () => {
    assert.deepEqual(gazetteer.find('what time do you open?'), []);
    assert.deepEqual(gazetteer.find('배송 언제 와요?'), []);
  });
});

describe('createIntentModel', () => {
  const model = createIntentModel([
    { id: 'order_status', texts: ['where is my order', 'track my order', '주문 어디까지 왔어요', '배송 조회'] },
    { id: 'cancel_order', texts: ['cancel my order', 'I want to cancel', '주문 취소하고 싶어요', '주문 취소해 주세요'] },
  ]);
  test('ranks the intent of unseen wordings first (ko and en)', () => {
    assert.equal(model.classify('내 주문 어디쯤이에요')[0]?.id, 'order_status');
    assert.equal(model.classify('could you track order 1234')[0]?.id, 'order_status');
    assert.equal(model.classify('주문을 취소할래요')[0]?.id, 'cancel_order');
    assert.equal(model.classify('please cancel it')[0]?.id, 'cancel_order');
  });

  const policies = createIntentModel([
    {
      id: 'exchange_items',
      texts: ['I want to exchange an item', 'swap it for another size', '교환하고 싶어요', '다른 사이즈로 바꿔 주세요'],
    },
    {
      id: 'policy_question',
      texts: ['what is your exchange policy', 'how long is the return period', '교환 규정이 어떻게 되나요?', '반품 기간은 며칠이에요?'],
    },
    { id: 'order_status', texts: ['where is my order', 'track my order', '주문 어디까지 왔어요', '배송 조회'] },
  ]);
  test('a question about a process is a policy question, a request to do it is the operation (ko, en)', () => {
    assert.equal(policies.classify('what is the policy for an exchange?')[0]?.id, 'policy_question');
    assert.equal(policies.classify('교환 규정 알려 주세요')[0]?.id, 'policy_question');
    assert.equal(policies.classify('I want to swap my item')[0]?.id, 'exchange_items');
    assert.equal(policies.classify('이거 교환하고 싶어요')[0]?.id, 'exchange_items');
  });

  test('a message unlike every example stays unsure, however the regression spreads its probabilities', () => {
    for (const text of ['what is the capital of Mongolia', '오늘 날씨 좋으니 산책 가야겠다']) {
      const [best] = policies.classify(text);
      assert.ok((best?.score ?? 1) < 0.2, `${text}: ${JSON.stringify(best)}`);
    }
  });

  test('the same examples give the same scores (trained deterministically, reused when registered again)', () => {
    const again = createIntentModel([
      { id: 'a', texts: ['hello there', '안녕하세요'] },
      { id: 'b', texts: ['cancel my order', '주문 취소'] },
    ]);
    const fresh = createIntentModel([
      { id: 'a', texts: ['hello there', '안녕하세요'] },
      { id: 'b', texts: ['cancel my order', '주문 취소'] },
    ]);
    assert.deepEqual(again.classify('주문 취소할게요'), fresh.classify('주문 취소할게요'));
  });
});

describe('turnLanguage', () => {
  test('ignores emails, ids and numbers', () => {
    assert.equal(turnLanguage('minjun.kim@example.com 이에요', 'en'), 'ko');
    assert.equal(turnLanguage('O-1001', 'ko'), 'ko');
    assert.equal(turnLanguage('010-1234-5678', 'en'), 'en');
    assert.equal(turnLanguage('my order O-1001 please', 'ko'), 'en');
  });
});
