// The safety check of a user message under a policy: what to record, and the crisis reply when the policy answers one.
import type { AuditPolicyDecision } from '../audit/index.ts';
import type { GuardPolicy } from '../policy/index.ts';
import { crisisReply } from './crisis-reply.ts';
import { detectSelfHarm } from './self-harm.ts';

export interface SafetyCheck {
  decision: AuditPolicyDecision;
  /** Set when the policy answers with crisis support instead of the usual reply. */
  reply: string | undefined;
}

/**
 * @example
 * const safety = checkSafety({ text: '죽고 싶어요', policy, language: 'ko' });
 * if (safety?.reply) return safety.reply; // crisis support, helplines included
 */
export function checkSafety(options: { text: string; policy: GuardPolicy; language: 'ko' | 'en' }): SafetyCheck | undefined {
  const { selfHarm, crisisMessage } = options.policy.safety;
  if (selfHarm === 'off') return undefined;
  const signal = detectSelfHarm(options.text);
  if (signal === undefined) return undefined;
  return {
    // The matched words stay out of the record: the audit keeps the (masked) message itself.
    decision: { policy: 'safety', action: selfHarm, detail: 'self-harm' },
    reply: selfHarm === 'respond' ? crisisReply({ language: options.language, messages: crisisMessage }) : undefined,
  };
}
