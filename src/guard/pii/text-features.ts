// One character pass per text that tells the scanner which recognisers could match at all, so the others are skipped.
import {
  isAddressAnchorSyllable,
  isMountainLotAt,
  isAsciiLetter,
  isCapitalLetter,
  isIpv6Character,
  isNameShapeAt,
  isNumberedLabelColon,
  isPlateSyllableAt,
  isWordCharacter,
} from './feature-characters.ts';
import { contactWordEndPairs, isCapitalAfterContactWord } from './names/contact-words.ts';
import { continuesWord, maySubjectNameStartAt, subjectNameEndAt } from './names/english-subject-names.ts';
import { minimumRunLength, readNumericRun, type NumericRun } from './recognizers/numeric-runs.ts';
import { isDash, isHanNumeral, isSpelledDigit } from './plain-forms.ts';
import { mayBeAccentedLetter } from './accent-folding.ts';
import {
  hintGroupCharactersBefore,
  hintGroupShift,
  hintGroupTriggers,
  hintWordBitsAt,
  latinPairBits,
  latinTriggerMask,
  streetPairBit,
} from './latin-triggers.ts';
import {
  afterBlankClass,
  immediateMask,
  pairBits,
  separatorShift,
  syllableClass,
  syllableClassCount,
  textTrigger,
} from './trigger-syllables.ts';

export { textTrigger } from './trigger-syllables.ts';

/** Bits of `TextFeatures.flags`. */
export const textFeature = {
  digit: 1,
  hangul: 2,
  upperLatin: 4,
  lowerLatin: 8,
  atSign: 16,
  colon: 32,
  /** An upper-case Latin letter right before a digit ("M123A4567", "GB82"): passports and IBANs need one. */
  upperBeforeDigit: 64,
  /**
   * A capital after a capitalised word and blanks, itself followed by a lower-case letter, an apostrophe or a dot
   * ("Sarah Martin", "Sean O'Brien", "John A. Smith"): every full name the known-name search finds holds one, "do I get"
   * and "stations in Busan" none.
   */
  latinNameShape: 128,
  /**
   * A digit right after 로, 길, 동, 리 or 가, or after a mountain lot's 산 after 동 or 리 (one space between allowed): every
   * Korean address anchor is one.
   */
  koreanAddressAnchor: 256,
  /** A colon between two IPv6 characters (hex digit, colon or dot): every IPv6 address of two groups holds one. */
  ipv6Colon: 512,
  /** A colon or a fullwidth colon right after an ASCII letter ("Name:"): the only colon the English name search reads. */
  latinColon: 1024,
  /**
   * A street-type word may start here: the first two letters of one ("St", "Av", "Rd", …) at the start of a word, or d, r or
   * g after a hyphen ("-ro", "-gil", "-daero"). Every anchor of the English address search holds one.
   */
  streetWord: 2048,
  /** A digit after a number-plate syllable that a digit comes before (one blank allowed each side): "12가 3456". */
  plateShape: 4096,
  /**
   * A capitalised word right after a contact word (`isCapitalAfterContactWord`: a role, a word for a person, a verb of
   * reaching someone, as in "the driver Kevin", "tell Grace", "talked to Carlos"): every name the contact-name search
   * finds holds one; "I want", "flights to Seoul" and a capital that opens a sentence do not.
   */
  capitalAfterContactWord: 8192,
  /**
   * A listed first name right before a verb a person does (`subjectNameEndAt`: "Carlos called", "Kevin will"): every name the
   * subject-name search finds holds one; "Where is" and "Verizon called" do not.
   */
  nameBeforeVerb: 16384,
  /** A fullwidth digit, letter or @ ("０１０", "ｊａｎｅ＠"): the text is scanned as `plainForms` reads it. */
  fullwidthForm: 32768,
  /**
   * A run of exactly six digits and nothing else, not after a hyphen or a Latin letter ("900101", not "O-100123"): the
   * first part of a resident number may stand alone.
   */
  sixDigits: 65536,
  /** A line break: a table pasted as text (`mayHoldLabelledCells`) needs one. */
  lineBreak: 131072,
  /**
   * An equals sign, a backslash, a hash or a slash: a login in a key=value log, a path or a domain, a Discord tag or a
   * Reddit user may follow (`findAccountNames`).
   */
  loginMark: 262144,
  /** Two words in capitals side by side ("KIM MINJUN", "OH HARIN"): a Korean name as a passport prints it needs one. */
  capitalWords: 524288,
  /** The Vietnamese "ơ": a name called out with "ơi" ("Linh ơi,") needs one. */
  vietnameseHornO: 1048576,
  /** A Latin letter that may carry an accent ("é", "ł", "ễ"): the text is read with them dropped too (`foldCapitalisedWordAccents`). */
  accentedLatin: 2097152,
  /**
   * Four or five digits alone beside a capital across a blank: before a town ("80336 München", "3511 AV Utrecht"), or after
   * a state's capitals at a line's end ("SOMERVILLE, MA 02143", "ANNANDALE NSW 2038"). An address that ends in such a
   * postcode needs one.
   */
  postcodeDigits: 4194304,
  /** A kanji or a kana right before a digit ("三軒茶屋2-14-7", "彌敦道688號"): a Japanese or a Chinese address needs one. */
  ideographBeforeDigit: 8388608,
  /** A Han character (CJK ideograph): a Chinese or a Japanese name written in them needs one. */
  hanCharacter: 16777216,
  /** A hiragana or a katakana: a Japanese plate whose office is written in kana ("なにわ 400 す 21-58") needs one. */
  kana: 33554432,
} as const;

export interface TextFeatures {
  /** `textFeature` bits present in the text. */
  flags: number;
  /** Digits in the longest-by-digits numeric run (runs of at least seven characters; 0 when there is none). */
  mostRunDigits: number;
  /** The numeric runs of at least `minimumRunLength` characters, in text order, as `readNumericRun` returned them. */
  runs: readonly NumericRun[];
  /** `textTrigger` bits: which families of context words may occur, so their patterns are skipped otherwise. */
  triggers: number;
}

const noRuns: readonly NumericRun[] = [];
// The last text and its features: every recogniser of one scan asks for the same text (a string compared with itself is
// a pointer check).
let lastText: string | undefined;
let lastFeatures: TextFeatures = { flags: 0, mostRunDigits: 0, runs: noRuns, triggers: 0 };

/**
 * The features of `text`, remembered for the last text like the numeric runs, so every recogniser of one scan reads
 * them for free.
 *
 * @example
 * const features = textFeatures('연락처 010-1234-5678');
 * (features.flags & textFeature.atSign) === 0; // true: the email recogniser is skipped
 * features.mostRunDigits; // 11
 */
export function textFeatures(text: string): TextFeatures {
  if (text === lastText) return lastFeatures;
  // Tables and masks in locals: optimised code re-reads a module binding on every use, even a constant one.
  const classes = syllableClass;
  const classCount = syllableClassCount;
  const pairs = pairBits;
  const bridging = afterBlankClass;
  const latinPairs = latinPairBits;
  const groupShift = hintGroupShift;
  const charactersBefore = hintGroupCharactersBefore;
  const groupTriggers = hintGroupTriggers;
  const immediate = immediateMask;
  const shift = separatorShift;
  const contactEnds = contactWordEndPairs;
  const length = text.length;
  let flags = 0;
  let mostRunDigits = 0;
  let runs: NumericRun[] | undefined;
  let triggers = 0;
  // The class of the syllable right before this character (after a blank, `afterBlankClass` of it: "는 ?분"), and the trigger
  // bits that syllable sets if a separator comes next.
  let previousClass = 0;
  let separatorBits = 0;
  // The character before `index` if it is ASCII, kept rather than read back; 0 at the start and after any other
  // character, which every test below treats alike (none is a letter, a digit, a blank or a hyphen).
  let previous = 0;
  let sawBracket = false;
  // Where the last capital that starts a word stands, for the street words ("Main Street", not "NewStreet").
  let wordCapitalAt = -2;
  // The ASCII character before the last blank (0 for any other), kept rather than read back: with the one before it, the
  // first test of `isCapitalAfterContactWord`.
  let beforeBlank = 0;
  // The hot paths (Hangul, lower-case Latin, blanks) test literals: optimised code folds them into the instructions.
  for (let index = 0; index < length; index += 1) {
    const code = text.charCodeAt(index);
    if (code >= 0xac00 && code <= 0xd7a3) {
      flags |= 2; // textFeature.hangul
      const syllable = classes[code - 0xac00]!;
      // No branch on the class: over a third of the syllables of Korean chat have one, so a test would often mispredict.
      const entry = pairs[previousClass * classCount + syllable]!;
      triggers |= entry & immediate;
      separatorBits = entry >> shift;
      previousClass = syllable;
      previous = 0;
      continue;
    }
    if (code >= 0x61 && code <= 0x7a) {
      flags |= 8; // textFeature.lowerLatin
      const entry = latinPairs[previous * 128 + code]!;
      if (entry !== 0) {
        triggers |= entry & latinTriggerMask;
        const group = entry >> groupShift;
        if (group !== 0 && (triggers & groupTriggers[group]!) !== groupTriggers[group]!) {
          // The character before the pair first: " a", " m" and "er" are common, the words they stand for are not.
          const before = index >= 2 ? Math.min(text.charCodeAt(index - 2), 127) : 0;
          if (((charactersBefore[group * 4 + (before >> 5)]! >>> (before & 31)) & 1) !== 0) triggers |= hintWordBitsAt(text, index, group);
        }
      }
      // A street word: its first two letters right after a capital that starts a word, or -ro, -gil, -daero.
      if ((entry & streetPairBit) !== 0 && wordCapitalAt === index - 1) flags |= textFeature.streetWord;
      if (previous === 0x2d && (code === 0x64 || code === 0x72 || code === 0x67)) flags |= textFeature.streetWord;
    } else if (code === 0x20 || code === 0x09) {
      triggers |= separatorBits;
      separatorBits = 0;
      previousClass = bridging[previousClass]!;
      beforeBlank = previous;
      previous = code;
      continue;
    } else if (code >= 0x41 && code <= 0x5a) {
      flags |= textFeature.upperLatin;
      // No hint pair ends in a capital, so only label bits come from here.
      triggers |= latinPairs[previous * 128 + code]! & latinTriggerMask;
      // Each flag is looked for only until it is set: the name shape reads the word before, back to its capital.
      if ((previous === 0x20 || previous === 0x09) && (flags & textFeature.latinNameShape) === 0 && isNameShapeAt(text, index))
        flags |= textFeature.latinNameShape;
      // The last two letters of a contact word before the blank (and a comma) first: "the", "in", "my" and most other words
      // before a capital are rejected on them. `& 127` keeps the look-up in the table at the text's start.
      if (previous === 0x20 && (flags & textFeature.capitalAfterContactWord) === 0) {
        const comma = beforeBlank === 0x2c ? 1 : 0;
        const last = comma === 1 ? text.charCodeAt(index - 3) : beforeBlank;
        const pair = ((text.charCodeAt(index - 3 - comma) | 0x20) & 127) * 128 + ((last | 0x20) & 127);
        if (contactEnds[pair] === 1 && isCapitalAfterContactWord(text, index)) flags |= textFeature.capitalAfterContactWord;
      }
      if (!isWordCharacter(previous)) wordCapitalAt = index;
      // A capital word's second capital after a blank that follows a capital ("M MI" of "KIM MINJUN").
      if (
        (previous === 0x20 || previous === 0x09) &&
        beforeBlank >= 0x41 &&
        beforeBlank <= 0x5a &&
        (flags & textFeature.capitalWords) === 0
      ) {
        const next = text.charCodeAt(index + 1);
        if (next >= 0x41 && next <= 0x5a) flags |= textFeature.capitalWords;
      }
      // A first name before a verb ("Carlos called"): its first four characters first, so "The ", "Wher" and "Plea" stop.
      if (
        (flags & textFeature.nameBeforeVerb) === 0 &&
        !continuesWord(previous) &&
        maySubjectNameStartAt(text, index) &&
        subjectNameEndAt(text, index) !== -1
      )
        flags |= textFeature.nameBeforeVerb;
    } else if (code >= 0x30 && code <= 0x39) {
      flags |= textFeature.digit;
      // Letters are never inside a numeric run, so a letter right before a digit is always seen here, at a run's start.
      if (previous >= 0x41 && previous <= 0x5a) {
        flags |= textFeature.upperBeforeDigit;
        if (previous === 0x4f || previous === 0x49) triggers |= textTrigger.disguisedNumber; // "O1O-1234-5678", "I2-…"
      } else if (previous === 0x6f || previous === 0x6c)
        triggers |= textTrigger.disguisedNumber; // "l2-l8-…"
      else if (index !== 0) {
        // A syllable right before the digit, or before the one space there: an address anchor ("테헤란로 152"), the
        // syllable of a number plate ("12가 3456") or a spelled digit of a disguised number ("공1공").
        let at = index - 1;
        let before = text.charCodeAt(at);
        if (before === 0x20 && at !== 0) before = text.charCodeAt(--at);
        if (before >= 0xac00 && before <= 0xd7a3) {
          if (isAddressAnchorSyllable(before) || isMountainLotAt(text, at)) flags |= textFeature.koreanAddressAnchor;
          if (isPlateSyllableAt(text, at, before)) flags |= textFeature.plateShape;
          if (before === 0xacf5 || before === 0xc601) triggers |= textTrigger.disguisedNumber; // 공, 영
        } else if (before >= 0x3041 && before <= 0x9fff) flags |= textFeature.ideographBeforeDigit;
      }
      const run = readNumericRun(text, index);
      // Where the run may go on in disguise, a superset that `plainForms` decides: past a dash or a letter a scan puts for a
      // digit (any run: "900101–1234567", "33O6", "9l0722", "5S1"), or past ~, _, *, a digit word, 에 or 다시 after a run
      // that starts with 0 ("010~1234", "010 일이삼사", "010에 1234"). Plain comparisons and one look-up: a call with more
      // work here made the whole pass slower.
      if (run.stoppedAt < length) {
        const stop = text.charCodeAt(run.stoppedAt);
        if (
          stop > 0x7f
            ? isDash(stop) || (code === 0x30 && (isSpelledDigit(stop) || stop === 0xc5d0 || stop === 0xb2e4)) // 에, 다(시)
            : stop === 0x4f ||
              stop === 0x6f ||
              stop === 0x6c ||
              stop === 0x49 ||
              stop === 0x53 ||
              stop === 0x5a ||
              stop === 0x42 ||
              (code === 0x30 && (stop === 0x7e || stop === 0x5f || stop === 0x2a))
        )
          triggers |= textTrigger.disguisedNumber;
      }
      if (run.end - run.start >= minimumRunLength) {
        // The object as read, every field kept: recognisers may read fields this pass does not know.
        (runs ??= []).push(run);
        if (run.digits > mostRunDigits) mostRunDigits = run.digits;
      } else if (run.end - run.start === 6 && run.digits === 6 && previous !== 0x2d && !isAsciiLetter(previous))
        // Not an order or ticket number ("O-100123", "T000123").
        flags |= textFeature.sixDigits;
      else if ((run.digits === 4 || run.digits === 5) && run.end - run.start === run.digits && isPostcodeBesideCapital(text, run))
        flags |= textFeature.postcodeDigits;
      // The character that ended the run is classified on the next turn; the run's last character is ASCII.
      index = run.stoppedAt - 1;
      previous = text.charCodeAt(index);
      previousClass = 0;
      separatorBits = 0;
      continue;
    } else if (code === 0x3a || code === 0xff1a) {
      // A colon is a separator for the Korean words and a hint for the English search, which reads it after a letter.
      triggers |= separatorBits | textTrigger.englishNameHint;
      // After a letter (a blank between, as scanned forms space it: "Name : "), a quote that closes a key after one
      // (`"name": `) or a party's number ("Referee 1: ").
      if (
        isAsciiLetter(previous) ||
        (previous === 0x20 && isAsciiLetter(text.charCodeAt(index - 2))) ||
        ((previous === 0x22 || previous === 0x27) && isAsciiLetter(text.charCodeAt(index - 2))) ||
        (previous >= 0x30 && previous <= 0x39 && isNumberedLabelColon(text, index))
      )
        flags |= textFeature.latinColon;
      if (code === 0x3a) {
        flags |= textFeature.colon;
        if (isIpv6Character(previous) && index + 1 < length && isIpv6Character(text.charCodeAt(index + 1))) flags |= textFeature.ipv6Colon;
      }
    } else if (code === 0x40) flags |= textFeature.atSign;
    else if (code === 0x0a) {
      flags |= textFeature.lineBreak;
      if (mayEndClosingLine(text, index)) triggers |= textTrigger.englishNameHint | textTrigger.englishNameWord;
    } else if (code === 0x3d || code === 0x2019) {
      triggers |= textTrigger.englishNameHint | textTrigger.englishNameWord;
      if (code === 0x3d) flags |= textFeature.loginMark;
    } else if (code === 0x28) sawBracket = true;
    else if (code === 0x5c || code === 0x23 || code === 0x2f || code === 0x3c) flags |= textFeature.loginMark;
    else if (code >= 0xff10 && code <= 0xff5a && (code <= 0xff19 || code >= 0xff20) && (code <= 0xff3a || code >= 0xff41))
      flags |= textFeature.fullwidthForm;
    else if (code >= 0x3400 && code <= 0x9fff) {
      flags |= textFeature.hanCharacter;
      // Two Han numerals side by side ("八八〇九二三"): `plainForms` reads them as digits.
      if (isHanNumeral(code) && isHanNumeral(text.charCodeAt(index + 1))) triggers |= textTrigger.disguisedNumber;
    } else if (code === 0x3007 && isHanNumeral(text.charCodeAt(index + 1)))
      triggers |= textTrigger.disguisedNumber; // 〇
    else if (code >= 0x3041 && code <= 0x30ff) flags |= textFeature.kana;
    else if (code === 0x01a1) flags |= textFeature.vietnameseHornO | textFeature.accentedLatin;
    else if (mayBeAccentedLetter(code)) flags |= textFeature.accentedLatin;
    previousClass = 0;
    separatorBits = 0;
    previous = code < 0x80 ? code : 0;
  }
  // A bracket is a name cue; a numeric run may have swallowed one, so texts with digits are searched for it too.
  if (
    (flags & textFeature.hangul) !== 0 &&
    (triggers & textTrigger.koreanNameCue) === 0 &&
    (sawBracket || ((flags & textFeature.digit) !== 0 && text.includes('(')))
  )
    triggers |= textTrigger.koreanNameCue;
  lastText = text;
  lastFeatures = { flags, mostRunDigits, runs: runs ?? noRuns, triggers };
  return lastFeatures;
}

/** Four or five digits before a blank and a capital, or after a capital and a blank where a line ends or a comma follows. */
function isPostcodeBesideCapital(text: string, run: { start: number; end: number; stoppedAt: number }): boolean {
  if (text.charCodeAt(run.end) === 0x20 && isCapitalLetter(text.charCodeAt(run.stoppedAt))) return true;
  if (text.charCodeAt(run.start - 1) !== 0x20 || !isCapitalLetter(text.charCodeAt(run.start - 2))) return false;
  const after = text.charCodeAt(run.end);
  return Number.isNaN(after) || after === 0x0a || after === 0x0d || after === 0x2c;
}

/**
 * Whether every bit of `wanted` is present.
 *
 * @example
 * hasFeatures(textFeatures('a@b.co'), textFeature.atSign | textFeature.lowerLatin); // true
 */
export function hasFeatures(features: TextFeatures, wanted: number): boolean {
  return (features.flags & wanted) === wanted;
}

/**
 * The last letters of every closing of the English name search ("Regards", "Sincerely", "Thank you", "Cheers", "Best
 * wishes", and the German ones written beside English: "Viele Grüße").
 */
const closingEnds = ['ards', 'rely', 'ully', 'anks', 'you', 'eers', 'Best', 'shes', 'üße', 'üsse'];

/**
 * Whether the line break at `lineBreak` may end a closing line ("Regards,\n", "Thank you\r\n"): one of `closingEnds`, then
 * an optional comma and blanks. Any other line break opens no English name context, so the lines of a document (a heading
 * "## Fees and discounts") do not run that search on their own.
 */
function mayEndClosingLine(text: string, lineBreak: number): boolean {
  let end = lineBreak;
  while (end > 0) {
    const code = text.charCodeAt(end - 1);
    if (code !== 0x20 && code !== 0x09 && code !== 0x0d) break;
    end -= 1;
  }
  if (end > 0 && text.charCodeAt(end - 1) === 0x2c) end -= 1;
  // Every closing ends in e, s, t, u or y: most lines of a document end otherwise, and skip the comparisons.
  const last = text.charCodeAt(end - 1);
  if (last !== 0x65 && last !== 0x73 && last !== 0x74 && last !== 0x75 && last !== 0x79) return false;
  for (const closing of closingEnds) if (end >= closing.length && text.startsWith(closing, end - closing.length)) return true;
  return false;
}
