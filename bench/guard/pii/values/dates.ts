// Dates written the way Koreans and English speakers write them: birth dates (labelled) and recent event dates (hard negatives).
import { pad, type Random } from '../random.ts';
import { birthDate } from './korean-ids.ts';
import { monthNames } from '../../../shared/month-names.ts';

interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** One Korean way of writing a date: 1985.03.14, 1985-03-14, 1985년 3월 14일, 1985/3/14. */
export function koreanDate(random: Random, date: CalendarDate): string {
  const { year, month, day } = date;
  return random.pick([
    `${year}.${pad(month, 2)}.${pad(day, 2)}`,
    `${year}-${pad(month, 2)}-${pad(day, 2)}`,
    `${year}년 ${month}월 ${day}일`,
    `${year}. ${month}. ${day}.`,
    `${year}/${month}/${day}`,
  ]);
}

/** One English way of writing a date: 03/14/1985, 14 March 1985, March 14, 1985, 1985-03-14. */
export function englishDate(random: Random, date: CalendarDate): string {
  const { year, month, day } = date;
  const name = monthNames[month - 1] ?? 'January';
  return random.pick([
    `${pad(month, 2)}/${pad(day, 2)}/${year}`,
    `${day} ${name} ${year}`,
    `${name} ${day}, ${year}`,
    `${year}-${pad(month, 2)}-${pad(day, 2)}`,
    `${day} ${name.slice(0, 3)} ${year}`,
  ]);
}

/** A birth date between 1940 and 2010. */
export const birthday = (random: Random): CalendarDate => birthDate(random, { from: 1940, to: 2010 });

/** A recent date (an order, a visit, a transfer), 2023-2025. */
export const recentDate = (random: Random): CalendarDate => birthDate(random, { from: 2023, to: 2025 });
