// Answers a response_format request: a JSON Schema filled from the message and validated, or a JSON object of the entities found.
import type { JsonSchema, ResponseFormat, Warning } from '../../types.ts';
import { type DateContext, summarizeEntities } from '../entities/index.ts';
import { defaultValue, createFillContext, fillJsonSchema, primarySchema, propertiesOf, validateJsonSchema } from '../schema/index.ts';

/**
 * @example
 * structuredAnswer({ format: { type: 'json_schema', schema }, message: 'Jane, jane@example.com', dates });
 * // { text: '{"name":"Jane","email":"jane@example.com"}', warnings: [] }
 */
export function structuredAnswer(options: { format: ResponseFormat; message: string; dates: DateContext }): {
  text: string;
  warnings: Warning[];
} {
  const { format, message, dates } = options;
  const context = createFillContext(message, dates);
  if (format.type === 'json_object') return { text: JSON.stringify(summarizeEntities(context.entities)), warnings: [] };
  if (format.type !== 'json_schema') return { text: message, warnings: [] };
  const schema = format.schema;
  const filled = fillJsonSchema(schema, context, { includeDefaults: true });
  const value = repair(filled.value, { schema, dates });
  const issues = validateJsonSchema(value, schema);
  const warnings: Warning[] = issues.map((issue) => ({
    type: 'other',
    message: `Structured output ${issue.path || '/'} ${issue.message}.`,
  }));
  return { text: JSON.stringify(value), warnings };
}

/** Properties that fail validation fall back to their schema default, one pass per property. */
function repair(value: unknown, options: { schema: JsonSchema; dates: DateContext }): unknown {
  const { schema, dates } = options;
  const issues = validateJsonSchema(value, schema);
  if (issues.length === 0) return value;
  const resolved = primarySchema(schema, schema);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return defaultValue(schema, { root: schema, dates });
  const record = { ...(value as Record<string, unknown>) };
  const properties = new Map(propertiesOf(resolved));
  for (const issue of issues) {
    const name = issue.path.split('/')[1]?.replace(/~1/gu, '/').replace(/~0/gu, '~');
    const property = name === undefined ? undefined : properties.get(name);
    if (name !== undefined && property) record[name] = defaultValue(property, { root: schema, dates });
    else if (name !== undefined && issue.message === 'is not allowed') delete record[name];
  }
  return record;
}
