// Validates user constraint JSON (an array or `{ "constraints": [...] }`) into typed constraints.
import { GenstackError } from '../../core/errors.ts';
import { constraintSchema, type Constraint } from './types.ts';

/** `constraints[0].columns[1]` style path. */
function issuePath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : `${text}.${String(key)}`), 'constraints');
}

function invalid(message: string): GenstackError {
  return new GenstackError({ code: 'invalid_request', message, param: 'constraints' });
}

/**
 * Parses constraints given as JSON; every problem is an invalid_request naming the JSON path.
 * @example
 * parseConstraints({ constraints: [{ type: 'inequality', low: '시작일', high: '종료일' }] });
 */
export function parseConstraints(json: unknown): Constraint[] {
  let list: unknown = json;
  if (typeof json === 'object' && json !== null && !Array.isArray(json)) {
    const keys = Object.keys(json);
    const extra = keys.filter((key) => key !== 'constraints');
    if (!keys.includes('constraints')) throw invalid('Constraints must be an array or an object with a "constraints" array.');
    if (extra.length > 0) throw invalid(`Unknown key "${extra[0]}" next to "constraints"; only "constraints" is allowed.`);
    list = (json as { constraints: unknown }).constraints;
  }
  if (!Array.isArray(list)) throw invalid('Constraints must be an array or an object with a "constraints" array.');
  const parsed = constraintSchema.array().safeParse(list);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new GenstackError({
      code: 'invalid_request',
      message: `${issuePath(issue?.path ?? [])}: ${issue?.message ?? 'invalid constraint'}`,
      param: 'constraints',
      details: parsed.error.issues.map((each) => ({ path: issuePath(each.path), message: each.message })),
    });
  }
  return parsed.data;
}
