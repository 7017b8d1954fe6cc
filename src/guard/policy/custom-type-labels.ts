// The words a policy gives its custom types, for refusals that name them ("사번(EMPLOYEE_ID)").
import type { GuardPolicy } from './guard-policy-schema.ts';

/**
 * @example
 * contentBlockedError({ findings, lang, customLabels: customTypeLabels(policy) });
 */
export function customTypeLabels(policy: GuardPolicy): ReadonlyMap<string, { ko?: string | undefined; en?: string | undefined }> {
  return new Map(policy.pii.custom.flatMap((entry) => (entry.label === undefined ? [] : [[entry.type, entry.label] as const])));
}
