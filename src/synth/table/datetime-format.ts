// Datetime layouts: recognise one, read a value as UTC epoch milliseconds, write it back the same way.
import type { DatetimeFormat } from './types.ts';

interface LayoutRule {
  format: Exclude<DatetimeFormat, 'iso'>;
  pattern: RegExp;
  /** What each capture group holds, in order (default: year, month, day, hour, minute, second). */
  groups?: readonly ('year' | 'month' | 'monthName' | 'day')[];
  resolutionMs: number;
}

const day = 86_400_000;
const minute = 60_000;
const second = 1000;

const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

// Capture groups: year, month, day, then hour, minute, second when the layout has them (unless `groups` says otherwise).
const layouts: readonly LayoutRule[] = [
  { format: 'YYYY-MM-DD', pattern: /^(\d{4})-(\d{2})-(\d{2})$/, resolutionMs: day },
  { format: 'YYYY-MM-DD HH:mm', pattern: /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/, resolutionMs: minute },
  { format: 'YYYY-MM-DD HH:mm:ss', pattern: /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/, resolutionMs: second },
  { format: 'YYYY-MM-DDTHH:mm:ss', pattern: /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/, resolutionMs: second },
  { format: 'YYYY/MM/DD', pattern: /^(\d{4})\/(\d{2})\/(\d{2})$/, resolutionMs: day },
  { format: 'YYYY/MM/DD HH:mm', pattern: /^(\d{4})\/(\d{2})\/(\d{2}) (\d{2}):(\d{2})$/, resolutionMs: minute },
  { format: 'YYYY.MM.DD', pattern: /^(\d{4})\.(\d{2})\.(\d{2})$/, resolutionMs: day },
  { format: 'YYYY년 M월 D일', pattern: /^(\d{4})년 (\d{1,2})월 (\d{1,2})일$/, resolutionMs: day },
  // Month first, as US exports write it; a table whose days never pass 12 is read this way too.
  { format: 'MM/DD/YYYY', pattern: /^(\d{2})\/(\d{2})\/(\d{4})$/, groups: ['month', 'day', 'year'], resolutionMs: day },
  { format: 'DD.MM.YYYY', pattern: /^(\d{2})\.(\d{2})\.(\d{4})$/, groups: ['day', 'month', 'year'], resolutionMs: day },
  {
    format: 'MMM DD YYYY',
    pattern: /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{2}) (\d{4})$/,
    groups: ['monthName', 'day', 'year'],
    resolutionMs: day,
  },
];

/** Year, month and day of a match, whatever the layout's order. */
function dateParts(layout: LayoutRule, parts: string[]): { year: number; month: number; date: number } {
  const order = layout.groups ?? ['year', 'month', 'day'];
  const found = { year: 0, month: 0, date: 0 };
  order.forEach((group, index) => {
    const part = parts[index] ?? '';
    if (group === 'year') found.year = Number(part);
    else if (group === 'month') found.month = Number(part);
    else if (group === 'monthName') found.month = monthNames.indexOf(part) + 1;
    else found.date = Number(part);
  });
  return found;
}

// ISO 8601 with an explicit zone; values without a zone use one of the layouts above so they round-trip.
const isoWithZone = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/;

/** Every format, in the order inference tries them. */
export const datetimeFormats: readonly DatetimeFormat[] = [...layouts.map((layout) => layout.format), 'iso'];

const monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (monthLengths[month - 1] ?? 31);
}

/**
 * Reads a value in the given layout as UTC epoch milliseconds; null when it does not match or is not a real date.
 * @example
 * parseDatetime('2024.03.01', 'YYYY.MM.DD'); // 1709251200000
 * parseDatetime('2024-02-30', 'YYYY-MM-DD'); // null
 */
export function parseDatetime(value: string, format: DatetimeFormat): number | null {
  if (format === 'iso') {
    if (!isoWithZone.test(value)) return null;
    const parsed = Date.parse(value);
    return Number.isFinite(parsed) ? parsed : null;
  }
  const layout = layouts.find((candidate) => candidate.format === format);
  const match = layout?.pattern.exec(value);
  if (!match) return null;
  const parts = match.slice(1);
  const { year, month, date } = dateParts(layout as LayoutRule, parts);
  const [hour, minuteOfHour, secondOfMinute] = parts.slice(3).map((part) => (part === undefined ? 0 : Number(part)));
  if (month < 1 || month > 12 || date < 1 || date > daysInMonth(year, month)) return null;
  if ((hour ?? 0) > 23 || (minuteOfHour ?? 0) > 59 || (secondOfMinute ?? 0) > 59) return null;
  const epoch = Date.UTC(year, month - 1, date, hour ?? 0, minuteOfHour ?? 0, secondOfMinute ?? 0);
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear puts them back.
  if (year < 100) {
    const fixed = new Date(epoch);
    fixed.setUTCFullYear(year);
    return fixed.getTime();
  }
  return epoch;
}

/**
 * The first format a value matches (layouts first, then ISO with a zone), or null.
 * @example
 * detectDatetimeFormat('2024/03/01 09:30'); // 'YYYY/MM/DD HH:mm'
 */
export function detectDatetimeFormat(value: string): DatetimeFormat | null {
  for (const format of datetimeFormats) {
    if (parseDatetime(value, format) !== null) return format;
  }
  return null;
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/**
 * Writes epoch milliseconds in the given layout (UTC); 'iso' writes `toISOString()`.
 * @example
 * formatDatetime(1709251200000, 'YYYY.MM.DD'); // '2024.03.01'
 */
export function formatDatetime(epochMs: number, format: DatetimeFormat): string {
  const date = new Date(epochMs);
  if (format === 'iso') return date.toISOString();
  const ymd = [pad(date.getUTCFullYear(), 4), pad(date.getUTCMonth() + 1), pad(date.getUTCDate())];
  const hm = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
  const hms = `${hm}:${pad(date.getUTCSeconds())}`;
  switch (format) {
    case 'YYYY-MM-DD':
      return ymd.join('-');
    case 'YYYY-MM-DD HH:mm':
      return `${ymd.join('-')} ${hm}`;
    case 'YYYY-MM-DD HH:mm:ss':
      return `${ymd.join('-')} ${hms}`;
    case 'YYYY-MM-DDTHH:mm:ss':
      return `${ymd.join('-')}T${hms}`;
    case 'YYYY/MM/DD':
      return ymd.join('/');
    case 'YYYY/MM/DD HH:mm':
      return `${ymd.join('/')} ${hm}`;
    case 'YYYY.MM.DD':
      return ymd.join('.');
    case 'YYYY년 M월 D일':
      return `${ymd[0]}년 ${date.getUTCMonth() + 1}월 ${date.getUTCDate()}일`;
    case 'MM/DD/YYYY':
      return `${ymd[1]}/${ymd[2]}/${ymd[0]}`;
    case 'DD.MM.YYYY':
      return `${ymd[2]}.${ymd[1]}.${ymd[0]}`;
    case 'MMM DD YYYY':
      return `${monthNames[date.getUTCMonth()]} ${ymd[2]} ${ymd[0]}`;
  }
}

/**
 * The smallest step a format can write (a day, a minute, a second; 1 ms for 'iso'), so decoded values land on it.
 * @example
 * datetimeResolutionMs('YYYY-MM-DD'); // 86400000
 */
export function datetimeResolutionMs(format: DatetimeFormat): number {
  return layouts.find((layout) => layout.format === format)?.resolutionMs ?? 1;
}
