// Picks a string for a property: typed entities (email, phone, id by pattern, name, place), labelled or quoted values, product phrases.
import type { JsonSchema } from '../../types.ts';
import { findMatches, type Span, type TextEntity } from '../entities/index.ts';
import { firstFree, type FillContext, type FoundValue } from './fill-context.ts';
import { stringKeyword } from './json-schema-access.ts';
import { propertyLabels, type PropertyKind } from './property-kind.ts';
import { extractProductPhrase } from './product-phrase.ts';

export interface TextProperty {
  name: string;
  schema: JsonSchema;
  kind: PropertyKind;
}

const maximumPatternLength = 500;
const maximumPatternText = 4000;
/** (a+)+ and the like backtrack exponentially; such patterns are not run against text. */
const nestedQuantifier = /\([^()]*[+*}][^()]*\)[+*{]/u;

const fromEntity = (entity: TextEntity | undefined, strong = true): FoundValue | undefined =>
  entity ? { value: entity.value, strong, span: entity } : undefined;

/**
 * @example
 * // property order_id { pattern: '^ORD-\\d{5}$' }, message 'where is ORD-12345?' → 'ORD-12345'
 */
export function extractTextValue(context: FillContext, property: TextProperty): FoundValue | undefined {
  const { entities } = context;
  switch (property.kind) {
    case 'email':
      return fromEntity(firstFree(context, entities.emails));
    case 'phone':
      return fromEntity(firstFree(context, entities.phones));
    case 'url':
      return fromEntity(firstFree(context, entities.urls));
    case 'identifier':
      return identifierValue(context, property.schema);
    case 'person':
      return (
        fromEntity(firstFree(context, entities.names)) ??
        (/^(to|recipient|cc|bcc)$/iu.test(property.name) ? fromEntity(firstFree(context, entities.emails)) : undefined)
      );
    case 'location':
      return (
        fromEntity(
          firstFree(
            context,
            entities.locations.filter((entity) => entity.known),
          ),
        ) ?? fromEntity(firstFree(context, entities.locations))
      );
    case 'title':
      return labelledValue(context, property.name) ?? fromEntity(firstFree(context, entities.quoted), false) ?? aboutPhrase(context);
    case 'product':
      return labelledValue(context, property.name) ?? fromEntity(firstFree(context, entities.quoted)) ?? extractProductPhrase(context);
    case 'text':
      return (
        labelledValue(context, property.name) ??
        fromEntity(firstFree(context, entities.quoted), false) ??
        wholeMessage(context, property.name)
      );
    default:
      return labelledValue(context, property.name);
  }
}

/** A schema pattern is the best id detector there is; otherwise the id-shaped entities. */
function identifierValue(context: FillContext, schema: JsonSchema): FoundValue | undefined {
  const pattern = stringKeyword(schema, 'pattern');
  // A request's own pattern runs over the message: bound both so a pathological pattern cannot stall a turn for long.
  if (pattern && pattern.length <= maximumPatternLength && !nestedQuantifier.test(pattern)) {
    const unanchored = pattern.replace(/^\^/u, '').replace(/\$$/u, '');
    let expression: RegExp | undefined;
    try {
      expression = new RegExp(`(?<![A-Za-z0-9])(?:${unanchored})(?![A-Za-z0-9])`, 'gu');
    } catch {
      expression = undefined;
    }
    for (const match of expression ? findMatches(context.text.slice(0, maximumPatternText), expression) : []) {
      const span = { start: match.index, end: match.index + match[0].length, text: match[0] };
      if (match[0].length > 0 && !context.used.overlaps(span.start, span.end)) return { value: match[0], strong: true, span };
    }
    return undefined;
  }
  return fromEntity(firstFree(context, context.entities.identifiers));
}

/**
 * "subject: Q3 report", "title is Launch", "제목은 회의 일정으로", "'회의 일정' 제목으로": a value next to one of the property's labels.
 */
function labelledValue(context: FillContext, propertyName: string): FoundValue | undefined {
  const labels = propertyLabels(propertyName).map((label) => label.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  if (labels.length === 0) return undefined;
  const label = `(?:${labels.join('|')})`;
  const quotedAfter = new RegExp(
    `${label}\\s*(?:is|as|of|:|=|은|는|이|가|으로|로)?\\s*(?:"([^"]+)"|'([^']+)'|“([^”]+)”|「([^」]+)」)`,
    'giu',
  );
  const quotedBefore = new RegExp(
    `(?:"([^"]+)"|'([^']+)'|“([^”]+)”|「([^」]+)」)\\s*(?:이라는|라는|이라고|라고|을|를|의|으로|로)?\\s*${label}`,
    'giu',
  );
  const plainAfter = new RegExp(
    `(?<![\\p{L}])${label}\\s*(?:is|:|=|은|는)\\s*([^,.!?\\n"']+?)(?=\\s*(?:으로|로|이고|이며|이에요|예요|입니다|[,.!?\\n]|\\band\\b|\\bwith\\b|\\bplease\\b|$))`,
    'giu',
  );
  for (const pattern of [quotedAfter, quotedBefore, plainAfter]) {
    for (const match of findMatches(context.text, pattern)) {
      const value = match
        .slice(1)
        .find((group) => group !== undefined)
        ?.trim();
      if (!value) continue;
      const start = match.index + match[0].indexOf(value);
      const span: Span = { start, end: start + value.length, text: value };
      if (context.used.overlaps(span.start, span.end)) continue;
      return { value, strong: true, span: { start: match.index, end: match.index + match[0].length, text: match[0] } };
    }
  }
  return undefined;
}

/** "an email about the launch party" → "the launch party". */
function aboutPhrase(context: FillContext): FoundValue | undefined {
  const match = /\b(?:about|regarding|re:)\s+([^,.!?\n]+?)(?=\s*(?:[,.!?\n]|\bto\b|\bfor\b|$))/iu.exec(context.text);
  if (!match?.[1]) return undefined;
  const start = match.index + match[0].indexOf(match[1]);
  return { value: match[1].trim(), strong: false, span: { start, end: start + match[1].length, text: match[1] } };
}

/** For free-text inputs such as a search query, the message itself is the best value there is. */
function wholeMessage(context: FillContext, propertyName: string): FoundValue | undefined {
  if (!/(query|question|prompt|input|text|keyword|search|q$)/iu.test(propertyName)) return undefined;
  const value = context.text.trim();
  return value ? { value, strong: false } : undefined;
}
