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

export function handoffReply(language: Language): string {
  return language === 'ko'
    ? '상담원에게 연결해 드릴게요. 지금까지의 대화 내용을 함께 전달했으니 잠시만 기다려 주세요.'
    : "I'm connecting you with a person now; they'll see our conversation so far. Please hold on a moment.";
}

export function handoffUnavailableReply(language: Language): string {
  return language === 'ko'
    ? '죄송하지만 지금은 상담원 연결을 제공하지 않아요. 제가 최대한 도와드릴게요.'
    : "Sorry, a live agent isn't available here, but I'll do my best to help.";
}
