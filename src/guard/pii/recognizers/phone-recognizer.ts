// Finds Korean phone numbers (mobile, Seoul and regional landlines, 070, 050X safe numbers, +82) and other +country numbers.
import libphonenumber from 'google-libphonenumber';
import { overlapIndex } from '../resolve-overlaps.ts';
import type { PiiFinding, PiiRecognizer } from '../types.ts';
import { textFeature, textFeatures } from '../text-features.ts';
import { characterCodes, hasContextBefore, mayEndWithLabel } from './context-window.ts';
import { createFinding } from './create-finding.ts';
import { isLifelongAccount, mobileWalletSource, namesPhoneOfAccount } from './phone-of-account.ts';
import { digitEnd, isAsciiDigit, isDigitEndAt, isDigitStartAt } from './digit-boundaries.ts';
import { findInNumericRuns, type NumericRun } from './numeric-runs.ts';
import { firstNamesThatAreWords } from '../names/english-name-words.ts';
import { isListedFirstName, latinNameBefore } from '../names/latin-name.ts';
import { isAsciiLetter } from '../feature-characters.ts';
import { officialLetterFooterLine } from '../addresses/korean-address-words.ts';
import { endOfLine } from '../tables/pasted-tables.ts';
import { isOrganisationsSignatureCell } from './organisations-signature-cells.ts';
import { phoneUtil } from './phone-util.ts';
import { countryCodeStart } from '../desk-lines.ts';
import {
  mobileGroupCandidates,
  bareNationalPhoneCandidates,
  britishPhoneCandidates,
  koreanPhoneCandidates,
  northAmericanPhoneCandidates,
  type PhoneCandidate,
} from './phone-candidates.ts';
import {
  digitCount,
  internationalCountryCode,
  isValidLabelledNationalPhone,
  isValidNationalPhone,
  koreanNumberType,
} from './phone-verdicts.ts';

const name = 'phone';
const { PhoneNumberType } = libphonenumber;

// Mobile 01X, Seoul 02, regional 031–064, 070 internet phones and 0502–0508 safe numbers are read from the digit groups
// by `koreanPhoneCandidates`. Business numbers (1588-1234 and other 15XX/16XX/18XX) have no leading zero, so the
// candidates never reach them.

// Any +country number; libphonenumber decides whether the groups form a real number. Only runs right after a plus sign
// are read, so this pattern still runs over their windows.
const internationalPattern = new RegExp(String.raw`(?<![\w+])\+[1-9]\d{0,3}(?:[-. ]?(?:\(\d{1,4}\)|\d{1,5})){1,6}${digitEnd}`, 'g');
// The same number dialled with the international prefix 00 instead of the plus sign ("0082-10-1234-5678"). A separator
// after the country code is required: a bare run that opens with 00 is as often a zero-padded identifier.
const dialledAbroadPattern = new RegExp(
  String.raw`(?<![\w+])00[1-9]\d{0,2}[-. ](?:\(\d{1,4}\)|\d{1,5})(?:[-. ]?(?:\(\d{1,4}\)|\d{1,5})){0,5}${digitEnd}`,
  'g',
);
// North American (area code 2-9) and UK (leading 0) national forms are read by `northAmericanPhoneCandidates` and
// `britishPhoneCandidates`, grouped the way those countries write them. Bare ten or eleven digits are as often order or
// account numbers, so they count only right after a word for a phone (`barePhoneContext`: "my cell is 4158675309");
// Australian mobiles in their grouping (`mobileGroupCandidates`: "0412 345 678") count alone.

// A routing, account or order label right before the number names what it is, also in a sentence ("my routing number is
// 021000021", "계좌번호는 …"): not a phone. A line break ends a sentence's label, not a form's ("Account no.:\n…"). A phone
// given on an order is still a phone ("Phone on the order (208) …").
const otherIdentifierLabel =
  /(?:routing|aba|transit|sort\s*code|account|acct|(?<!\b(?:[Pp]hone|[Nn]umber|[Cc]ontact|[Tt]el) on (?:the|this) )order|invoice|ticket|tracking|claim|policy|booking|confirmation|meter|member(?:ship)?[ \t]*(?:number|no\.?|#|ID)|cust(?:omer)?_?(?:no|num|number|id)|(?:call|콜)[ \t]*ID|student|IPI|CAE|ISNI|주문|송장|계좌|계량기|(?:고객|접수|납부|가맹점|계기|(?:자격|면허)[ \t]*등록)[ \t]*번호)[ \t]*(?:number|no\.?|#|번호)?["']?[ \t]*(?:is|는|은)?[ \t]*(?:[:#=]\s*["']?)?$/i;
// What `otherIdentifierLabel` can end with before its colon: routing, aba, account, code, order, claim, policy, booking,
// confirmation, meter, member(ship), student, IPI, CAE, ISNI, ID, no., #, is, 번호 (of 고객번호, 접수번호, 납부번호, 가맹점번호,
// a meter's 계기번호 and a licence's 자격 등록번호 too), 주문, 송장, 계좌, 계량기, 는, 은 ("routing은 …"),
// past a JSON key's quotes ("cust_no": "0391-2274-01").
const otherIdentifierLabelEnd = {
  lastCharacters: characterCodes('gGaAtTeErRoO.#sSmMyYnNdDpPI문장좌기호는은'),
  skipped: characterCodes(':#="\''),
};
const phoneContext = /전화|연락|휴대|핸드폰|폰|번호|팩스|tel|phone|mobile|cell|call|contact|fax|whatsapp/i;
// Narrower than `phoneContext` (no 번호 or "number", which label member and order numbers too), and read closer.
const barePhoneContext =
  /전화|연락|휴대|핸드폰|phone|mobile|cell|\btel\b|call|contact|whatsapp|(?:text(?:ed)?|txt) me|reach me|reachable|ring me|my number/i;
const barePhoneWindow = 32;
// A phone label that says the next number is one, whatever country it is from ("Mob: 9866023417", "Landline: 06221
// 7389451", "new number 0412 387 905", "best number is 087 442 1968", "ring me on 07723 418 906"), and a SIM's number or a
// mobile wallet's ("MSISDN: 0806 217 4493", "HP: 8236 1574" in Singapore, "my Mpesa 0722 418 937", "GCash ko, 0998 …").
// Also a direct line (not a "Direct Debit from a/c …"), a number given or ported ("number is 98450 23117", "Number to
// port: 087 …", "wrong number 0917 …", "instead of 0917 …"), a phone rung on arrival, a call log's national dialling mark
// (NDD), a contact line after an email ("sanne@… | 06 4117 2893"), a number to text or to SMS, a "cel" or a "Durchwahl",
// an office's or a DID, a Filipino "number ko", and a SIM swapped for one; a home or fixed line, a Filipino "CP#"
// (cellphone), a number given after an e-mail ("… and number 0722 619 384"), a relative on one ("daughter on 0813 774
// 2098", "my wife Meenal on 99230 18846"), another's number ("his no. 98733 20519"), and a number airtime is bought for
// or recharged ("AIRTIME MTN 08031472259" on a statement).
const labelledPhoneContext = new RegExp(
  String.raw`전화|연락처|휴대|핸드폰|phone|mobile|\bmob\b|\bmobil\b|rufnummer|handy|telefon|cell|\btel\b|\bph\b|\bhp\b|\bhome\b|fixed(?: line)?\b|\bCP\b|(?:and|&) number\b|msisdn|${mobileWalletSource}|landline|call(?:back)?\b|contact|whatsapp|zalo|viber|\b(?:daughter|son|wife|husband|mum|mom|dad|brother|sister|mother|father|partner)'s (?:no\.|number|mobile|cell|line)|text(?:ed)? me|reach me|reachable|reached (?:on|at)|ring me|(?:my|new|best) (?:new )?(?:number|no\.)|\bmy line\b|(?:^|[|\n]\s*)[MTPOD](?:[.:]|[ \t]+$)|\balt(?:ernate)?(?: no\.?| number)?(?:[.:]|[ \t]+$)|direct(?: line)?\b(?![ \t]*(?:debit|deposit|transfer))|\bnumber (?:is|to port)\b|\bnumbers? ported\b|wrong number|instead of|\bring\b.{0,16}\bon\b|\b(?:daughter|son|wife|husband|mum|mom|dad|brother|sister|mother|father|partner)(?: [A-Z][a-z]+)? on\b|\b(?:his|her|their) (?:no\.|number|mobile|cell)|on arrival|\bNDD\b|@[\w.-]+\.[a-z]{2,}[ \t]*[|,/][ \t]*$|\b(?:text|txt|sms|cel|celular|durchwahl|office|DID)\b|number ko\b|swap(?: \w+)? for|\bairtime\b|\brecharged?\b|\btop-?up\b`,
  'i',
);
// What a national number of another country is never: a Korean business number (1588-1234, also when its hours' bracket
// reads on: "1600-8821 (09–18)"), a date (2025-12-19) or a record numbered by its year (2016-170460).
const notForeignNational =
  /^(?:19|20)\d\d-|^1[568]\d\d[- ]?\d{4}(?![\d-])|^\d{4}[-./]\d{1,2}[-./]\d{1,2}$|^\d{1,2}[-./]\d{1,2}[-./]\d{2,4}$/;

/**
 * Candidates are read from the shared digit groups (and +numbers by a pattern); only candidates are parsed and validated
 * by libphonenumber.
 *
 * @example
 * phoneRecognizer.find('연락처 010-1234-5678', {})[0]?.text; // '010-1234-5678'
 * phoneRecognizer.find('고객센터 1588-1234', {}).length; // 0
 */
export const phoneRecognizer: PiiRecognizer = {
  name,
  types: ['PHONE'],
  mightMatch: (text) => textFeatures(text).mostRunDigits >= 8,
  find(text) {
    const findings: PiiFinding[] = [];
    for (const { start, end } of koreanPhoneCandidates(text)) {
      const candidate = text.slice(start, end);
      const type = koreanNumberType(candidate);
      if (type === undefined || hasOtherIdentifierLabel(text, start)) continue;
      const separated = /[-. )]/.test(candidate);
      let score = type === PhoneNumberType.MOBILE ? 0.75 : 0.55;
      if (separated) score += 0.1;
      if (hasContextBefore(text, { start, pattern: phoneContext })) score += 0.15;
      findings.push(createFinding({ type: 'PHONE', text: candidate, start, score, recognizer: name }));
    }
    if (text.includes('+')) findings.push(...findInternational(text));
    findings.push(...findDialledAbroad(text));
    findNational(text, { findings, candidates: northAmericanPhoneCandidates(text), region: 'US' });
    findNational(text, { findings, candidates: britishPhoneCandidates(text), region: 'GB' });
    // Written without separators, a number counts only after a word for a phone; an Australian, an Irish or a South African
    // mobile in its grouping (0412 345 678, 087 209 5531) is written so by nothing else, and counts unless a table's header
    // or a label names another thing.
    for (const { start, end, region } of bareNationalPhoneCandidates(text)) {
      const candidate = text.slice(start, end);
      if (!hasContextBefore(text, { start, pattern: barePhoneContext, windowSize: barePhoneWindow }) || readsUnderTableHeader(text, start))
        continue;
      if (!isValidNationalPhone(candidate, region) || hasOtherIdentifierLabel(text, start)) continue;
      findings.push(createFinding({ type: 'PHONE', text: candidate, start, score: 0.75, recognizer: name }));
    }
    for (const { start, end, region } of mobileGroupCandidates(text)) {
      const candidate = text.slice(start, end);
      const valid = region === 'AU' ? isValidNationalPhone(candidate, region) : isValidLabelledNationalPhone(candidate);
      if (readsUnderTableHeader(text, start) || !valid || hasOtherIdentifierLabel(text, start)) continue;
      const labelled = hasContextBefore(text, { start, pattern: barePhoneContext, windowSize: barePhoneWindow });
      findings.push(createFinding({ type: 'PHONE', text: candidate, start, score: labelled ? 0.75 : 0.6, recognizer: name }));
    }
    findLabelledNational(text, findings);
    findGroupedNational(text, findings);
    findKoreanMobilesWithoutPlus(text, findings);
    findSubscriberNumbers(text, findings);
    return findings.filter((finding) => !isNoPersonsNumber(text, finding));
  },
};

/**
 * A number that no person answers: an organisation's own line ("If either is wrong, call us on 0345 602 1997"), its main
 * line, reception, switchboard or fax ("병원 대표번호 031-8017-2200", "전화 031-8041-7320 (대표)", "Reception: +39 055 228
 * 4417", "ring the school office on 03 348 6127"), a British non-geographic or freephone line ("0333 338 1001", "0800 …"),
 * or groups of a parcel's UPS number that a phone's grouping reads ("TRACKING #: 1Z 9R4 F29 02 4471 9038").
 */
function isNoPersonsNumber(text: string, finding: PiiFinding): boolean {
  if (britishServiceLine.test(finding.text)) return true;
  // A certificate's or a permit's number is written between 제 and 호 ("인증번호: 제07-2019-0331호").
  if (text.charCodeAt(finding.start - 1) === 0xc81c && text.charCodeAt(finding.end) === 0xd638) return true;
  if (isLifelongAccount(text, finding.end)) return true;
  const start = countryCodeStart(text, finding.start);
  const before = text.slice(Math.max(0, start - 24), start);
  if (ownNumberBefore.test(text.slice(Math.max(0, start - ownNumberReach), start))) return false;
  if (
    organisationLineBefore.test(before) ||
    upsNumberBefore.test(before) ||
    businessLineBefore.test(before) ||
    routingNumberBefore.test(before)
  )
    return true;
  if (customerNumberBefore.test(before)) return true;
  if (!mobileNumber.test(finding.text) && deskLandlineBefore.test(before)) return true;
  // A staff member's own direct line keeps its hours theirs ("담당 … (직통 041-…, 평일 09~18시)").
  // A mobile dialled from abroad is someone's own whenever they answer it ("Capt. …, Operations Manager, +971 50 … (24h)").
  if (
    !personsOwnLineBefore.test(before) &&
    businessLineAfter.test(text.slice(finding.end, finding.end + 24)) &&
    !isInternationalMobile(finding.text)
  )
    return true;
  return isOrganisationsLandline(text, finding);
}

function isInternationalMobile(phone: string): boolean {
  if (!phone.startsWith('+')) return false;
  try {
    return phoneUtil.getNumberType(phoneUtil.parse(phone)) === PhoneNumberType.MOBILE;
  } catch {
    return false;
  }
}

/**
 * Someone's own number said so before the desk's words ("My own number for questions: +1 …"), or the number a record holds
 * for them ("Phone on file for 1099 questions: …").
 */
const ownNumberBefore =
  /\b(?:[Mm]y|MY)(?: own)? (?:number|phone|mobile|cell)\b[^\n\d]{0,24}$|\b(?:[Pp]hone|[Nn]umber|[Mm]obile|[Cc]ell) on file\b[^\n]{0,28}$/;
const ownNumberReach = 48;

/**
 * A customer's number at a utility or in a log, which a phone's grouping reads ("Customer no. 0312-4471-882", "cust=0417223018").
 */
const customerNumberBefore = /(?:\bcust=|[Cc]ustomer[ _]?(?:no\.?|number|id|#)[ \t]*[:=]?)[ \t]*$/;
/**
 * A landline right after a desk's word that a person's own mobile may follow too ("지사 대표 051-740-2100", "문의 02-312-7758",
 * "문의: 설비운영부 (032-450-1234)", "문의: 고객지원처 요금기획부 (031-780-4114)", but "문의 010-4417-2290" on a marketplace
 * post), or a city office's department ("구청 기후환경과 02-2116-3795"), a booking's desk ("예약 변경은 02-3443-2875로"), a
 * team or a branch in brackets ("의무기록팀 (051-797-0105)"), an office's line after hours ("out of hours: 01242 222 345"), a
 * school's or a centre's room ("진학실 02-…", "돌봄교실 032-…"), an office in brackets, a company's internal line, a night
 * desk, a management company's TEL or an SMS system's sender ("(사무실 063-…)", "사내 02-…", "야간 당직 031-…", "관리회사
 * TEL 03-…", "발신번호 02-…"), an office's line said of it ("office is 0117 …", "the building office is (212) …", "Press
 * office line on site is …", "Local transport office: …", "Büro 030 …", "Syndic de l'immeuble : 01 …"): only a landline
 * is the desk's.
 */
const deskLandlineBefore =
  /(?:대표(?:는|은)?|문의|안내)[ \t]*[:：]?[ \t]*$|문의(?:는|처)?[ \t]*[:：]?[ \t]*(?:[가-힣]+[ \t]+)?[가-힣]+(?:부|처|과|팀|실|센터)[ \t]*\(?$|[가-힣]{2,10}점[ \t]*(?:연락처[ \t]*)?[:：]?[ \t]*\(?$|(?:구청|시청|군청|도청|주민센터)[ \t]+[가-힣]+(?:과|팀)[ \t]*[:：]?[ \t]*$|(?:지구대|파출소|경찰서|관리실|관리사무소|경비실)(?:에|으로|로)?[^\n\d(]{0,12}\(?$|(?<![제내])[ \t]?(?:[가-힣]{2,8}[ \t]?)사무실[ \t]*[:：]?[ \t]*\(?$|(?:예약|변경|접수)[ \t]*(?:은|는)[ \t]*$|[가-힣]{2,8}(?:팀|지부|협회)[ \t]*\((?:☎[ \t]*)?$|[가-힣]{0,8}(?:입학처|영사과|민원과)[ \t]*$|by phone on[ \t]*$|\b(?:[Oo]nline|button|link|portal|website|app) or call[ \t]*$|(?:[Oo]ut of hours|[Oo]n-call)[ \t]*[:：]?[ \t]*$|(?<![\w'’])(?!(?:[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Yy]our) )[A-Za-z]+ office[ \t]*[:：][ \t]*\(?$|(?:교실|진학실|사감실|상담실|보건실|원무실|사무국|데스크|어린이집[ \t]*전화|센터)[ \t]*[:：]?[ \t]*\(?$|\([ \t]*사무실[ \t]*$|(?:사내|당직|발신번호)[ \t]*[:：]?[ \t]*$|(?:관리회사|관리사무소|관리실)[ \t]*(?:TEL|Tel|전화)[ \t]*[:：]?[ \t]*$|\b(?:[Oo]ffice|OFFICE)(?:[ \t]+line)?(?:[ \t]+on site)?[ \t]+is[ \t]*$|\b(?:[Pp]roduction|[Pp]ress|[Bb]uilding|[Ss]ite|[Ll]ettings|[Ss]ales|[Mm]anagement|[Ll]easing)(?:[ \t]+company)? office(?:[ \t]+line)?(?:[ \t]+(?:on site|is))*[ \t]*[:：]?[ \t]*$|\b[Oo]ffice line[^\n\d]{0,30}[:：][ \t]*$|\b[Ss]afety line[ \t]*$|\b[Ss]yndic\b[^\n\d]{0,20}[:：][ \t]*$|\b[Bb]üro[ \t]*$/;

/**
 * A landline printed with an organisation's name on its line, right after a phone's word or the organisation's own word
 * ("온누리봄약국  ☎ 031-716-2208", "Riverside Orthopaedic Clinic, Gangnam-gu, Seoul   Tel 02-3445-7700", "의료기관:
 * 봄빛소아청소년과의원 / … / 전화 031-902-7741", "cardiology clinic 404-778-1300", "(shop 865-690-4400)"): a letterhead's or
 * a handout's line, no person's. A mobile number there is someone's own.
 */
export function isOrganisationsLandline(text: string, finding: PiiFinding): boolean {
  if (mobileNumber.test(finding.text)) return false;
  // Read from the country code a search left out ("Tel. +39 02 8904 1100").
  const start = countryCodeStart(text, finding.start);
  const dialledAbroad = start !== finding.start || finding.text.startsWith('+');
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (start - lineStart > organisationLineReach) {
    // A long paragraph's end still names the organisation right before its number ("… 변경이 필요하시면 클리닉 031-…").
    const near = text.slice(start - wordBeforeReach, start);
    return !personBeforeNumber.test(near) && organisationWordRightBefore.test(near);
  }
  const line = text.slice(lineStart, start);
  if (personBeforeNumber.test(line)) return false;
  return (
    organisationWordThenPhoneWord.test(line) ||
    organisationWordRightBefore.test(line) ||
    (!dialledAbroad && letterheadPostcodeBefore.test(line)) ||
    letterheadTownBefore.test(line) ||
    isOfficialLetterFooter(text, line, finding) ||
    (!dialledAbroad && isOrganisationsCell(text, { lineStart, line })) ||
    isOrganisationsSignatureCell(text, start, text.slice(start, finding.end))
  );
}

/**
 * A landline in the last cell of a letterhead's or a signature's line, after a bar or a slash, with the organisation named
 * on that line or the line above ("의료기관: 춘천바른신경외과의원 / 강원특별자치도 … / 033-255-8275", "Austral Robotics Pty
 * Ltd\nLevel 12, 1 Market St, Sydney NSW 2000 | 02 8265 4400"). Not a number dialled from abroad, which in a signature's
 * cells is the signer's mobile as often ("Adaeze Okonkwo | Procurement, Kola Foods Ltd | +234 902 318 6645").
 */
function isOrganisationsCell(text: string, at: { lineStart: number; line: string }): boolean {
  // A cell after an e-mail is someone's contact ("seun.adeyemicole@yahoo.com / +234 803 417 2956").
  if (!cellBreakBefore.test(at.line) || emailCellBefore.test(at.line)) return false;
  const previousStart = at.lineStart === 0 ? 0 : text.lastIndexOf('\n', at.lineStart - 2) + 1;
  return organisationWordOnLine.test(text.slice(previousStart, at.lineStart) + at.line);
}

const cellBreakBefore = /[ \t][|/][ \t]*$/;
const emailCellBefore = /@[^|/\s]+[ \t]*[|/][ \t]*$/;

/**
 * A public office's letter's footer line, which opens with its postcode ("우 21991  인천광역시 … / 전화 032-450-1234"); an
 * officer's e-mail on it makes the line theirs ("/ 전화 02-2600-6714 / ahrin.seok@korea.kr").
 */
function isOfficialLetterFooter(text: string, line: string, finding: PiiFinding): boolean {
  if (!officialLetterFooterLine.test(line)) return false;
  const lineEnd = text.indexOf('\n', finding.end);
  return !text.slice(finding.end, lineEnd === -1 ? text.length : lineEnd).includes('@');
}

const organisationLineReach = 120;
/** How far before the number an organisation's word right before it is read on a longer line. */
const wordBeforeReach = 32;
const organisationWords = String.raw`(?:사업자[ \t]*(?:등록)?[ \t]*번호|대표자|[Cc]linic|CLINIC|[Hh]ospital|[Pp]harmacy|[Ss]urgery|[Mm]edical [Cc]ent(?:re|er)|[Ss]ervice [Cc]ent(?:re|er)|[Pp]ractice|Care Home|Hospice|Credit Union|Council|Bank|Dental|Ltd|LTD|LLC|Inc|GmbH|Co\.|Corp|EXCHANGE|Exchange|Hotel|Restaurant|Caf[eé]|Tea Room|School|University|약국|의원|병원|치과|한의원|센터|주식회사|\(주\)|㈜)`;
const organisationWordThenPhoneWord = new RegExp(
  String.raw`${organisationWords}(?![A-Za-z])[^\n]{0,60}(?:Tel\.?|TEL\.?|tel\.|\(tel\.?|T\.|Phone:?|\(?ph\.?|☎|전화(?:번호)?(?:는|은)?)[ \t]*[:：]?[ \t]*$`,
);
/**
 * An organisation's word right before the number on its line: a clinic's or a shop's, a police station's, an office's
 * ("Office of International Affairs: 02-…"), a firm's name and a comma ("Moloney Conveyancing, 03 9481 2270", "Hausverwaltung
 * (Grund & Boden GmbH, 040 …)"), an estate agent's bracket, an office's line after hours, or an office's line that opens
 * with its name ("Production office: Unit 2, Longman Ind. Est., Inverness, 01463 717 210").
 */
const organisationWordRightBefore =
  /(?:[Cc]linic|[Hh]ospital|[Pp]harmacy|[Ss]urgery|[Mm]edical|[Dd]ental|[Pp]ractice|Auto Body|Motors|Plumbing|Repairs|\(shop|\(office|약국|의원|병원|클리닉|치과)[ \t]*[:：(]?[ \t]*$|(?:Police|Garda|Fire) Station,[ \t]*$|\b(?:Conveyancing|Plumbing|Rooter|Services|Gestion|Films|Legal|Lettings|Residential|Property|Properties|Management|Mgmt|Realty|Surveyors|Relocation|Solicitors|Lawyers|Attorneys|Lets|Audiology|Cartage|Freightways|Movers|GmbH|Ltd|LLC|LLP|Inc)\.?(?:,[ \t]*\(?|[ \t]*\()$|\b[Ee]state agents?[ \t]*\($|\b(?:Mgmt|Management|Property|Realty|Lettings|Residential),[ \t]*office[ \t]*$|[Oo]ut[- ]of[- ]hours line[^\n\d]{0,30}$|^[ \t]*(?:Production|Press|Site|Head|Main|Sales|Lettings|Management|Registered) office[ \t]*[:：](?:[^\n\d]|\d{1,4}(?=[^\d -])){0,60}$|\bOffice of (?:[A-Z][a-z]+ ){0,3}[A-Z][a-z]+[ \t]*:[ \t]*$|P(?:a|ae)?ediatrics,[ \t]*\(?$/;
/**
 * A letterhead's address line that ends in its postcode, then a dot or a bar and the line's number ("… Stockport SK4 1HF ·
 * 0161 480 2211"), or in its town, then a dot, a bar or a dash and the word of a telephone ("… Kilimani, Nairobi | Tel 0709
 * 218 000", "… 1250-141 Lisboa · Tel. +351 …"). A number dialled from abroad after a postcode alone is a CV's owner's as often.
 */
const letterheadPostcodeBefore =
  /\b[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2}(?:[ \t]+[·|]|,)[ \t]*$|\b[A-Z]{2}[ \t]+\d{5}(?:-\d{4})?[ \t]+·[ \t]*\(?$/;
const letterheadTownBefore =
  /,[ \t]*(?:\d{4,6}(?:-\d{3})?[ \t]+(?:[A-Z]{2}[ \t]+)?)?[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?(?:[ \t]+[A-Z]{2,3}[ \t]+\d{4,5})?[ \t]+[·|—–][ \t]*(?:Tel|TEL|tel|Ph|ph)\.?[ \t]*:?[ \t]*$/;
const organisationWordOnLine = new RegExp(String.raw`${organisationWords}(?![A-Za-z])|Pty\b`);
/** Someone's own words or name field on the line before the number ("Dr. Kim's mobile", "담당자 김민수", "Name: … | Company: …"). */
const personBeforeNumber = /[Mm]obile|[Cc]ell|[Dd]irect|[Nn]ame\b|NAME|[Cc]ontact|담당자?|휴대|핸드폰|직통|이름|성명|성함/;
/**
 * A Korean or a British mobile number, which a person carries; a Korean mobile's prefix is followed by a separator or by
 * the rest of its digits run together, as Manchester's 0161 is not.
 */
const mobileNumber = /^(?:\+82[ -]?1\d|01[016-9](?=[-. )]|\d{7,8}$)|\+44[ -]?7|07\d)/;

// Grouped as British numbers are ("0345 602 1997"); Pakistan's mobiles also open with 03 ("0300-4417825", "0321 5528914").
const britishServiceLine = /^0(?:3\d\d|80[08]|84[345]|87[01]) \d{3} \d{3,4}$/;
const organisationLineBefore = /\b(?:call|ring|phone|contact|text|reach)[ \t]+us\b[^\n\d]{0,12}$/i;
/** A bank's routing or transit number after its label ("라우팅 번호 021000021", "ABA routing # 026009593"). */
const routingNumberBefore = /(?:라우팅|[Rr]outing|ABA|[Tt]ransit)[ \t]*(?:번호|number|no\.?|#)?[ \t]*(?:은|는|:)?[ \t]*$/;
const upsNumberBefore = /\b1Z(?:[ ]?[0-9A-Z]{3}){2}[ ]?$/;
/**
 * The word of a main line, a desk, a hospital's office, a box office, a helpline or a fax right before the number on its
 * line ("Store line 0118 …", "Nurses' station: …", "ring the unit on …", "리셉션 번호 …", "surgery 대표번호는 …"), nothing but
 * a colon, a topic particle or blanks between
 * (a person's own number after it has its own word: "대표번호 말고 제 폰 010 …", "fax … Mob 07404 …").
 */
const businessLineBefore =
  /(?:대표[ \t]*번호|대표[ \t]*전화|\(대표|사업장[ \t]*전화|관리실|관리사무소|경비실|방재실|원무과|교무실|행정실|민원실|진료협력센터|시청자상담실|고객상담실|지사|지점|본사|팩스(?:[ \t]*번호)?|FAX|[Ff]ax|[Mm]ain (?:desk|line)|[Ss]witchboard|[Rr]eception|[Ff]ront desk|[Bb]ox office|attendance line|(?:[Cc]linic|[Cc]lient|[Cc]are|[Nn]urse|[Ss]tore|[Pp]ractice|[Pp]rogram(?:me)?|[Ww]ard|[Ss]urgery|[Pp]harmacy|pre-auth|24-hour(?: [A-Z]{2,4})?|[Ss]chool|[Cc]ent(?:re|er)) (?:line|phone|tel\.?)|[Cc]ompany tel\.?|[Oo]ffice landline|[Mm]ember services|[Hh]elp ?[Dd]esk|Admissions|[Ss]tudentensekretariat|[Ss]ekretariat|[Nn]urses'? station|IT support on|[Dd]esk phone|[Dd]ispatch line|Recepción|[Ee]mergency maintenance|Reservations|지점[ \t]*연락처|업소[ \t]*전화|긴급[ \t]*출동[^\n\d]{0,16}|電話|[Cc]ustomer service(?: is)?|[Nn]on-emergency(?: line)?|\b[A-Z][a-z]+ desk|(?:\b[A-Z][a-z]+ )+team|ring the (?:unit|ward|clinic|surgery|practice|office|school) on|[Hh]elpline|[Hh]otline(?: for [^\n\d:]{1,20})?|[Oo]utages?|[Dd]istrict office|[Cc]ounty office|office on|\(office|[Oo]ffice line is|[Cc]ustomer [Cc]are(?: from abroad)?|(?:[Cc]all|[Cc]ontact) cent(?:re|er)|the (?:store|shop|branch|office|gym|salon|restaurant|hotel|garage|dealer(?:ship)?|bank|library) (?:at|on)|the (?:clinic|surgery|practice|pharmacy|school|branch|store|shop) on|[Bb]ranch(?: line)?|\b(?:[Mm]ain|[Ss]ervice|[Cc]luster|IT) desk|[Pp]roduction office|board line|[가-힣]센터|전송|[Cc]oncierge(?: desk)?|agency line|[Ss]ales office|management office|office tel|공용[ \t]*(?:번호|전화)|리셉션(?:[ \t]*번호)?|클리닉[ \t]*번호|창구|(?:[Ff]or )?(?:[Ee]nquiries|[Ii]nquiries|[Qq]ueries)|[Qq]uestions[?:])(?:[ \t]+(?:is|on)|은|는)?[ \t]*[:：,|·]?[ \t]*\(?$/;
/**
 * The same said in brackets after the number: "031-8041-7320 (대표)", "02-944-7000 (복지관 대표)", "+81 92-712-3380 (Front
 * desk, 24h)", "09 70 81 42 00
 * (free call)", "+34 932 45 88 10 (24시간 프런트)"; or the line's opening hours from one time to another or its menu's option
 * after it, which only a desk has: "02-760-0410 (평일 10~17시)", "+49 40 3008 1200 (Mon-Fri 8-18)", "0330 9 123 123,
 * 8am-8pm", "01 410 3000 (option 2)", "(937) 555-0100 option 2", "Office: 214-555-0100, Mon–Fri."). When a person is
 * free to talk is no desk's hours
 * ("010-4715-0839 (평일 18시 이후)"), and a firm's head's own mobile is theirs ("010-… (대표 휴대폰)").
 */
/** A person's own line's word right before the number: a direct line, a mobile, a cell, a number that takes texts. */
const personsOwnLineBefore = /(?:직통|[Dd]irect(?: line| dial)?|[Mm]obile|[Cc]ell|휴대폰?|문자[ \t]?가능[ \t]?번호)[ \t]*[:：]?[ \t]*\(?$/;
const businessLineAfter =
  /^,[ \t]*main line\b|^[ \t]*\((?:(?:[가-힣]{1,8}[ \t]?)?대표(?![ \t]?(?:휴대|핸드폰|폰|개인))|main|[Ff]ront desk|[Rr]eception|switchboard|free call|toll[- ]free|24시간 프[런론]트|프[런론]트|(?:24시간|24h|24 hours)\)|[A-Z][a-z]+ office\)|[a-z]+ desk\))|^[ \t]+(?:option|press) \d\b|^[ \t]*(?:\(|,[ \t]*)(?:option \d|press \d|(?:Mon|Tue|Wed|Thu)[a-z]*[ \t]*[-–~][ \t]*(?:Fri|Sat|Sun)[a-z]*\b|(?:(?:Mon(?:day)?|Mo|평일|월)[ \t]*(?:[-–~][ \t]*(?:Fri(?:day)?|Sat(?:urday)?|Fr|Sa|금|토)[ \t]*)?)?\d{1,2}(?::\d{2})?[ \t]?(?:[ap]m|시)?[ \t]?[-–~][ \t]?\d{1,2}(?::\d{2})?[ \t]?(?:[ap]m|시|\)))/;

/**
 * National numbers of other countries (`isValidLabelledNationalPhone`) that no search above read, right after a phone
 * label or a person's name: eight to thirteen digits in one numeric run, an area code in brackets included ("(08) 9384
 * 2217").
 */
const areaCodeInBrackets = /^\d{1,5}\)/;

function findLabelledNational(text: string, findings: PiiFinding[]): void {
  const overlapsFound = overlapIndex(findings);
  for (const run of textFeatures(text).runs) {
    if (run.digits < 8 || run.digits > 13) continue;
    // A bracket before the number is read with it; it belongs to the number when it holds an area code ("(08) 9384 2217"),
    // not when it holds the whole number ("Ana Fifita (021 661 0985)").
    const bracketed = text.charCodeAt(run.start - 1) === 40;
    const labelAt = bracketed ? run.start - 1 : run.start;
    const start = bracketed && areaCodeInBrackets.test(text.slice(run.start, run.start + 6)) ? run.start - 1 : run.start;
    if (overlapsFound(run)) continue;
    if (!isDigitStartAt(text, labelAt) || !isDigitEndAt(text, run.end)) continue;
    if (!(labelsTheNumberAt(text, labelAt) || followsAName(text, labelAt)) || hasOtherIdentifierLabel(text, labelAt)) continue;
    const candidate = text.slice(start, run.end);
    if (!notForeignNational.test(candidate) && !isKoreanFreeLine(text, candidate) && isValidLabelledNationalPhone(candidate))
      findings.push(createFinding({ type: 'PHONE', text: candidate, start, score: 0.7, recognizer: name }));
  }
}

/**
 * In a Korean text 080 opens a free line, its prefix apart ("080-2255-8000", "문의는 080-412-7700"); a Japanese mobile
 * elsewhere and where kana is written beside the Hangul. A Nigerian mobile groups its prefix's next digit with it ("0803 417
 * 2258").
 */
const koreanFreeLine = /^080[-. ]/;
function isKoreanFreeLine(text: string, candidate: string): boolean {
  return koreanFreeLine.test(candidate) && (textFeatures(text).flags & (textFeature.hangul | textFeature.kana)) === textFeature.hangul;
}

/**
 * A national number of another country in three groups or more, split where its country splits it ("0812 660 4471" in
 * Lagos, "027 448 1906" in Auckland, "06 12 48 93 70" in Lyon): writers group account, member and order numbers otherwise,
 * so the grouping alone is the cue; a label that names another thing still wins.
 */
const groupedTrunkNumber = /^\(?0\d{1,4}\)?(?:[ -]\d{2,5}){2,4}$/;
/**
 * What such a grouping also writes: a Canadian SIN or a licence in threes ("046 454 286"), a British non-geographic or
 * free line ("0345 600 2290", "0808 164 1088"), a Korean free line of ten digits ("080-870-1234"), a date and an hour
 * ("02-03-2026 22").
 */
const groupedNotPersonal = /^\d{3} \d{3} \d{3}$|^0(?:3\d\d|80[08]|500) |^080[- ]\d{3}[- ]\d{4}$|^\d{2}[-./]\d{2}[-./](?:19|20)\d\d/;
/** A reference's or a waybill's word before the number: a deposit's or a parcel's number is grouped alike. */
const referenceBefore = /ref(?:erence)?\.?|quoting|invoice|waybill|tracking|운송장|송장/i;

function findGroupedNational(text: string, findings: PiiFinding[]): void {
  const overlapsFound = overlapIndex(findings);
  for (const run of textFeatures(text).runs) {
    if (run.digits < 9 || run.digits > 12) continue;
    if (overlapsFound(run)) continue;
    if (!isDigitStartAt(text, run.start) || !isDigitEndAt(text, run.end)) continue;
    const candidate = text.slice(run.start, run.end);
    if (!groupedTrunkNumber.test(candidate) || notForeignNational.test(candidate) || groupedNotPersonal.test(candidate)) continue;
    if (isKoreanFreeLine(text, candidate)) continue;
    if (hasContextBefore(text, { start: run.start, pattern: referenceBefore, windowSize: 24 })) continue;
    if (hasOtherIdentifierLabel(text, run.start) || readsUnderTableHeader(text, run.start) || !isValidLabelledNationalPhone(candidate))
      continue;
    findings.push(createFinding({ type: 'PHONE', text: candidate, start: run.start, score: 0.6, recognizer: name }));
  }
}

/**
 * A Korean mobile with its country code and no plus, as booking systems and SMS logs store it ("82-10-4471-9038",
 * "msisdn=821093370482"): 82, then a mobile's prefix without its trunk 0.
 */
const koreanMobileWithoutPlus = /(?<![\d+])82[- ]?(1[016789])[- ]?(\d{3,4})[- ]?(\d{4})(?!\d)/g;

function findKoreanMobilesWithoutPlus(text: string, findings: PiiFinding[]): void {
  if (!text.includes('82')) return;
  const overlapsFound = overlapIndex(findings);
  koreanMobileWithoutPlus.lastIndex = 0;
  for (let match = koreanMobileWithoutPlus.exec(text); match !== null; match = koreanMobileWithoutPlus.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    if (overlapsFound({ start, end })) continue;
    if (koreanNumberType(`0${match[1]}-${match[2]}-${match[3]}`) !== PhoneNumberType.MOBILE || hasOtherIdentifierLabel(text, start))
      continue;
    findings.push(createFinding({ type: 'PHONE', text: match[0], start, score: 0.7, recognizer: name }));
  }
}

/** A subscriber's number where its key says it holds its country code ("msisdn=2348035519274", "MSISDN: 447700900123"). */
const subscriberNumber = /msisdn["']?[ \t]*[=:][ \t]*["']?(\d{10,15})(?!\d)/gi;

function findSubscriberNumbers(text: string, findings: PiiFinding[]): void {
  if (!text.includes('msisdn') && !text.includes('MSISDN')) return;
  const overlapsFound = overlapIndex(findings);
  subscriberNumber.lastIndex = 0;
  for (let match = subscriberNumber.exec(text); match !== null; match = subscriberNumber.exec(text)) {
    const digits = match[1]!;
    const start = match.index + match[0].length - digits.length;
    if (overlapsFound({ start, end: start + digits.length }) || internationalCountryCode(digits) === undefined) continue;
    findings.push(createFinding({ type: 'PHONE', text: digits, start, score: 0.75, recognizer: name }));
  }
}

function findInternational(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  for (const { start, match } of findInNumericRuns(text, { pattern: internationalPattern, minDigits: 8, accept: afterPlusSign })) {
    const candidate = longestValidPrefix(match[0]);
    if (candidate !== undefined) findings.push(internationalFinding(text, { start, candidate }));
  }
  return findings;
}

/** Numbers dialled with 00 before the country code, read as if it were the plus sign they stand for. */
function findDialledAbroad(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  for (const { start, match } of findInNumericRuns(text, { pattern: dialledAbroadPattern, minDigits: 10, accept: opensWithTwoZeros })) {
    const candidate = longestValidPrefix(`+${match[0].slice(2)}`);
    // The prefix is one character longer than the plus sign.
    if (candidate !== undefined)
      findings.push(internationalFinding(text, { start, candidate: { ...candidate, text: match[0].slice(0, candidate.text.length + 1) } }));
  }
  return findings;
}

function internationalFinding(text: string, found: { start: number; candidate: { text: string; countryCode: number } }): PiiFinding {
  const { start, candidate } = found;
  let score = candidate.countryCode === 82 ? 0.9 : 0.6;
  if (hasContextBefore(text, { start, pattern: phoneContext })) score += 0.2;
  return createFinding({ type: 'PHONE', text: candidate.text, start, score, recognizer: name });
}

/** The regex may swallow a following number ("+1 415 555 2671 2026"), so drop trailing groups until it validates. */
function longestValidPrefix(candidate: string): { text: string; countryCode: number } | undefined {
  let text = candidate;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const digits = digitCount(text);
    if (digits < 8 || digits > 15) {
      if (digits < 8) return undefined;
    } else {
      const parsed = internationalCountryCode(text);
      if (parsed !== undefined) return { text, countryCode: parsed };
    }
    const lastSeparator = text.search(/[-. ][^-. ]*$/);
    if (lastSeparator <= 0) return undefined;
    text = text.slice(0, lastSeparator);
  }
  return undefined;
}

/** US and UK numbers written without their country code, validated for that region by libphonenumber. */
function findNational(text: string, search: { findings: PiiFinding[]; candidates: readonly PhoneCandidate[]; region: 'US' | 'GB' }): void {
  for (const { start, end } of search.candidates) {
    const candidate = text.slice(start, end);
    if (!isValidNationalPhone(candidate, search.region) || hasOtherIdentifierLabel(text, start)) continue;
    const score = hasContextBefore(text, { start, pattern: phoneContext }) ? 0.8 : 0.6;
    search.findings.push(createFinding({ type: 'PHONE', text: candidate, start, score, recognizer: name }));
  }
}

/**
 * Whether a phone label stands shortly before `start` with no digit after it: the label of this number, not the last
 * field's. Only the stretch after the last digit is read, mostly a few characters ("Mob: ", "연락처 ").
 */
function labelsTheNumberAt(text: string, start: number, secondOfList = false): boolean {
  const colon = colonBefore(text, start);
  const aside = colon === -1 ? -1 : asideBeforeColonAt(text, start);
  if (aside !== -1) return labelsTheNumberAt(text, aside, secondOfList);
  // A form's label may run longer before its colon ("Mobil für Rückfragen des Technikers: …"), within its line.
  const nearStart = Math.max(0, start - barePhoneWindow);
  const windowStart = colon === -1 ? nearStart : Math.min(nearStart, Math.max(start - formLabelWindow, text.lastIndexOf('\n', start) + 1));
  let from = start;
  while (from > windowStart && !isAsciiDigit(text.charCodeAt(from - 1))) from -= 1;
  if (readsUnderTableHeader(text, start)) return false;
  if (
    labelledPhoneContext.test(text.slice(from, start)) ||
    numberIsBefore.test(text.slice(Math.max(0, start - numberIsReach), start)) ||
    namesPhoneOfAccount(text, start)
  )
    return true;
  // "Ph: 0484-2427718 / 94470 61385": the second number of a list shares the first one's label.
  if (secondOfList || from === windowStart || !listMark.test(text.slice(from, start))) return false;
  let previous = from;
  while (previous > 0 && numberCharacters.test(text.charAt(previous - 1))) previous -= 1;
  while (previous < from && !isAsciiDigit(text.charCodeAt(previous))) previous += 1;
  return labelsTheNumberAt(text, previous, true);
}

/** An aside in brackets between a label and its colon: "Mobile number (porting from Telekom): 0176 …". */
const asideBeforeColon = /[ \t]*\([^()\n]{1,40}\)[ \t]*[:：][ \t]*$/;
const longestAside = 48;

const formLabelWindow = 48;

/** Where the colon right before `start` (blanks aside) stands; -1 when there is none. */
function colonBefore(text: string, start: number): number {
  let at = start;
  while (at > 0 && (text.charCodeAt(at - 1) === 0x20 || text.charCodeAt(at - 1) === 0x09)) at -= 1;
  const code = text.charCodeAt(at - 1);
  return code === 0x3a || code === 0xff1a ? at - 1 : -1;
}

/** Where such an aside starts before `start`, so the label before it is read; -1 when there is none. */
function asideBeforeColonAt(text: string, start: number): number {
  const from = Math.max(0, start - longestAside);
  const aside = asideBeforeColon.exec(text.slice(from, start));
  return aside === null ? -1 : from + aside.index;
}

/** What stands between two numbers of a list: a slash, a comma, "or", 또는. */
const listMark = /^[ \t]*(?:\/|,|or|또는)[ \t]*$/;
/** What a phone number is written with. */
const numberCharacters = /[\d \t().+-]/;

/**
 * Someone's number said a few words before it ("Nana's new number at the village is (08) 9384 2217"), or the number a call
 * came from ("rang back 11:40 from 01 451 8830").
 */
const numberIsBefore =
  /\b(?:new|my|her|his|their|your|best|mobile|phone|home|cell|contact) number\b[^\n.?!\d]{0,32}\bis[ \t]*$|\b(?:rang|called|phoned)(?: back)?\b[^\n.?!]{0,20}\bfrom[ \t]*$/i;
const numberIsReach = 56;

/**
 * Whether the number's line holds nothing before it but cells, under a line of cells: a phone word there heads another
 * column ("학번,…,휴대폰\n2024310571,…"), which the table's own search reads.
 */
function readsUnderTableHeader(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1);
  if (lineStart === -1) return false;
  const cellsBefore = text.slice(lineStart + 1, start).split(/[,\t|]/);
  if (cellsBefore.at(-1)!.trim() !== '' || !cellsBefore.every(isShortCell)) return false;
  const headerLine = text.slice(text.lastIndexOf('\n', lineStart - 1) + 1, lineStart);
  if (isUnderContactHeader(text, { lineStart: lineStart + 1, start })) return false;
  const header = headerLine.split(/[,\t|]/);
  return header.length >= 3 && header.every(isShortCell);
}

/**
 * Under a "Contact" column, which the table's search reads as a name's, a phone's shape is the contact's number; the cells
 * are counted by the table's own separator (a tab-separated row's address holds commas).
 */
function isUnderContactHeader(text: string, row: { lineStart: number; start: number }): boolean {
  const line = text.slice(row.lineStart, endOfLine(text, row.lineStart));
  const separator = line.includes('\t') ? '\t' : line.includes('|') ? '|' : ',';
  const cells = line.split(separator).length;
  // The header is the first line of the rows above with as many cells.
  let headerStart = row.lineStart;
  for (let rows = 0; headerStart > 0 && rows < headerSearchRows; rows += 1) {
    const above = text.lastIndexOf('\n', headerStart - 2) + 1;
    if (text.slice(above, headerStart - 1).split(separator).length !== cells) break;
    headerStart = above;
  }
  if (headerStart === row.lineStart) return false;
  const header = text.slice(headerStart, endOfLine(text, headerStart)).split(separator);
  return contactHeader.test(header[text.slice(row.lineStart, row.start).split(separator).length - 1] ?? '');
}

const headerSearchRows = 50;

const contactHeader = /^[ \t]*(?:[Cc]ontact|CONTACT)[ \t]*$/;

/** A table's cell, not a sentence cut at its commas: thirty characters at most. */
function isShortCell(cell: string): boolean {
  return cell.length <= 30;
}

/** How many separator characters may stand between a contact's name and the number (", ", " | ", ":\n"). */
const mostSeparators = 4;
/** A relation or a union in brackets after the name ("(son)", "(NUM)"). */
const bracketAfterName = /\([A-Za-z ]{1,16}\)$/;

/**
 * Whether a person's name, by a listed first name, ends right before the number, on its line or the line above: a
 * signature ("Tariq Mahmood Qureshi\n0321-5528914"), a contact list's row ("| Joseph Kiprotich Rono | 0710 448 209 |"),
 * a form's relative ("Rahul Deshpande (son), 98231 60447").
 */
function followsAName(text: string, start: number): boolean {
  // "my brother Kwabena on 024 551 8832": the name, then "on".
  let end = /[ \t]on[ \t]+$/.test(text.slice(Math.max(0, start - 5), start)) ? text.lastIndexOf('on', start) - 1 : start;
  while (end > start - mostSeparators && end > 0 && isSeparatorAfterName(text.charCodeAt(end - 1))) end -= 1;
  // A letter ends a name; a bracket may close a relation after it. Most numbers follow a digit, a label or Hangul.
  const last = text.charCodeAt(end - 1);
  if (end === start || !(isAsciiLetter(last) || last === 0x29)) return false;
  // A name's word is capitalised: "card 4111 …", "SSN 123-45-…" end in a word in one case.
  if (last !== 0x29 && !isCapitalisedWordEndingAt(text, end)) return false;
  if (last === 0x29) {
    const bracket = bracketAfterName.exec(text.slice(Math.max(0, end - 18), end));
    if (bracket === null) return false;
    end -= bracket[0].length;
    while (end > 0 && text.charCodeAt(end - 1) === 0x20) end -= 1;
  }
  // One of the last three words must be a listed first name before the name is read ("Mobile 0722 …" holds none).
  if (!listedFirstNameAmongLastWords(text, end)) return false;
  const name = latinNameBefore(text, { end });
  if (name === undefined || !name.knownFirstName) return false;
  // "Grace Cleaner 0710 …": a first name that is a word too starts as many products.
  return !firstNamesThatAreWords.has(/^\S+/.exec(text.slice(name.start, name.end))![0]);
}

/** How many words before the number a name's first name may stand ("Joseph Kiprotich Rono"). */
const nameWords = 3;

function listedFirstNameAmongLastWords(text: string, end: number): boolean {
  let wordEnd = end;
  for (let count = 0; count < nameWords && wordEnd > 0; count += 1) {
    let wordStart = wordEnd;
    while (wordStart > 0 && isAsciiLetter(text.charCodeAt(wordStart - 1))) wordStart -= 1;
    // A middle initial ("Cristina D. Villanueva") stands between the first name and the surname.
    if (wordStart === wordEnd && isMiddleInitialEndingAt(text, wordEnd)) {
      wordEnd -= 3;
      continue;
    }
    if (wordStart === wordEnd) return false;
    if (isListedFirstName(text.slice(wordStart, wordEnd))) return true;
    wordEnd = wordStart - 1;
    if (text.charCodeAt(wordEnd) !== 0x20) return false;
  }
  return false;
}

/** " D." ending at `end`: a capital and a dot after a blank. */
function isMiddleInitialEndingAt(text: string, end: number): boolean {
  const initial = text.charCodeAt(end - 2);
  return text.charCodeAt(end - 1) === 0x2e && initial >= 0x41 && initial <= 0x5a && text.charCodeAt(end - 3) === 0x20;
}

/**
 * A blank, a line break or a mark that separates a name from its number: , | / - –. Not a colon: "Phone: 0722 …" is a
 * label's value, read by `labelsTheNumberAt`.
 */
const separatorsAfterName: ReadonlySet<number> = new Set([0x20, 0x09, 0x0a, 0x0d, 0x2c, 0x7c, 0x2f, 0x2d, 0x2013]);

/** Whether the word of ASCII letters that ends at `end` opens with a capital and goes on in lower case ("Rono", "Camille"). */
function isCapitalisedWordEndingAt(text: string, end: number): boolean {
  let start = end;
  while (start > 0 && isAsciiLetter(text.charCodeAt(start - 1))) start -= 1;
  const first = text.charCodeAt(start);
  const second = text.charCodeAt(start + 1);
  return first >= 0x41 && first <= 0x5a && second >= 0x61 && second <= 0x7a;
}

function isSeparatorAfterName(code: number): boolean {
  return separatorsAfterName.has(code);
}

function hasOtherIdentifierLabel(text: string, start: number): boolean {
  return (
    mayEndWithLabel(text, { start, ...otherIdentifierLabelEnd }) &&
    hasContextBefore(text, { start, pattern: otherIdentifierLabel }) &&
    !namesPhoneOfAccount(text, start)
  );
}

function afterPlusSign(text: string, run: NumericRun): boolean {
  return text.charCodeAt(run.start - 1) === 43;
}

function opensWithTwoZeros(text: string, run: NumericRun): boolean {
  return text.charCodeAt(run.start) === 48 && text.charCodeAt(run.start + 1) === 48 && text.charCodeAt(run.start - 1) !== 43;
}
