// Finds the children a household's, a referral's or a booking's form lists with their ages after the word for them
// ("Household: adults 1, children 2 — Ruby (7), Archie (4)", "applicant + 3 children (DeShawn 14, Amari 9, Kiara 5)",
// "Children: Ivy (DOB 03/02/2016) and Jonah (DOB 19/11/2018)"): a given name with an age or a birth date after "children"
// is a child's, listed or not. The words a form writes there that are no one ("Children: None (0)") are left.
import type { PiiFinding } from '../types.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { holdsFirmWord, wordsThatAreNotNames } from './english-name-words.ts';
import { characterPairWords, mayHoldAnyWord } from '../character-pairs.ts';

const recognizerName = 'child-with-age';

/** The word for the children, then up to 24 characters (a count, a dash) before a colon, a dash or a bracket. */
const childrenWord = /\b(?:[Cc]hildren|CHILDREN|[Kk]ids|[Dd]ependants|[Dd]ependents)\b[^\n:(—–]{0,24}?[ \t]*[:(—–][ \t]*/g;
/**
 * A given name (a second word perhaps), then its age in brackets (a note in small letters perhaps after it: "Freya (19, at
 * Edinburgh)") or after a blank, or its birth date in brackets.
 */
const childWithAge =
  /([A-Z][A-Za-zà-ÿ'’-]{1,20}(?:[ \t]+[A-Z][a-zà-ÿ'’-]{1,20})?)(?:[ \t]*\([ \t]*\d{1,2}(?:[ \t]*(?:yrs?|years?|y\/o|yo|mos?|months?))?(?:[ \t]*,[ \t]*[a-z][^()\n]{1,30})?[ \t]*\)|[ \t]+\d{1,2}(?![\d/.:,]\d)(?:[ \t]*(?:yrs?|years?|y\/o|yo))?(?![A-Za-z\d])|[ \t]*\([ \t]*(?:DOB|D\.O\.B\.|born|b\.|aged?)\b[^()\n]{1,24}\))/y;
/** What stands between two children: a comma, a semicolon, "&" or "and". */
const separator = /[ \t]*(?:[,;&]|\band\b)[ \t]*/y;

const childrenWords = characterPairWords('hildren', 'ids', 'epend');

/** Whether a text may hold such a list: the word for the children, which every one holds. */
export function mayHoldChildrenWithAges(text: string): boolean {
  return (
    mayHoldAnyWord(text, childrenWords) &&
    (text.includes('hildren') || text.includes('HILDREN') || text.includes('ids') || text.includes('epende') || text.includes('ependa'))
  );
}

/**
 * The children named with their ages after the word for them, 0.75.
 *
 * @example
 * findChildrenWithAges('Household: adults 1, children 2 — Ruby (7), Archie (4)').map((finding) => finding.text); // ['Ruby', 'Archie']
 * findChildrenWithAges('Children: None (0)'); // []
 */
export const findChildrenWithAges = rememberLastText((text: string): readonly PiiFinding[] => {
  if (!mayHoldChildrenWithAges(text)) return [];
  const findings: PiiFinding[] = [];
  childrenWord.lastIndex = 0;
  for (let match = childrenWord.exec(text); match !== null; match = childrenWord.exec(text)) {
    let at = match.index + match[0].length;
    for (;;) {
      childWithAge.lastIndex = at;
      const child = childWithAge.exec(text);
      if (child === null) break;
      const name = child[1]!;
      const first = name.split(/[ \t]/)[0]!;
      if (!wordsThatAreNotNames.has(first) && !holdsFirmWord(name) && !notChildren.has(first))
        findings.push({ type: 'PERSON', start: at, end: at + name.length, text: name, score: 0.75, recognizer: recognizerName });
      separator.lastIndex = childWithAge.lastIndex;
      if (!separator.test(text)) break;
      at = separator.lastIndex;
    }
    childrenWord.lastIndex = Math.max(childrenWord.lastIndex, at);
  }
  return findings;
});

/** Words a form writes where a child's name would stand, with a number after them ("None (0)", "Under 5 (2)"). */
const notChildren: ReadonlySet<string> = new Set([
  ...['None', 'Nil', 'No', 'Yes', 'Total', 'Under', 'Over', 'Aged', 'Age', 'Ages', 'Boys', 'Girls', 'Adults', 'Adult', 'Child'],
  ...['Children', 'Kids', 'Infants', 'Infant', 'Teens', 'Teenagers', 'Toddlers', 'Babies', 'Baby', 'Count', 'Number', 'Qty'],
  ...['Year', 'Years', 'Grade', 'Class', 'Room', 'Bed', 'Beds', 'Seats', 'Tickets', 'Meals', 'Places', 'Spaces', 'Rooms'],
]);
