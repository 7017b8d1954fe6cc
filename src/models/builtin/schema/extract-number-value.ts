// Picks a number for a numeric property: money for amounts, counts for quantities, durations converted to the property's unit.
import type { JsonSchema } from '../../types.ts';
import type { NumberEntity } from '../entities/index.ts';
import { firstFree, numberParts, type FillContext, type FoundValue } from './fill-context.ts';
import { mainType, numberKeyword } from './json-schema-access.ts';
import type { PropertyKind } from './property-kind.ts';

const preferredCategories: Partial<Record<PropertyKind, readonly NumberEntity['category'][]>> = {
  money: ['money', 'plain'],
  quantity: ['count', 'plain'],
  duration: ['duration', 'plain'],
  measure: ['measure', 'percent', 'plain'],
  number: ['plain', 'count', 'measure', 'money', 'percent', 'duration'],
  identifier: ['plain'],
};

const secondsPerUnit: Record<string, number> = { seconds: 1, minutes: 60, hours: 3600, days: 86400, weeks: 604800 };
const bytesPerUnit: Record<string, number> = { KB: 1e3, MB: 1e6, GB: 1e9, TB: 1e12 };

/**
 * @example
 * // "order 3 items for $40": quantity → 3, price → 40
 */
export function extractNumberValue(
  context: FillContext,
  property: { name: string; schema: JsonSchema; kind: PropertyKind },
): FoundValue | undefined {
  const categories = preferredCategories[property.kind] ?? preferredCategories.number ?? [];
  const integer = mainType(property.schema) === 'integer';
  for (const category of categories) {
    for (const entity of context.entities.numbers.filter((item) => item.category === category)) {
      // Only the figure counts: an enum may have taken the unit ("100 dollars" → USD) and the amount is still 100.
      const { figure } = numberParts(entity);
      if (context.used.overlaps(figure.start, figure.end)) continue;
      const value = convertUnit(entity, property.name);
      if (integer && !Number.isInteger(value)) continue;
      if (!withinBounds(value, property.schema)) continue;
      return {
        value,
        strong: category !== 'plain' || property.kind === 'number' || countsSomething(context, entity, property.kind),
        span: entity,
      };
    }
  }
  if (property.kind === 'identifier') {
    const identifier = firstFree(
      context,
      context.entities.identifiers.filter((entity) => /^\d+$/u.test(entity.value)),
    );
    if (identifier) return { value: Number(identifier.value), strong: true, span: identifier };
  }
  return undefined;
}

/** "3 wireless mice": a bare number right before a noun is a count. */
function countsSomething(context: FillContext, entity: NumberEntity, kind: PropertyKind): boolean {
  if (kind !== 'quantity') return false;
  const after = context.text.slice(entity.end, entity.end + 16);
  return /^\s+[a-z]/iu.test(after) && !/^\s+(?:to|for|in|at|on|of|and|or|with|by|from|am|pm|percent|times?|o'clock)\b/iu.test(after);
}

/** "1.5 hours" into duration_minutes → 90; "2GB" into size_mb → 2000. */
function convertUnit(entity: NumberEntity, propertyName: string): number {
  const name = propertyName.toLowerCase();
  const from = entity.unit ?? '';
  const targetTime = Object.keys(secondsPerUnit).find((unit) => name.includes(unit.slice(0, 3)));
  if (targetTime && secondsPerUnit[from]) return (entity.value * (secondsPerUnit[from] ?? 1)) / (secondsPerUnit[targetTime] ?? 1);
  const targetBytes = Object.keys(bytesPerUnit).find((unit) => new RegExp(`(^|_|[a-z])${unit.toLowerCase()}$`, 'u').test(name));
  if (targetBytes && bytesPerUnit[from]) return (entity.value * (bytesPerUnit[from] ?? 1)) / (bytesPerUnit[targetBytes] ?? 1);
  return entity.value;
}

export function withinBounds(value: number, schema: JsonSchema): boolean {
  const minimum = numberKeyword(schema, 'minimum');
  const maximum = numberKeyword(schema, 'maximum');
  const exclusiveMinimum = numberKeyword(schema, 'exclusiveMinimum');
  const exclusiveMaximum = numberKeyword(schema, 'exclusiveMaximum');
  if (minimum !== undefined && value < minimum) return false;
  if (maximum !== undefined && value > maximum) return false;
  if (exclusiveMinimum !== undefined && value <= exclusiveMinimum) return false;
  if (exclusiveMaximum !== undefined && value >= exclusiveMaximum) return false;
  return true;
}
