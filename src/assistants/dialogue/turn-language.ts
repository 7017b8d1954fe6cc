// The language to answer a turn in: emails, ids and numbers say nothing about it ("minjun@example.com 이에요" is Korean).
import { detectLanguage, type Language } from '../../models/builtin/index.ts';

const languageNeutral = /[\w.+-]+@[\w-]+(\.[\w-]+)+|https?:\/\/\S+|\S*\d\S*/gu;

/**
 * @example
 * turnLanguage('minjun.kim@example.com 이에요', 'en'); // 'ko'
 * turnLanguage('O-1001', 'ko'); // 'ko' (nothing to go on: keep the conversation's language)
 */
export function turnLanguage(text: string, previous: Language): Language {
  const words = text.replace(languageNeutral, ' ');
  return /\p{L}/u.test(words) ? detectLanguage(words) : previous;
}
