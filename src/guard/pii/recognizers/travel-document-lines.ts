// An airline's passenger document line (SSR DOCS, APIS) as reservation systems write it: document type, issuing country,
// number, nationality, birth date, sex, expiry, surname and given names, apart by slashes
// ("P/HKG/K08316452/HKG/05AUG92/F/21NOV31/LAM/KA YAN"), or by commas in a passenger list's row.
import { rememberLastText } from '../last-text-memo.ts';
import { characterPairWords, mayHoldAnyWord } from '../character-pairs.ts';

export interface TravelDocumentLine {
  number: { start: number; text: string };
  /** The holder's birth date, where the line goes on to it. */
  birth?: { start: number; text: string };
  /** The holder's name as SURNAME/GIVEN NAMES, where the line goes on to it. */
  holder?: { start: number; text: string };
}

const documentLine =
  /(?<![A-Za-z0-9/])P\/[A-Z]{3}\/([A-Z0-9]{5,12})(?:\/(?:[A-Z]{3})?\/(\d{2}[A-Z]{3}\d{2})(?:\/[MFX]\/\d{2}[A-Z]{3}\d{2}\/([A-Z][A-Z' -]*\/[A-Z][A-Z' -]*[A-Z]))?)?(?![A-Za-z0-9])/dg;
/** The same fields apart by commas in a passenger list's row ("ADT  P, AUT, P4718290, DOB 14.02.1981"). */
const commaRow = /(?<![A-Za-z0-9])P,[ \t]*[A-Z]{3},[ \t]*((?=[A-Z]*\d)[A-Z0-9]{6,9})(?=[ \t]*,)/dg;
/** A line cut after the number ("Travel document: P/SGP/K4419283M") counts after its label. */
const labelBefore = /DOCS|travel document|passport|FOID/i;
const labelReach = 40;

/**
 * The document lines in `text`; remembered for the last text, read by the passport and the birth date searches.
 *
 * @example
 * travelDocumentLines('DOCS: P/HKG/K08316452/HKG/05AUG92/F/21NOV31/LAM/KA YAN')[0]?.birth?.text; // '05AUG92'
 */
/** How either line opens: a passport's P before a comma or a slash. */
const documentOpenings = characterPairWords('p, ', 'p/');

export const travelDocumentLines = rememberLastText((text: string): readonly TravelDocumentLine[] => {
  const lines: TravelDocumentLine[] = [];
  if (!mayHoldAnyWord(text, documentOpenings)) return lines;
  if (text.includes('P, ')) {
    commaRow.lastIndex = 0;
    for (let match = commaRow.exec(text); match !== null; match = commaRow.exec(text))
      lines.push({ number: { start: match.indices![1]![0], text: match[1]! } });
  }
  if (!text.includes('P/')) return lines;
  documentLine.lastIndex = 0;
  for (let match = documentLine.exec(text); match !== null; match = documentLine.exec(text)) {
    const [numberStart] = match.indices![1]!;
    const birthAt = match.indices![2];
    if (birthAt === undefined && !labelBefore.test(text.slice(Math.max(0, match.index - labelReach), match.index))) continue;
    const holderAt = match.indices![3];
    lines.push({
      number: { start: numberStart, text: match[1]! },
      ...(birthAt === undefined ? {} : { birth: { start: birthAt[0], text: match[2]! } }),
      ...(holderAt === undefined ? {} : { holder: { start: holderAt[0], text: match[3]! } }),
    });
  }
  return lines;
});
