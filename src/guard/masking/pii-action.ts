// The four things a policy can do with a PII type, and how a caller says which applies to which type.
import type { PiiEntityType } from '../pii/types.ts';

export const piiActions = ['allow', 'mask', 'redact', 'block'] as const;

/** allow: keep; mask: reversible `[TYPE_n]`; redact: irreversible `[TYPE]`; block: refuse the whole content. */
export type PiiAction = (typeof piiActions)[number];

/** Per-type actions, or a function (e.g. `(type) => piiActionFor(policy, type)`). Types not listed are allowed. */
export type PiiActionMap = Partial<Record<PiiEntityType, PiiAction>> | ((type: PiiEntityType) => PiiAction);

export function actionOf(actions: PiiActionMap, type: PiiEntityType): PiiAction {
  return (typeof actions === 'function' ? actions(type) : actions[type]) ?? 'allow';
}
