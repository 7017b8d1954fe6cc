// Combines the global guard policy with an assistant's: the assistant's settings win field by field, lists are replaced whole (custom PII types and allowed values add up).
import { GenstackError } from '../../core/index.ts';
import { mergeByType } from '../pii/custom/index.ts';
import { piiTypes } from '../pii/types.ts';
import { guardPolicySchema, type GuardPolicy, type GuardPolicyInput } from './guard-policy-schema.ts';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Custom types add up by name (`mergeByType`), so an assistant that declares its own identifier cannot drop an
 * organisation's by accident; it may set that type to `allow`. Allowed values add up too: an assistant adds the contact
 * details of its own service to the organisation's.
 */
function mergedInput(global: GuardPolicyInput | undefined, assistant: GuardPolicyInput | undefined): unknown {
  const policy = deepMerge(deepMerge({}, global), assistant);
  if (!isPlainObject(policy) || !isPlainObject(policy.pii) || !isPlainObject(global?.pii) || !isPlainObject(assistant?.pii)) return policy;
  const pii: Record<string, unknown> = { ...policy.pii };
  const { custom: globalCustom, allow: globalAllow } = global.pii as Record<string, unknown>;
  const { custom: assistantCustom, allow: assistantAllow } = assistant.pii as Record<string, unknown>;
  if (Array.isArray(globalCustom) && Array.isArray(assistantCustom)) pii.custom = mergeByType(globalCustom, assistantCustom);
  if (Array.isArray(globalAllow) && Array.isArray(assistantAllow)) pii.allow = [...new Set([...globalAllow, ...assistantAllow])];
  return { ...policy, pii };
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
  const parsed = guardPolicySchema.safeParse(mergedInput(options.global, options.assistant));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new GenstackError({
      code: 'config_invalid',
      message: `Invalid guard policy: ${issue?.path.join('.') || 'value'}: ${issue?.message ?? 'invalid'}`,
    });
  }
  // An action for a type nobody declared is a typo that would leave the real type on the default action.
  const known = new Set<string>([...piiTypes, ...parsed.data.pii.custom.map((entry) => entry.type)]);
  const unknown = Object.keys(parsed.data.pii.types).find((type) => !known.has(type));
  if (unknown !== undefined)
    throw new GenstackError({
      code: 'config_invalid',
      message: `Invalid guard policy: pii.types.${unknown}: is neither a built-in type nor declared in pii.custom`,
    });
  return parsed.data;
}
