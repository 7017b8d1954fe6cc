// A person with their role, relation or team in brackets after the name, as minutes, reports and forms list people
// ("Present: Gail Hutchins (President), Raymond Osei (Treasurer)", "Accompanied by: Femke van den Berg (wife)", "rotated
// by Tomasz Wrona (SecOps)"): a role or a relation in brackets belongs to a person.
import type { PiiFinding } from '../types.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { holdsFirmWord, relativeTitleBeforeName } from './english-name-words.ts';
import { isListedFirstName } from './latin-name.ts';
import { roleWords } from './contact-words.ts';

const recognizerName = 'person-name-before-role';

const particle = String.raw`(?:de|da|del|dos|das|van|von|der|den|la|le|du|di)`;
/** Two or three capitalised words (with particles between), then a bracket that opens with a word. */
const nameThenBracket = new RegExp(
  String.raw`(?<![\p{L}'’-])([A-ZÀ-Þ\u0100-\u017f][\p{Ll}]+(?:-[A-Z][\p{Ll}]+)?(?:[ \t]+(?:${particle}[ \t]+){0,2}(?:Mc|Mac|O['’])?[A-ZÀ-Þ\u0100-\u017f][\p{Ll}'’]+(?:-[A-Z][\p{Ll}]+)?){1,2})[ \t]*\(([^()\n]{2,30})\)`,
  'gu',
);
/** The relations and the posts of a household, a club, a board or a firm that a bracket after a name gives. */
const relationsAndPosts: ReadonlySet<string> = new Set([
  ...['wife', 'husband', 'son', 'daughter', 'mother', 'father', 'mum', 'mom', 'dad', 'partner', 'spouse', 'sister', 'brother'],
  ...['grandmother', 'grandfather', 'grandma', 'grandpa', 'aunt', 'uncle', 'niece', 'nephew', 'cousin', 'friend', 'neighbour'],
  ...['neighbor', 'colleague', 'guardian', 'carer', 'caregiver', 'landlord', 'tenant', 'owner', 'child', 'parent', 'nok'],
  ...['president', 'treasurer', 'secretary', 'chair', 'chairperson', 'director', 'ceo', 'cfo', 'cto', 'founder', 'member'],
  ...['ops', 'secops', 'hr', 'it', 'qa', 'qc', 'ehs', 'finance', 'legal', 'sales', 'intern', 'contractor', 'employee'],
  ...roleWords,
]);

/**
 * Names right before a bracket that holds a relation or a post. 0.75. Remembered for the last text.
 *
 * @example
 * findNamesBeforeRolesInBrackets('Present: Gail Hutchins (President), Raymond Osei (Treasurer)').map((finding) => finding.text); // ['Gail Hutchins', 'Raymond Osei']
 * findNamesBeforeRolesInBrackets('Acme Stores (head office)'); // []
 */
export const findNamesBeforeRolesInBrackets = rememberLastText((text: string): readonly PiiFinding[] => {
  const findings: PiiFinding[] = [];
  nameThenBracket.lastIndex = 0;
  for (let match = nameThenBracket.exec(text); match !== null; match = nameThenBracket.exec(text)) {
    const name = match[1]!;
    const firstWordOfBracket = match[2]!
      .trim()
      .split(/[ \t,/;]+/)[0]!
      .toLowerCase();
    if (!relationsAndPosts.has(firstWordOfBracket) || holdsFirmWord(name) || relativeTitleBeforeName.test(name)) continue;
    // A listed first name, or a surname no firm is written with ("Luz María Echeverría", "Femke van den Berg").
    const first = name.split(/[ \t-]/)[0]!;
    if (!isListedFirstName(first) && !/[^\p{ASCII}]|-|[ \t](?:van|von|de|da|del|der|den|dos|das|di|du|la|le)[ \t]/u.test(name)) continue;
    findings.push({
      type: 'PERSON',
      start: match.index,
      end: match.index + name.length,
      text: name,
      score: 0.75,
      recognizer: recognizerName,
    });
  }
  return findings;
});
