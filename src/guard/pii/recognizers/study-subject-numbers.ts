// The numbers a clinical study gives its people: a trial subject's, a participant's, a volunteer's and a biobank donor's
// ("Subject 208-0042", "participant number 310-0142", "대상자 식별코드 102-S031", "기증자 번호 D-2019-04418"). Each
// stands for one person in the study's records, as a hospital's number does, so it is a MEDICAL_RECORD; a sample's, a
// kit's, a lot's or an accession's number stands for a thing and is left alone.
import { rememberLastText } from '../last-text-memo.ts';
import { hasFeatures, textFeature, textFeatures } from '../text-features.ts';
import type { PiiFinding, PiiRecognizer } from '../types.ts';
import { createFinding } from './create-finding.ts';
import { characterPairWords, mayHoldAnyWord } from '../character-pairs.ts';

const name = 'study-subject';

/** A word only a study's papers hold: its protocol, its consent, its monitors and sponsor, its randomisation, a biobank. */
const studyWords =
  /임상|시험\s*대상자|연구\s*대상자|피험자|스크리닝|동의서|시험\s*책임자|의뢰자|바이오\s*뱅크|인체\s*유래물|\b(?:clinical|trials?|study|protocol|ICF|SAE|CRA|CRC|CRO|IRB|investigator|sponsor|randomi[sz](?:ed|ation)|enrol(?:l?ed|ment)|eCRF|EDC|IWRS|biobank|cohort|informed consent)\b/i;

/**
 * Whether `text` reads as a clinical study's: a trial's report, log, monitoring letter or chat, a biobank's register.
 *
 * @example
 * isStudyText('SAE report – Study VLT-301, Site 208'); // true
 * isStudyText('Subject: your order has shipped'); // false
 */
export const isStudyText = rememberLastText((text: string): boolean => studyWords.test(text));

/** The pieces of the words that may name a study's person, each a native substring search before the patterns. */
const labelPieces = ['ubject', 'articipant', 'atient', 'olunteer', 'onor', 'tudy ID', '대상자', '피험자', '기증자'];

const labelPieceWords = characterPairWords(...labelPieces);

/**
 * Whether `text` may hold a study's number for a person: a digit, a label's word and a study's word; the cheap test before
 * the search, and one of the scan's cues (a subject's number is no numeric run: "Subject 12-031 missed Visit 4").
 *
 * @example
 * mayHoldStudySubject('Protocol ZN-204: Subject 12-031 missed Visit 4'); // true
 * mayHoldStudySubject('Subject: lunch on Friday'); // false
 */
export function mayHoldStudySubject(text: string): boolean {
  return (
    hasFeatures(textFeatures(text), textFeature.digit) &&
    mayHoldAnyWord(text, labelPieceWords) &&
    labelPieces.some((piece) => text.includes(piece)) &&
    isStudyText(text)
  );
}

/**
 * Letters and digits in two to four groups joined by hyphens, upper-case: a site's and a subject's ("03-011", "IT03-011",
 * "RA417-03-005", "102-S031"), a register's letters ("BB-P-004417", "D-118274", "S-0341").
 */
const numberShape = String.raw`[A-Z0-9]{1,8}(?:-[A-Z0-9]{1,8}){1,3}`;
/**
 * A study's number for a person, after its label: a subject, a participant, a patient or a volunteer, a donor ("Subject
 * 03-011", "Participant no.: PRISM-L-0147", "Volunteer database ID: CCP-V-118503", "study ID is 221-0058"), the Korean
 * 대상자, 피험자 and 기증자 numbers ("대상자번호 HB-203-0417", "대상자 식별코드: 07-112"). A study's own ID is its
 * protocol's, so "study" counts only with its ID word. A screening number is left alone: it is given before consent, to
 * people most of whom never join, and the writers of such logs leave it unlabelled more often than not.
 */
const labelledNumber = new RegExp(
  String.raw`(?:(?<![A-Za-z])(?:(?:[Ss]ubject|[Pp]articipant|[Pp]atient|[Vv]olunteer|[Dd]onor)(?:[ \t]+(?:database[ \t]+)?(?:ID|id|[Nn]o\.?|number|#|code|identifier))?|[Ss]tudy[ \t]+ID)(?:[ \t]*[:#][ \t]*|[ \t]+(?:is[ \t]+)?)|(?:(?:시험|연구)[ \t]*)?(?:대상자|피험자|기증자)(?:[ \t]*(?:번호|식별[ \t]*코드|코드|ID))?[ \t]*[(:：]?[ \t]*)(${numberShape})(?![A-Za-z0-9~]|-[A-Za-z0-9])`,
  'g',
);
/** The same number before the word, as Korean puts it ("0419-015 대상자 간생검 결과 …"). */
const numberBeforeSubject = new RegExp(String.raw`(?<![A-Za-z0-9-])(${numberShape})[ \t]*(?=(?:대상자|피험자))`, 'g');

/** A date, a Korean phone, a range of years: shapes a study's text holds near those words that are no person's number. */
const notANumber = /^(?:19|20)\d\d-\d\d?(?:-\d\d?)?$|^\d\d?-\d\d?-(?:19|20)\d\d$|^0\d{1,2}-\d{3,4}-\d{4}$|^(?:19|20)\d\d-(?:19|20)\d\d$/;

/**
 * Whether `value` reads as a study's number for a person: four digits at least, five where it holds no letter (a range,
 * "10-12", is none), a digit in its last group, and no date's or phone's shape.
 *
 * @example
 * isSubjectNumber('03-011'); // true
 * isSubjectNumber('2024-05-02'); // false
 */
export function isSubjectNumber(value: string): boolean {
  const digits = value.replace(/\D/g, '').length;
  if (digits < 4 || notANumber.test(value)) return false;
  if (!/\d/.test(value.slice(value.lastIndexOf('-') + 1))) return false;
  if (/[A-Z]/.test(value)) return true;
  // Digits alone in four groups are two numbers: a range whose ~ the scan reads as a hyphen ("05-001~05-009").
  return digits >= 5 && value.split('-').length <= 3;
}

/**
 * The e-mail header "Subject:" at a line's start names a message's title, whatever follows it ("Subject: INC-2024-0588
 * timeline").
 */
function isMessageSubjectHeader(text: string, labelStart: number, label: string): boolean {
  return /^Subject[ \t]*:/.test(label) && (labelStart === 0 || text[labelStart - 1] === '\n');
}

/**
 * 0.8 after a study's label in a study's text; 0.7 for the numbers written alike beside one found (`addSiblingNumbers`).
 *
 * @example
 * studySubjectRecognizer.find('SAE report, Protocol CBT-201. Subject ID: 108-0042', {})[0]?.text; // '108-0042'
 * studySubjectRecognizer.find('Invoice 2024-0581 for subject 118-22', {}).length; // 0
 */
export const studySubjectRecognizer: PiiRecognizer = {
  name,
  types: ['MEDICAL_RECORD'],
  mightMatch: mayHoldStudySubject,
  find(text) {
    const findings: PiiFinding[] = [];
    labelledNumber.lastIndex = 0;
    for (let match = labelledNumber.exec(text); match !== null; match = labelledNumber.exec(text)) {
      const value = match[1]!;
      if (!isSubjectNumber(value) || isMessageSubjectHeader(text, match.index, match[0])) continue;
      findings.push(
        createFinding({
          type: 'MEDICAL_RECORD',
          text: value,
          start: match.index + match[0].length - value.length,
          score: 0.8,
          recognizer: name,
        }),
      );
    }
    if (text.includes('대상자') || text.includes('피험자')) {
      numberBeforeSubject.lastIndex = 0;
      for (let match = numberBeforeSubject.exec(text); match !== null; match = numberBeforeSubject.exec(text)) {
        const value = match[1]!;
        if (isSubjectNumber(value) && !findings.some((finding) => finding.start === match!.index))
          findings.push(createFinding({ type: 'MEDICAL_RECORD', text: value, start: match.index, score: 0.8, recognizer: name }));
      }
    }
    return findings;
  },
};
