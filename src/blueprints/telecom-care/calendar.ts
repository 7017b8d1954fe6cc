// Date arithmetic on plain ISO dates (YYYY-MM-DD) in Korean time: today's date, days, months, billing cycles and ages.

const dayMilliseconds = 86_400_000;
/** Korea has no daylight saving time: a fixed offset is exact. */
const koreaOffsetMilliseconds = 9 * 3_600_000;

/**
 * @example
 * koreaToday(new Date('2026-11-19T16:00:00Z')); // '2026-11-20'
 */
export function koreaToday(now: Date): string {
  return new Date(now.getTime() + koreaOffsetMilliseconds).toISOString().slice(0, 10);
}

/** The moment as an ISO date-time with the +09:00 offset. */
export function koreaDateTime(now: Date): string {
  return `${new Date(now.getTime() + koreaOffsetMilliseconds).toISOString().slice(0, 19)}+09:00`;
}

/**
 * @example
 * addDays('2026-02-27', 2); // '2026-03-01'
 */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * dayMilliseconds).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMilliseconds);
}

/**
 * @example
 * addMonths('2026-01-31', 1); // '2026-02-28'
 */
export function addMonths(date: string, months: number): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const lastDay = daysInMonth(targetYear, targetMonth);
  return `${targetYear}-${pad(targetMonth)}-${pad(Math.min(day, lastDay))}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** First and last day of the calendar month (a billing cycle) that holds `date`. */
export function monthOf(date: string): { start: string; end: string; period: string; days: number } {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const days = daysInMonth(year, month);
  const period = `${year}-${pad(month)}`;
  return { start: `${period}-01`, end: `${period}-${pad(days)}`, period, days };
}

/** Age in full years on a date (Korean law counts full years, 만 나이). */
export function ageOn(birthDate: string, date: string): number {
  const years = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return date.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

export function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}
