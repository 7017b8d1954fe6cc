// A child's or an infant's birth date as an airline's booking record writes it: after the passenger's name
// ("PARK/HARIN MISS(CHD/14MAR17)") and in the special service request for a child or an infant ("SSR CHLD KE HK1
// 14MAR17/P3", "SSR INFT OZ HK1 KIM/DOYUN 02FEB24"), day, month and year in the reservation systems' DDMMMYY.
import { rememberLastText } from '../last-text-memo.ts';

const afterName = /\((?:CHD|INF)\/(\d{2}[A-Z]{3}\d{2})\)/g;
const serviceRequest =
  /\bSSR[ \t]+(?:CHLD|INFT)[ \t]+[A-Z0-9]{2}[ \t]+[A-Z]{2}\d(?:[ \t]+[A-Z]+\/[A-Z]+(?:[ \t][A-Z]+)?)?[ \t]+(\d{2}[A-Z]{3}\d{2})(?![A-Za-z0-9])/g;

/**
 * The children's and infants' birth dates of a booking record in `text`, as spans; remembered for the last text.
 *
 * @example
 * bookingChildBirthDates('3.PARK/HARIN MISS(CHD/14MAR17)')[0]?.text; // '14MAR17'
 */
export const bookingChildBirthDates = rememberLastText((text: string): ReadonlyArray<{ start: number; text: string }> => {
  const dates: Array<{ start: number; text: string }> = [];
  if (text.includes('CHD/') || text.includes('INF/')) collect(text, { pattern: afterName, dates });
  if (text.includes('SSR')) collect(text, { pattern: serviceRequest, dates });
  return dates;
});

function collect(text: string, options: { pattern: RegExp; dates: Array<{ start: number; text: string }> }): void {
  const { pattern, dates } = options;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const date = match[1]!;
    dates.push({ start: match.index + match[0].length - date.length - (match[0].endsWith(')') ? 1 : 0), text: date });
  }
}
