// Adapts a standard JSON Schema to the subset node-llama-cpp compiles into a grammar, and lists what it cannot enforce.
import type { GbnfJsonSchema } from 'node-llama-cpp';
import { GenstackError } from '../../core/errors.ts';
import type { JsonSchema } from '../types.ts';

export interface LlamaJsonSchema {
  schema: GbnfJsonSchema;
  /** Keywords the grammar does not enforce (e.g. `pattern`, `minimum`); reported as warnings. */
  ignoredKeywords: string[];
}

// Keywords node-llama-cpp understands (see its utils/gbnfJson/types.d.ts); everything else is dropped and reported.
const understood = new Set([
  ...['type', 'const', 'enum', 'oneOf', 'description', 'format', '$ref', '$defs'],
  ...['properties', 'additionalProperties', 'required', 'minProperties', 'maxProperties'],
  ...['items', 'prefixItems', 'minItems', 'maxItems', 'minLength', 'maxLength'],
]);
// Annotations with no effect on valid output; dropping them is not worth a warning.
const annotations = new Set([
  'title',
  'default',
  'examples',
  '$schema',
  '$id',
  '$comment',
  'readOnly',
  'writeOnly',
  'deprecated',
  'strict',
]);
const grammarFormats = new Set(['date-time', 'time', 'date']);

/** `{}` or `true` means "any JSON value"; node-llama-cpp reads an empty schema as `null`, so spell it out. */
const anyValue: JsonSchema = {
  oneOf: [{ type: ['string', 'number', 'boolean', 'null'] }, { type: 'object', additionalProperties: true }, { type: 'array' }],
};

function isRecord(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function convert(input: unknown, ignored: Set<string>): JsonSchema {
  if (input === true || (isRecord(input) && Object.keys(input).every((key) => annotations.has(key) || key === 'description')))
    return anyValue;
  if (!isRecord(input))
    throw new GenstackError({ code: 'invalid_request', message: 'A JSON Schema must be an object.', param: 'responseFormat' });
  const output: JsonSchema = {};
  for (const [key, value] of Object.entries(input)) {
    if (key === 'anyOf' || key === 'oneOf') output['oneOf'] = (value as unknown[]).map((item) => convert(item, ignored));
    else if (key === 'allOf' && Array.isArray(value) && value.length === 1) Object.assign(output, convert(value[0], ignored));
    else if (key === 'properties' && isRecord(value))
      output[key] = Object.fromEntries(Object.entries(value).map(([name, item]) => [name, convert(item, ignored)]));
    else if (key === '$defs' || key === 'definitions')
      output['$defs'] = Object.fromEntries(Object.entries(value as JsonSchema).map(([name, item]) => [name, convert(item, ignored)]));
    else if (key === '$ref' && typeof value === 'string') output[key] = value.replace('#/definitions/', '#/$defs/');
    else if ((key === 'items' || key === 'additionalProperties') && isRecord(value)) output[key] = convert(value, ignored);
    else if (key === 'prefixItems' && Array.isArray(value)) output[key] = value.map((item) => convert(item, ignored));
    else if (key === 'format' && !grammarFormats.has(String(value))) ignored.add(`format: ${String(value)}`);
    else if (key === 'nullable' && value === true) continue;
    else if (understood.has(key)) output[key] = value;
    else if (!annotations.has(key)) ignored.add(key);
  }
  // JSON Schema allows any properties unless told otherwise; node-llama-cpp would only allow `{}`.
  if (output['type'] === 'object' && output['properties'] === undefined && output['additionalProperties'] === undefined)
    output['additionalProperties'] = true;
  if (input['nullable'] === true) return { oneOf: [output, { type: 'null' }] };
  return output;
}

/**
 * @example
 * toLlamaJsonSchema({ type: 'object', properties: { ok: { type: 'boolean' } }, required: ['ok'] });
 * // { schema: { type: 'object', properties: { ok: { type: 'boolean' } }, required: ['ok'] }, ignoredKeywords: [] }
 */
export function toLlamaJsonSchema(input: JsonSchema | boolean): LlamaJsonSchema {
  const ignored = new Set<string>();
  const schema = convert(input, ignored) as GbnfJsonSchema;
  return { schema, ignoredKeywords: [...ignored] };
}
