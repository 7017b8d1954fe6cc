// Which characters and which pairs of adjacent characters a text holds, each hashed into one of 1,024 slots: a search's
// gate asks whether one of its words has every pair (a word of one character, that character) there before it reads the
// text for the words themselves. Most short texts hold none of a gate's words, and the answer then costs a few slot reads
// where each word's search read the whole text. A yes may be wrong (two pairs share a slot, or the pairs stand apart in
// the text); a no never is, so the search after a yes decides as before. ASCII capitals are folded to lower case, so one
// set of words serves a case-sensitive search and a `/i` one alike (without the `u` flag, `/i` folds no other character
// to an ASCII letter).

/** A gate's words as the slots of their pairs, from `characterPairWords`. */
export type CharacterPairWords = readonly (readonly number[])[];

const slotCount = 1024;
// The pairs' slots, then the single characters'. Each holds the number of the last text that set it, so a new text starts
// with none set without clearing them; after 2^32 texts a number comes round again, and a slot left from that text reads as
// set, which only makes a gate's search run.
const stamps = new Int32Array(2 * slotCount);
let textNumber = 0;
// The text the stamps were last set from: a gate asks several times for one text, then the next text's gates ask.
let stampedText: string | undefined;

function folded(code: number): number {
  return code >= 0x41 && code <= 0x5a ? code | 0x20 : code;
}

// Fibonacci hashing: the top ten bits of the product. A sum such as `first * 31 + second` kept only low bits, and Hangul's
// codes, thousands apart, then shared slots with common pairs ("감사합니다" read as holding 언니, a third of Korean chats
// as holding 딸), so gates let through texts that held none of their words.
const golden = 0x9e3779b1;

function pairSlot(first: number, second: number): number {
  return Math.imul((first << 16) | second, golden) >>> 22;
}

function characterSlot(code: number): number {
  return slotCount + (Math.imul(code, golden) >>> 22);
}

function stampPairs(text: string): void {
  textNumber = (textNumber + 1) | 0;
  const number = textNumber;
  let previous = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = folded(text.charCodeAt(index));
    stamps[pairSlot(previous, code)] = number;
    stamps[characterSlot(code)] = number;
    previous = code;
  }
  stampedText = text;
}

/**
 * The pairs' slots of each word, or its character's for a word of one character, for `mayHoldAnyWord`.
 *
 * @example
 * const codeNames = characterPairWords('otp', '인증', '코드');
 */
export function characterPairWords(...words: readonly string[]): CharacterPairWords {
  return words.map((word) => {
    if (word.length === 0) throw new Error('an empty word');
    if (word.length === 1) return [characterSlot(folded(word.charCodeAt(0)))];
    const pairs: number[] = [];
    for (let index = 1; index < word.length; index += 1)
      pairs.push(pairSlot(folded(word.charCodeAt(index - 1)), folded(word.charCodeAt(index))));
    return pairs;
  });
}

/**
 * False when `text` holds none of `words` in any case of its ASCII letters; true when it may.
 *
 * @example
 * mayHoldAnyWord('배송 언제 와요?', characterPairWords('otp', '인증')); // false
 * mayHoldAnyWord('Your OTP is 123456', characterPairWords('otp', '인증')); // true
 */
export function mayHoldAnyWord(text: string, words: CharacterPairWords): boolean {
  if (text !== stampedText) stampPairs(text);
  const number = textNumber;
  for (let word = 0; word < words.length; word += 1) {
    const pairs = words[word]!;
    let all = true;
    for (let index = 0; index < pairs.length; index += 1) {
      if (stamps[pairs[index]!] !== number) {
        all = false;
        break;
      }
    }
    if (all) return true;
  }
  return false;
}
