// Schema-valid "empty" values for properties the message did not mention: '', 0 (or the minimum), false, [], the first enum member.
import type { JsonSchema } from '../../types.ts';
import { type DateContext, toIsoDate, todayIn, timeZoneOffset } from '../entities/index.ts';
import {
  asSchema,
  enumOf,
  isNullable,
  mainType,
  numberKeyword,
  primarySchema,
  propertiesOf,
  requiredOf,
  stringKeyword,
} from './json-schema-access.ts';

export interface DefaultOptions {
  root: JsonSchema;
  dates: DateContext;
  /** Nesting level, counted by defaultValue itself. */
  depth?: number;
}

/** Bounds on generated empties: a schema asking for a billion items must not exhaust memory. */
const maximumDefaultItems = 100;
const maximumDefaultLength = 1000;
const maximumDefaultDepth = 8;

/**
 * @example
 * defaultValue({ type: 'integer', minimum: 1 }, options); // 1
 * defaultValue({ enum: ['low', 'high'] }, options); // 'low'
 */
export function defaultValue(schema: JsonSchema, options: DefaultOptions): unknown {
  const resolved = primarySchema(schema, options.root);
  if (resolved['default'] !== undefined) return resolved['default'];
  const depth = options.depth ?? 0;
  const nested: DefaultOptions = { ...options, depth: depth + 1 };
  const members = enumOf(resolved);
  if (members && members.length > 0) return members[0];
  // Null says "not found" more plainly than an empty string, when the schema allows it.
  if (isNullable(schema, options.root)) return null;
  switch (mainType(resolved)) {
    case 'integer':
    case 'number':
      return defaultNumber(resolved);
    case 'boolean':
      return false;
    case 'array': {
      const minimum = numberKeyword(resolved, 'minItems') ?? 0;
      if (depth > maximumDefaultDepth || !(minimum > 0) || minimum > maximumDefaultItems) return [];
      return Array.from({ length: Math.ceil(minimum) }, () => defaultValue(asSchema(resolved['items']), nested));
    }
    case 'object':
      return depth > maximumDefaultDepth ? {} : defaultObject(resolved, nested);
    case 'null':
      return null;
    default:
      return defaultString(resolved, options);
  }
}

function defaultNumber(schema: JsonSchema): number {
  const integer = mainType(schema) === 'integer';
  const step = integer ? 1 : 0.01;
  const minimum = numberKeyword(schema, 'minimum');
  const maximum = numberKeyword(schema, 'maximum');
  const exclusiveMinimum = numberKeyword(schema, 'exclusiveMinimum');
  const exclusiveMaximum = numberKeyword(schema, 'exclusiveMaximum');
  let value = 0;
  if (minimum !== undefined && value < minimum) value = minimum;
  if (exclusiveMinimum !== undefined && value <= exclusiveMinimum)
    value = (integer ? Math.floor(exclusiveMinimum) : exclusiveMinimum) + step;
  if (maximum !== undefined && value > maximum) value = maximum;
  if (exclusiveMaximum !== undefined && value >= exclusiveMaximum)
    value = (integer ? Math.ceil(exclusiveMaximum) : exclusiveMaximum) - step;
  return integer ? Math.ceil(value) : value;
}

function defaultString(schema: JsonSchema, options: DefaultOptions): string {
  const format = stringKeyword(schema, 'format');
  const today = toIsoDate(todayIn(options.dates.now, options.dates.timeZone));
  // A date cannot be empty: today is the least surprising valid value.
  if (format === 'date') return today;
  if (format === 'date-time') return `${today}T00:00:00${timeZoneOffset(options.dates.now, options.dates.timeZone)}`;
  if (format === 'time') return '00:00:00';
  const minimum = numberKeyword(schema, 'minLength') ?? 0;
  return minimum > 0 && minimum <= maximumDefaultLength ? '-'.repeat(Math.ceil(minimum)) : '';
}

function defaultObject(schema: JsonSchema, options: DefaultOptions): Record<string, unknown> {
  const required = new Set(requiredOf(schema));
  const value: Record<string, unknown> = {};
  for (const [name, property] of propertiesOf(schema)) {
    if (required.has(name)) value[name] = defaultValue(property, options);
  }
  return value;
}
