// Calendar-date arithmetic in a time zone, for resolving 오늘 / next Monday against an injected clock.

// Building an Intl.DateTimeFormat costs far more than using one; keep one per time zone.
const formats = new Map<string, Intl.DateTimeFormat>();
function cachedFormat(key: string, create: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let format = formats.get(key);
  if (!format) {
    format = create();
    formats.set(key, format);
  }
  return format;
}

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/**
 * The calendar date of an instant in a time zone.
 * @example
 * todayIn(new Date('2026-03-05T20:00:00Z'), 'Asia/Seoul'); // { year: 2026, month: 3, day: 6 }
 */
export function todayIn(now: Date, timeZone: string): CalendarDate {
  const parts = cachedFormat(
    `date:${timeZone}`,
    () => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }),
  ).formatToParts(now);
  const part = (type: string): number => Number(parts.find((item) => item.type === type)?.value ?? '0');
  return { year: part('year'), month: part('month'), day: part('day') };
}

function toUtc(date: CalendarDate): Date {
  return new Date(Date.UTC(date.year, date.month - 1, date.day));
}

function fromUtc(date: Date): CalendarDate {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** @example addDays({ year: 2026, month: 2, day: 28 }, 1); // { year: 2026, month: 3, day: 1 } */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const utc = toUtc(date);
  utc.setUTCDate(utc.getUTCDate() + days);
  return fromUtc(utc);
}

/** Same day of a later month, clamped to the month's last day. @example addMonths({ year: 2026, month: 1, day: 31 }, 1); // Feb 28 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { year, month, day: Math.min(date.day, lastDay) };
}

/**
 * Day of week with Monday = 0 … Sunday = 6 (Korean and ISO weeks start on Monday).
 * @example
 * weekdayIndex({ year: 2026, month: 3, day: 9 }); // 0 (Monday)
 */
export function weekdayIndex(date: CalendarDate): number {
  return (toUtc(date).getUTCDay() + 6) % 7;
}

/**
 * Whether the numbers form a real date.
 * @example
 * isValidDate({ year: 2026, month: 2, day: 30 }); // false
 */
export function isValidDate(date: CalendarDate): boolean {
  if (date.month < 1 || date.month > 12 || date.day < 1) return false;
  return date.day <= new Date(Date.UTC(date.year, date.month, 0)).getUTCDate();
}

/** @example toIsoDate({ year: 2026, month: 3, day: 5 }); // '2026-03-05' */
export function toIsoDate(date: CalendarDate): string {
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/**
 * UTC offset of a time zone at a given instant, as +HH:MM.
 * @example
 * timeZoneOffset(new Date('2026-03-05T00:00:00Z'), 'Asia/Seoul'); // '+09:00'
 */
export function timeZoneOffset(at: Date, timeZone: string): string {
  const name =
    cachedFormat(`offset:${timeZone}`, () => new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }))
      .formatToParts(at)
      .find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-]\d{2}):?(\d{2})?/u.exec(name);
  if (!match) return '+00:00';
  return `${match[1]}:${match[2] ?? '00'}`;
}
