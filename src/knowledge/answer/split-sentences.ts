// A small sentence splitter with character offsets, so a cited sentence can point back into the original document.

export interface SentenceSpan {
  text: string;
  /** Offsets into the text that was split; `text === source.slice(start, end)`. */
  start: number;
  end: number;
}

/** Words that end in a period without ending a sentence. */
const abbreviations = new Set([
  'e.g',
  'i.e',
  'etc',
  'vs',
  'mr',
  'mrs',
  'ms',
  'dr',
  'no',
  'inc',
  'co',
  'approx',
  'dept',
  'st',
  'a.m',
  'p.m',
]);

/**
 * Splits at . ? ! … and 。, at Korean final endings (…다, …요, …니다) followed by a space, and at line
 * breaks; decimals (1.5GB), abbreviations (e.g.) and list numbers ("1. ") do not split, and a bullet is left out.
 * @example
 * splitSentences('요금제는 다음 달에 바뀝니다 해지는 언제든 가능합니다.').map((sentence) => sentence.text);
 * // ['요금제는 다음 달에 바뀝니다', '해지는 언제든 가능합니다.']
 */
export function splitSentences(text: string): SentenceSpan[] {
  const sentences: SentenceSpan[] = [];
  let start = 0;
  const push = (end: number): void => {
    const piece = text.slice(start, end);
    // A bullet ("- ", "* ", "• ") is layout, not part of the sentence an answer quotes.
    const leading = /^\s*(?:[-*•·][ \t]+)?/u.exec(piece)?.[0].length ?? 0;
    const trimmed = piece.slice(leading).trim();
    if (trimmed.length > 0) sentences.push({ text: trimmed, start: start + leading, end: start + leading + trimmed.length });
    start = end;
  };
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index] ?? '';
    if (character === '\n') {
      push(index);
      continue;
    }
    const next = text[index + 1];
    const atBreak = next === undefined || /\s/u.test(next);
    if (!atBreak) continue;
    // A closing quote or bracket right after the stop stays with the sentence it closes.
    if (/["'”’)\]]/u.test(character) && /[.?!…。]/u.test(text[index - 1] ?? '')) push(index + 1);
    else if (/[?!…。]/u.test(character)) push(index + 1);
    else if (character === '.' && !isFalseStop(text.slice(start, index))) push(index + 1);
    else if (/[다요]/u.test(character) && isKoreanFinal(text.slice(start, index + 1))) push(index + 1);
  }
  push(text.length);
  return sentences;
}

/** A period after an abbreviation, a list number or a single letter (an initial) does not end a sentence. */
function isFalseStop(before: string): boolean {
  const lastWord = /(\S+)$/u.exec(before)?.[1]?.toLowerCase() ?? '';
  if (abbreviations.has(lastWord)) return true;
  if (/^\d{1,2}$/u.test(before.trim())) return true;
  return /^[a-z]$/iu.test(lastWord) && before.trim().length > 1;
}

/** Syllables that come before a polite final 요 (해요, 있어요, 되나요, 하세요…); 필요 and 중요 are nouns. */
const beforePoliteEnding = new Set([...'어아여워와해돼되에예죠지네까나래데게라이봐줘야세군걸고']);

/**
 * The last word ends in a final 다 or 요 and has a stem before it (a bare 다 is the adverb "all";
 * 보다 and 마다 are particles that end words mid-sentence).
 */
function isKoreanFinal(before: string): boolean {
  const lastWord = /([\uac00-\ud7a3]+)$/u.exec(before)?.[1] ?? '';
  if (lastWord.length < 2) return false;
  if (lastWord.endsWith('요')) return beforePoliteEnding.has(lastWord.at(-2) ?? '');
  return !/(?:보|마)다$/u.test(lastWord);
}
