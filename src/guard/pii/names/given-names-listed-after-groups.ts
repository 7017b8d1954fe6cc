// Given names listed after the word for the group they make up, as a shift handover, a guest list or a death notice writes
// them: "→ day shift (Mireille, Kofi)", "The Nguyen family (Minh, Thao, Bao)", "grandchildren Emma, Owen and Liam". The
// group says people are meant; the names alone carry no surname or title, save a family's before its word.
import { rememberLastText } from '../last-text-memo.ts';
import type { PiiFinding } from '../types.ts';
import { characterPairWords, mayHoldAnyWord } from '../character-pairs.ts';
import { wordsThatAreNotNames } from './english-name-words.ts';
import { isListedFirstName } from './latin-name.ts';

const recognizerName = 'given-name-listed-after-group';

/** The group's words as the pattern writes them, in lower case: every match holds one as written. */
const groupWordList = ['shift', 'family', 'children', 'kids', 'sons', 'daughters', 'siblings', 'crew', 'nieces', 'nephews'];
const groupWords = characterPairWords(...groupWordList);

/** A capitalised given name, accents and a hyphened second part allowed ("Thao", "Anne-Marie", "Inés"). */
const givenName = String.raw`[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{1,14}(?:-[A-Z]?[a-zß-öø-ÿ]{2,10})?`;
/**
 * A group of people, then two to six given names apart by commas, a last one after "and" or "&" perhaps, in brackets or
 * not; the list ends at its bracket or at anything but a name.
 */
const groupThenNames = new RegExp(
  String.raw`(?<![A-Za-z])(?:(?:day|night|late|early|morning|evening|weekend)[ \t]+shift|(?:[Tt]he[ \t]+(${givenName})[ \t]+)?family|(?:grand|great-grand)?(?:children|kids|sons|daughters)|siblings|crew|nieces|nephews)[ \t]*(\(?)[ \t]*(${givenName}(?:[ \t]*,[ \t]*${givenName}){0,5}(?:,?[ \t]+(?:and|&)[ \t]+${givenName})?)(?![A-Za-zß-ÿ])`,
  'g',
);

/**
 * The given names listed after a group's word, 0.75, where two or more stand and most are listed first names and none is
 * an everyday word ("crew (Alpha, Bravo)", "team (Sales, Marketing)" list no one). Remembered for the last text.
 *
 * @example
 * findGivenNamesListedAfterGroups('handover → day shift (Mireille, Kofi)').map((finding) => finding.text); // ['Mireille', 'Kofi']
 */
export const findGivenNamesListedAfterGroups = rememberLastText((text: string): readonly PiiFinding[] => {
  if (!mayHoldAnyWord(text, groupWords) || !groupWordList.some((word) => text.includes(word))) return [];
  const findings: PiiFinding[] = [];
  groupThenNames.lastIndex = 0;
  for (let match = groupThenNames.exec(text); match !== null; match = groupThenNames.exec(text)) {
    const bracketed = match[2] === '(';
    const list = match[3]!;
    // A list in brackets must close there: "(Mireille, Kofi)", not "(Mireille, Kofi's team …".
    if (bracketed && !/^[ \t]*\)/.test(text.slice(groupThenNames.lastIndex))) continue;
    const names = list.split(/[ \t]*(?:,[ \t]*(?:(?:and|&)[ \t]+)?|[ \t]+(?:and|&)[ \t]+)/);
    if (names.length < 2 || names.some((name) => wordsThatAreNotNames.has(name))) continue;
    if (names.filter((name) => isListedFirstName(name)).length * 2 < names.length + 1) continue;
    // "The Nguyen family (Minh, Thao, Bao)": the family's surname, which the listed given names vouch for.
    const surname = match[1];
    if (surname !== undefined && !wordsThatAreNotNames.has(surname)) {
      const start = match.index + match[0].indexOf(surname);
      findings.push({ type: 'PERSON', start, end: start + surname.length, text: surname, score: 0.75, recognizer: recognizerName });
    }
    let from = match.index + match[0].length - list.length;
    for (const name of names) {
      const start = text.indexOf(name, from);
      findings.push({ type: 'PERSON', start, end: start + name.length, text: name, score: 0.75, recognizer: recognizerName });
      from = start + name.length;
    }
  }
  return findings;
});
