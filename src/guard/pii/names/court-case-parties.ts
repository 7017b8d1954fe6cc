// Finds the people a court's papers name by their place in the case rather than by a label's colon: a criminal case's
// defendant after "R v" or "State v." ("R v KIM Min-jun", "State v. Darnell Hayes"), a caption's party before the party's
// role ("JESSICA ANNE HOLLOWAY, Petitioner,", "MS DANIELA ROSU (Defendant)"), the witness a statement's heading names
// ("WITNESS STATEMENT OF GWEN TALBOT"), the judge after an honorific ("before the Hon. Teresa Villalobos"), and a lawyer
// after the post ("Best number for attorney Odom to call you back?", "before Attorney 한도윤 signs it").
import type { PiiFinding } from '../types.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { holdsFirmWordInAnyCase, wordsThatAreNotNames } from './english-name-words.ts';
import { isListedFirstName } from './latin-name.ts';
import { isPlausibleKoreanName } from './korean-names.ts';
import { characterPairWords, mayHoldAnyWord } from '../character-pairs.ts';

const recognizerName = 'court-case-party';
/** A judge's own name, apart from a party's: a judge sits at the court's address and owns none in the notice. */
export const presidingJudgeRecognizerName = 'presiding-judge';

/** A name's word in capitals or capitalised, accents, hyphens and apostrophes allowed ("KIM", "Min-jun", "O'Rourke"). */
const word = String.raw`[A-ZÀ-Þ][A-Za-zß-ÿ'’]*(?:-[A-ZÀ-Þa-zß-ÿ][A-Za-zß-ÿ'’]*)?`;
/** Two to four such words, a middle initial among them perhaps. */
const fullName = String.raw`${word}(?:[ \t]+(?:${word}|[A-Z]\.)){1,3}`;
/** The Crown, a state or the people against the defendant, as a criminal case is titled. */
const prosecutionVersus = new RegExp(
  String.raw`\b(?:R|Regina|Rex|State|People|Commonwealth)\.?[ \t]+vs?\.?[ \t]+(${word}(?:[ \t]+(?:${word}|[A-Z]\.)){0,3})`,
  'g',
);
/** A party's role after the party's name in a caption. */
const partyRoles = 'Petitioner|Respondent|Plaintiff|Defendant|Claimant|Appellant|Appellee|Applicant|Intervener';
/** A caption's line: a title perhaps, the name, then the role after a comma or in brackets. */
const captionParty = new RegExp(
  String.raw`^[ \t]*(?:(?:MR|MRS|MS|MISS|DR|Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+)?(${fullName}),?[ \t]*[,(][ \t]*(?:the[ \t]+)?(?:${partyRoles}|${partyRoles.toUpperCase()})\b`,
  'gm',
);
/** A statement's, an affidavit's or a declaration's heading and whose it is, in capitals. */
const statementHeading = new RegExp(
  String.raw`^[ \t]*(?:(?:FIRST|SECOND|THIRD|SUPPLEMENTARY)[ \t]+)?(?:WITNESS[ \t]+STATEMENT|STATEMENT|AFFIDAVIT|DECLARATION)[ \t]+OF[ \t]+([A-Z][A-Z'’-]+(?:[ \t]+[A-Z][A-Z'’-]*){1,3})[ \t]*$`,
  'gm',
);
/** A judge's honorific and the judge's full name ("the Hon. Teresa Villalobos", "Honorable Marcus T. Bell"). */
const honourableJudge = new RegExp(String.raw`\b(?:Hon\.|Honorable|Honourable)[ \t]+(?:Judge[ \t]+|Justice[ \t]+)?(${fullName})`, 'g');

/**
 * "attorney" or "Atty." and a surname, a full name, or a Korean name in Hangul; not after "of" ("power of attorney"). The
 * post's own phrases ("Attorney General", "attorney fees") are left by `attorneysNotNames`.
 */
const attorneyName =
  /(?<!\bof[ \t]+)\b(?:[Aa]ttorney|ATTORNEY|Atty\.?)[ \t]+([A-Z][a-z'’-]{1,20}(?:[ \t]+[A-Z][a-z'’-]{1,20})?|[가-힣]{2,4}(?![가-힣]))/g;
const attorneysNotNames: ReadonlySet<string> = new Set([
  ...['General', 'Generals', 'Client', 'Fees', 'Fee', 'Work', 'Firm', 'Office', 'Services', 'Service', 'Review', 'Letter'],
  ...['Advertising', 'Registration', 'Discipline', 'Grievance', 'Referral', 'Search', 'Directory', 'Profile', 'Bar', 'At'],
  ...['Portal', 'Login', 'Account', 'Panel', 'Network', 'Group', 'Team', 'Desk', 'Line', 'Match', 'Finder', 'Consultation'],
]);

/**
 * Whether a text may hold any of them, in one search before the others: a versus between blanks ("R v", "State vs."), a
 * party's role, a statement's heading, a judge's honorific or a lawyer's post. (" v" alone opens "very" and "via".)
 */
const courtCaseCue =
  /[ \t]vs?\.?[ \t]|Petitioner|Respondent|Plaintiff|Defendant|Claimant|Appellant|Applicant|PETITIONER|RESPONDENT|DEFENDANT|CLAIMANT|PLAINTIFF|STATEMENT OF|AFFIDAVIT OF|DECLARATION OF|Hon|ttorney|TTORNEY|Atty/;

const courtCaseWords = characterPairWords(
  ' v',
  '\tv',
  'petitioner',
  'respondent',
  'plaintiff',
  'defendant',
  'claimant',
  'appellant',
  'applicant',
  'statement of',
  'affidavit of',
  'declaration of',
  'hon',
  'ttorney',
  'atty',
);

export function mayHoldCourtCaseParty(text: string): boolean {
  return mayHoldAnyWord(text, courtCaseWords) && courtCaseCue.test(text);
}

/**
 * The defendants, the caption's parties, the witnesses and the judges of a court's papers. 0.8.
 *
 * @example
 * findCourtCaseParties('Case: R v KIM Min-jun (careless driving)').map((finding) => finding.text); // ['KIM Min-jun']
 * findCourtCaseParties('STATEMENT OF ACCOUNT'); // []
 */
export const findCourtCaseParties = rememberLastText((text: string): readonly PiiFinding[] => {
  if (!mayHoldCourtCaseParty(text)) return [];
  const findings: PiiFinding[] = [];
  const add = (match: RegExpExecArray, listedFirst: boolean, recognizer: string): void => {
    const name = trimmedName(match[1]!);
    const first = capitalise(name.split(/[ \t]/)[0]!);
    if (name.length < 2 || wordsThatAreNotNames.has(first) || holdsFirmWordInAnyCase(name)) return;
    if (listedFirst && !isListedFirstName(first)) return;
    const start = match.index + match[0].lastIndexOf(match[1]!);
    findings.push({ type: 'PERSON', start, end: start + name.length, text: name, score: 0.8, recognizer });
  };
  for (const [pattern, listedFirst, recognizer] of [
    [prosecutionVersus, false, recognizerName],
    [captionParty, false, recognizerName],
    [statementHeading, true, recognizerName],
    [honourableJudge, false, presidingJudgeRecognizerName],
  ] as const) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) add(match, listedFirst, recognizer);
  }
  attorneyName.lastIndex = 0;
  for (let match = attorneyName.exec(text); match !== null; match = attorneyName.exec(text)) {
    const name = trimmedName(match[1]!);
    const first = name.split(/[ \t]/)[0]!;
    const hangul = first.charCodeAt(0) >= 0xac00;
    if (
      hangul
        ? !isPlausibleKoreanName(name)
        : attorneysNotNames.has(first) || wordsThatAreNotNames.has(first) || holdsFirmWordInAnyCase(name)
    )
      continue;
    const start = match.index + match[0].length - match[1]!.length;
    findings.push({ type: 'PERSON', start, end: start + name.length, text: name, score: 0.75, recognizer: recognizerName });
  }
  return findings;
});

/** Words a defendant's name runs into in a case's title ("R v Jordan Amankwah and Others"). */
const trailingWords = /(?:[ \t]+(?:And|Others|Ors|Anor|In|On|At|For|The|Re))+$/;

function trimmedName(name: string): string {
  return name.replace(trailingWords, '');
}

function capitalise(word: string): string {
  return word.charAt(0) + word.slice(1).toLowerCase();
}
