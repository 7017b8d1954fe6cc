// Message conversion for node-llama-cpp: roles, tool calls paired with their results, and the open model turn at the end.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { convertToLlamaMessages } from '../../../src/models/llama/convert-to-llama-messages.ts';

test('system, user and assistant messages map onto history items, ending with an empty model turn', () => {
  assert.deepEqual(
    convertToLlamaMessages([
      { role: 'system', content: '친절하게 답하세요.' },
      { role: 'user', content: '안녕하세요' },
      { role: 'assistant', content: '안녕하세요! 무엇을 도와드릴까요?' },
      { role: 'user', content: 'Hello' },
    ]),
    [
      { type: 'system', text: '친절하게 답하세요.' },
      { type: 'user', text: '안녕하세요' },
      { type: 'model', response: ['안녕하세요! 무엇을 도와드릴까요?'] },
      { type: 'user', text: 'Hello' },
      { type: 'model', response: [] },
    ],
  );
});

test('a tool call carries the result of the tool message that answers it, parsed as JSON', () => {
  const history = convertToLlamaMessages([
    { role: 'user', content: 'Weather in Seoul?' },
    {
      role: 'assistant',
      content: null,
      toolCalls: [
        { id: 'call_a', name: 'weather', arguments: '{"city":"서울"}' },
        { id: 'call_b', name: 'time', arguments: 'not json' },
      ],
    },
    { role: 'tool', toolCallId: 'call_b', content: '14:00' },
    { role: 'tool', toolCallId: 'call_a', content: '{"celsius":21}' },
  ]);
  assert.deepEqual(history, [
    { type: 'user', text: 'Weather in Seoul?' },
    {
      type: 'model',
      response: [
        { type: 'functionCall', name: 'weather', params: { city: '서울' }, result: { celsius: 21 } },
        { type: 'functionCall', name: 'time', params: 'not json', result: '14:00' },
      ],
    },
    { type: 'model', response: [] },
  ]);
});

test('a tool message without a matching call becomes a user turn, so its content is kept', () => {
  const history = convertToLlamaMessages([{ role: 'tool', toolCallId: 'unknown', name: 'lookup', content: '결과 없음' }]);
  assert.deepEqual(history[0], { type: 'user', text: 'Tool result (lookup): 결과 없음' });
});

test('a call without a result gets null', () => {
  const history = convertToLlamaMessages([
    { role: 'assistant', content: 'checking', toolCalls: [{ id: 'c', name: 'ping', arguments: '{}' }] },
  ]);
  assert.deepEqual(history[0], { type: 'model', response: ['checking', { type: 'functionCall', name: 'ping', params: {}, result: null }] });
});
