// Masks the text an audit record would keep (content and tool-call arguments and outcomes) before it is hashed and stored.
import type { AuditContent, AuditToolCall } from './audit-types.ts';

export type MaskContent = (text: string) => string;

function maskStrings(value: unknown, mask: MaskContent): unknown {
  if (typeof value === 'string') return mask(value);
  if (Array.isArray(value)) return value.map((item) => maskStrings(item, mask));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, maskStrings(item, mask)]));
  return value;
}

export function maskAuditContent(content: AuditContent | undefined, mask: MaskContent): AuditContent | null {
  if (!content) return null;
  return {
    ...(content.input !== undefined ? { input: mask(content.input) } : {}),
    ...(content.output !== undefined ? { output: mask(content.output) } : {}),
    ...(content.reasoning !== undefined ? { reasoning: mask(content.reasoning) } : {}),
  };
}

/** Tool names and statuses stay readable; arguments and outcomes may hold personal data. */
export function maskToolCalls(toolCalls: AuditToolCall[] | undefined, mask: MaskContent): AuditToolCall[] {
  return (toolCalls ?? []).map((call) => ({
    name: call.name,
    ...(call.status !== undefined ? { status: call.status } : {}),
    ...(call.arguments !== undefined ? { arguments: maskStrings(call.arguments, mask) } : {}),
    ...(call.outcome !== undefined ? { outcome: maskStrings(call.outcome, mask) } : {}),
  }));
}
