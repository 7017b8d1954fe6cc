// The engine's own bilingual lines (greeting fallbacks, refusals, clarifying questions); operations bring their own.
import type { Language } from '../../models/builtin/index.ts';

type Line = { ko: string; en: string };

export const engineReplies = {
  thanks: { ko: '천만에요. 더 도와드릴 일이 있으면 말씀해 주세요.', en: "You're welcome. Is there anything else I can help with?" },
  goodbye: { ko: '이용해 주셔서 감사합니다. 좋은 하루 보내세요!', en: 'Thank you for chatting with us. Have a great day!' },
  abandoned: {
    ko: '알겠습니다. 진행하던 요청은 멈췄고 아무것도 변경하지 않았어요.',
    en: "All right, I've stopped there and nothing was changed.",
  },
  declined: {
    ko: '알겠습니다. 아무것도 변경하지 않았어요. 다른 도움이 필요하신가요?',
    en: "Okay, I haven't changed anything. Is there anything else I can do?",
  },
  nothingToDecline: {
    ko: '알겠습니다. 다른 도움이 필요하시면 말씀해 주세요.',
    en: 'All right. Let me know if there is anything else I can help with.',
  },
  handoffAfterFailures: {
    ko: '제가 요청을 제대로 이해하지 못해 죄송해요. 상담원에게 연결해 드릴게요.',
    en: "I'm sorry I couldn't work that out. Let me connect you with a person.",
  },
  notUnderstood: {
    ko: '무엇을 도와드릴지 잘 모르겠어요. 이런 일을 도와드릴 수 있어요: {labels}.',
    en: "I'm not sure what you need. I can help with: {labels}.",
  },
  noAnswer: {
    ko: '죄송하지만 그 질문에 대한 답을 찾지 못했어요. 다르게 물어봐 주시거나 상담원 연결을 요청해 주세요.',
    en: "Sorry, I couldn't find an answer to that. Try asking another way, or ask for a person.",
  },
  clarify: { ko: '{first}, 아니면 {second} 중 어느 쪽을 원하세요?', en: 'Would you like to {first}, or to {second}?' },
  needsAuthentication: {
    ko: '계정 정보를 확인하려면 먼저 본인 확인이 필요해요.',
    en: 'I need to verify your identity before I can look at your account.',
  },
} satisfies Record<string, Line>;

export function pick(line: Line, language: Language, values: Record<string, string> = {}): string {
  return line[language].replace(/\{(\w+)\}/gu, (_, key: string) => values[key] ?? '');
}
