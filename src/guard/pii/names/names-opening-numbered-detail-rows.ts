// Finds the person a numbered list's row opens with when the row goes on to their date of birth or passport, as crew
// changes, passenger claims and visa lists write them: "2. Jhun-Jhun Villareal — Bosun — Philippines — DOB 02 Sep 1984 —
// PP P2048816B", "3. Alexandros Papadakis — date of birth 21/05/2019". Only a person has those, so the name need not be
// listed.
import type { PiiFinding } from '../types.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { holdsFirmWord, wordsThatAreNotNames } from './english-name-words.ts';
import { latinNameAfter } from './latin-name.ts';
import { characterPairWords, mayHoldAnyWord } from '../character-pairs.ts';

const recognizerName = 'name-opening-numbered-detail-row';

/** A row's number ("1.", "2)", "#3") where a line starts, then the capital that opens the name. */
const numberedRowStart = /^[ \t]*#?\d{1,3}[.)][ \t]+(?=[A-ZÀ-Þ][a-zà-ÿ])/gm;
/** A dash, a slash or a comma that sets the name apart from the row's next part. */
const partSeparator = /^[ \t]*(?:[—–/]|-[ \t]|,)/;
/**
 * A detail only a person has, later on the row: a date of birth, a passport's number or a Korean residence card's (ARC), as
 * a yard's or a site's roster of new workers gives it (its whole number), given, not asked for.
 */
const personalDetail =
  /\b(?:DOB|D\.O\.B\.?|[Dd]ate of birth|[Bb]orn|PP|[Pp]assport(?:[ \t]+(?:no\.?|number))?)[ \t]*:?[ \t]*[A-Z]{0,2}\d|\bARC[ \t]*:?[ \t]*\d{6}-?[5-8]\d{6}/;
/** The detail's word anywhere: the cheap test before the rows are read. */
const personalDetailWord = /\b(?:DOB|D\.O\.B|[Dd]ate of birth|[Bb]orn|PP|[Pp]assport|ARC)\b/;

const detailWords = characterPairWords('dob', 'd.o.b', 'date of birth', 'born', 'pp', 'passport', 'arc');

/**
 * Whether the text may hold such a row: a date of birth's or a passport's word.
 *
 * @example
 * mayHoldNumberedDetailRow('1. Eleni Papadaki — date of birth 30/10/1990'); // true
 */
export function mayHoldNumberedDetailRow(text: string): boolean {
  return mayHoldAnyWord(text, detailWords) && personalDetailWord.test(text);
}

/**
 * The full names (two words or more, no firm's or everyday word) that open numbered rows holding a date of birth or a
 * passport, 0.75. Remembered for the last text.
 *
 * @example
 * findNamesOpeningNumberedDetailRows('2. Jhun-Jhun Villareal — Bosun — DOB 02 Sep 1984').map((finding) => finding.text); // ['Jhun-Jhun Villareal']
 * findNamesOpeningNumberedDetailRows('2. Gate Change — see DOB rules'); // []
 */
export const findNamesOpeningNumberedDetailRows = rememberLastText((text: string): readonly PiiFinding[] => {
  if (!mayHoldNumberedDetailRow(text)) return [];
  const findings: PiiFinding[] = [];
  numberedRowStart.lastIndex = 0;
  for (let match = numberedRowStart.exec(text); match !== null; match = numberedRowStart.exec(text)) {
    const name = latinNameAfter(text, { start: numberedRowStart.lastIndex });
    if (name === undefined || name.wordCount < 2) continue;
    const lineBreak = text.indexOf('\n', name.end);
    const rest = text.slice(name.end, lineBreak === -1 ? text.length : lineBreak);
    if (!partSeparator.test(rest) || !personalDetail.test(rest)) continue;
    const words = text.slice(name.start, name.end);
    if (holdsFirmWord(words) || words.split(/[ \t]+/).some((word) => wordsThatAreNotNames.has(word))) continue;
    findings.push({ type: 'PERSON', start: name.start, end: name.end, text: words, score: 0.75, recognizer: recognizerName });
  }
  return findings;
});
