// Turns a JSON Schema of a tool's arguments into a zod schema, so arguments from any model are validated before a call.
import { z } from 'zod';

/** Arguments always arrive as an object; this accepts any object when a schema cannot be converted. */
const permissiveArguments = z.record(z.string(), z.unknown());

/**
 * Converts a JSON Schema (draft 2020-12 or the OpenAPI 3.1 dialect) to zod; a schema zod cannot convert falls back to
 * "any object" rather than making the whole connector unusable.
 * @example
 * const parameters = parametersFromJsonSchema({ type: 'object', properties: { id: { type: 'string' } }, required: ['id'] });
 * parameters.safeParse({}).success; // false
 */
export function parametersFromJsonSchema(schema: unknown): z.ZodType<Record<string, unknown>> {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return permissiveArguments;
  const type = (schema as { type?: unknown }).type;
  // A schema for something other than an object (say `{ type: 'string' }`) cannot describe named arguments.
  if (type !== undefined && type !== 'object') return permissiveArguments;
  try {
    const converted = z.fromJSONSchema({ ...schema, type: 'object' } as Parameters<typeof z.fromJSONSchema>[0]);
    return converted as z.ZodType<Record<string, unknown>>;
  } catch {
    return permissiveArguments;
  }
}
