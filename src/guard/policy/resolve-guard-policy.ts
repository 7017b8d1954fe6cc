// Combines the global guard policy with an assistant's: the assistant's settings win field by field, lists are replaced whole.
import { GenstackError } from '../../core/index.ts';
import { guardPolicySchema, type GuardPolicy, type GuardPolicyInput } from './guard-policy-schema.ts';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function deepMerge(base: unknown, over: unknown): unknown {
  if (over === undefined) return base;
  if (!isPlainObject(base) || !isPlainObject(over)) return over;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) merged[key] = deepMerge(base[key], value);
  return merged;
}

/**
 * Merges the raw (unparsed) settings and validates the result, so an assistant that sets only `pii.types.RRN` keeps
 * every other global setting. Pass inputs as written in config and definitions, not parsed policies, whose defaults
 * would hide the global values. An invalid result is a `config_invalid` error naming the field.
 * @example
 * const policy = resolveGuardPolicy({ global: config.guard, assistant: definition.guard });
 */
export function resolveGuardPolicy(options: {
  global?: GuardPolicyInput | undefined;
  assistant?: GuardPolicyInput | undefined;
}): GuardPolicy {
  const parsed = guardPolicySchema.safeParse(deepMerge(deepMerge({}, options.global), options.assistant));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new GenstackError({
      code: 'config_invalid',
      message: `Invalid guard policy: ${issue?.path.join('.') || 'value'}: ${issue?.message ?? 'invalid'}`,
    });
  }
  return parsed.data;
}
