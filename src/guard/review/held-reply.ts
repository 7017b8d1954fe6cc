// What the customer sees while an answer waits for a reviewer.

const replies = {
  ko: '담당자가 답변을 검토한 뒤 전달해 드리겠습니다.',
  en: 'A specialist is reviewing this answer and will send it shortly.',
} as const;

/**
 * @example
 * heldReply('ko') // '담당자가 답변을 검토한 뒤 전달해 드리겠습니다.'
 */
export function heldReply(language: string): string {
  return language.toLowerCase().startsWith('ko') ? replies.ko : replies.en;
}
