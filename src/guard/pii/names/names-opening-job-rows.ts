// A customer a dispatcher's or an installer's job list names where a numbered row opens with the visit's time ("3) 13:00
// Jakub Nowak, 3 Rowan Court, Wilmslow SK9 2AA – mesh install", "2. 9:30am Priya Shah, Flat 4, 18 Mill Lane …"): the
// person is whoever the address that follows the comma belongs to, when a word of the name is a listed one.
import type { PiiFinding } from '../types.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { textFeature, textFeatures } from '../text-features.ts';
import { holdsFirmWord, placesNamedAfterPeople } from './english-name-words.ts';
import { isListedLatinName } from './latin-name.ts';

const recognizerName = 'person-name-opening-job-row';

/**
 * A row's number and the visit's time, then two or three capitalised words and a comma ("4) 15:30 Harriet Lowe,"); the
 * row may open with a bullet instead of a number.
 */
const jobRowOpening =
  /^[ \t]*(?:\d{1,2}[).]|[-*•])[ \t]+\d{1,2}(?:[:.]\d{2}[ \t]*(?:[AaPp][Mm])?|[ \t]*[AaPp][Mm])[ \t]+(?:[-–—][ \t]+)?([A-Z][a-zà-ÿ'’-]+(?: [A-Z][a-zà-ÿ'’-]+){1,2}),[ \t]*/gm;

/**
 * What an address opens with after the comma: a house's number, a flat's, a unit's or an apartment's; or, for a house's
 * name ("Beech House, Prestbury Rd"), a British postcode or a ZIP code later on the line.
 */
const houseNumberOrFlat = /^(?:\d{1,5}[A-Za-z]?\b|(?:Flat|Unit|Apt\.?|Apartment)[ \t]*\d)/;
const postcodeOrZip = /\b[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}\b|\b[A-Z]{2}[ \t]+\d{5}(?:-\d{4})?\b/;

/**
 * A numbered row's time, tried first where a line opens (the text's start and after each line break): most texts hold no
 * line that opens so.
 */
const rowTimePiece = /[ \t]*(?:\d{1,2}[).]|[-*•])[ \t]+\d{1,2}[:.apAP]/y;

/** Whether a line (the first, or one after a line break) opens with a numbered row's time. */
function opensRowWithTime(text: string): boolean {
  // `lineBreak` is set by every \n: without one, only the text's start opens a line.
  const lines = (textFeatures(text).flags & textFeature.lineBreak) !== 0;
  for (let at = 0; ;) {
    rowTimePiece.lastIndex = at;
    if (rowTimePiece.test(text)) return true;
    if (!lines) return false;
    const lineBreak = text.indexOf('\n', at);
    if (lineBreak === -1) return false;
    at = lineBreak + 1;
  }
}

/**
 * The names that open a job list's timed rows before an address, 0.8. Remembered for the last text.
 *
 * @example
 * findNamesOpeningJobRows('3) 13:00 Jakub Nowak, 3 Rowan Court, Wilmslow SK9 2AA – mesh install').map((f) => f.text); // ['Jakub Nowak']
 * findNamesOpeningJobRows('2) 10:00 Team Briefing, Room 4'); // []
 */
export const findNamesOpeningJobRows = rememberLastText((text: string): readonly PiiFinding[] => {
  if (!opensRowWithTime(text)) return [];
  const findings: PiiFinding[] = [];
  jobRowOpening.lastIndex = 0;
  for (let match = jobRowOpening.exec(text); match !== null; match = jobRowOpening.exec(text)) {
    const name = match[1]!;
    const words = name.split(' ');
    // A firm, a meeting or a place in the same layout ("Acme Stores,", "Site Visit,", "Rowan Court,") names no one.
    // A visit's kind in the same layout ("Site Survey, 12 Mill Lane") holds no listed name's word.
    if (holdsFirmWord(name) || words.some((word) => placesNamedAfterPeople.has(word)) || !words.some((word) => isListedLatinName(word)))
      continue;
    const restStart = jobRowOpening.lastIndex;
    const lineEnd = text.indexOf('\n', restStart);
    const rest = text.slice(restStart, lineEnd === -1 ? text.length : lineEnd);
    if (!houseNumberOrFlat.test(rest) && !postcodeOrZip.test(rest)) continue;
    const start = match.index + match[0].lastIndexOf(name);
    findings.push({ type: 'PERSON', start, end: start + name.length, text: name, score: 0.8, recognizer: recognizerName });
  }
  return findings;
});
