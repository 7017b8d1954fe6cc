// The four things a policy can do with a PII type, and how a caller says which applies to which type.
import type { PiiType } from '../pii/types.ts';

export const piiActions = ['allow', 'mask', 'redact', 'block'] as const;

/** allow: keep; mask: reversible `[TYPE_n]`; redact: irreversible `[TYPE]`; block: refuse the whole content. */
export type PiiAction = (typeof piiActions)[number];

/** Per-type actions, or a function (e.g. `(type) => piiActionFor(policy, type)`). Types not listed are allowed. */
export type PiiActionMap = Partial<Record<PiiType, PiiAction>> | ((type: PiiType) => PiiAction);

export function actionOf(actions: PiiActionMap, type: PiiType): PiiAction {
  return (typeof actions === 'function' ? actions(type) : actions[type]) ?? 'allow';
}
