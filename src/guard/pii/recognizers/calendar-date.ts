// Calendar checks shared by the recognisers that read dates (resident numbers, dates of birth).

/**
 * Whether year/month/day name a real day (leap years included).
 *
 * @example
 * isValidCalendarDate({ year: 2024, month: 2, day: 29 }); // true
 * isValidCalendarDate({ year: 2023, month: 2, day: 29 }); // false
 */
export function isValidCalendarDate(date: { year: number; month: number; day: number }): boolean {
  if (date.month < 1 || date.month > 12 || date.day < 1) return false;
  return date.day <= daysInMonth(date.year, date.month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const yearCache = { year: 0, validFrom: 0, validUntil: 0 };

/**
 * The current year; dates of birth and resident numbers cannot lie after it. Remembered with the bounds of that local
 * year (a clock set back or forward still gets the right year), since a Date per candidate cost more than its check.
 *
 * @example
 * currentYear() >= 2026; // true
 */
export function currentYear(): number {
  const now = Date.now();
  if (now >= yearCache.validFrom && now < yearCache.validUntil) return yearCache.year;
  const year = new Date(now).getFullYear();
  yearCache.year = year;
  yearCache.validFrom = new Date(year, 0, 1).getTime();
  yearCache.validUntil = new Date(year + 1, 0, 1).getTime();
  return year;
}
