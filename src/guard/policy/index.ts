// Guard policy: the schema assistants and config carry, merging global and assistant settings, PII actions and data-aware routing.
export {
  guardPolicySchema,
  defaultProtectedTypes,
  type GuardPolicy,
  type GuardPolicyInput,
  type GuardTopic,
} from './guard-policy-schema.ts';
export { resolveGuardPolicy } from './resolve-guard-policy.ts';
export { piiActionFor, piiActionsOf, requiresLocalModel } from './pii-routing.ts';
export { policyScanOptions } from './policy-scan.ts';
export { customTypeLabels } from './custom-type-labels.ts';
