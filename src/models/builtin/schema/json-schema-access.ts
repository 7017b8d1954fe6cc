// Read helpers over the JSON Schema subset that tools and response formats use: $ref, anyOf/oneOf/allOf, type lists, nullability.
import type { JsonSchema } from '../../types.ts';

/** How deep nested schemas are followed; deeper parts are treated as opaque (a fuzz case nests 10,000 levels). */
export const maximumSchemaDepth = 16;

export type SchemaType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null';

const isRecord = (value: unknown): value is JsonSchema => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Narrows an unknown to a schema object (anything else becomes the empty schema, which accepts anything). */
export function asSchema(value: unknown): JsonSchema {
  return isRecord(value) ? value : {};
}

/**
 * Follows a local $ref (#/$defs/…, #/definitions/…) and merges allOf, so callers see one plain schema.
 * @example
 * resolveSchema({ $ref: '#/$defs/unit' }, { $defs: { unit: { enum: ['c', 'f'] } } }); // { enum: ['c', 'f'] }
 */
export function resolveSchema(schema: JsonSchema, root: JsonSchema, depth = 0): JsonSchema {
  if (depth > 16) return schema;
  let resolved = schema;
  const reference = schema['$ref'];
  if (typeof reference === 'string' && reference.startsWith('#/')) {
    let target: unknown = root;
    for (const key of reference.slice(2).split('/'))
      target = isRecord(target) ? target[key.replace(/~1/gu, '/').replace(/~0/gu, '~')] : undefined;
    const { $ref: _reference, ...rest } = schema;
    resolved = { ...resolveSchema(asSchema(target), root, depth + 1), ...rest };
  }
  const allOf = resolved['allOf'];
  if (Array.isArray(allOf)) {
    const { allOf: _allOf, ...rest } = resolved;
    resolved = allOf.reduce<JsonSchema>((merged, part) => mergeSchemas(merged, resolveSchema(asSchema(part), root, depth + 1)), rest);
  }
  return resolved;
}

function mergeSchemas(first: JsonSchema, second: JsonSchema): JsonSchema {
  const properties = { ...asSchema(first['properties']), ...asSchema(second['properties']) };
  const required = [...requiredOf(first), ...requiredOf(second)];
  return { ...first, ...second, properties, required };
}

/** The alternatives of anyOf / oneOf, or undefined when the schema has none. */
export function alternativesOf(schema: JsonSchema): JsonSchema[] | undefined {
  const list = schema['anyOf'] ?? schema['oneOf'];
  return Array.isArray(list) ? list.map((item) => asSchema(item)) : undefined;
}

/**
 * The schema to generate a value for: the first alternative that is not just null.
 * @example
 * primarySchema({ anyOf: [{ type: 'null' }, { type: 'string' }] }, {}); // { type: 'string' }
 */
export function primarySchema(schema: JsonSchema, root: JsonSchema, depth = 0): JsonSchema {
  const resolved = resolveSchema(schema, root);
  const alternatives = alternativesOf(resolved);
  if (!alternatives || depth > maximumSchemaDepth) return resolved;
  const chosen =
    alternatives.map((item) => resolveSchema(item, root)).find((item) => !typesOf(item).every((type) => type === 'null')) ??
    alternatives[0] ??
    {};
  const { anyOf: _anyOf, oneOf: _oneOf, ...rest } = resolved;
  return { ...rest, ...primarySchema(chosen, root, depth + 1) };
}

/**
 * Declared types (inferred from enum, const, properties or items when `type` is missing).
 * @example
 * typesOf({ type: ['string', 'null'] }); // ['string', 'null']
 */
export function typesOf(schema: JsonSchema): SchemaType[] {
  const declared = schema['type'];
  if (typeof declared === 'string') return [declared as SchemaType];
  const listed = Array.isArray(declared) ? declared.filter((item): item is SchemaType => typeof item === 'string') : [];
  if (listed.length > 0) return listed;
  const sample = Array.isArray(schema['enum']) ? schema['enum'][0] : schema['const'];
  if (sample !== undefined) return [valueType(sample)];
  if (isRecord(schema['properties'])) return ['object'];
  if (schema['items'] !== undefined) return ['array'];
  return [];
}

/** The JSON Schema type of a JSON value. */
export function valueType(value: unknown): SchemaType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'string') return 'string';
  return 'object';
}

/** Whether null is allowed (type list or a null alternative). */
export function isNullable(schema: JsonSchema, root: JsonSchema): boolean {
  const resolved = resolveSchema(schema, root);
  if (typesOf(resolved).includes('null') || resolved['nullable'] === true) return true;
  return (alternativesOf(resolved) ?? []).some((item) => typesOf(resolveSchema(item, root)).includes('null'));
}

/** The main non-null type of a schema ('string' when unknown). */
export function mainType(schema: JsonSchema): SchemaType {
  return typesOf(schema).find((type) => type !== 'null') ?? 'string';
}

export function propertiesOf(schema: JsonSchema): Array<[string, JsonSchema]> {
  return Object.entries(asSchema(schema['properties'])).map(([name, value]) => [name, asSchema(value)]);
}

export function requiredOf(schema: JsonSchema): string[] {
  const required = schema['required'];
  return Array.isArray(required) ? required.filter((item): item is string => typeof item === 'string') : [];
}

/** Enum values of a schema, if it is an enum (a const counts as a one-value enum). */
export function enumOf(schema: JsonSchema): unknown[] | undefined {
  if (Array.isArray(schema['enum'])) return schema['enum'];
  return schema['const'] !== undefined ? [schema['const']] : undefined;
}

export const numberKeyword = (schema: JsonSchema, key: string): number | undefined =>
  typeof schema[key] === 'number' ? (schema[key] as number) : undefined;
export const stringKeyword = (schema: JsonSchema, key: string): string | undefined =>
  typeof schema[key] === 'string' ? (schema[key] as string) : undefined;
