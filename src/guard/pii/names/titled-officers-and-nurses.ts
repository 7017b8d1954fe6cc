// A police officer or a nurse named after their rank or title, as statements, case notes and discharge letters write them:
// "PC Hannah Lowe (collar 4417)", "Reporting officer: Ofc. Dariusz Kowalczyk #2217", "Statement taken by: PC 2291 Rashid
// Mahmood", "officer Cst. Bhullar (badge 3317)", "by our midwife, Nurse Blessing Eze", "Discharging clinician: Nurse Fatuma
// Abdalla, RM".
import type { PiiFinding } from '../types.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { holdsFirmWord, wordsThatAreNotNames } from './english-name-words.ts';
import { characterPairWords, mayHoldAnyWord } from '../character-pairs.ts';

const recognizerName = 'titled-officer-or-nurse';

/**
 * A rank or a title, a collar number perhaps (with a force's letters after it: "DC 4417SE"), then one to three capitalised
 * words, an Irish surname's O' among them ("Det. Kevin O'Rourke").
 */
const titledName =
  /(?<![A-Za-z])(PC|DC|PCSO|Cst|Const|Det|Ofc|Nurse|Sister|Matron|Midwife)\.?[ \t]+(?:\d{2,5}[A-Z]{0,2}[ \t]+)?([A-Z][a-z'’-]{1,20}(?:[ \t]+(?:O['’])?[A-Z][a-z'’-]{1,20}){0,2})(?![A-Za-z])/g;
/** The police's ranks, which name an officer only where the text speaks of the police ("PC World" is a shop). */
const policeRanks: ReadonlySet<string> = new Set(['PC', 'DC', 'PCSO', 'Cst', 'Const', 'Det', 'Ofc']);
const policeWords = /police|officer|constable|collar|badge|statement|crime|custody|arrest|VPD|RCMP/i;
/** What follows a nurse's title that is a role, a place or a service, not a name ("Nurse Practitioner", "Nurse Station"). */
const nursesNotNames: ReadonlySet<string> = new Set([
  ...['Practitioner', 'Station', 'Manager', 'Bank', 'Team', 'Lead', 'Specialist', 'Educator', 'Consultant', 'Unit', 'Call'],
  ...['Line', 'Advice', 'Triage', 'Prescriber', 'Associate', 'Assistant', 'Director', 'Home', 'Rota', 'Shift', 'Staff', 'Led'],
  ...['Clinic', 'Visit', 'Appointment', 'Review', 'Practice', 'Service', 'Services', 'Care', 'Office', 'Desk', 'Hotline', 'Ward'],
  ...['Grade', 'Band', 'Level', 'Clinician', 'Trainee', 'Intern', 'Navigator', 'Coordinator', 'Researcher'],
]);

const officerTitleWords = characterPairWords('pc', 'dc', 'cst', 'const', 'det', 'ofc', 'nurse', 'sister', 'matron', 'midwife');

/**
 * Whether a text may hold such a title: a cheap test before the search.
 *
 * @example
 * mayHoldTitledOfficerOrNurse('Passed to Nurse Precious Moyo.'); // true
 */
export function mayHoldTitledOfficerOrNurse(text: string): boolean {
  return mayHoldAnyWord(text, officerTitleWords) && /(?:PC|DC|Cst|Const|Det|Ofc|Nurse|Sister|Matron|Midwife)\.?[ \t]+[A-Z0-9]/.test(text);
}

/**
 * The names after a police rank (where the text speaks of the police) or a nurse's title, 0.75. Remembered for the last
 * text: the recogniser's test and its search both ask.
 *
 * @example
 * findTitledOfficersAndNurses('Statement taken by: PC 2291 Rashid Mahmood, Essex Police').map((finding) => finding.text); // ['Rashid Mahmood']
 * findTitledOfficersAndNurses('Ask the Nurse Practitioner at PC World'); // []
 */
export const findTitledOfficersAndNurses = rememberLastText((text: string): readonly PiiFinding[] => {
  const findings: PiiFinding[] = [];
  const police = policeWords.test(text);
  titledName.lastIndex = 0;
  for (let match = titledName.exec(text); match !== null; match = titledName.exec(text)) {
    const [, title, name] = match as unknown as [string, string, string];
    if (policeRanks.has(title) ? !police : nursesNotNames.has(name.split(/[ \t]/)[0]!)) continue;
    if (holdsFirmWord(name) || wordsThatAreNotNames.has(name.split(/[ \t]/)[0]!)) continue;
    const end = match.index + match[0].length;
    findings.push({ type: 'PERSON', start: end - name.length, end, text: name, score: 0.75, recognizer: recognizerName });
  }
  return findings;
});
