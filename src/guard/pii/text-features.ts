// One character pass per text that tells the scanner which recognisers could match at all, so the others are skipped.
import {
  isAddressAnchorBefore,
  isAsciiLetter,
  isIpv6Character,
  isNameShapeAt,
  isStreetCapital,
  isWordCharacter,
} from './feature-characters.ts';
import { minimumRunLength, readNumericRun, type NumericRun } from './recognizers/numeric-runs.ts';
import { hintWordMask, hintWordStarts, latinPairBits, latinTriggerMask } from './latin-triggers.ts';
import { beforeSeparatorBits, pairBits, singleBits, syllableClass, syllableClassCount, textTrigger } from './trigger-syllables.ts';

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
   * A capital after a lower-case letter and blanks, itself followed by a lower-case letter, an apostrophe or a dot
   * ("Sarah Martin", "Sean O'Brien", "John A. Smith"): every full name the known-name search finds holds one, "do I get" none.
   */
  latinNameShape: 128,
  /** A digit right after 로, 길, 동, 리 or 가 (one space between allowed): every Korean address anchor is one. */
  koreanAddressAnchor: 256,
  /** A colon between two IPv6 characters (hex digit, colon or dot): every IPv6 address of two groups holds one. */
  ipv6Colon: 512,
  /** A colon or a fullwidth colon right after an ASCII letter ("Name:"): the only colon the English name search reads. */
  latinColon: 1024,
  /**
   * A street-type word may start here: a capital S, A, R, B, L, D, C, P, W, T or H after a non-word character, or d, r or
   * g after a hyphen ("-ro", "-gil", "-daero"). Every anchor of the English address search holds one.
   */
  streetWord: 2048,
} as const;

export interface TextFeatures {
  /** `textFeature` bits present in the text. */
  flags: number;
  /** Digits in the longest-by-digits numeric run (runs of at least seven characters; 0 when there is none). */
  mostRunDigits: number;
  /** The numeric runs of at least `minimumRunLength` characters, in text order. */
  runs: readonly NumericRun[];
  /** `textTrigger` bits: which families of context words may occur, so their patterns are skipped otherwise. */
  triggers: number;
}

const noFeatures: TextFeatures = { flags: 0, mostRunDigits: 0, runs: [], triggers: 0 };
const noRuns: readonly NumericRun[] = [];
const lastScan: { text: string | undefined; features: TextFeatures } = { text: undefined, features: noFeatures };

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
  if (lastScan.text === text) return lastScan.features;
  let flags = 0;
  let mostRunDigits = 0;
  let runs: NumericRun[] | undefined;
  let triggers = 0;
  // The class of the last Hangul syllable, kept across spaces (a pair then matches with or without one: a superset is safe),
  // and of the character right before this one, for the words that count only before a separator.
  let previousClass = 0;
  let adjacentClass = 0;
  // Ordered by how often each class occurs in chat text: Hangul, then lower-case Latin.
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code >= 0xac00) {
      if (code <= 0xd7a3) {
        flags |= textFeature.hangul;
        const syllable = syllableClass[code - 0xac00]!;
        if (syllable !== 0) triggers |= singleBits[syllable]! | pairBits[previousClass * syllableClassCount + syllable]!;
        previousClass = syllable;
        adjacentClass = syllable;
        continue;
      }
      if (code === 0xff1a) {
        triggers |= beforeSeparatorBits[adjacentClass]! | textTrigger.englishNameHint;
        if (index !== 0 && isAsciiLetter(text.charCodeAt(index - 1))) flags |= textFeature.latinColon;
      }
    } else if (code >= 0x61) {
      if (code <= 0x7a) {
        flags |= textFeature.lowerLatin;
        // The characters before are read back, so no state is kept; reading before the text's start would give NaN and
        // deoptimise the loop, hence the index test.
        const before = index === 0 ? 0 : text.charCodeAt(index - 1);
        if (before < 0x80) {
          if (before === 0x2d && (code === 0x64 || code === 0x72 || code === 0x67)) flags |= textFeature.streetWord;
          const entry = latinPairBits[before * 128 + code]!;
          if (entry !== 0) {
            triggers |= entry & latinTriggerMask;
            if ((entry & hintWordMask) !== 0 && endsWithWordStart(text, { word: entry & hintWordMask, end: index - 1 }))
              triggers |= textTrigger.englishNameHint | textTrigger.englishNameWord;
          }
        }
      } else if (code === 0x2019) triggers |= textTrigger.englishNameHint | textTrigger.englishNameWord;
    } else if (code >= 0x41) {
      if (code <= 0x5a) {
        flags |= textFeature.upperLatin;
        const before = index === 0 ? 0 : text.charCodeAt(index - 1);
        // No name hint pair ends in a capital, so only label bits come from here.
        if (before < 0x80) triggers |= latinPairBits[before * 128 + code]! & latinTriggerMask;
        if ((before === 0x20 || before === 0x09) && isNameShapeAt(text, index)) flags |= textFeature.latinNameShape;
        if (isStreetCapital(code) && !isWordCharacter(before)) flags |= textFeature.streetWord;
      }
    } else if (code >= 0x30 && code <= 0x39) {
      flags |= textFeature.digit;
      // Letters are never inside a numeric run, so a letter right before a digit is always seen here, at a run's start.
      if (index !== 0) {
        const before = text.charCodeAt(index - 1);
        if (before >= 0x41 && before <= 0x5a) flags |= textFeature.upperBeforeDigit;
        else if (isAddressAnchorBefore(text, index)) flags |= textFeature.koreanAddressAnchor;
      }
      const run = readNumericRun(text, index);
      if (run.end - run.start >= minimumRunLength) {
        (runs ??= []).push({
          start: run.start,
          end: run.end,
          digits: run.digits,
          longestGroup: run.longestGroup,
          separators: run.separators,
        });
        if (run.digits > mostRunDigits) mostRunDigits = run.digits;
      }
      // The character that ended the run is classified on the next turn.
      index = run.stoppedAt - 1;
    } else if (code === 0x20 || code === 0x09) {
      triggers |= beforeSeparatorBits[adjacentClass]!;
      adjacentClass = 0;
      continue;
    } else if (code === 0x3a) {
      flags |= textFeature.colon;
      if (index !== 0 && isIpv6Character(text.charCodeAt(index - 1)) && isIpv6Character(text.charCodeAt(index + 1)))
        flags |= textFeature.ipv6Colon;
      triggers |= beforeSeparatorBits[adjacentClass]! | textTrigger.englishNameHint;
      if (index !== 0 && isAsciiLetter(text.charCodeAt(index - 1))) flags |= textFeature.latinColon;
    } else if (code === 0x40) flags |= textFeature.atSign;
    else if (code === 0x0a || code === 0x3d) triggers |= textTrigger.englishNameHint | textTrigger.englishNameWord;
    previousClass = 0;
    adjacentClass = 0;
  }
  // A bracket is a cue too; looked up after the loop because a numeric run may swallow it.
  if ((flags & textFeature.hangul) !== 0 && (triggers & textTrigger.koreanNameCue) === 0 && text.includes('('))
    triggers |= textTrigger.koreanNameCue;
  lastScan.text = text;
  lastScan.features = { flags, mostRunDigits, runs: runs ?? noRuns, triggers };
  return lastScan.features;
}

/** Whether the start of hint word `word` ends at `end` (the word's last two characters are the pair there). */
function endsWithWordStart(text: string, options: { word: number; end: number }): boolean {
  const start = hintWordStarts[options.word]!;
  return options.end >= start.length && text.startsWith(start, options.end - start.length);
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
