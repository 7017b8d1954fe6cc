// One character pass per text that tells the scanner which recognisers could match at all, so the others are skipped.
import { minimumRunLength, readNumericRun, type NumericRun } from './recognizers/numeric-runs.ts';

/** Bits of `TextFeatures.flags`. */
export const textFeature = {
  digit: 1,
  hangul: 2,
  upperLatin: 4,
  lowerLatin: 8,
  atSign: 16,
  colon: 32,
} as const;

export interface TextFeatures {
  /** `textFeature` bits present in the text. */
  flags: number;
  /** Digits in the longest-by-digits numeric run (runs of at least seven characters; 0 when there is none). */
  mostRunDigits: number;
  /** The numeric runs of at least `minimumRunLength` characters, in text order. */
  runs: readonly NumericRun[];
}

const noFeatures: TextFeatures = { flags: 0, mostRunDigits: 0, runs: [] };
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
  const runs: NumericRun[] = [];
  // Ordered by how often each class occurs in chat text: Hangul, then lower-case Latin.
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code >= 0xac00) {
      if (code <= 0xd7a3) flags |= textFeature.hangul;
    } else if (code >= 0x61) {
      if (code <= 0x7a) flags |= textFeature.lowerLatin;
    } else if (code >= 0x41) {
      if (code <= 0x5a) flags |= textFeature.upperLatin;
    } else if (code >= 0x30 && code <= 0x39) {
      flags |= textFeature.digit;
      const run = readNumericRun(text, index);
      if (run.end - run.start >= minimumRunLength) {
        runs.push({ start: run.start, end: run.end, digits: run.digits, longestGroup: run.longestGroup, separators: run.separators });
        if (run.digits > mostRunDigits) mostRunDigits = run.digits;
      }
      // The character that ended the run is classified on the next turn.
      index = run.stoppedAt - 1;
    } else if (code === 0x3a) flags |= textFeature.colon;
    else if (code === 0x40) flags |= textFeature.atSign;
  }
  lastScan.text = text;
  lastScan.features = { flags, mostRunDigits, runs };
  return lastScan.features;
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
