// Extracts calendar dates: ISO and Korean forms (2026년 3월 5일), English month names, and relative dates (내일, 다음 주 월요일, next Monday, in 3 days).
import { addDays, addMonths, isValidDate, toIsoDate, todayIn, weekdayIndex, type CalendarDate } from './calendar.ts';
import { ClaimedSpans, findMatches } from './claimed-spans.ts';
import type { DateContext, DateEntity } from './types.ts';
import { englishOnes } from './number-words.ts';

const englishMonths = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const monthName =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const englishWeekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const weekdayName = '(mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)';
const koreanWeekdays = '월화수목금토일';
const koreanCount: Record<string, number> = {
  한: 1,
  하루: 1,
  두: 2,
  이틀: 2,
  세: 3,
  사흘: 3,
  네: 4,
  나흘: 4,
  다섯: 5,
  여섯: 6,
  일곱: 7,
  여덟: 8,
  아홉: 9,
  열: 10,
};
/** 'in a week', 'two days ago': the patterns below decide which words match; this only reads their value. */
const englishCount: Record<string, number> = { a: 1, an: 1, ...englishOnes };

type Resolver = (match: RegExpExecArray, today: CalendarDate) => CalendarDate | undefined;

const weekShift = (word: string | undefined): number => {
  if (!word) return 0;
  if (/다다음|after next/iu.test(word)) return 2;
  if (/다음|next|coming|담/iu.test(word)) return 1;
  if (/지난|저번|last|previous/iu.test(word)) return -1;
  return 0;
};

/** The given weekday in the week `shift` weeks from today's (weeks start on Monday). */
function weekdayInWeek(today: CalendarDate, weekday: number, shift: number): CalendarDate {
  return addDays(today, shift * 7 + weekday - weekdayIndex(today));
}

/** The next occurrence of a weekday, today included. */
function upcomingWeekday(today: CalendarDate, weekday: number): CalendarDate {
  return addDays(today, (weekday - weekdayIndex(today) + 7) % 7);
}

const fullDate = (year: number, month: number, day: number): CalendarDate | undefined => {
  const date = { year, month, day };
  return isValidDate(date) ? date : undefined;
};

/** How far back a date written without its year may lie before it is taken for next year's. */
const recentPastDays = 31;

/**
 * A day written without its year ("3월 5일", "March 5"): this year's unless that lies more than a month back, then next
 * year's. Messages to an assistant mostly name what is coming (a booking, a delivery), and the recent past ("charged on
 * November 2") is the exception that keeps this year; on November 29, "March 5" is next March.
 */
function yearlessDate(today: CalendarDate, month: number, day: number): CalendarDate | undefined {
  const thisYear = fullDate(today.year, month, day);
  if (thisYear === undefined) return undefined;
  return toIsoDate(thisYear) >= toIsoDate(addDays(today, -recentPastDays)) ? thisYear : fullDate(today.year + 1, month, day);
}

const englishWeekday = (word: string): number => englishWeekdays.findIndex((name) => name.startsWith(word.slice(0, 3).toLowerCase()));
const englishMonth = (word: string): number => englishMonths.indexOf(word.slice(0, 3).toLowerCase()) + 1;
const amount = (word: string, table: Record<string, number>): number =>
  /^\d+$/u.test(word) ? Number(word) : (table[word.toLowerCase()] ?? 1);

/** Ordered most specific first; each match claims its span so 다음 주 월요일 is not also read as 월요일. */
const rules: ReadonlyArray<{ pattern: RegExp; resolve: Resolver }> = [
  {
    pattern: /(?<!\d)(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일/gu,
    resolve: (m) => fullDate(Number(m[1]), Number(m[2]), Number(m[3])),
  },
  {
    pattern: /(?<![\d.])(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?![\d])/gu,
    resolve: (m) => fullDate(Number(m[1]), Number(m[2]), Number(m[3])),
  },
  { pattern: /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/gu, resolve: (m) => fullDate(Number(m[3]), Number(m[1]), Number(m[2])) },
  {
    pattern: /(다음|지난|이번|저번)\s*달\s*(\d{1,2})\s*일/gu,
    resolve: (m, t) => dayOfShiftedMonth(t, { shift: weekShift(m[1]), day: Number(m[2]) }),
  },
  { pattern: /(?<!\d)(\d{1,2})\s*월\s*(\d{1,2})\s*일/gu, resolve: (m, t) => yearlessDate(t, Number(m[1]), Number(m[2])) },
  {
    pattern: new RegExp(`\\b${monthName}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?`, 'giu'),
    resolve: (m, t) =>
      m[3] ? fullDate(Number(m[3]), englishMonth(m[1] ?? ''), Number(m[2])) : yearlessDate(t, englishMonth(m[1] ?? ''), Number(m[2])),
  },
  {
    pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${monthName}\\b(?:,?\\s+(\\d{4}))?`, 'giu'),
    resolve: (m, t) =>
      m[3] ? fullDate(Number(m[3]), englishMonth(m[2] ?? ''), Number(m[1])) : yearlessDate(t, englishMonth(m[2] ?? ''), Number(m[1])),
  },
  {
    pattern: /(다다음|다음|지난|이번|저번|담)\s*주\s*([월화수목금토일])\s*요일/gu,
    resolve: (m, t) => weekdayInWeek(t, koreanWeekdays.indexOf(m[2] ?? ''), weekShift(m[1])),
  },
  {
    pattern: new RegExp(`\\b(this|next|coming|last|previous)\\s+(?:week\\s+)?${weekdayName}\\b`, 'giu'),
    resolve: (m, t) => resolveEnglishWeekday(t, m[1] ?? '', englishWeekday(m[2] ?? '')),
  },
  {
    pattern: new RegExp(`\\b${weekdayName}\\s+(next|last)\\s+week\\b`, 'giu'),
    resolve: (m, t) => weekdayInWeek(t, englishWeekday(m[1] ?? ''), weekShift(m[2])),
  },
  { pattern: /(?<![가-힣])([월화수목금토일])\s*요일/gu, resolve: (m, t) => upcomingWeekday(t, koreanWeekdays.indexOf(m[1] ?? '')) },
  {
    pattern: /\b(?:on\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/giu,
    resolve: (m, t) => upcomingWeekday(t, englishWeekday(m[1] ?? '')),
  },
  {
    pattern: /(\d+|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|하루|이틀|사흘|나흘)\s*(일|주일?|개월|달)\s*(후|뒤|전|이후)/gu,
    resolve: (m, t) => offsetDate(t, { count: amount(m[1] ?? '', koreanCount) * (m[3] === '전' ? -1 : 1), unit: m[2] ?? '' }),
  },
  {
    pattern: /(일주일|하루|이틀|사흘|나흘)\s*(후|뒤|전|이후)/gu,
    resolve: (m, t) =>
      offsetDate(t, { count: amount(m[1] === '일주일' ? '7' : (m[1] ?? ''), koreanCount) * (m[2] === '전' ? -1 : 1), unit: '일' }),
  },
  {
    pattern: /\bin\s+(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(days?|weeks?|months?)\b/giu,
    resolve: (m, t) => offsetDate(t, { count: amount(m[1] ?? '', englishCount), unit: m[2] ?? '' }),
  },
  {
    pattern: /\b(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(days?|weeks?|months?)\s+(from now|later|ago)\b/giu,
    resolve: (m, t) => offsetDate(t, { count: amount(m[1] ?? '', englishCount) * (/ago/iu.test(m[3] ?? '') ? -1 : 1), unit: m[2] ?? '' }),
  },
  { pattern: /\b(the\s+)?day\s+after\s+tomorrow\b|내일\s*모레|모레/giu, resolve: (_, t) => addDays(t, 2) },
  { pattern: /\b(the\s+)?day\s+before\s+yesterday\b|그저께|그제/giu, resolve: (_, t) => addDays(t, -2) },
  { pattern: /글피/gu, resolve: (_, t) => addDays(t, 3) },
  { pattern: /\btomorrow\b|내일/giu, resolve: (_, t) => addDays(t, 1) },
  { pattern: /\byesterday\b|어제/giu, resolve: (_, t) => addDays(t, -1) },
  { pattern: /\b(?:today|tonight)\b|오늘|금일|오늘밤/giu, resolve: (_, t) => t },
  {
    pattern: /(다다음|다음|지난|이번|저번)\s*주(?![가-힣])|\b(next|last|this)\s+week\b/giu,
    resolve: (m, t) => weekdayInWeek(t, 0, weekShift(m[1] ?? m[2])),
  },
  { pattern: /(다음|지난|이번)\s*달(?![가-힣])|\b(next|last)\s+month\b/giu, resolve: (m, t) => addMonths(t, weekShift(m[1] ?? m[2])) },
];

function resolveEnglishWeekday(today: CalendarDate, qualifier: string, weekday: number): CalendarDate {
  if (/this|coming/iu.test(qualifier))
    return /coming/iu.test(qualifier) ? upcomingWeekday(addDays(today, 1), weekday) : weekdayInWeek(today, weekday, 0);
  return weekdayInWeek(today, weekday, weekShift(qualifier));
}

function offsetDate(today: CalendarDate, offset: { count: number; unit: string }): CalendarDate {
  if (/^(개월|달|month)/iu.test(offset.unit)) return addMonths(today, offset.count);
  if (/^(주|week)/iu.test(offset.unit)) return addDays(today, offset.count * 7);
  return addDays(today, offset.count);
}

function dayOfShiftedMonth(today: CalendarDate, target: { shift: number; day: number }): CalendarDate | undefined {
  const month = addMonths({ ...today, day: 1 }, target.shift);
  return fullDate(month.year, month.month, target.day);
}

/**
 * Dates in a text, resolved against the context's clock and time zone, in reading order.
 * @example
 * const context = { now: new Date('2026-03-05T03:00:00Z'), timeZone: 'Asia/Seoul' };
 * extractDates('다음 주 월요일에 만나요', context)[0]?.value; // '2026-03-09'
 */
export function extractDates(text: string, context: DateContext, claimed = new ClaimedSpans()): DateEntity[] {
  const today = todayIn(context.now, context.timeZone);
  const found: DateEntity[] = [];
  for (const rule of rules) {
    for (const match of findMatches(text, rule.pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (claimed.overlaps(start, end)) continue;
      const date = rule.resolve(match, today);
      if (!date || !isValidDate(date)) continue;
      claimed.claim({ start, end });
      found.push({ kind: 'date', value: toIsoDate(date), text: match[0], start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
