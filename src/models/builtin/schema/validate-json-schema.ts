// A validator for the JSON Schema subset genstack generates against (types, enum/const, objects, arrays, bounds, lengths, patterns, formats, anyOf/oneOf/allOf, local $ref).
import type { JsonSchema } from '../../types.ts';
import {
  alternativesOf,
  asSchema,
  enumOf,
  numberKeyword,
  propertiesOf,
  requiredOf,
  resolveSchema,
  stringKeyword,
  typesOf,
  valueType,
} from './json-schema-access.ts';

export interface SchemaIssue {
  /** JSON Pointer of the offending value ('' for the root). */
  path: string;
  message: string;
}

const nestedQuantifier = /\([^()]*[+*}][^()]*\)[+*{]/u;

const formats: Record<string, RegExp> = {
  email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/u,
  date: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/u,
  'date-time': /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/iu,
  time: /^\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/iu,
  uri: /^[a-z][a-z0-9+.-]*:\S+$/iu,
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu,
};

/**
 * Issues of a value against a schema (empty when valid).
 * @example
 * validateJsonSchema({ age: -1 }, { type: 'object', properties: { age: { type: 'integer', minimum: 0 } } });
 * // [{ path: '/age', message: 'must be >= 0' }]
 */
export function validateJsonSchema(value: unknown, schema: JsonSchema, root: JsonSchema = schema): SchemaIssue[] {
  return check(value, schema, { root, path: '', depth: 0 });
}

interface Where {
  root: JsonSchema;
  path: string;
  depth: number;
}

/** Values nested deeper than this are reported rather than walked (the stack is finite; a fuzz case nests 10,000 levels). */
const maximumDepth = 64;

function check(value: unknown, rawSchema: JsonSchema, where: Where): SchemaIssue[] {
  const issue = (message: string): SchemaIssue[] => [{ path: where.path, message }];
  if (where.depth > maximumDepth) return issue('is nested too deeply to check');
  const schema = resolveSchema(rawSchema, where.root);
  const alternatives = alternativesOf(schema);
  if (alternatives) {
    const passing = alternatives.filter(
      (alternative) => check(value, alternative, { ...where, depth: where.depth + 1 }).length === 0,
    ).length;
    if (passing === 0 || (schema['oneOf'] && passing > 1))
      return issue(passing === 0 ? 'must match one of the alternatives' : 'must match exactly one alternative');
  }
  const types = typesOf(schema);
  const actual = valueType(value);
  if (types.length > 0 && !types.includes(actual) && !(actual === 'integer' && types.includes('number')))
    return issue(`must be ${types.join(' or ')}`);
  const members = enumOf(schema);
  if (members && !members.some((member) => sameJson(member, value))) return issue(`must be one of the ${members.length} allowed values`);
  if (typeof value === 'string') return checkString(value, schema, issue);
  if (typeof value === 'number') return checkNumber(value, schema, issue);
  if (Array.isArray(value)) return checkArray(value, schema, where);
  if (actual === 'object') return checkObject(value as Record<string, unknown>, schema, where);
  return [];
}

function checkString(value: string, schema: JsonSchema, issue: (message: string) => SchemaIssue[]): SchemaIssue[] {
  const length = [...value].length;
  const minLength = numberKeyword(schema, 'minLength');
  const maxLength = numberKeyword(schema, 'maxLength');
  if (minLength !== undefined && length < minLength) return issue(`must have at least ${minLength} characters`);
  if (maxLength !== undefined && length > maxLength) return issue(`must have at most ${maxLength} characters`);
  const pattern = stringKeyword(schema, 'pattern');
  // A pattern such as (a+)+b backtracks exponentially on long text; such a check is skipped rather than hang.
  const risky = pattern !== undefined && nestedQuantifier.test(pattern) && value.length > 32;
  if (pattern && !risky && !safeRegExp(pattern)?.test(value)) return issue(`must match ${pattern}`);
  const format = stringKeyword(schema, 'format');
  const formatPattern = format ? formats[format === 'url' ? 'uri' : format] : undefined;
  if (formatPattern && !formatPattern.test(value)) return issue(`must be a valid ${format}`);
  return [];
}

function checkNumber(value: number, schema: JsonSchema, issue: (message: string) => SchemaIssue[]): SchemaIssue[] {
  const minimum = numberKeyword(schema, 'minimum');
  const maximum = numberKeyword(schema, 'maximum');
  const exclusiveMinimum = numberKeyword(schema, 'exclusiveMinimum');
  const exclusiveMaximum = numberKeyword(schema, 'exclusiveMaximum');
  const multipleOf = numberKeyword(schema, 'multipleOf');
  if (minimum !== undefined && value < minimum) return issue(`must be >= ${minimum}`);
  if (maximum !== undefined && value > maximum) return issue(`must be <= ${maximum}`);
  if (exclusiveMinimum !== undefined && value <= exclusiveMinimum) return issue(`must be > ${exclusiveMinimum}`);
  if (exclusiveMaximum !== undefined && value >= exclusiveMaximum) return issue(`must be < ${exclusiveMaximum}`);
  if (multipleOf && Math.abs(value / multipleOf - Math.round(value / multipleOf)) > 1e-9)
    return issue(`must be a multiple of ${multipleOf}`);
  return [];
}

function checkArray(value: unknown[], schema: JsonSchema, where: Where): SchemaIssue[] {
  const minItems = numberKeyword(schema, 'minItems');
  const maxItems = numberKeyword(schema, 'maxItems');
  if (minItems !== undefined && value.length < minItems) return [{ path: where.path, message: `must have at least ${minItems} items` }];
  if (maxItems !== undefined && value.length > maxItems) return [{ path: where.path, message: `must have at most ${maxItems} items` }];
  if (schema['uniqueItems'] === true && value.some((item, index) => value.slice(0, index).some((other) => sameJson(item, other)))) {
    return [{ path: where.path, message: 'must not contain duplicates' }];
  }
  const items = schema['items'];
  if (items === undefined || typeof items === 'boolean') return [];
  return value.flatMap((item, index) => check(item, asSchema(items), { ...where, path: `${where.path}/${index}`, depth: where.depth + 1 }));
}

function checkObject(value: Record<string, unknown>, schema: JsonSchema, where: Where): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  for (const name of requiredOf(schema)) {
    if (!(name in value)) issues.push({ path: `${where.path}/${name}`, message: 'is required' });
  }
  const properties = new Map(propertiesOf(schema));
  const additional = schema['additionalProperties'];
  for (const [name, item] of Object.entries(value)) {
    const path = `${where.path}/${name.replace(/~/gu, '~0').replace(/\//gu, '~1')}`;
    const property = properties.get(name);
    const inner = { ...where, path, depth: where.depth + 1 };
    if (property) issues.push(...check(item, property, inner));
    else if (additional === false) issues.push({ path, message: 'is not allowed' });
    else if (typeof additional === 'object' && additional !== null) issues.push(...check(item, asSchema(additional), inner));
  }
  return issues;
}

/** Deep equality of two JSON values through their text; values too deep to serialise are not equal. */
function sameJson(first: unknown, second: unknown): boolean {
  if (first === second) return true;
  try {
    return JSON.stringify(first) === JSON.stringify(second);
  } catch {
    return false;
  }
}

function safeRegExp(pattern: string): RegExp | undefined {
  try {
    return new RegExp(pattern, 'u');
  } catch {
    return undefined;
  }
}
