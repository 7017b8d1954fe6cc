// Bilingual phrases that frame a grounded answer: lead phrases, quoting across languages, and the honest "not found".
import type { Language } from '../../models/builtin/index.ts';

/** What the engine says when no passage supports an answer: it never guesses. */
export const notFoundAnswers: Record<Language, string> = {
  ko: '문서에서 관련 내용을 찾지 못했습니다. 질문을 조금 바꿔 다시 물어보시거나 담당자에게 문의해 주세요.',
  en: "I couldn't find this in the knowledge base. Try rephrasing the question, or ask someone who knows.",
};

/** Said before quotes from passages in the other language. */
export const crossLanguageLeads: Record<Language, string> = {
  ko: '영문 문서에는 다음과 같이 나와 있습니다:',
  en: 'The Korean documents say:',
};

/** English sentence openers that stay correct in lowercase after "According to the documents,". */
const lowercaseOpeners = new Set([
  'the', 'a', 'an', 'your', 'you', 'our', 'we', 'this', 'these', 'those', 'customers', 'all', 'any', 'each', 'every',
  'if', 'when', 'after', 'before', 'once', 'members', 'patients', 'plan', 'plans', 'refunds', 'payments', 'changes',
]); // prettier-ignore

/**
 * The first sentence with a lead phrase when one reads naturally, else unchanged: Korean needs a
 * declarative sentence, English a first word that is not a name.
 * @example
 * withLead('변경된 요금제는 다음 달 1일부터 적용됩니다 [1].', 'ko'); // '문서에 따르면 변경된 요금제는 …'
 * withLead('Refunds take 5 days [1].', 'en'); // 'According to the documents, refunds take 5 days [1].'
 */
export function withLead(sentence: string, language: Language): string {
  if (language === 'ko') {
    const declarative = /(?:다|요)(?:\s*\[[\d,\s]+\])*\s*[.!]?$/u.test(sentence);
    return declarative ? `문서에 따르면 ${sentence}` : sentence;
  }
  const firstWord = /^([A-Za-z]+)\b/u.exec(sentence)?.[1];
  if (!firstWord || !lowercaseOpeners.has(firstWord.toLowerCase()) || firstWord !== capitalized(firstWord)) return sentence;
  return `According to the documents, ${firstWord.toLowerCase()}${sentence.slice(firstWord.length)}`;
}

function capitalized(word: string): string {
  return `${word.charAt(0).toUpperCase()}${word.slice(1).toLowerCase()}`;
}
