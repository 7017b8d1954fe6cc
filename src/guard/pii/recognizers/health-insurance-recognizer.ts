// Finds health-insurance card and member numbers (건강보험증 번호, 건보 번호, 가입자번호, 의료급여 번호, member ID) after a label,
// a plan's capitals before one, and a Korean card's number by its own shape beside words of care.
import type { PiiFinding, PiiRecognizer } from '../types.ts';
import { overlapsAny } from '../resolve-overlaps.ts';
import { createFinding } from './create-finding.ts';
import { digitCount } from './phone-verdicts.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { hasFeatures, textFeature, textFeatures } from '../text-features.ts';
import { labelTriggers } from './label-triggers.ts';
import { findLabelled, findLabelledAt, valueAfterLabel } from './labelled-identifier.ts';

const name = 'health-insurance';
// "Health insurance card no." keeps its "no." before a note on the plan ("Health insurance card no. (company plan): …").
const labels =
  /(?:건강|의료)\s*보험\s*(?:증(?!권))?\s*(?:자격\s*)?(?:번호)?|건강\s*카드\s*(?:번호)?|건보\s*(?:증\s*)?(?:번호)?(?!료)|보험증\s*번호|(?<![가-힣])증\s*번호|증권\s*번호|가입자\s*번호|의료\s*급여\s*(?:수급(?:권)?자\s*)?(?:증\s*)?(?:번호)?|(?<![A-Za-z])(?:health\s*insurance\s*(?:number|no\b\.?|id|card(?:\s*(?:number|no\b\.?))?|member\s*id)?|(?:insurance\s*)?member\s*id|policy\s*card\s*(?:number|no\b\.?)|policy\s*(?:number|no\b\.?|#)|member(?:ship)?\s*(?:\/?\s*card\s*)?(?:number|no\b\.?|#)|membership(?=[ \t]+[A-Z]{2,5}-\d)|certificate\s*(?:number|no\b\.?)|CHI\s*(?:number|no\b\.?)|p[oó]liza|polisnummer|adh[ée]rent|nhif(?:\s*member)?(?:\s*(?:number|no\b\.?))?|subscriber\s*id|insurance\s*card\s*(?:number|no\b\.?)|insurance\s*(?:id|number|no\b\.?)|(?:nhis|nhia|nhi|nhs|medicare|medicaid|ohip)(?:\s*(?:card|member|number|no\b\.?|id|rid|mbi|카드|번호))*|health\s*ID\s*card(?:\s*(?:number|no\b\.?))?|DVA\s*(?:gold\s*|white\s*)?card(?:\s*(?:number|no\b\.?))?|(?:HMO|Maxicare|Intellicare|MediCard)(?:[ \t]*:[ \t]*[A-Za-z]+[ \t]*[—–-])?,?\s*card(?:\s*(?:number|no\b\.?))?|health\s*ins\.\s*(?:number|no\b\.?)|(?:ontario\s*)?health\s*card(?:\s*(?:number|no\b\.?))?(?:\s*\/\s*member\s*(?:number|no\b\.?|id))?|health\s*number|philhealth(?:\s*(?:number|no\b\.?|id))?|(?:kranken)?versicherten\s*nummer|(?:GMS\s*)?medical\s*(?:cover\s*)?card(?:\s*(?:number|no\b\.?))?|h&c\s*(?:number|no\b\.?)|num[ée]ro\s*de\s*carte\s*sant[ée]|versicherten-?\s*nr\.?|identification\s*number\s*of\s*the\s*card|personal\s*identification\s*number|메디케어(?:\s*(?:번호|카드))?|요양\s*인정\s*번호)/iy;
// Korean cards carry 11 digits (often 1-2345678901); foreign member ids mix a letter prefix and digits. Northern Ireland's
// H&C number is written like the NHS number; Ontario's health number after its French label ("Numéro de carte Santé");
// Ireland's medical card as two groups of four ("Medical card: 2217 4038").
// Medicare Beneficiary Identifiers are eleven characters, a digit first, often written 4-3-4 (1EG4-TE5-MK73); NHS numbers
// are ten digits written 3-3-4 (943 476 5919); Australian Medicare numbers ten digits written 4-5-1, the card's line number
// after them (2123 45670 1 2); private insurers print their own ("MHG 7730 1185 02", "8831 0047 62", "71 204 8836", "71042-88193",
// Aetna's "W2948 81736", a subscriber's and a dependant's "00184 29365 01", a Nigerian HMO's "HYG/0442917/01"); a European Health Insurance Card's number is twenty digits (its field 8, "Identification
// number of the card"); Quebec's RAMQ four letters and eight digits ("TREM 7110 0611"); a plan's letters before its digits
// ("KSH 60218847-01"), a member number in three groups of three ("913 044 781"), Scotland's CHI number as a birth date and
// four digits ("300916 5838"), Ireland's medical card with its letter ("2281 4470 9B").
const insurersShapes = String.raw`\d[A-Z0-9]{3}-?[A-Z0-9]{3}-?[A-Z0-9]{4}|\d-?\d{10}|[A-Z]{1,4}-?\d{6,14}(?:-\d{2}(?![\d-]))?|[A-Z]{2,4} \d{3} \d{3} \d{3}|\d{3}[ -]\d{3}[ -]\d{4}|\d{4} \d{5} \d(?:[ /-]\d)?|\d{4}-\d{3}-\d{3}(?:-[A-Z]{2})?|\d{4}-\d{4}-\d{4}(?:-\d{4}|-\d{2}(?!\d))?|(?:[A-Z]{2,4} )?\d{4} \d{4} \d{2,4}(?: \d{4})?|[A-Z]{1,3}\d{3,5}[ -]\d{4,6}|\d{20}|\d{5}[ -]\d{5}(?:[ -]\d{2})?|\d{2} \d{3,4} \d{4}|\d{5}[ -]\d{4}(?! ?\d)|\d{2}-\d{9}-\d|\d{2}-\d{3}-\d{6}|\d{2}-\d{4}-\d{4}|\d{4} \d{3} \d{3}|\d{4} \d{4}(?! ?\d)|[A-Z]{4} ?\d{4} ?\d{4}|\d{7,8}[A-Z]{1,2}|[A-Z]{2,4}-\d{4}-\d{4}-\d{2}|[A-Z]{2,5}\/\d{5,9}\/\d{1,3}|[A-Z]{2,4} \d{6,10}|\d{3} \d{3} \d{3}|\d{6} \d{4}|\d{4} \d{4} \d[A-Z]|\d{7,14}`;
/**
 * Any other insurer's print, after a label that names a member's number: letters and digits in groups joined by hyphens
 * or slashes ("GSH-4417-0082-193-01", "24-B-3817266-01", "26/SH/M-00489127/01", "7714-098823-01"); six digits at least
 * (`holdsMemberDigits`).
 */
const anyInsurersNumber = String.raw`[A-Z0-9]{1,14}(?:[-/][A-Z0-9]{1,14}){1,5}`;
const value = valueAfterLabel(`${insurersShapes}|${anyInsurersNumber}`);
const insurersShape = new RegExp(`^(?:${insurersShapes})$`);

/** A gym's or a shop's member number is no insurance: "member number" alone counts only after words of health cover. */
const bareMemberLabel = /^member(?:ship)?\s*(?:number|no|#)|^membership$|^adh[ée]rent/i;
/** An insurer's card of a policy ("Star Health, policy card no. 11220034418870"): a health one after words of health cover. */
const policyCardLabel = /^policy/i;
const healthCoverBefore =
  /health|medic|insur|assur|nhif|\bSHA\b|fund|cover|hmo|ppo|plan|claim|benefit|physio|dental|optical|hospital|clinic|bupa|axa|cigna|allianz|aetna|southern cross|mutuelle|krankenkasse|보험/i;
/**
 * A group plan's certificate number is its member's ("Extended health: Northbridge Benefits, certificate no. 44720913",
 * "Desjardins Assurances, certificate no. 88120347"), after a benefit plan's or an insurer's words; a medical certificate's
 * or a car's certificate number is no one's plan.
 */
const certificateLabel = /^certificate/i;
const benefitPlanWords = /benefit|insur|assur|carrier|extended health|group (?:plan|policy)|dental plan|drug plan/i;
const otherCertificateWords = /motor|vehicle|medical certificate|sick note|fit note|진단서/i;
/** How far before a bare member label the words of health cover may stand (a claim form's previous lines). */
const healthCoverReach = 120;

/** 증번호 alone ("증번호: 7-2034618820") is a health card's only after words of health cover, not a licence's or an ID card's. */
const bareCardNumberLabel = /^증\s*번호/;

/** A European Health Insurance Card's field 6, the holder's own number, is read on the card or its certificate only. */
const personalNumberLabel = /^personal\s*identification/i;
const europeanCard = /European Health Insurance Card|EHIC|Krankenversicherungskarte|Carte européenne d'assurance maladie/i;
/** The insurer's words after a bare member label, on a certificate's next lines ("Cover type: …", "Insurer: Bupa …"). */
const healthCoverAfter = /health|medic|insur|cover\b|hospital|bupa|nhif|hmo|ppo/i;

/**
 * An insurer's policy number is a health plan's only beside a health plan's own words or a health insurer's name ("Star Health policy no. is
 * P/141123/01/2025/008831", "Great Eastern SupremeHealth, policy no. 0148-2937-51", Singapore's "Integrated Shield policy
 * no.: GE-4471-8820-93"): a car's, a home's, a life or a travel
 * policy's number is none, and where the member's own card number is given the policy is the family's or the employer's.
 */
const policyNumberLabel = /^(?:policy\s*(?:number|no|#)|p[oó]liza|polisnummer)/i;
const healthPlanWords =
  /health|m[eé]dic|hospital|cashless|\bShield\b|zorg|salud|sanitas|krankenkasse|\bPKV\b|private insurer|\b(?:Cigna|Bupa|Aetna|Humana|Kaiser|Medibank|Maxicare|PhilCare|Intellicare|UnitedHealthcare|Blue Cross|Allianz Care)\b/i;
const otherCoverWords = /travel|overseas|motor|vehicle|home|life\b|member\s*(?:no|number|id)|card\s*(?:no|number)/i;
/** How far before and after its label a health plan's words may stand. */
const healthPlanReach = 60;

/**
 * A Korean policy's 증권번호 is a health plan's beside the words of a medical-expense (실손) policy or of a stay in hospital
 * ("증권번호(실손): 3012-884-157206", "증권번호: 1020-3387-5541 | 상품명: 무배당 든든실손의료비보장보험"); a car's, a home's or a
 * life policy's is none, nor is a death benefit's claim ("사망보험금 청구서 … 증권번호 WL-1998-0032417"), nor a group policy's
 * that a school or a firm holds for all its members ("단체가입 (증권번호 GIH-2024-55710)").
 */
const koreanPolicyLabel = /^증권/;
const koreanHealthPolicyWords = /실손|실비|의료비|입원|통원|진료|병원|수술|질병|OSHC|Bupa|유학생\s*보험/;
const koreanOtherPolicyWords = /자동차|운전자|화재|여행자|주택|종신|사망|연금|펫|반려|단체/;
const koreanPolicyReach = 120;

function labelledScore(label: { text: string; index: number }, text: string): number {
  if (personalNumberLabel.test(label.text)) return europeanCard.test(text) ? 0.85 : 0;
  if (certificateLabel.test(label.text)) {
    const before = text.slice(Math.max(0, label.index - healthCoverReach), label.index);
    return benefitPlanWords.test(before) && !otherCertificateWords.test(before) ? 0.8 : 0;
  }
  if (koreanPolicyLabel.test(label.text)) {
    const end = label.index + label.text.length;
    const around = text.slice(Math.max(0, label.index - koreanPolicyReach), end + koreanPolicyReach);
    return koreanHealthPolicyWords.test(around) && !koreanOtherPolicyWords.test(around) ? 0.8 : 0;
  }
  if (policyNumberLabel.test(label.text)) {
    const end = label.index + label.text.length;
    const around = text.slice(Math.max(0, label.index - healthPlanReach), end + healthPlanReach);
    return healthPlanWords.test(around) && !otherCoverWords.test(around) ? 0.8 : 0;
  }
  if (!bareMemberLabel.test(label.text) && !bareCardNumberLabel.test(label.text) && !policyCardLabel.test(label.text)) return 0.85;
  const end = label.index + label.text.length;
  if (healthCoverBefore.test(text.slice(Math.max(0, label.index - healthCoverReach), label.index))) return 0.85;
  return bareMemberLabel.test(label.text) && healthCoverAfter.test(text.slice(end, end + healthCoverReach)) ? 0.85 : 0;
}

/** A Korean business's nationwide line ("the NHIS foreigner line is 1577-1000"): an insurer's desk, no member's number. */
const koreanBusinessLine = /^1[5-9]\d\d-\d{4}$/;

/**
 * @example
 * healthInsuranceRecognizer.find('건강보험증 번호 1-2345678901', {})[0]?.text; // '1-2345678901'
 * healthInsuranceRecognizer.find('Health insurance member ID: XJH123456789', {})[0]?.type; // 'HEALTH_INSURANCE'
 */
export const healthInsuranceRecognizer: PiiRecognizer = {
  name,
  types: ['HEALTH_INSURANCE'],
  mightMatch: (text) =>
    hasFeatures(textFeatures(text), textFeature.digit) &&
    (labelTriggers(text).length > 0 ||
      provincialCardsAt(text).length > 0 ||
      insurersIds(text).length > 0 ||
      (mayHoldCardNumberByShape(text) && (unlabelledKoreanCards(text).length > 0 || philHealthNumbers(text).length > 0)) ||
      (mayHoldMedicareCard(text) && australianMedicareCards(text).length > 0) ||
      medicareBeneficiaryIds(text).length > 0 ||
      longTermCareNumbers(text).length > 0),
  find(text) {
    const findings = findLabelled(text, { labels, value, type: 'HEALTH_INSURANCE', recognizer: name, scoreFor: labelledScore }).filter(
      holdsMemberDigits,
    );
    if (mayHoldCardNumberByShape(text)) findings.push(...unlabelledKoreanCards(text), ...philHealthNumbers(text));
    if (mayHoldMedicareCard(text))
      for (const finding of australianMedicareCards(text)) if (!overlapsAny(findings, finding)) findings.push(finding);
    for (const finding of [...insurersIds(text), ...medicareBeneficiaryIds(text), ...longTermCareNumbers(text)])
      if (!overlapsAny(findings, finding)) findings.push(finding);
    const provincial = provincialCardsAt(text);
    if (provincial.length > 0)
      findings.push(...findLabelledAt(text, provincial, { labels: provincialLabel, value, type: 'HEALTH_INSURANCE', recognizer: name }));
    return findings.filter((finding) => !koreanBusinessLine.test(finding.text)).map((finding) => withSuffix(text, finding));
  },
};

/**
 * A member's suffix after the number: a dependant's ("918442730-00", "U48210937 01", "W284 6619 037", a holder's initials in
 * "AEH-559031-OH") or an Ontario card's
 * version code ("9087 554 218 AB"), which the card prints as part of the number.
 */
const dependantSuffix = /^(?:-\d{2}|-[A-Z]{2}|[ ]\d{2,3})(?![\w-])/;
const versionCode = /^ [A-Z]{2}(?![\w-])/;
const ontarioCard = /^\d{4} \d{3} \d{3}$/;

function withSuffix(text: string, finding: PiiFinding): PiiFinding {
  const after = text.slice(finding.end, finding.end + 4);
  const suffix = (ontarioCard.test(finding.text) ? versionCode.exec(after) : null) ?? dependantSuffix.exec(after);
  if (suffix === null) return finding;
  const end = finding.end + suffix[0].length;
  return { ...finding, end, text: text.slice(finding.start, end) };
}

/**
 * A Korean health card's number as the card prints it, one digit, a hyphen and ten ("5-1128473091"), wherever words of
 * health cover or care stand near it ("건강보험증 번호 조회해 보니까 1-2304758812 맞으시고요", "파란 카드 거기 1-7730295168 이거
 * 맞지?"): so exact a shape beside them is the card's, its label said earlier or not at all.
 */
const koreanCardShape = /(?<![\d-])\d-\d{10}(?![\d-])/g;
const careWords = /보험|건보|의료|병원|진료|환자|검진|가입자|피부양자|insurance|health|NHIS?\b|hospital|clinic|chart|medical/i;
const careWordsBefore = 80;
const careWordsAfter = 60;

/** A Korean card's or a PhilHealth number's shape needs a numeric run and a hyphen. */
function mayHoldCardNumberByShape(text: string): boolean {
  return textFeatures(text).runs.length > 0 && text.includes('-');
}

/** Remembered for the last text: `mightMatch` asks first and `find` after it. */
const unlabelledKoreanCards = rememberLastText((text: string): readonly PiiFinding[] => {
  const findings: PiiFinding[] = [];
  koreanCardShape.lastIndex = 0;
  for (let match = koreanCardShape.exec(text); match !== null; match = koreanCardShape.exec(text)) {
    const around = text.slice(Math.max(0, match.index - careWordsBefore), match.index + match[0].length + careWordsAfter);
    if (careWords.test(around))
      findings.push(createFinding({ type: 'HEALTH_INSURANCE', text: match[0], start: match.index, score: 0.75, recognizer: name }));
  }
  return findings;
});

/**
 * PhilHealth's numbers, two digits, nine and one, after "PhilHealth" anywhere before them: a member's "PIN 19-201847392-4"
 * on the line below the dependant's. Remembered for the last text: `mightMatch` asks first and `find` after it.
 */
const philHealthNumbers = rememberLastText((text: string): readonly PiiFinding[] => {
  const findings: PiiFinding[] = [];
  const philHealthAt = text.search(philHealthWord);
  if (philHealthAt === -1) return findings;
  philHealthShape.lastIndex = philHealthAt;
  for (let match = philHealthShape.exec(text); match !== null; match = philHealthShape.exec(text))
    findings.push(createFinding({ type: 'HEALTH_INSURANCE', text: match[0], start: match.index, score: 0.8, recognizer: name }));
  return findings;
});

const philHealthWord = /philhealth/i;
const philHealthShape = /(?<![\d-])\d{2}-\d{9}-\d(?![\d-])/g;

/**
 * An Australian Medicare card's number as the card prints it, four digits, five and the card's issue ("3579 18854 6"),
 * whose ninth digit checks the eight before it, with a card or health cover spoken of in the lines before: a caller reads
 * it back after the agent asked ("Medicare card number?" … "3579 18854 6, and I'm number 2 on the card"; "메디케어 … 카드
 * 번호 2953 71047 1"). An order's number of that grouping stays one.
 */
const medicareCardShape = /(?<![\d-]|\d )[2-6]\d{3} \d{5} \d(?![\d-]| \d{2})/g;
const medicareWords = /medicare|메디케어|health|insur|보험|card|카드/i;
const medicareWordsBefore = 300;
const medicareWeights = [1, 3, 7, 9, 1, 3, 7, 9];

function mayHoldMedicareCard(text: string): boolean {
  return textFeatures(text).mostRunDigits >= 5 && text.includes(' ');
}

/**
 * Whether the digits of a Medicare number (blanks aside) carry its check digit.
 *
 * @example
 * isValidMedicareNumber('3579 18854 6'); // true
 */
export function isValidMedicareNumber(value: string): boolean {
  const digits = value.replace(/ /g, '');
  let sum = 0;
  for (let index = 0; index < medicareWeights.length; index += 1) sum += Number(digits[index]) * medicareWeights[index]!;
  return sum % 10 === Number(digits[8]);
}

/** Remembered for the last text: `mightMatch` asks first and `find` after it. */
const australianMedicareCards = rememberLastText((text: string): readonly PiiFinding[] => {
  const findings: PiiFinding[] = [];
  medicareCardShape.lastIndex = 0;
  for (let match = medicareCardShape.exec(text); match !== null; match = medicareCardShape.exec(text))
    if (isValidMedicareNumber(match[0]) && medicareWords.test(text.slice(Math.max(0, match.index - medicareWordsBefore), match.index + 60)))
      findings.push(createFinding({ type: 'HEALTH_INSURANCE', text: match[0], start: match.index, score: 0.8, recognizer: name }));
  return findings;
});

/**
 * A US Medicare Beneficiary Identifier in its own shape, eleven characters with a digit first and letters other than S, L,
 * O, I, B and Z at fixed places, often written 4-3-4 ("1EG4-TE5-MK72"), where Medicare is named before it: unlabelled,
 * as a relative sends it on ("mom can u send me dad's medicare number … ok its 1EG4-TE5-MK72").
 */
const beneficiaryIdShape =
  /(?<![A-Za-z0-9-])[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y\d]\d-?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y\d]\d-?[AC-HJKMNP-RT-Y]{2}\d{2}(?![A-Za-z0-9-])/g;
const medicareNamed = /medicare|메디케어|\bMBI\b/i;
const medicareNamedBefore = 160;

/** Remembered for the last text: `mightMatch` asks first and `find` after it. */
const medicareBeneficiaryIds = rememberLastText((text: string): readonly PiiFinding[] => {
  if (!text.includes('edicare') && !text.includes('EDICARE') && !text.includes('MBI') && !text.includes('메디케어')) return [];
  const findings: PiiFinding[] = [];
  beneficiaryIdShape.lastIndex = 0;
  for (let match = beneficiaryIdShape.exec(text); match !== null; match = beneficiaryIdShape.exec(text))
    if (medicareNamed.test(text.slice(Math.max(0, match.index - medicareNamedBefore), match.index)))
      findings.push(createFinding({ type: 'HEALTH_INSURANCE', text: match[0], start: match.index, score: 0.8, recognizer: name }));
  return findings;
});

/**
 * A Canadian province's health card by its plan's capitals (OHIP, AHCIP, RAMQ, HCN) or as western provinces name its
 * number, the PHN (personal health number; "AHCIP PHN: 41823-6670"): their lower-case pairs stand in most English texts,
 * so native searches for the capitals, where a numeric run stands, find where they are.
 */
const provincialPlans = ['OHIP', 'AHCIP', 'RAMQ', 'HCN', 'PHN'];
const provincialLabel = /(?:OHIP|AHCIP|RAMQ|HCN|PHN)(?![A-Za-z])(?:[ \t]*(?:PHN|card|number|no\b\.?|#|카드|번호))*/y;

function provincialCardsAt(text: string): number[] {
  if (textFeatures(text).runs.length === 0) return [];
  const positions: number[] = [];
  for (const plan of provincialPlans)
    for (let at = text.indexOf(plan); at !== -1; at = text.indexOf(plan, at + plan.length)) positions.push(at);
  return positions;
}

/**
 * A bare "ID" or "member" after an insurer, a plan or a subscriber on its line ("Ins: Aetna  ID W228401937", "Payer: Aetna
 * PPO, member W284716639", "Subscriber: Daniel Okonjo
 * ID: XJB417702884", "switched to BCBS in January. new ID is XKP 903618442 01", "HMO card (Enrollee ID HYG/2291/004817)"):
 * the member's number, printed under the plan's name.
 */
const insurerId =
  /(?<![A-Za-z])(?:ID|[Mm]ember)(?:[ \t]*[:#][ \t]*|[ \t]+is[ \t]+|[ \t]+)((?:[A-Z]{1,4}[-/ ]?)?\d{3,}(?:[-/ ]?[A-Z0-9]{1,10}){0,3})(?![\w/-])/g;
const insurerBefore =
  /(?<![A-Za-z])(?:Ins(?:urance|urer)?|Plan|Subscriber|Enrollee|Medicare|Medicaid|HMO|PPO|BCBS[A-Z]*|Blue ?Cross|Blue ?Shield|Aetna|Humana|Anthem|Cigna|UnitedHealthcare|UHC|Kaiser|Bupa|AXA|Allianz|Star Health|Primary|Secondary)(?![A-Za-z])/;
/**
 * A thing other than the member whose ID follows its word: a group's, a claim's, a patient's, a provider's, an employee's,
 * a retirement plan's participant's.
 */
const otherOwnerBeforeId =
  /(?:[Gg]roup|[Pp]articipant|[Cc]laim|[Pp]atient|[Pp]rovider|NPI|[Ee]mployee|[Oo]rder|[Tt]ax|[Pp]ayer|[Rr]equest|[Tt]ransaction)[ \t]*$/;
const insurerIdReach = 60;

/** Remembered for the last text: `mightMatch` asks first and `find` after it. */
const insurersIds = rememberLastText((text: string): readonly PiiFinding[] => {
  if (textFeatures(text).runs.length === 0 || !(text.includes('ID') || text.includes('ember'))) return [];
  const findings: PiiFinding[] = [];
  insurerId.lastIndex = 0;
  for (let match = insurerId.exec(text); match !== null; match = insurerId.exec(text)) {
    const number = match[1]!;
    if (digitCount(number) < 6) continue;
    const lineStart = text.lastIndexOf('\n', match.index - 1) + 1;
    const before = text.slice(Math.max(lineStart, match.index - insurerIdReach), match.index);
    if (!insurerBefore.test(before) || otherOwnerBeforeId.test(before)) continue;
    const start = match.index + match[0].length - number.length;
    findings.push(createFinding({ type: 'HEALTH_INSURANCE', text: number, start, score: 0.75, recognizer: name }));
  }
  return findings;
});

/** A shape an insurer prints, or six digits at least: "B-12" or "2024-05" after a member's label is a plan's or a date's. */
function holdsMemberDigits(finding: PiiFinding): boolean {
  if (insurersShape.test(finding.text)) return true;
  return digitCount(finding.text) >= 6;
}

/**
 * Korea's long-term care number (장기요양인정번호): L and ten digits, which the insurer issues with a care grade and a family
 * gives when it books a care home or a day centre ("장기요양 3등급 … 인정번호 is L2207341958", "인정번호 L1180462273 이요").
 */
const longTermCareShape = /(?<![A-Za-z0-9])L\d{10}(?!\d)/g;
const recognitionNumberLabel = /인정\s*번호/;
const recognitionLabelReach = 24;

const longTermCareNumbers = rememberLastText((text: string): readonly PiiFinding[] => {
  if (!text.includes('인정') || !recognitionNumberLabel.test(text)) return [];
  const findings: PiiFinding[] = [];
  longTermCareShape.lastIndex = 0;
  for (let match = longTermCareShape.exec(text); match !== null; match = longTermCareShape.exec(text))
    if (recognitionNumberLabel.test(text.slice(Math.max(0, match.index - recognitionLabelReach), match.index)))
      findings.push(createFinding({ type: 'HEALTH_INSURANCE', text: match[0], start: match.index, score: 0.85, recognizer: name }));
  return findings;
});
