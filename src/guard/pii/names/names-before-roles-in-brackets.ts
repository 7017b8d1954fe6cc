// A person with their role, relation or team in brackets after the name, as minutes, reports, forms and notices list people
// ("Present: Gail Hutchins (President), Raymond Osei (Treasurer)", "Accompanied by: Femke van den Berg (wife)", "rotated
// by Tomasz Wrona (SecOps)"): a role or a relation in brackets belongs to a person.
import type { PiiFinding } from '../types.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { holdsFirmWord, relativeTitleBeforeName } from './english-name-words.ts';
import { isListedFirstName } from './latin-name.ts';
import { roleWords } from './contact-words.ts';
import { isPlausibleKoreanName } from './korean-names.ts';
import { isCommonKoreanNoun } from './korean-common-nouns.ts';
import { placeEndings } from './korean-name-words.ts';

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

/** A Korean full name right before a relation, a job or a status in brackets ("남궁소연(딸)", "어성호(자영업)", "장은지 (딸)"). */
const koreanNameThenBracket =
  /(?<![가-힣])([가-힣]{3,4})[ \t]?\((아들|딸|며느리|사위|배우자|남편|아내|부|모|부친|모친|손자|손녀|형|누나|언니|오빠|동생|조카|삼촌|이모|고모|동료|친구|지인|회사원|자영업|주부|무직|학생|대학생|직장인|공무원|본인|세대주|세대원|보호자)[,)\s]/g;

/** The endings of a city's, a county's and a village's name (서울시, 양평군, 조례리). */
const townEndings: ReadonlySet<string> = new Set([...'시군읍면리']);

function koreanNamesBeforeRelations(text: string, findings: PiiFinding[]): void {
  koreanNameThenBracket.lastIndex = 0;
  for (let match = koreanNameThenBracket.exec(text); match !== null; match = koreanNameThenBracket.exec(text)) {
    const name = match[1]!;
    // "서울시(본인)": a place's name ends in its kind.
    if (
      !isPlausibleKoreanName(name) ||
      isCommonKoreanNoun(name) ||
      placeEndings.has(name.charCodeAt(name.length - 1)) ||
      townEndings.has(name.charAt(name.length - 1))
    )
      continue;
    findings.push({
      type: 'PERSON',
      start: match.index,
      end: match.index + name.length,
      text: name,
      score: 0.75,
      recognizer: recognizerName,
    });
  }
}

/**
 * Names right before a bracket that holds a relation or a post. 0.75. Remembered for the last text.
 *
 * @example
 * findNamesBeforeRolesInBrackets('Present: Gail Hutchins (President), Raymond Osei (Treasurer)').map((finding) => finding.text); // ['Gail Hutchins', 'Raymond Osei']
 * findNamesBeforeRolesInBrackets('Acme Stores (head office)'); // []
 */
export const findNamesBeforeRolesInBrackets = rememberLastText((text: string): readonly PiiFinding[] => {
  const findings: PiiFinding[] = [];
  if (/[가-힣]\s?\(/.test(text)) koreanNamesBeforeRelations(text, findings);
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
