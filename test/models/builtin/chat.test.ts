// General chat of the builtin engine without tools: greetings, help, thanks, goodbyes, honest limits; limits, usage, determinism.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ChatRequest } from '../../../src/models/types.ts';
import { createTestModel } from './__fixtures__/tools.ts';

const model = createTestModel();
const ask = (content: string, extra: Partial<ChatRequest> = {}) => model.generate({ messages: [{ role: 'user', content }], ...extra });
const hasHangul = (text: string): boolean => /[가-힣]/u.test(text);

describe('general chat', () => {
  test('greets in the user language', async () => {
    const korean = await ask('안녕하세요');
    assert.match(korean.text, /^안녕하세요/u);
    assert.equal(korean.finishReason, 'stop');
    const english = await ask('hello!');
    assert.match(english.text, /^(Hello|Hi)/u);
    assert.ok(!hasHangul(english.text));
  });

  test('explains what genstack can do', async () => {
    const english = await ask('What can you do?');
    for (const capability of ['Models', 'Knowledge bases', 'Assistants', 'Guardrails', 'Synthetic data', 'Media', 'Simulation']) {
      assert.ok(english.text.includes(capability), capability);
    }
    const korean = await ask('뭘 할 수 있어?');
    for (const capability of ['모델', '지식 베이스', '어시스턴트', '가드레일', '합성 데이터', '미디어', '시뮬레이션'])
      assert.ok(korean.text.includes(capability), capability);
  });

  test('answers thanks and goodbyes', async () => {
    assert.ok(hasHangul((await ask('고마워요')).text));
    assert.match((await ask('thanks a lot')).text, /welcome|Glad|Any time/u);
    assert.match((await ask('안녕히 계세요')).text, /안녕히|하루|수고/u);
    assert.match((await ask('bye')).text, /Goodbye|See you|Bye/u);
  });

  test('is honest about free-form requests and says how to connect a model', async () => {
    const english = await ask('Write me a poem about the sea');
    assert.match(english.text, /genstack models pull/u);
    assert.match(english.text, /vLLM/u);
    assert.match(english.text, /baseURL/u);
    assert.match(english.text, /knowledge base/u);
    const korean = await ask('바다에 대한 시를 써 줘');
    assert.ok(hasHangul(korean.text));
    assert.match(korean.text, /genstack models pull/u);
    assert.match(korean.text, /모델을 연결/u);
  });

  test('a greeting with a request gets a greeting and the honest limit', async () => {
    const result = await ask('Hi, can you summarise this article for me?');
    assert.match(result.text, /^Hello! /u);
    assert.match(result.text, /connect a model/u);
  });

  test('replies in the language of the last user message', async () => {
    const result = await model.generate({
      messages: [
        { role: 'system', content: 'You are a helpful assistant.' },
        { role: 'user', content: 'hello' },
        { role: 'assistant', content: 'Hello!' },
        { role: 'user', content: '고마워요' },
      ],
    });
    assert.ok(hasHangul(result.text));
  });
});

describe('determinism, limits and usage', () => {
  test('the same request gives the same answer; the seed varies the wording only', async () => {
    const first = await ask('Write me a poem about the sea');
    const second = await ask('Write me a poem about the sea');
    assert.deepEqual(first, second);
    const seeded = await Promise.all([1, 2, 3, 4, 5].map((seed) => ask('hello', { seed })));
    assert.ok(new Set(seeded.map((result) => result.text)).size > 1);
  });

  test('maxTokens truncates and finishes with length', async () => {
    const full = await ask('Write me a poem about the sea');
    const short = await ask('Write me a poem about the sea', { maxTokens: 8 });
    assert.equal(short.finishReason, 'length');
    assert.ok(short.text.length > 0 && short.text.length < full.text.length);
    assert.ok(full.text.startsWith(short.text));
    assert.ok(short.usage.completionTokens <= 8);
  });

  test('stop sequences cut the text', async () => {
    const result = await ask('What can you do?', { stop: ['\n'] });
    assert.ok(!result.text.includes('\n'));
    assert.equal(result.finishReason, 'stop');
  });

  test('usage is non-zero and adds up', async () => {
    const { usage } = await ask('안녕하세요');
    assert.ok(usage.promptTokens > 0 && usage.completionTokens > 0);
    assert.equal(usage.totalTokens, usage.promptTokens + usage.completionTokens);
  });

  test('sampling settings are reported as ignored, not rejected', async () => {
    const result = await ask('hello', { temperature: 0.7 });
    assert.deepEqual(
      result.warnings.map((warning) => [warning.type, warning.setting]),
      [['unsupported-setting', 'temperature']],
    );
  });

  test('an aborted request throws aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await assert.rejects(ask('hello', { signal: controller.signal }), (error: unknown) => (error as { code?: string }).code === 'aborted');
  });

  test('a turn takes a few milliseconds', async () => {
    await ask('warm up');
    const started = performance.now();
    for (let index = 0; index < 50; index += 1) await ask(`Write me a poem about the sea number ${index}`);
    const perTurn = (performance.now() - started) / 50;
    assert.ok(perTurn < 20, `${perTurn.toFixed(2)} ms per turn`);
  });
});
