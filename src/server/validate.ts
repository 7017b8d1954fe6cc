// Reads and validates a JSON request body; every failure becomes a 400 that names the offending field.
import type { Context } from 'hono';
import type { z } from 'zod';
import { GenstackError } from '../core/index.ts';

/** `messages[0].content` style path, matching OpenAI's `param`. */
export function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
    '',
  );
}

/**
 * @example
 * const body = await parseJsonBody(c, chatCompletionRequestSchema);
 */
export async function parseJsonBody<T extends z.ZodType>(c: Context, schema: T): Promise<z.infer<T>> {
  const text = await c.req.text();
  if (!text.trim()) throw new GenstackError({ code: 'invalid_json', message: 'The request body is empty; send a JSON object.' });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new GenstackError({ code: 'invalid_json', message: `The request body is not valid JSON: ${(error as Error).message}` });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new GenstackError({ code: 'invalid_request', message: 'The request body must be a JSON object.' });
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const param = issue ? fieldPath(issue.path) : '';
    throw new GenstackError({
      code: 'invalid_request',
      message: `${param || 'body'}: ${issue?.message ?? 'invalid'}`,
      ...(param ? { param } : {}),
    });
  }
  return parsed.data;
}
