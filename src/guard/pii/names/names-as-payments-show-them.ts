// Finds an initial and a surname in capitals where a payment, a bank's record or a carrier's proof prints them ("it'll
// show as R OKAFOR", "the name comes up as J MWANGI", "with signature 'D MARSH'", "signed P.LANGE",
// `holder="T NWOSU"`): banks' and carriers' systems print a person's name so.
import type { PiiFinding } from '../types.ts';
import { holdsFirmWordInAnyCase } from './english-name-words.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { characterPairWords, mayHoldAnyWord } from '../character-pairs.ts';

const recognizerName = 'person-name-as-payment-shows-it';

/** The words before the printed name: what a payment shows as, a signature, a holder's field. */
const printedName =
  /(?:\b(?:shows?(?:[ \t]+up)?|comes?[ \t]+up|appears?|displays?)[ \t]+as|\bsignature|\bsigned(?:[ \t]+for)?(?:[ \t]+by)?|\bholder[ \t]*[=:])[ \t]*["'‘“]?([A-Z](?:\.[ \t]?|[ \t])[A-Z]{2,20}(?:[-'’][A-Z]{2,20})?)(?![A-Za-z])/g;

/** Words in capitals that an initial may stand before and that name no one ("A COPY", "signed A FORM"). */
const everydayCapitals: ReadonlySet<string> = new Set([
  ...['COPY', 'FORM', 'NOTE', 'LETTER', 'RECEIPT', 'CONTRACT', 'DOCUMENT', 'BOX', 'PACKAGE', 'PARCEL', 'LOT', 'NEW', 'TEST'],
  ...['PAYMENT', 'TRANSFER', 'REFUND', 'DEPOSIT', 'CARD', 'BANK', 'ACCOUNT', 'PENDING', 'FAILED', 'VOID', 'NULL', 'NONE', 'AM', 'PM'],
]);

/**
 * Initials and surnames as a payment or a proof prints them. 0.75.
 *
 * @example
 * findNamesAsPaymentsShowThem("it'll probably show as K OSEI.").map((finding) => finding.text); // ['K OSEI']
 * findNamesAsPaymentsShowThem('it shows as A COPY'); // []
 */
export const findNamesAsPaymentsShowThem = rememberLastText((text: string): readonly PiiFinding[] => {
  if (!mayHoldPrintedName(text)) return [];
  const findings: PiiFinding[] = [];
  printedName.lastIndex = 0;
  for (let match = printedName.exec(text); match !== null; match = printedName.exec(text)) {
    const name = match[1]!;
    const surname = name.slice(name.search(/[A-Z]{2}/));
    if (name.startsWith('A ') || everydayCapitals.has(surname) || holdsFirmWordInAnyCase(surname)) continue;
    const start = match.index + match[0].length - name.length;
    findings.push({ type: 'PERSON', start, end: start + name.length, text: name, score: 0.75, recognizer: recognizerName });
  }
  return findings;
});

const printedNameWords = characterPairWords(' as ', 'sign', 'holder');

/** A word that opens the search, which most texts hold none of. */
export function mayHoldPrintedName(text: string): boolean {
  return mayHoldAnyWord(text, printedNameWords) && (text.includes(' as ') || text.includes('sign') || text.includes('holder'));
}
