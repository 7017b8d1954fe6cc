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

export function deniedTopicRefusal(language: Language): string {
  return language === 'ko'
    ? '죄송하지만 그 주제는 제가 안내해 드릴 수 없어요. 다른 도움이 필요하시면 말씀해 주세요.'
    : "Sorry, that's a topic I can't advise on here. Is there something else I can help with?";
}

export function localModelRequiredReply(language: Language): string {
  return language === 'ko'
    ? '이 요청에는 보호해야 할 개인정보가 있어 내부 모델로만 처리할 수 있는데, 지금 사용할 수 있는 내부 모델이 없어요.'
    : 'This request contains protected personal data that may only go to a local model, and none is available right now.';
}

export function instructionsLeakReply(language: Language): string {
  return language === 'ko'
    ? '죄송하지만 내부 운영 지침은 공유할 수 없어요. 다른 도움이 필요하신가요?'
    : "Sorry, I can't share my internal instructions. Is there something else I can help with?";
}

export function crisisHandoffLine(language: Language): string {
  return language === 'ko'
    ? '저희 상담원에게도 이 대화를 전달했어요. 곧 사람이 직접 함께할 거예요.'
    : "I've also asked a member of our team to join this conversation; a person will be with you shortly.";
}
