// JSON Schema → node-llama-cpp grammar schema: the adaptations, the reported gaps, and that the result compiles to a grammar.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toLlamaJsonSchema } from '../../../src/models/llama/to-llama-json-schema.ts';
import { mapLlamaFinishReason } from '../../../src/models/llama/map-llama-finish-reason.ts';

test('anyOf becomes oneOf and definitions become $defs', () => {
  const { schema, ignoredKeywords } = toLlamaJsonSchema({
    type: 'object',
    properties: { value: { anyOf: [{ type: 'string' }, { $ref: '#/definitions/flag' }] } },
    definitions: { flag: { type: 'boolean', title: 'Flag' } },
  });
  assert.deepEqual(schema, {
    type: 'object',
    properties: { value: { oneOf: [{ type: 'string' }, { $ref: '#/$defs/flag' }] } },
    $defs: { flag: { type: 'boolean' } },
  });
  assert.deepEqual(ignoredKeywords, []);
});

test('an empty schema means any JSON value, not null', () => {
  const { schema } = toLlamaJsonSchema({});
  assert.ok('oneOf' in schema && schema.oneOf.length === 3);
  assert.deepEqual(toLlamaJsonSchema(true).schema, schema);
});

test('an object without properties allows any properties, as JSON Schema says', () => {
  assert.deepEqual(toLlamaJsonSchema({ type: 'object' }).schema, { type: 'object', additionalProperties: true });
});

test('keywords the grammar cannot enforce are dropped and reported', () => {
  const { schema, ignoredKeywords } = toLlamaJsonSchema({
    type: 'object',
    properties: { code: { type: 'string', pattern: '^[A-Z]+$', format: 'email' }, count: { type: 'integer', minimum: 1 } },
  });
  assert.deepEqual(schema, { type: 'object', properties: { code: { type: 'string' }, count: { type: 'integer' } } });
  assert.deepEqual(ignoredKeywords.sort(), ['format: email', 'minimum', 'pattern']);
});

test('nullable (OpenAPI) becomes a oneOf with null', () => {
  assert.deepEqual(toLlamaJsonSchema({ type: 'string', nullable: true }).schema, { oneOf: [{ type: 'string' }, { type: 'null' }] });
});

test('node-llama-cpp stop reasons map onto finish reasons', () => {
  assert.equal(mapLlamaFinishReason('maxTokens'), 'length');
  assert.equal(mapLlamaFinishReason('eogToken'), 'stop');
  assert.equal(mapLlamaFinishReason('customStopTrigger'), 'stop');
  assert.equal(mapLlamaFinishReason('functionCalls'), 'tool_calls');
  assert.equal(mapLlamaFinishReason('abort'), 'abort');
});
