// A card's expiry and security code read out in words, as voice typing writes them ("it's a Visa four five zero seven …
// four seven eight three expiration oh nine twenty six code on the back two one eight"): too short for the spelled-number
// search, which wants seven digits, but as plain after their labels as "09/26" and "218" are.
import { spelledDigitsOf } from '../spelled-english-numbers.ts';

/** Number words in a row, apart by blanks, commas or hyphens ("oh nine twenty six", "twenty-six"). */
const numberWordRun =
  /(?:(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?![A-Za-z'’])[ \t,-]*)+/iy;
/**
 * A card's number read out right before a label: six digit words or more in a row ("… four seven eight three expiration"),
 * its sentence ended perhaps ("… six six four eight. Expires oh-nine twenty-seven").
 */
const spelledDigitsBefore =
  /(?<![A-Za-z])(?:(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)[ \t,-]+){5}(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)[.,]?[ \t,-]+$/i;
/** How far before a label the read-out number's last words are looked for. */
const spelledNumberReach = 60;

/**
 * The words read out at `start` and the digits they stand for, when they make `digits` digits (a range); undefined
 * otherwise.
 *
 * @example
 * spelledValueAt('code on the back two one eight', 17, { fewest: 3, most: 4 })?.digits; // '218'
 */
export function spelledValueAt(
  text: string,
  start: number,
  digits: { fewest: number; most: number },
): { text: string; digits: string } | undefined {
  numberWordRun.lastIndex = start;
  const run = numberWordRun.exec(text);
  if (run === null) return undefined;
  const words = run[0].replace(/[ \t,-]+$/, '');
  const read = spelledDigitsOf(words, { words: 0, digits: digits.fewest });
  if (read === undefined || read.length > digits.most) return undefined;
  return { text: words, digits: read };
}

/**
 * Whether a card's number is read out in words right before `labelStart`, which makes the expiry label after it a card's.
 *
 * @example
 * followsSpelledCardNumber('Visa four five zero seven five three expiration', 37); // true
 */
export function followsSpelledCardNumber(text: string, labelStart: number): boolean {
  return spelledDigitsBefore.test(text.slice(Math.max(0, labelStart - spelledNumberReach), labelStart));
}

/**
 * A month and a year read out ("oh nine twenty six" = 0926, "nine twenty six" = 926): a month of the year, then the year's
 * last two digits.
 *
 * @example
 * isSpelledExpiry('0926'); // true
 */
export function isSpelledExpiry(digits: string): boolean {
  return /^(?:0[1-9]|1[0-2]|[1-9])\d\d$/.test(digits);
}
