// The written date formats a date of birth comes in (ko and en), each with a reader that returns year, month and day.
import { currentYear, isValidCalendarDate } from './calendar-date.ts';

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

interface DateFormat {
  pattern: RegExp;
  read(groups: readonly string[]): CalendarDate[];
  /** The format spells its month in Latin letters, so a text without any cannot hold it (the pattern is skipped). */
  spellsMonth?: boolean;
}

const monthNames = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const monthName = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;

/**
 * A year as written: four digits as they are, two of the last century past this year's two digits.
 *
 * @example
 * expandYear('79'); // 1979
 */
export const expandYear = (year: string): number => {
  if (year.length === 4) return Number(year);
  const twoDigits = Number(year);
  return twoDigits > currentYear() % 100 ? 1900 + twoDigits : 2000 + twoDigits;
};
const ymd = (groups: readonly string[]): CalendarDate[] => [
  { year: expandYear(groups[1] ?? ''), month: Number(groups[2]), day: Number(groups[3]) },
];
const monthIndex = (name: string): number => monthNames.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/** Tried in order; the earliest match after the birth word wins. */
export const dateOfBirthFormats: readonly DateFormat[] = [
  // 1985년 3월 12일, 85년 3월 12일, and as Japanese and Chinese write it, 1985年3月12日
  { pattern: /(?<!\d)(\d{4}|\d{2})[년年]\s*(\d{1,2})[월月]\s*(\d{1,2})[일日]/, read: ymd },
  // 1985-03-12, 1985.03.12, 1985/3/12, 1985. 3. 12. (the spaced Korean form ends in a dot that belongs to the date), a
  // form's spaced 1974 / 11 / 28
  {
    pattern: /(?<!\d)(\d{4}) ?([-./])\s?(\d{1,2}) ?\2\s?(\d{1,2})(?:(?<=\. \d{1,2})\.)?(?!\d)/,
    read: (groups) => ymd([groups[0] ?? '', groups[1] ?? '', groups[3] ?? '', groups[4] ?? '']),
  },
  // 85.03.12, 67. 10. 03
  { pattern: /(?<!\d|\d\.)(\d{2})\. ?(\d{2})\. ?(\d{2})(?!\d|\.\d)/, read: ymd },
  // 12/03/1985 or 03/12/1985: day and month order both accepted when both are valid; a form's boxes may space them
  // ("30 / 09 / 1976").
  {
    pattern: /(?<!\d)(\d{1,2}) ?([/.-]) ?(\d{1,2}) ?\2 ?(\d{4})(?!\d)/,
    read: (groups) => [
      { year: Number(groups[4]), month: Number(groups[3]), day: Number(groups[1]) },
      { year: Number(groups[4]), month: Number(groups[1]), day: Number(groups[3]) },
    ],
  },
  // 14 06 1989: a form's boxes, day, month and year apart by blanks.
  {
    pattern: /(?<!\d)(\d{2}) (\d{2}) (\d{4})(?!\d)/,
    read: (groups) => [
      { year: Number(groups[3]), month: Number(groups[2]), day: Number(groups[1]) },
      { year: Number(groups[3]), month: Number(groups[1]), day: Number(groups[2]) },
    ],
  },
  // 1952 07 03, 88 03 14: the year first and blanks between, as a birth date is said group by group ("일구오이 공칠 공삼").
  { pattern: /(?<!\d)(\d{4}|\d{2}) (\d{2}) (\d{2})(?![\d/.-])/, read: ymd },
  // 3/12/85, 12-03-85, 14.02.88: a two-digit year after the month and the day, as US and European forms write a date of
  // birth; both orders.
  {
    pattern: /(?<!\d)(\d{1,2})([/.-])(\d{1,2})\2(\d{2})(?![\d/-]|\.\d)/,
    read: (groups) => [
      { year: expandYear(groups[4] ?? ''), month: Number(groups[3]), day: Number(groups[1]) },
      { year: expandYear(groups[4] ?? ''), month: Number(groups[1]), day: Number(groups[3]) },
    ],
  },
  // 79-03-28, 79/03/28: the year first, where the day and the month cannot stand first (a Korean form's short birth date).
  {
    pattern: /(?<!\d)(\d{2})([/-])(\d{2})\2(\d{2})(?![\d/-]|\.\d)/,
    read: (groups) => ymd([groups[0] ?? '', groups[1] ?? '', groups[3] ?? '', groups[4] ?? '']),
  },
  // 19890312 and 02111975: eight digits, the year first or last (a CSV's and a pharmacy label's birth date); both orders of
  // the day and the month when the year is last.
  { pattern: /(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)/, read: ymd },
  {
    pattern: /(?<!\d)(\d{2})(\d{2})((?:19|20)\d{2})(?!\d)/,
    read: (groups) => [
      { year: Number(groups[3]), month: Number(groups[2]), day: Number(groups[1]) },
      { year: Number(groups[3]), month: Number(groups[1]), day: Number(groups[2]) },
    ],
  },
  // March 12, 1985 / Mar 12th 1985
  {
    pattern: new RegExp(String.raw`\b${monthName}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)`, 'i'),
    read: (groups) => [{ year: Number(groups[3]), month: monthIndex(groups[1] ?? ''), day: Number(groups[2]) }],
    spellsMonth: true,
  },
  // 12 March 1985, the 3rd of March 1985, and as records write it, 03-Mar-1985 and 3-MAR-85
  {
    pattern: new RegExp(
      String.raw`(?<!\d)(\d{1,2})(?:st|nd|rd|th)?(?:\s+of\s+|\s+|-)${monthName}(?:,?\s+(\d{4})|-(\d{4}|\d{2}))(?!\d)`,
      'i',
    ),
    read: (groups) => [
      {
        year: groups[3] !== undefined ? Number(groups[3]) : expandYear(groups[4] ?? ''),
        month: monthIndex(groups[2] ?? ''),
        day: Number(groups[1]),
      },
    ],
    spellsMonth: true,
  },
  // 1983 Jun 27 and 1983-Jun-27, as Canadian and Japanese records write it: year, month, day
  {
    pattern: new RegExp(String.raw`(?<!\d)(\d{4})[ -]${monthName}[ -](\d{1,2})(?![\d:])`, 'i'),
    read: (groups) => [{ year: Number(groups[1]), month: monthIndex(groups[2] ?? ''), day: Number(groups[3]) }],
    spellsMonth: true,
  },
  // 15MAY88 and 15MAY1988, as tickets, boarding passes and passports' machine lines write a date
  {
    pattern: /(?<![\dA-Za-z])(\d{2})(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)(\d{4}|\d{2})(?![\dA-Za-z])/,
    read: (groups) => [{ year: expandYear(groups[3] ?? ''), month: monthIndex(groups[2] ?? ''), day: Number(groups[1]) }],
    spellsMonth: true,
  },
  // 19850312 and 850312 (but not the first half of a resident number)
  { pattern: /(?<![\d-])(\d{4}|\d{2})(\d{2})(\d{2})(?![\d]|-\d)/, read: ymd },
];

// A month and a day with nothing else between them and the word before (a particle, "is", "on", both, a colon): "은 3월
// 12일", " is March 12th", " is on 2 February", ": 12 March".
const monthDayPattern = new RegExp(
  String.raw`(?:은|는|이|가)?[ \t]*(?:(?:is|was|on|[:：=])[ \t]*){0,2}(?:the[ \t]+)?(?:(\d{1,2})[ \t]*월[ \t]*(\d{1,2})[ \t]*일|${monthName}[ \t]+(\d{1,2})(?:st|nd|rd|th)?(?!\d)|(\d{1,2})(?:st|nd|rd|th)?(?:[ \t]+of)?[ \t]+${monthName}(?![a-z]))`,
  'iyd',
);

/**
 * The month and day right after `index` (`monthDayPattern`), when they make a day of some year: "3월 12일", "March 12th",
 * "29 February". A year after them is left to the full formats.
 *
 * @example
 * monthDayAt('생일은 3월 12일이에요', 2); // { start: 4, end: 10 }
 */
export function monthDayAt(text: string, index: number): { start: number; end: number } | undefined {
  monthDayPattern.lastIndex = index;
  const match = monthDayPattern.exec(text);
  if (match === null) return undefined;
  const [, koreanMonth, koreanDay, nameBeforeDay, dayAfterName, dayBeforeName, nameAfterDay] = match;
  const month = koreanMonth !== undefined ? Number(koreanMonth) : monthIndex(nameBeforeDay ?? nameAfterDay ?? '');
  const day = Number(koreanDay ?? dayAfterName ?? dayBeforeName);
  // A leap year, so that the 29th of February counts.
  if (!isValidCalendarDate({ year: 2000, month, day })) return undefined;
  // The date starts at its first group: the particle or verb before it belongs to the sentence.
  const start = Math.min(...match.indices!.slice(1).flatMap((span) => (span === undefined ? [] : [span[0]])));
  return { start, end: monthDayPattern.lastIndex };
}

/**
 * The days `value` may stand for when it is written whole in one of the formats (every format that reads all of it, each
 * reading a real calendar day).
 *
 * @example
 * wholeDateReadings('511002'); // [{ year: 1951, month: 10, day: 2 }]
 * wholeDateReadings('on 1951-10-02'); // []
 */
export function wholeDateReadings(value: string): CalendarDate[] {
  const readings: CalendarDate[] = [];
  for (const format of dateOfBirthFormats) {
    const match = format.pattern.exec(value);
    if (match === null || match.index !== 0 || match[0].length !== value.length) continue;
    for (const date of format.read(match)) if (isValidCalendarDate(date)) readings.push(date);
  }
  return readings;
}

/**
 * Whether any reading of a matched date is a real day between 1900 and this year.
 *
 * @example
 * isPlausibleBirthDate([{ year: 1985, month: 3, day: 12 }]); // true
 */
export function isPlausibleBirthDate(readings: readonly CalendarDate[]): boolean {
  return readings.some((date) => date.year >= 1900 && date.year <= currentYear() && isValidCalendarDate(date));
}
