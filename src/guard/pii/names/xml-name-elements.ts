// Finds the names an XML record holds in its person's elements ("<Name>Schäfer, Katharina</Name>", "<PatientName>김서윤
// </PatientName>"): a lab's order, an insurer's claim or a CDA document pasted as text.
import type { PiiFinding } from '../types.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { isPlausibleKoreanName } from './korean-names.ts';
import { holdsFirmWord, holdsFirmWordInAnyCase } from './english-name-words.ts';
import { isListedLatinName } from './latin-name.ts';

const recognizer = 'xml-name-element';

/**
 * An element whose tag names a person's name, with its namespace's prefix and its attributes if any ("<vis:Surname>",
 * "<Nm>" of an ISO 20022 party, "<CardHolderName>"), and its text up to the closing tag of the same name.
 */
const nameElement =
  /<((?:[A-Za-z][\w-]{0,20}:)?(?:(?:Patient|Customer|Person|Contact|Holder|CardHolder|AccountHolder|Insured|Driver|Employee|Physician|Doctor|Guarantor|Subscriber|Member|Applicant|Beneficiary|Guest|Passenger|Traveler|Traveller|Legal|Full|First|Last|Given|Family)?Name|NameText|Nm|Surnames?|Forenames?|GivenNames?|Given|Family|FamilyNames?))(?:[ \t][^<>\n]{0,200})?>([^<>\n]{2,60})<\/\1>/g;
/**
 * Two to four capitalised words, the particles of a surname between them, or a surname, a comma and the given names
 * ("Katharina Schäfer", "Sanne de Vries", "Schäfer, Katharina").
 */
const latinPersonName =
  /^[A-ZÀ-Þ][\p{L}'’-]+(?:,?[ \t]+(?:(?:van|von|de|der|den|da|das|dos|du|la|le|del|della|di|bin|binti|al|ter)[ \t]+)*[A-ZÀ-Þ][\p{L}'’.-]*){0,3}$/u;
const hangulName = /^[가-힣]{2,4}$/;

/** A person's element opened in the lines before a bare <Name> ("<Patient>\n  <Name>…"). */
const personElementBefore =
  /<(?:[A-Za-z][\w-]{0,20}:)?(?:Patient|Customer|Person|SpecifiedPerson|Contact|Insured|Driver|Employee|Member|Subscriber|Guarantor|Physician|Doctor|Holder|Applicant|Guest|Passenger|Traveler|Traveller|Beneficiary|Cdtr|Dbtr|UltmtCdtr|UltmtDbtr)[ >]/;
const personElementReach = 120;

function insidePersonElement(text: string, at: number): boolean {
  return personElementBefore.test(text.slice(Math.max(0, at - personElementReach), at));
}

/**
 * Remembered for the last text: the fast path asks first, the recogniser after it.
 *
 * @example
 * findNamesInXmlElements('<Patient><Name>Schäfer, Katharina</Name></Patient>').map((finding) => finding.text);
 * // ['Schäfer, Katharina']
 */
export const findNamesInXmlElements = rememberLastText((text: string): readonly PiiFinding[] => {
  const findings: PiiFinding[] = [];
  if (!text.includes('</')) return findings;
  nameElement.lastIndex = 0;
  for (let match = nameElement.exec(text); match !== null; match = nameElement.exec(text)) {
    const value = match[2]!.trim();
    // A one-word value is a name only in a name part's own element ("<Given>Katharina</Given>") or in Hangul.
    const oneWord = !/[ \t]/.test(value);
    const tag = match[1]!.slice(match[1]!.indexOf(':') + 1);
    const namePart = /^(?:First|Last|Given|Family)Names?$|^(?:Surname|Forename|Given|Family)s?$/.test(tag);
    // A bare <Name> names a product or a firm as often: a person's only inside a person's element or with a listed name.
    const bare = tag === 'Name' || tag === 'Nm' || tag === 'NameText';
    const person = hangulName.test(value)
      ? isPlausibleKoreanName(value)
      : latinPersonName.test(value) &&
        !holdsFirmWord(value) &&
        !holdsFirmWordInAnyCase(value) &&
        (!oneWord || namePart) &&
        (!bare || insidePersonElement(text, match.index) || isListedLatinName(value));
    if (!person) continue;
    const start = match.index + match[0].indexOf('>') + 1 + match[2]!.indexOf(value);
    findings.push({ type: 'PERSON', start, end: start + value.length, text: value, score: 0.85, recognizer });
  }
  return findings;
});
