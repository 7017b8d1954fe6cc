// A relative's word right before a listed first name, with no possessive before it, as clinical notes and family messages
// write one ("Daughter Gail visiting at 2pm", "Nana Ife", "daughter Abena Boateng 07700 …"), with the surname after it.
import type { PiiFinding } from '../types.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { firstNamesThatAreWords, holdsFirmWord } from './english-name-words.ts';
import { isListedFirstName } from './latin-name.ts';

const recognizerName = 'person-name-after-relative';

const relativeThenName =
  /(?<![A-Za-z])(?:[Dd]aughter|[Ss]on|[Ww]ife|[Hh]usband|[Pp]artner|[Ss]ister|[Bb]rother|[Mm]other|[Ff]ather|Mum|Mom|Dad|Nana|Grandma|Grandpa|Granny|[Nn]iece|[Nn]ephew|[Ff]ianc[ée]e?)[ \t]+([A-Z][a-z]{2,14}(?:[ \t]+[A-Z][a-z]+(?:-[A-Z][a-z]+)?)?)(?![A-Za-z'’])/g;

/**
 * Listed first names right after a relative's word. 0.7. Remembered for the last text.
 *
 * @example
 * findNamesAfterRelatives('post-op day 2. Daughter Gail visiting at 2pm').map((finding) => finding.text); // ['Gail']
 * findNamesAfterRelatives('Mother Teresa Hospital'); // []
 */
export const findNamesAfterRelatives = rememberLastText((text: string): readonly PiiFinding[] => {
  const findings: PiiFinding[] = [];
  relativeThenName.lastIndex = 0;
  for (let match = relativeThenName.exec(text); match !== null; match = relativeThenName.exec(text)) {
    const name = match[1]!;
    const first = name.split(/[ \t]/)[0]!;
    if (
      !isListedFirstName(first) ||
      firstNamesThatAreWords.has(first) ||
      holdsFirmWord(name) ||
      placeOrInstitutionAfter.test(text.slice(relativeThenName.lastIndex))
    )
      continue;
    const start = relativeThenName.lastIndex - name.length;
    findings.push({ type: 'PERSON', start, end: start + name.length, text: name, score: 0.7, recognizer: recognizerName });
  }
  return findings;
});

/** "Mother Teresa Hospital", "Father Ted Road": a saint's or a patron's name in an institution's or a place's. */
const placeOrInstitutionAfter = /^[ \t]+(?:Hospital|School|College|Church|Road|Street|House|Home|Centre|Center|Foundation|Trust)\b/;

/**
 * Whether `text` may hold a relative's word before a capitalised word: the cheap look before the search.
 *
 * @example
 * mayHoldRelativeBeforeName('Daughter Gail visiting'); // true
 */
export function mayHoldRelativeBeforeName(text: string): boolean {
  return /(?:ughter|[Ss]on|ife|band|tner|ster|ther|Mum|Mom|Dad|Nana|Gran|iece|phew|anc[ée])[ \t]+[A-Z]/.test(text);
}
