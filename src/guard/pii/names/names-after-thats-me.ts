// A person confirming who they are with their full name, as a chat's customer does when asked whether an account is
// theirs: "yes that's me, Dom Hartley", "it's me — Priya Shah". Whatever the name, the words say a person names themself.
import type { PiiFinding } from '../types.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { holdsFirmWord } from './english-name-words.ts';
import { characterPairWords, mayHoldAnyWord } from '../character-pairs.ts';

const recognizerName = 'name-after-thats-me';

/**
 * "that's me", "it's me" or "this is me", a comma, a colon or a dash, then a full name of two or three capitalised words
 * that ends its sentence or its line.
 */
const confirmedName =
  /(?<![A-Za-z])(?:that['’]?s|that is|it['’]?s|it is|this is)[ \t]+me[ \t]*[,:–—-][ \t]*([A-Z][a-zà-ÿ]+(?:[ \t][A-Z][a-zà-ÿ'’-]+){1,2})(?=[ \t]*(?:[.!,)]|$))/gim;

const blankMe = characterPairWords(' me');
const meThenMark = /[ \t]me[ \t]*[,:–—-]/i;

/**
 * The full names people confirm themselves by, 0.8. Remembered for the last text.
 *
 * @example
 * findNamesAfterThatsMe("user: yes that's me, Dom Hartley").map((finding) => finding.text); // ['Dom Hartley']
 * findNamesAfterThatsMe("that's me, Acme Stores"); // []
 */
export const findNamesAfterThatsMe = rememberLastText((text: string): readonly PiiFinding[] => {
  // "me" in any case, a blank before it, then perhaps blanks and the comma, colon or dash every match holds.
  if (!mayHoldAnyWord(text, blankMe) || !text.includes(' me') || !meThenMark.test(text)) return [];
  const findings: PiiFinding[] = [];
  confirmedName.lastIndex = 0;
  for (let match = confirmedName.exec(text); match !== null; match = confirmedName.exec(text)) {
    const name = match[1]!;
    // The search ignores case for the words before the name; the name itself must be capitalised as written.
    if (!/^[A-Z]/.test(name) || !/[ \t][A-Z]/.test(name) || holdsFirmWord(name)) continue;
    const start = match.index + match[0].length - name.length;
    findings.push({ type: 'PERSON', start, end: start + name.length, text: name, score: 0.8, recognizer: recognizerName });
  }
  return findings;
});
