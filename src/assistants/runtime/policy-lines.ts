// The runtime's policy messages in the user's language (what a tool call gets back when a policy stops it).
import type { Language } from '../../models/builtin/index.ts';

export function policyLines(language: Language) {
  const ko = language === 'ko';
  return {
    unknownTool: (name: string) => (ko ? `'${name}' 도구는 이 어시스턴트에 없어요.` : `This assistant has no tool named '${name}'.`),
    authenticationRequired: ko
      ? '계정 정보를 다루려면 먼저 본인 확인이 필요해요.'
      : 'The customer must be verified before account data can be read or changed.',
    authenticationFailed: ko ? '본인 확인에 실패했어요.' : 'Verification failed.',
    oneCustomer: ko
      ? '이 대화는 이미 다른 고객으로 본인 확인이 되어 있어요. 한 대화에서는 한 분의 계정만 다룰 수 있어요.'
      : 'This conversation is already verified as another customer; one conversation serves one customer.',
    roleMayNotChange: ko
      ? '이 채널의 권한으로는 변경 작업을 할 수 없어요. 조회만 도와드릴 수 있어요.'
      : "This channel's role may not make changes; it can only look things up.",
    toolError: ko
      ? '시스템 오류로 요청을 처리하지 못했어요. 잠시 후 다시 시도해 주세요.'
      : 'A system error stopped that request; please try again shortly.',
    genericSummary: (name: string, args: Record<string, unknown>) =>
      `${ko ? '실행할 작업' : 'Action'}: ${name}\n${Object.entries(args)
        .map(([key, value]) => `- ${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
        .join('\n')}`,
  };
}
