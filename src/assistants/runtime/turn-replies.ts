// The runtime's own replies outside any engine (a conversation waiting for a person).
import type { Language } from '../../models/builtin/index.ts';

export function handoffWaitingReply(language: Language): string {
  return language === 'ko'
    ? '상담원이 곧 답변드릴 예정이에요. 남겨 주신 메시지도 함께 전달했어요.'
    : "A person will reply shortly; I've passed your message on to them.";
}

export function injectionRefusal(language: Language): string {
  return language === 'ko'
    ? '죄송하지만 그 요청은 처리할 수 없어요. 저는 정해진 규칙 안에서 고객님 한 분의 요청을 한 번에 하나씩 도와드려요.'
    : "Sorry, I can't do that. I follow my rules and help with one customer's request at a time.";
}
