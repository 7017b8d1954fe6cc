// The name a person goes by, given beside the full name: "Stanislav Horvath (prefers Stan)", "Terrence Boateng (goes by
// Terry)", "Nguyễn Thị Lan (preferred: Lana)", "LIANG, Jiahui (pref. Jenny)", "Oluwadamilare Bankole (prefers "Dami")",
// "김서연 (영어 이름 Sophie)", or in a field of its own ("Goes by: DJ", "Preferred name: Peggy", "영어 이름: Sophie").
import type { PiiFinding } from '../types.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { isListedFirstName } from './latin-name.ts';

const recognizerName = 'nickname';

/** The words that say a name is the one a person goes by. */
// An artist's professional name is given so too ("Shauna Mary Kinsella (p/k/a SHAUNA K)", "Amara Boateng (writes as Mara)").
const goesBy = String.raw`(?:[Pp]\/[Kk]\/[Aa]|p\.k\.a\.?|[Pp]ka|[Ww]rites[ \t]+as|[Pp]erforms[ \t]+as|[Ss]tage[ \t]+name|[Pp]refers|[Pp]referred(?:[ \t]+name)?|[Pp]ref\.|[Gg]oes[ \t]+by|[Kk]nown[ \t]+as|[Aa]ka|a\.k\.a\.?|[Nn]ickname|영어[ \t]?이름|영문[ \t]?이름|애칭)`;
/** The same as a field's label: "Preferred" alone may label a time or a channel, "Preferred name" a name. */
const fieldLabel = String.raw`(?:[Gg]oes[ \t]+by|[Pp]referred[ \t]+name|[Kk]nown[ \t]+as|[Nn]ickname|영어[ \t]?이름|애칭)`;
/** A name as people give one: a capitalised word or two, two or three capitals ("DJ"), or Hangul. */
const givenName = String.raw`[A-Z][a-zà-ÿ]+(?:[ -][A-Z][a-zà-ÿ]+)?|[A-Z]{2,3}|[가-힣]{2,4}`;
/** A stage name in capitals, an initial perhaps after it ("SHAUNA K"), or a DJ's or an MC's ("DJ Thabz"). */
const stageName = String.raw`[A-Z]{2,12}(?:[ \t][A-Z]{1,12})?|(?:DJ|MC)[ \t]+[A-Z][A-Za-z]{1,15}`;
/** Right after a name found: the bracket that holds the other name and nothing else. */
const nicknameInBrackets = new RegExp(
  String.raw`[ \t]?\([ \t]*${goesBy}[ \t]*:?(?:[ \t]+["“']?|[ \t]*["“'])(${givenName}|${stageName})["”']?[ \t]*\)`,
  'y',
);
/**
 * Or the name alone in quotes in the bracket ("Margaret O'Donnell ("Peggy")", "Isabella Moreno ("Izzy")"), one word as
 * people are called by.
 */
const quotedNicknameInBrackets = /[ \t]?\([ \t]*["“]([A-Z][a-zà-ÿ]+)["”][ \t]*\)/y;
/** A DJ's or an MC's name alone in the bracket, which no firm or place is called ("Thabo Mokoena (DJ Thabz)"). */
const djNameInBrackets = /[ \t]?\([ \t]*((?:DJ|MC)[ \t]+[A-Z][A-Za-z]{1,15})[ \t]*\)/y;
/**
 * The parties a contract defines in the same shape ("John Smith ("Tenant")", "Acme Ltd ("the Company")"): one of these
 * words, or a role's ending on a word no list of first names holds ("Peter" and "Jennifer" are listed).
 */
// A plural too, where the parties are two ("Rosa Quintanilla and Mateo Quintanilla ("Tenants")").
const definedTermEnding = /(?:er|or|ee|ant|ent|ary|ist)s?$/;
const definedTerms: ReadonlySet<string> = new Set(['Company', 'Party', 'Parties', 'Guest', 'Client', 'Landlord', 'Buyer', 'Seller']);

/** A field of its own that opens a line: its label, a colon, the name, and the field's end. */
const nicknameField = new RegExp(
  String.raw`(?:^|\n|\|)[ \t]*${fieldLabel}[ \t]*[:：][ \t]*(${givenName})(?=[ \t]*(?:$|\r?\n|\||[ \t]{2}|,|\())`,
  'g',
);
/** A word of each field label, the search's cheap test. */
const nicknameFieldWord = /[Gg]oes[ \t]+by|[Pp]referred|[Kk]nown[ \t]+as|[Nn]ickname|이름|애칭/;
/**
 * Days, months, times, channels and answers, which "(prefers Monday)", "(preferred: Email)" and "(영어 이름 없음)" give
 * instead of a name.
 */
const notNames: ReadonlySet<string> = new Set([
  ...['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Weekdays', 'Weekends', 'Yes', 'No'],
  ...['Morning', 'Mornings', 'Evening', 'Evenings', 'Afternoon', 'Afternoons'],
  ...['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  ...['Email', 'Text', 'Phone', 'Call', 'Zoom', 'Teams', 'English', 'Korean', 'Spanish', 'French', 'Mandarin', 'None', 'TBC', 'TBD', 'NA'],
  ...['없음', '미정', '미기재', '모름', '해당없음', '동일', '같음'],
]);

function nicknameFinding(text: string, start: number, value: string): PiiFinding | undefined {
  if (notNames.has(value)) return undefined;
  return { type: 'PERSON', start, end: start + value.length, text: value, score: 0.75, recognizer: recognizerName };
}

/**
 * The name in brackets right after `name` that the person goes by.
 *
 * @example
 * nicknameAfter('Terrence Boateng (goes by Terry)', { type: 'PERSON', start: 0, end: 16, text: 'Terrence Boateng', score: 0.8, recognizer: 'x' })?.text; // 'Terry'
 */
export function nicknameAfter(text: string, name: PiiFinding): PiiFinding | undefined {
  if (text.charCodeAt(name.end) !== 0x28 && text.charCodeAt(name.end + 1) !== 0x28) return undefined;
  nicknameInBrackets.lastIndex = name.end;
  const match = nicknameInBrackets.exec(text);
  if (match === null) return quotedNicknameAfter(text, name);
  const value = match[1]!;
  return nicknameFinding(text, match.index + match[0].lastIndexOf(value), value);
}

/** The name alone in quotes in the bracket after `name`, unless a contract's defined term. */
function quotedNicknameAfter(text: string, name: PiiFinding): PiiFinding | undefined {
  djNameInBrackets.lastIndex = name.end;
  const dj = djNameInBrackets.exec(text);
  if (dj !== null) return nicknameFinding(text, djNameInBrackets.lastIndex - dj[0].length + dj[0].indexOf(dj[1]!), dj[1]!);
  quotedNicknameInBrackets.lastIndex = name.end;
  const match = quotedNicknameInBrackets.exec(text);
  const value = match?.[1];
  if (value === undefined || definedTerms.has(value) || (definedTermEnding.test(value) && !isListedFirstName(value))) return undefined;
  return nicknameFinding(text, quotedNicknameInBrackets.lastIndex - match![0].length + match![0].indexOf(value), value);
}

/**
 * The names given in a field of their own for the name a person goes by. Remembered for the last text.
 *
 * @example
 * findNicknameFields('Legal name: Okonkwo-Reyes, Daniel James\nGoes by: DJ').map((finding) => finding.text); // ['DJ']
 */
export const findNicknameFields = rememberLastText((text: string): readonly PiiFinding[] => {
  if (!nicknameFieldWord.test(text)) return [];
  const findings: PiiFinding[] = [];
  nicknameField.lastIndex = 0;
  for (let match = nicknameField.exec(text); match !== null; match = nicknameField.exec(text)) {
    const value = match[1]!;
    const found = nicknameFinding(text, match.index + match[0].length - value.length, value);
    if (found !== undefined) findings.push(found);
  }
  return findings;
});
