// A person named by what belongs to them ("Agnieszka's brother", "Declan Mulvey's NI number", "Ngozi's bday", "Aiden's
// permission slip"): a listed first name, with its surname perhaps, before the possessive 's and a word in lower case.
import type { PiiFinding } from '../types.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { createFinding } from '../recognizers/create-finding.ts';
import { firstNamesThatAreWords, holdsFirmWord, wordsThatAreNotNames } from './english-name-words.ts';
import { isListedFirstName } from './latin-name.ts';
import { characterPairWords, mayHoldAnyWord } from '../character-pairs.ts';

const recognizerName = 'possessive-person-name';

/**
 * A capitalised first name, a capitalised surname perhaps, the possessive, then a word in lower case, an acronym ("NI
 * number"), a digit ("Chidi's 4-year check") or a bracket ("Zainab's (DOB …)").
 */
// Not a saint's, which names a hospital or a church ("St. Luke's ED").
const possessiveName =
  /(?<![A-Za-z])(?<!\b(?:St|Saint|ST)\.?[ \t])([A-Z][a-z]{2,14})((?:[ \t]+[A-Z][a-z]+(?:-[A-Z][a-z]+)?)?)['’]s[ \t]+(?=[a-z]|[A-Z]{2}|\d|\()/g;

/**
 * A capitalised word, the possessive, then a Korean paper or number that only a person holds ("Haru's 등본", "Temuulen's
 * 가족관계증명서", "Bolor's 외국인등록증"): a name no list holds is a person's there, as a firm has no family register.
 */
const possessiveOfPersonalPaper =
  /(?<![A-Za-z])([A-Z][a-z]{2,14})['’]s[ \t]*(?=등본|초본|가족관계|기본증명|주민|여권|외국인등록|출생|학생증|건강보험|재직증명|통장)/g;

/**
 * Listed first names before a possessive. 0.7. Remembered for the last text.
 *
 * @example
 * findPossessiveNames("Hey it's Tomasz, Agnieszka's brother.").map((finding) => finding.text); // ['Agnieszka']
 * findPossessiveNames("Victoria's bus station"); // []
 */
export const findPossessiveNames = rememberLastText((text: string): readonly PiiFinding[] => {
  const findings: PiiFinding[] = [];
  possessiveName.lastIndex = 0;
  for (let match = possessiveName.exec(text); match !== null; match = possessiveName.exec(text)) {
    const first = match[1]!;
    if (!isListedFirstName(first) || firstNamesThatAreWords.has(first)) continue;
    const name = first + match[2]!;
    findings.push(createFinding({ type: 'PERSON', text: name, start: match.index, score: 0.7, recognizer: recognizerName }));
  }
  possessiveOfPersonalPaper.lastIndex = 0;
  for (let match = possessiveOfPersonalPaper.exec(text); match !== null; match = possessiveOfPersonalPaper.exec(text)) {
    const name = match[1]!;
    if (wordsThatAreNotNames.has(name) || holdsFirmWord(name)) continue;
    findings.push(createFinding({ type: 'PERSON', text: name, start: match.index, score: 0.7, recognizer: recognizerName }));
  }
  return findings;
});

const possessiveWords = characterPairWords("'s ", '’s ');

/**
 * Whether `text` holds a possessive after a word: the cheap look before the search.
 *
 * @example
 * mayHoldPossessive("Ngozi's bday"); // true
 */
export function mayHoldPossessive(text: string): boolean {
  return mayHoldAnyWord(text, possessiveWords) && (text.includes("'s ") || (text.includes('’') && text.includes('’s ')));
}
