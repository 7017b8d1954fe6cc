// A birth date found once is the same person's wherever the text writes that day again in another form: an agent reading
// it back ("1998년 2월 9일생이에요" … "98년 2월 9일 확인되었습니다"), a customer saying it whole after its six digits ("511002
// 요. 1951년 10월 2일이요"), a booking amended to it ("DOB 19 Nov 2015" … "amended to 19NOV2015").
import { currentYear, isValidCalendarDate } from './recognizers/calendar-date.ts';
import { dateOfBirthFormats, wholeDateReadings, type CalendarDate } from './recognizers/date-formats.ts';
import { overlapIndex } from './resolve-overlaps.ts';
import type { PiiFinding } from './types.ts';

/** Each format as a search over a whole text, made once. */
const formatSearches = dateOfBirthFormats.map((format) => ({
  pattern: new RegExp(format.pattern.source, `${format.pattern.flags.replace('g', '')}g`),
  read: format.read,
  spellsMonth: format.spellsMonth === true,
}));
const latinLetter = /[A-Za-z]/;
/** A birth date this many years back is an adult's, whose day is seldom another event's in the same text. */
const adultsAge = 14;

/**
 * Adds to `candidates` each date of `text` that no candidate covers and that names the day of a birth date found in another
 * form (each reading of an ambiguous date counts), 0.7, as the birth date's own recogniser.
 *
 * @example
 * const candidates = [{ type: 'DATE_OF_BIRTH', start: 7, end: 13, text: '511002', score: 0.85, recognizer: 'date-of-birth' }];
 * addRestatedBirthDates('생년월일: 511002 요. 1951년 10월 2일이요', candidates);
 * candidates[1]?.text; // '1951년 10월 2일'
 */
export function addRestatedBirthDates(text: string, candidates: PiiFinding[]): void {
  const adultsLatestYear = currentYear() - adultsAge;
  const days = new Set<string>();
  const written = new Set<string>();
  const years = new Set<string>();
  const births: PiiFinding[] = [];
  for (const candidate of candidates) {
    if (candidate.type !== 'DATE_OF_BIRTH') continue;
    births.push(candidate);
    written.add(candidate.text);
    for (const date of wholeDateReadings(candidate.text)) {
      days.add(dayKey(date));
      years.add(String(date.year % 100).padStart(2, '0'));
    }
  }
  // Every form writes the year's last two digits: most texts hold them only inside the birth date found, and skip the search.
  if (days.size === 0) return;
  // A position is inside a birth date when the one character there overlaps it.
  const overlapsBirth = overlapIndex(births);
  const insideBirth = (at: number) => overlapsBirth({ start: at, end: at + 1 });
  if (![...years].some((year) => standsOutside(text, year, insideBirth))) return;
  const hasLatinLetter = latinLetter.test(text);
  const found: PiiFinding[] = [];
  const overlapsCandidate = overlapIndex(candidates);
  const overlapsFound = overlapIndex(found);
  for (const format of formatSearches) {
    if (format.spellsMonth && !hasLatinLetter) continue;
    format.pattern.lastIndex = 0;
    for (let match = format.pattern.exec(text); match !== null; match = format.pattern.exec(text)) {
      const span = { start: match.index, end: match.index + match[0].length };
      if (overlapsCandidate(span) || overlapsFound(span)) continue;
      const readings = format.read(match).filter((date) => isValidCalendarDate(date) && days.has(dayKey(date)));
      // Written the same way, a child's day is left alone: its birth date is also the day of its first vaccine. An adult's
      // is theirs again, read back or confirmed ("(1965.07.12 맞죠?)" … "ㅇㅇ 1965.07.12").
      if (readings.length === 0 || (written.has(match[0]) && readings.every((date) => date.year > adultsLatestYear))) continue;
      found.push({ type: 'DATE_OF_BIRTH', ...span, text: match[0], score: 0.7, recognizer: 'date-of-birth' });
    }
  }
  for (const finding of found) candidates.push(finding);
}

/** Whether `piece` occurs in `text` at a position `covered` does not hold. */
function standsOutside(text: string, piece: string, covered: (at: number) => boolean): boolean {
  for (let at = text.indexOf(piece); at !== -1; at = text.indexOf(piece, at + 1)) if (!covered(at)) return true;
  return false;
}

function dayKey(date: CalendarDate): string {
  return `${date.year}-${date.month}-${date.day}`;
}
