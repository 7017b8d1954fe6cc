// A gate for the searches whose every match holds a listed word right before a blank ("원고 권나래", "책임자 허민혁") or
// right after one ("추민규 방역관", "곽태준 기장님"). One pass over a text notes the character on either side of each of its
// spaces and tabs, and every gate that asks about the same text reads those notes: it looks each character up in a table
// of its words' last (or first) characters, and compares the words only where one stands. A pattern with a long
// alternation reads the text from every position, and a character-pair gate reads a slot or more for each of its words,
// which for a gate of thirty posts costs more than reading a chat turn's few blanks.

const slotMask = 1023;

/** A gate's words by the character each puts beside its blank, from `wordsBesideBlanks`. */
export interface WordsBesideBlanks {
  /** 1 at `code & 1023` of every character a word puts right before its blank: most blanks stop on this one read. */
  readonly slotsBefore: Uint8Array;
  /** 1 at `code & 1023` of every character a word puts right after its blank. */
  readonly slotsAfter: Uint8Array;
  /** The words that end right before a blank, at the slot of their last character. */
  readonly before: readonly (readonly string[] | undefined)[];
  /** The words that start right after a blank, at the slot of their first character. */
  readonly after: readonly (readonly string[] | undefined)[];
  /** The bits of `marksSeen` for the characters that a match may hold in place of a word and its blank. */
  readonly markBits: number;
  /** Whether any word is listed: a gate of marks alone reads no blank. */
  readonly hasWords: boolean;
}

// The characters that gates take in place of a word beside a blank (故 before a name, a form's bracket), each with a bit
// of `marksSeen`. Each comes before the Hangul syllables, which the pass skips first.
const marks: number[] = [];
const markSlots = new Uint8Array(slotMask + 1);

// The last text read (a string compared with itself is a pointer check): where its blanks stand, the character before and
// after each (a space where the text starts or ends or another blank stands), and the marks it holds. A text of more
// blanks than the tables hold is noted as such, and every gate lets it through.
const blankCapacity = 4096;
const blankPositions = new Int32Array(blankCapacity);
const charactersBefore = new Int32Array(blankCapacity);
const charactersAfter = new Int32Array(blankCapacity);
let scannedText: string | undefined;
let blankCount = 0;
let marksSeen = 0;

function markBitOf(mark: string): number {
  const code = mark.charCodeAt(0);
  if (isBlank(code) || code >= 0xac00) throw new Error(`no mark: '${mark}'`);
  let index = marks.indexOf(code);
  if (index === -1) {
    if (marks.length === 31) throw new Error('too many marks');
    index = marks.push(code) - 1;
    markSlots[code & slotMask] = 1;
    // A text read before this mark was known does not say whether it holds it.
    scannedText = undefined;
  }
  return 1 << index;
}

function bySlot(words: readonly string[], at: { slots: Uint8Array; last: boolean }): (string[] | undefined)[] {
  const listed: (string[] | undefined)[] = Array.from({ length: slotMask + 1 }, () => undefined);
  for (const word of words) {
    if (word.length === 0 || isBlank(word.charCodeAt(0)) || isBlank(word.charCodeAt(word.length - 1)))
      throw new Error(`a word that is empty or starts or ends with a blank: '${word}'`);
    const slot = word.charCodeAt(at.last ? word.length - 1 : 0) & slotMask;
    at.slots[slot] = 1;
    const words = (listed[slot] ??= []);
    if (!words.includes(word)) words.push(word);
  }
  return listed;
}

/**
 * The words that every match of a search holds right before a space or a tab (`before`) or right after one (`after`),
 * or in their place one of the characters of `marks`, for `holdsWordBesideBlank`.
 *
 * @example
 * const posts = wordsBesideBlanks({ before: ['원고', '변호사'], after: ['기장'], marks: '故' });
 */
export function wordsBesideBlanks(words: { before?: readonly string[]; after?: readonly string[]; marks?: string }): WordsBesideBlanks {
  const slotsBefore = new Uint8Array(slotMask + 1);
  const slotsAfter = new Uint8Array(slotMask + 1);
  return {
    slotsBefore,
    slotsAfter,
    before: bySlot(words.before ?? [], { slots: slotsBefore, last: true }),
    after: bySlot(words.after ?? [], { slots: slotsAfter, last: false }),
    markBits: [...(words.marks ?? '')].reduce((bits, mark) => bits | markBitOf(mark), 0),
    hasWords: (words.before?.length ?? 0) + (words.after?.length ?? 0) > 0,
  };
}

function scan(text: string): void {
  const positions = blankPositions;
  const before = charactersBefore;
  const after = charactersAfter;
  let count = 0;
  let seen = 0;
  // A space before the text's first character.
  let previous = 0x20;
  const length = text.length;
  for (let index = 0; index < length; index += 1) {
    const code = text.charCodeAt(index);
    // Most characters of the texts the gates read are Hangul syllables: no blank and no mark.
    if (code >= 0xac00) {
      previous = code;
      continue;
    }
    if (code === 0x20 || code === 0x09) {
      if (count === blankCapacity) {
        count = -1;
        break;
      }
      positions[count] = index;
      before[count] = previous;
      after[count] = index + 1 < length ? text.charCodeAt(index + 1) : 0x20;
      count += 1;
    } else if (markSlots[code & slotMask] === 1) {
      const mark = marks.indexOf(code);
      if (mark !== -1) seen |= 1 << mark;
    }
    previous = code;
  }
  blankCount = count;
  marksSeen = seen;
  scannedText = text;
}

/**
 * Whether one of `words` stands right before or right after a space or a tab in `text`, as it lists them, its characters
 * side by side or with blanks between them ("피고 ", "피    고 ", "수 신 인 "); or the text holds one of their marks. False only when
 * none does, so a search whose every match holds one finds nothing then.
 *
 * @example
 * holdsWordBesideBlank('원고 권나래', wordsBesideBlanks({ before: ['원고'] })); // true
 * holdsWordBesideBlank('원고작성 완료', wordsBesideBlanks({ before: ['원고'] })); // false
 */
export function holdsWordBesideBlank(text: string, words: WordsBesideBlanks): boolean {
  if (text !== scannedText) scan(text);
  const count = blankCount;
  if (count === -1 || (marksSeen & words.markBits) !== 0) return true;
  if (!words.hasWords) return false;
  const positions = blankPositions;
  const before = charactersBefore;
  const after = charactersAfter;
  const slotsBefore = words.slotsBefore;
  const slotsAfter = words.slotsAfter;
  for (let index = 0; index < count; index += 1) {
    const previous = before[index]! & slotMask;
    if (slotsBefore[previous] === 1 && endsListedWord(text, positions[index]!, words.before[previous]!)) return true;
    const next = after[index]! & slotMask;
    if (slotsAfter[next] === 1 && startsListedWord(text, positions[index]! + 1, words.after[next]!)) return true;
  }
  return false;
}

/** Whether one of `words` ends at `end` of `text`, its characters side by side or with blanks between them. */
function endsListedWord(text: string, end: number, words: readonly string[]): boolean {
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index]!;
    let at = end;
    let character = word.length - 1;
    for (; character >= 0; character -= 1) {
      if (character < word.length - 1) while (at > 0 && isBlank(text.charCodeAt(at - 1))) at -= 1;
      if (at === 0 || text.charCodeAt(at - 1) !== word.charCodeAt(character)) break;
      at -= 1;
    }
    if (character < 0) return true;
  }
  return false;
}

/** Whether one of `words` starts at `start` of `text`, its characters side by side or with blanks between them. */
function startsListedWord(text: string, start: number, words: readonly string[]): boolean {
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index]!;
    let at = start;
    let character = 0;
    for (; character < word.length; character += 1) {
      if (character > 0) while (at < text.length && isBlank(text.charCodeAt(at))) at += 1;
      if (at >= text.length || text.charCodeAt(at) !== word.charCodeAt(character)) break;
      at += 1;
    }
    if (character === word.length) return true;
  }
  return false;
}

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09;
}
