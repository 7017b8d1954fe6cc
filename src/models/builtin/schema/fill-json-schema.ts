// Fills a JSON Schema from a message: each property by the extractor that fits it; required ones it lacks are reported (and
// defaulted when asked), optional ones left out rather than invented.
import type { JsonSchema } from '../../types.ts';
import { defaultValue } from './default-value.ts';
import { extractPropertyValue } from './extract-property-value.ts';
import type { FillContext } from './fill-context.ts';
import { mainType, primarySchema, propertiesOf, requiredOf, stringKeyword } from './json-schema-access.ts';
import { kindPriority, propertyKind } from './property-kind.ts';

/** Objects nested deeper than this are left empty: messages do not describe structures that deep. */
const maximumFillDepth = 8;

export interface FillOptions {
  /** The root schema, for $ref (defaults to the schema itself). */
  root?: JsonSchema;
  /** true: required properties the message lacks get schema-valid empty values; false: only what was found. */
  includeDefaults: boolean;
  /** Nesting level, counted by the filler itself. */
  depth?: number;
}

export interface FillResult {
  value: unknown;
  /** Names of the properties found in the message. */
  found: string[];
  /** Required properties the message did not contain. */
  missing: string[];
  /** Found properties that a specific pattern matched (an email, a date, an enum member), not a fallback. */
  strong: string[];
}

/**
 * @example
 * const context = createFillContext('Jane, jane@example.com', dates);
 * fillJsonSchema({ type: 'object', properties: { email: { type: 'string', format: 'email' } } }, context, { includeDefaults: true }).value;
 * // { email: 'jane@example.com' }
 */
export function fillJsonSchema(schema: JsonSchema, context: FillContext, options: FillOptions): FillResult {
  const root = options.root ?? schema;
  const resolved = primarySchema(schema, root);
  if (mainType(resolved) !== 'object') {
    const name = stringKeyword(resolved, 'title') ?? 'value';
    const found = extractPropertyValue(context, {
      name,
      schema: resolved,
      root,
      fillObject: (nested) => fillObject(nested, context, { ...options, root }),
    });
    const value = found ? found.value : defaultValue(resolved, { root, dates: context.dates });
    return { value, found: found ? [name] : [], missing: found ? [] : [name], strong: found?.strong ? [name] : [] };
  }
  return fillObject(resolved, context, { ...options, root });
}

function fillObject(
  schema: JsonSchema,
  context: FillContext,
  options: FillOptions & { root: JsonSchema },
): FillResult & { value: Record<string, unknown> } {
  if ((options.depth ?? 0) > maximumFillDepth) return { value: {}, found: [], missing: [], strong: [] };
  const resolved = primarySchema(schema, options.root);
  const required = new Set(requiredOf(resolved));
  const properties = propertiesOf(resolved);
  const rank = (name: string, property: JsonSchema): number =>
    kindPriority.indexOf(propertyKind(name, primarySchema(property, options.root)));
  const ordered = [...properties].sort(([a, first], [b, second]) => rank(a, first) - rank(b, second));
  const found = new Map<string, unknown>();
  const strong: string[] = [];
  for (const [name, property] of ordered) {
    const result = extractPropertyValue(context, {
      name,
      schema: property,
      root: options.root,
      fillObject: (nested) => fillObject(nested, context, { ...options, depth: (options.depth ?? 0) + 1 }),
    });
    if (!result) continue;
    found.set(name, result.value);
    if (result.strong) strong.push(name);
  }
  const value: Record<string, unknown> = {};
  const missing: string[] = [];
  // Keep the schema's property order in the output, as a model would.
  for (const [name, property] of properties) {
    if (found.has(name)) {
      value[name] = found.get(name);
      continue;
    }
    if (!required.has(name)) continue;
    missing.push(name);
    if (options.includeDefaults) value[name] = defaultValue(property, { root: options.root, dates: context.dates });
  }
  return { value, found: [...found.keys()], missing, strong };
}
