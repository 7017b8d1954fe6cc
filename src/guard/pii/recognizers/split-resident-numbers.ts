// A resident or foreigner registration number given in two parts ("주민번호 앞자리 900101이고 뒷자리 1234567이에요"),
// as people type it in chat: the six birth digits, a few words, then the seven others.

/**
 * Six digits, then up to 32 characters on one line without a digit but a lone 7 ("뒤 7자리"), then seven digits; each
 * part a whole number.
 */
const splitPattern = /(?<![\d-])(\d{6})(?![\d-])((?:[^\d\n]|(?<!\d)7(?!\d)){1,32}?)(?<![\d-])(\d{7})(?![\d-])/g;
/** Words that say the second number is the rest of the first ("뒷자리", "뒤 7자리", "last seven"). */
const restWords = /뒷|뒤|나머지|last|back|second|rest/i;
/** Only separators between the parts: the one-number forms, read by `sixSevenNumbers`. */
const separatorsOnly = /^[\s\-–—]+$/;
/** Between the parts, this many characters or fewer need no word for the rest ("900101에 1234567"). */
const shortJoin = 6;

export interface SplitResidentNumber {
  front: { start: number; end: number };
  back: { start: number; end: number };
  /** The thirteen digits, front then back. */
  digits: string;
}

/**
 * Six and seven digits in one sentence, joined by a word for the rest of the number or by a few characters. The caller
 * validates the digits and requires a resident-number label before them.
 *
 * @example
 * splitResidentNumbers('주민번호 앞자리 900101이고 뒷자리 1234567이에요')[0]?.digits; // '9001011234567'
 * splitResidentNumbers('주민번호 900101-1234567'); // [] (one number)
 */
export function splitResidentNumbers(text: string): SplitResidentNumber[] {
  const found: SplitResidentNumber[] = [];
  splitPattern.lastIndex = 0;
  for (let match = splitPattern.exec(text); match !== null; match = splitPattern.exec(text)) {
    const [, front, between, back] = match as unknown as [string, string, string, string];
    if (separatorsOnly.test(between) || (between.length > shortJoin && !restWords.test(between))) {
      // The seven digits may start the next pair ("900101 주문 1234567 … 850312 뒷자리 …"); the six cannot, so go on after them.
      splitPattern.lastIndex = match.index + front.length;
      continue;
    }
    const frontStart = match.index;
    const backStart = frontStart + front.length + between.length;
    found.push({
      front: { start: frontStart, end: frontStart + 6 },
      back: { start: backStart, end: backStart + 7 },
      digits: front + back,
    });
  }
  return found;
}
