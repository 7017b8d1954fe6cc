// What a person who may harm themselves is told first: that they were heard, and where trained help answers now.

export interface CrisisMessages {
  ko?: string | undefined;
  en?: string | undefined;
}

const defaults = {
  ko:
    '많이 힘드셨겠어요. 이야기해 주셔서 고마워요. 혼자 견디지 않으셔도 돼요. 지금 바로 전문 상담원과 이야기할 수 있어요: ' +
    '자살예방상담전화 109(24시간), 정신건강위기상담전화 1577-0199, 청소년은 1388. 당장 위험한 상황이라면 119나 112에 연락해 주세요.',
  en:
    "I'm really sorry you're going through this, and thank you for telling me. You don't have to carry it alone. " +
    'You can talk to a trained counsellor right now: in Korea call 109 (24 hours) or 1577-0199; in the US call or text 988. ' +
    "If you're in immediate danger, call your local emergency number (119 in Korea, 911 in the US).",
} as const;

/**
 * The policy's own message for the language when it sets one (an organisation's own helpline), else the built-in one.
 * @example
 * crisisReply({ language: 'ko' }).includes('109'); // true
 */
export function crisisReply(options: { language: 'ko' | 'en'; messages?: CrisisMessages | undefined }): string {
  return options.messages?.[options.language] ?? defaults[options.language];
}
