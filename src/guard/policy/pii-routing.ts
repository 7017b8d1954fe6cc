// What a policy does with each PII type, and the data-aware routing decision: may this request go to a remote model?
import type { PiiAction } from '../masking/pii-action.ts';
import { piiTypes, type PiiEntityType, type PiiFinding } from '../pii/types.ts';
import type { GuardPolicy } from './guard-policy-schema.ts';

/**
 * @example
 * piiActionFor(policy, 'RRN'); // 'block' when the policy lists it, else policy.pii.default
 */
export function piiActionFor(policy: GuardPolicy, type: PiiEntityType): PiiAction {
  return policy.pii.types[type] ?? policy.pii.default;
}

/**
 * Every type's action, ready for `applyPiiActions`.
 * @example
 * applyPiiActions({ text, findings, actions: piiActionsOf(policy), vault });
 */
export function piiActionsOf(policy: GuardPolicy): Partial<Record<PiiEntityType, PiiAction>> {
  const types = [...piiTypes, ...policy.pii.custom.map((entry) => entry.type)];
  return Object.fromEntries(types.map((type) => [type, piiActionFor(policy, type)]));
}

/**
 * True when the policy is `local-only` and the request would carry a protected value to the model as it is: a finding
 * of a protected type, scored at least `pii.minScore`, whose action is `allow`. Masked and redacted values never reach
 * the model, and blocked content is refused before routing, so neither forces a local model.
 * @example
 * const model = requiresLocalModel({ findings, policy }) ? localModel : configuredModel;
 */
export function requiresLocalModel(options: { findings: readonly PiiFinding[]; policy: GuardPolicy }): boolean {
  const { policy } = options;
  if (policy.routing.protectedData !== 'local-only') return false;
  const protectedTypes = new Set<PiiEntityType>([
    ...policy.routing.protectedTypes,
    ...policy.pii.custom.filter((entry) => entry.protected).map((entry) => entry.type),
  ]);
  return options.findings.some(
    (finding) => protectedTypes.has(finding.type) && finding.score >= policy.pii.minScore && piiActionFor(policy, finding.type) === 'allow',
  );
}
