// Which characters and which pairs of adjacent characters a text holds, each hashed into one of 1,024 slots: a search's
// gate asks whether one of its words has every pair (a word of one character, that character) there before it reads the
// text for the words themselves. Most short texts hold none of a gate's words, and the answer then costs a few slot reads
// where each word's search read the whole text. A yes may be wrong (two pairs share a slot, or the pairs stand apart in
// the text); a no never is, so the search after a yes decides as before. ASCII capitals are folded to lower case, so one
// set of words serves a case-sensitive search and a `/i` one alike (without the `u` flag, `/i` folds no other character
// to an ASCII letter).
//
// Each word also names one key: its rarest pair by a rough measure of how often text writes its characters. Stamping a
// text marks, besides the slots, every gate one of whose keys it holds; a gate none of whose keys a text holds says no
// with one read, where it read a slot for each of its words (an ordinary chat turn is asked about by some twenty-five
// gates of five or six words on average; one in twenty says yes, and four in five now say no on the key alone).

/** A gate's words as the slots of their pairs, each word's key first, from `characterPairWords`. */
export interface CharacterPairWords {
  /** The gate's number, which stamping marks when the text holds one of its keys. */
  readonly gate: number;
  readonly words: readonly (readonly number[])[];
}

const slotCount = 1024;
// The pairs' slots, then the single characters'. Each holds the number of the last text that set it, so a new text starts
// with none set without clearing them; after 2^32 texts a number comes round again, and a slot left from that text reads as
// set, which only makes a gate's search run.
const stamps = new Int32Array(2 * slotCount);
let textNumber = 0;
// The text the stamps were last set from: a gate asks several times for one text, then the next text's gates ask.
let stampedText: string | undefined;
// For each slot, the gates that have a word keyed by it, and whether there are any (one byte read per slot stamped).
const gatesBySlot: number[][] = Array.from({ length: 2 * slotCount }, () => []);
const keyed = new Uint8Array(2 * slotCount);
// For each gate, the number of the last text that held one of its keys; grows by one with each gate made.
let gateStamps = new Int32Array(64);
let gateCount = 0;

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

/** Marks the gates keyed by `slot` for the text numbered `number`. */
function markGates(slot: number, number: number): void {
  const gates = gatesBySlot[slot]!;
  for (let index = 0; index < gates.length; index += 1) gateStamps[gates[index]!] = number;
}

function stampPairs(text: string): void {
  textNumber = (textNumber + 1) | 0;
  const number = textNumber;
  // The tables in locals: optimised code re-reads a module binding on every use, even a constant one.
  const slots = stamps;
  const keys = keyed;
  let previous = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = folded(text.charCodeAt(index));
    const pair = pairSlot(previous, code);
    const character = characterSlot(code);
    slots[pair] = number;
    slots[character] = number;
    if (keys[pair] !== 0) markGates(pair, number);
    if (keys[character] !== 0) markGates(character, number);
    previous = code;
  }
  stampedText = text;
}

// How often text writes a character, roughly, from 0 (blanks, marks) up: English letters by their frequency, digits, the
// commonest Hangul syllables of chat, then every other character alike. A word's key is its pair of the highest sum.
const englishLettersByFrequency = 'etaoinshrdlcumwfgypbvkjxqz';
const commonHangul = '이다요는고하에가지서니어기습세사자도있수나안시주해아게면인한로보을를의';

function rarity(code: number): number {
  if (code >= 0x61 && code <= 0x7a) return 2 + englishLettersByFrequency.indexOf(String.fromCharCode(code));
  if (code >= 0x30 && code <= 0x39) return 6;
  if (code < 0x80) return 0;
  const hangul = commonHangul.indexOf(String.fromCharCode(code));
  return hangul >= 0 ? 12 + hangul : 60;
}

/** A word's slots: its pairs', the key first, or its one character's. */
function wordSlots(word: string): number[] {
  if (word.length === 0) throw new Error('an empty word');
  if (word.length === 1) return [characterSlot(folded(word.charCodeAt(0)))];
  const pairs: number[] = [];
  let key = 0;
  let keyRarity = -1;
  for (let index = 1; index < word.length; index += 1) {
    const first = folded(word.charCodeAt(index - 1));
    const second = folded(word.charCodeAt(index));
    pairs.push(pairSlot(first, second));
    const pairRarity = rarity(first) + rarity(second);
    if (pairRarity > keyRarity) [key, keyRarity] = [pairs.length - 1, pairRarity];
  }
  return [pairs[key]!, ...pairs.filter((_, index) => index !== key)];
}

/**
 * A gate for `mayHoldAnyWord`: the pairs' slots of each word, or its character's for a word of one character. Make gates
 * once, where a module starts: each is kept for the life of the process.
 *
 * @example
 * const codeNames = characterPairWords('otp', '인증', '코드');
 */
export function characterPairWords(...words: readonly string[]): CharacterPairWords {
  const gate = gateCount;
  gateCount += 1;
  if (gate === gateStamps.length) {
    const grown = new Int32Array(2 * gate);
    grown.set(gateStamps);
    gateStamps = grown;
  }
  // The text stamped last may hold a key of this gate; stamping again asks it afresh.
  stampedText = undefined;
  const wordsSlots = words.map(wordSlots);
  for (const [key] of wordsSlots) {
    if (!gatesBySlot[key!]!.includes(gate)) gatesBySlot[key!]!.push(gate);
    keyed[key!] = 1;
  }
  return { gate, words: wordsSlots };
}

/**
 * False when `text` holds none of `words` in any case of its ASCII letters; true when it may.
 *
 * @example
 * mayHoldAnyWord('배송 언제 와요?', characterPairWords('otp', '인증')); // false
 * mayHoldAnyWord('Your OTP is 123456', characterPairWords('otp', '인증')); // true
 */
export function mayHoldAnyWord(text: string, gate: CharacterPairWords): boolean {
  if (text !== stampedText) stampPairs(text);
  const number = textNumber;
  if (gateStamps[gate.gate] !== number) return false;
  const words = gate.words;
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
