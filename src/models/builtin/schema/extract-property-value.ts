// Finds the value of one schema property in a message, using the extractor that fits the property's kind.
import type { JsonSchema } from '../../types.ts';
import { timeZoneOffset, toIsoDate, todayIn } from '../entities/index.ts';
import { extractBooleanValue, extractEnumValue, extractEnumValues } from './extract-choice-value.ts';
import { extractNumberValue } from './extract-number-value.ts';
import { extractTextValue } from './extract-text-value.ts';
import { firstFree, take, type FillContext, type FoundValue } from './fill-context.ts';
import { asSchema, enumOf, mainType, primarySchema } from './json-schema-access.ts';
import { propertyKind, type PropertyKind } from './property-kind.ts';

export interface PropertyRequest {
  name: string;
  schema: JsonSchema;
  /** The root schema, for $ref. */
  root: JsonSchema;
  /** Fills nested objects; passed in to keep this module free of a cycle with fill-json-schema. */
  fillObject: (schema: JsonSchema) => { value: Record<string, unknown>; found: string[] };
}

/**
 * The value of a property, or undefined when the message does not contain it.
 * @example
 * // name 'city', schema { type: 'string' }, message '서울 날씨 어때?' → { value: '서울', strong: true }
 */
export function extractPropertyValue(context: FillContext, request: PropertyRequest): FoundValue | undefined {
  const schema = primarySchema(request.schema, request.root);
  const kind = propertyKind(request.name, schema);
  return take(context, valueOfKind(context, { ...request, schema, kind }));
}

function valueOfKind(context: FillContext, property: PropertyRequest & { kind: PropertyKind }): FoundValue | undefined {
  const { kind, schema } = property;
  switch (kind) {
    case 'enum':
      return extractEnumValue(context, enumOf(schema) ?? []);
    case 'boolean':
      return extractBooleanValue(context, property);
    case 'date':
      return dateValue(context);
    case 'date-time':
      return dateTimeValue(context);
    case 'time': {
      const time = firstFree(context, context.entities.times);
      return time ? { value: schema['format'] === 'time' ? `${time.value}:00` : time.value, strong: true, span: time } : undefined;
    }
    case 'array':
      return arrayValue(context, property);
    case 'object': {
      const nested = property.fillObject(schema);
      return nested.found.length > 0 ? { value: nested.value, strong: true } : undefined;
    }
    default:
      if (mainType(schema) === 'number' || mainType(schema) === 'integer') return extractNumberValue(context, property);
      return extractTextValue(context, property);
  }
}

function dateValue(context: FillContext): FoundValue | undefined {
  const date = firstFree(context, context.entities.dates);
  return date ? { value: date.value, strong: true, span: date } : undefined;
}

/** RFC 3339 date-time in the context's time zone; a time alone means today, a date alone midnight. */
function dateTimeValue(context: FillContext): FoundValue | undefined {
  const date = firstFree(context, context.entities.dates);
  const time = firstFree(context, context.entities.times);
  if (!date && !time) return undefined;
  const day = date?.value ?? toIsoDate(todayIn(context.dates.now, context.dates.timeZone));
  const clock = time?.value ?? '00:00';
  const offset = timeZoneOffset(new Date(`${day}T${clock}:00Z`), context.dates.timeZone);
  if (time) context.used.claim(time);
  return { value: `${day}T${clock}:00${offset}`, strong: true, ...(date ? { span: date } : {}) };
}

/** Arrays: every enum member mentioned, every email/phone/date found, or one filled object. */
function arrayValue(context: FillContext, property: PropertyRequest & { kind: PropertyKind }): FoundValue | undefined {
  const items = primarySchema(asSchema(property.schema['items']), property.root);
  const members = enumOf(items);
  if (members) return extractEnumValues(context, members);
  const singular = property.name.replace(/ies$/u, 'y').replace(/s$/u, '');
  const itemKind = propertyKind(singular, items);
  if (itemKind === 'object') {
    const nested = property.fillObject(items);
    return nested.found.length > 0 ? { value: [nested.value], strong: true } : undefined;
  }
  const values: unknown[] = [];
  for (let count = 0; count < 20; count += 1) {
    const found = take(context, valueOfKind(context, { ...property, name: singular, schema: items, kind: itemKind }));
    if (!found) break;
    values.push(found.value);
    if (!found.span) break; // a value without a span would be found again forever
  }
  return values.length > 0 ? { value: values, strong: true } : undefined;
}
