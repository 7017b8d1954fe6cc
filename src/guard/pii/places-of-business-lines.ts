// A place of business's own line, told by its place's word next to the number: a bakery's, a farm's, a studio's, a hub's
// or a dock's line ("the bakery landline 02-…", "the farm line is 503-…", "Farm office 041-…", "(centre 061-…)"), a
// school kitchen's or a shop's (급식실, 영양실, 가게 번호, 점포 전화), a co-op's, a shelter's headquarters or an immigration
// office's (조합, 본부, 출입국(…)), a council's or a co-op's department (농업정책과 043-…, 지도과 직통은 …, 축산컨설팅부(…)),
// an embassy's consular section ("call the Consular Section at
// …"), a letterhead's address line that ends in its number ("6 Market Street, Hebden Bridge · 01422 …"), or a gloss after
// the number ("(studio)", "(총무팀)", "(… 사무실)"). Whoever answers such a line, it is the organisation's; a
// person's own line is written with their own word ("my farm line", "제 휴대폰", "직통" alone) and a mobile stays theirs
// (the caller keeps mobiles).
import { countryCodeStart } from './desk-lines.ts';

/** The places of business whose word names their line in English. */
const placeNoun = String.raw`(?:bakery|shop|store|farm|studio|restaurant|caf[eé]|kitchen|canteen|cent(?:re|er)|clinic|practice|hub|depot|warehouse|dock|co-?op|embassy|consulate|shelter|school|church|mosque|temple|firm|agency|hotel|salon|garage|factory|mill|dairy|market|branch|lab)`;
/** Not someone's own: "my farm line", "her studio phone", "the home office number". */
const notPersons = String.raw`(?<!\b(?:my|his|her|your|their|home|house|family)[ \t])`;
/** What may stand between the words and the number: a gloss in brackets, a colon or a comma, an opening bracket. */
const tail = String.raw`(?:[ \t]*\([^()\n\d]{1,20}\))?[ \t]*[:：,]?[ \t]*\(?$`;

const englishPlaceWords = new RegExp(
  String.raw`(?:` +
    [
      // "the bakery landline", "the farm line is", "Farm office", "center number", "Nepal embassy phone", "Hub line".
      String.raw`${notPersons}\b${placeNoun}(?:['’]s)?[ \t](?:land[ \t]?line|line|phone|number|tel\.?|office)(?:[ \t](?:is|on|at))?`,
      // A named kind of shared line: "events line", "accounts line", "order line is", "trunk line", "general line is".
      String.raw`(?<!\b(?:my|his|her)[ \t])\b(?:events?|accounts?|orders?|trunk|general|enquiry|enquiries|inquiry|admin|delivery|wholesale|donations?|volunteer|intake|referral|dock|hub)[ \t](?:line|number|hotline)(?:[ \t](?:is|on|at))?`,
      // A place's word in a bracket or a cell right before the number: "(centre 061-…", "| hub 051-…", "PS, desk 041-…".
      // "rather than the practice (01558 …)".
      String.raw`(?:\(|[|·][ \t]*)[ \t]*${placeNoun}|,[ \t]*desk|\bthe[ \t]+${placeNoun}[ \t]*\(`,
      // A customer service's desk in French or German ("Notre service client : +33 …").
      String.raw`\bservice[ \t]+client|\bkundenservice`,
      // Reaching the place: "call the centre on …", "ring the farm at …".
      String.raw`\b(?:call|ring|phone|contact|reach)[ \t]+(?:the|our)[ \t]+(?:[\w-]+[ \t]+)?${placeNoun}[ \t]+(?:on|at)`,
      // Going to the place or calling it: "Register at the desk or call …", "Apply at your 지역농협 or call …".
      String.raw`\b(?:at|visit)[ \t]+(?:the|your|our|a)[ \t]+[^\n\d]{1,24}[ \t]or[ \t]+call`,
      // An embassy's consular section or unit, its hours perhaps before the colon: "call the Consular Section at …",
      // "Consular hotline (working hours): …", "our ACS unit can be reached at …".
      String.raw`\bconsular[ \t]+(?:section|office|desk|unit|hotline|line)\b[^\n\d]{0,24}|\bACS[ \t]+(?:unit|section|desk)\b[^\n\d]{0,24}`,
      // A police box or a coast guard post, a nurses' station, a vendor's or IT support, a company's phone.
      String.raw`\b(?:patrol|police)[ \t]+box(?:[ \t]is)?|\b(?:coast[ \t]?guard|police|fire)[ \t]+(?:post|station)(?:[ \t]is)?|\bnurses?['’]?[ \t]+station`,
      String.raw`\b(?:vendor|IT|tech(?:nical)?)[ \t]+support(?:[ \t](?:is|on|at))?|${notPersons}\bcompany[ \t]+(?:phone|tel\.?)(?:[ \t]is)?`,
    ].join('|') +
    String.raw`)${tail}`,
  'i',
);

/**
 * The same in Korean and in capitals: a school kitchen's, a shop's, a farm's, a co-op's, a shelter's headquarters', an
 * embassy's or an immigration office's word, with its line's word perhaps ("급식실 번호는 …", "가게 번호 …", "점포 전화
 * …", "운영본부 전화는 …", "목포출입국(…"); a department ending in 과 ("농업정책과 …", "지도과 직통은 …", not a particle's
 * "선생님과"); an office (사무실) opening a sentence or named by its place ("…합니다. 사무실 …", "클리닉 사무실은 …"; not
 * "제 사무실", nor one of someone's own numbers: "연락처 010-…, 사무실 02-…"); a department's bracket ("축산컨설팅부(…"); a consultation line ("법인 전용 상담 …"); a business's registration number right before ("224-09-76152, …"); a hospital's
 * ER; a firm's capitalised trade word before a separator ("Lowry Tax & Advisory · …"); a program's name ("Food Protection
 * Program (…").
 */
const koreanPlaceWords = new RegExp(
  String.raw`(?:` +
    [
      String.raw`(?:급식실|영양실|조리실|배식실|매점|가게|점포|상점|농장|목장|양식장|공판장|위판장|작목반|[가-힣]{0,4}(?:농협|수협|축협|조합)|운영본부|본부|쉼터|대사관|영사관|영사과|출입국(?:외국인)?(?:사무소|청)?|고용센터|경찰서|지구대|파출소|소방서|보건소|행정복지센터|[읍면동]사무소|노무법인|법무법인|법률사무소|세무서)(?:[ \t]?(?:번호|전화(?:번호)?|대표(?:번호)?|연락처|직통|공용))?(?:은|는|이|[:：]|[ \t]*[|·])?`,
      String.raw`(?:^|[\s(:：/|·,])[가-힣]{2,7}(?<![님들])과(?:[ \t]?(?:직통|대표|전화|번호))?(?:은|는)?`,
      String.raw`[.!?][ \t]+사무실(?:[ \t]?번호)?(?:은|는)?|(?<![가-힣])(?![제내네저][ \t])[가-힣]{2,8}[ \t]?사무실(?:[ \t]?번호)?(?:은|는)?`,
      String.raw`[가-힣]{2,8}부[ \t]*\(|(?:전용|대표)[ \t]?(?:상담|문의)(?:[ \t]?(?:번호|전화))?`,
      String.raw`\b\d{3}-\d{2}-\d{5}[ \t]*,|\bER(?:[ \t]is)?`,
      String.raw`\b(?:Advisory|Accounting|Consulting|Associates|Partners|Bakery|Kitchen|Farms?|Studio|Gallery|Ceramics|Fisheries|Seafood|Foods|Vineyards?|Winery|Dairy|Creamery|Deli|Bistro|Brewery|Roasters?)[ \t]*[·|]`,
      String.raw`\b[A-Z][a-z]+[ \t]+Program(?:me)?`,
    ].join('|') +
    String.raw`)${tail}`,
);

/**
 * A letterhead's address line ending in its number: a street's word, its town or district after it, then a dot or a bar
 * ("6 Market Street, Hebden Bridge · 01422 …", "211 Ossington Ave, Toronto | 416-…", "Yuseong-gu, Daejeon 34134 | +82 …",
 * "매산로 12, 3층 | tel 031-…"). The caller makes sure no person is named on the line.
 */
const letterheadAddressBefore =
  /(?:\b(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Quay|Boulevard|Blvd|Way|Drive|Square|Place|Row|Terrace|Parade)\.?|[a-z]-(?:ro|gil|gu|dong))\b[^\n|·\d]{0,30}(?:\d{4,6}[ \t]*)?[·|][ \t]*(?:(?:tel|phone|T)\.?[ \t]*:?[ \t]*)?$|[가-힣](?:로|길)[ \t]?\d{1,4}(?:-\d{1,4})?(?:,[ \t]*\d{1,3}층)?[ \t]*[·|][ \t]*(?:(?:tel|TEL|Tel|전화)\.?[ \t]*:?[ \t]*)?$/;
/** A person's own word on the letterhead's line makes it theirs ("Ship to: …", "Home: …", "주소: …"). */
const personsLineWord =
  /\b(?:[Ss]hip(?:ping)? to|[Dd]eliver(?:y| to)|[Hh]ome|[Nn]ame|[Cc]ustomer|[Mm]y|[Mm]obile|[Cc]ell)\b|주소|받는|배송|자택|휴대/;

/**
 * A gloss after the number that calls it the place's: "(studio)", "(shop)", "(총무팀)", " 대표)", " 센터 공용)". Not an
 * extension after it: writers give a work line and its extension as the person's own ("work: 512-… ext 118").
 */
const placeGlossAfter =
  /^[ \t]*(?:\([ \t]*(?:studio|shop|store|farm|cent(?:re|er)|clinic|practice|restaurant|bakery|salon|school|church|hub|depot|warehouse|kitchen|general|front desk|reception)[ \t]*\)|(?:\([ \t]*)?(?:[가-힣]{1,8}[ \t])?(?:사무실|대표|공용)[ \t]*\)|\([ \t]*[가-힣]{1,8}(?:팀|과)[ \t]*\))/;
/** Someone giving their own numbers before the value ("ring me on 0161 … (office) or …", "제 번호 …"). */
const ownNumbersBefore = /\b(?:me|my|My|I)\b|연락[ \t]?가능|본인|[제내][ \t]?(?:번호|연락처)/;

/** How far before the value the words are read on its line. */
const reach = 56;
/** A number of a list before the value, which shares its words ("Consular hotline: 02-…, 02-…"). */
const listedBefore = /[\d)][ \t]*(?:,|\/|or|또는)[ \t]*$/;
const numberCharacter = /[\d \t().+-]/;

function wordsBefore(text: string, start: number): string {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return text.slice(Math.max(lineStart, start - reach), start);
}

function placeWordsEndAt(before: string): boolean {
  return englishPlaceWords.test(before) || koreanPlaceWords.test(before);
}

/**
 * Whether the number at `valueStart` follows a place of business's words on its line, or is the second of a list that
 * does.
 *
 * @example
 * followsPlaceOfBusinessWords('the farm line is 503-555-0116', 17); // true
 * followsPlaceOfBusinessWords('my farm line is 503-555-0116', 16); // false
 */
export function followsPlaceOfBusinessWords(text: string, valueStart: number): boolean {
  const start = countryCodeStart(text, valueStart);
  const before = wordsBefore(text, start);
  if (placeWordsEndAt(before)) return true;
  if (!listedBefore.test(before)) return false;
  // Walk back over the list's mark and the number before it.
  let previous = start - (listedBefore.exec(before)![0].length - 1);
  while (previous > 0 && numberCharacter.test(text.charAt(previous - 1))) previous -= 1;
  while (previous < start && !/[\d(+]/.test(text.charAt(previous))) previous += 1;
  return previous < start && placeWordsEndAt(wordsBefore(text, previous));
}

/**
 * Whether the number at `value` follows a letterhead's address on its line, with no person's word before it; the caller
 * checks that no person is named on the line.
 *
 * @example
 * endsLetterheadAddressLine('The Oystercatcher, Quay Street, Kinsale · 021 477 3300', 42); // true
 */
export function endsLetterheadAddressLine(text: string, valueStart: number): boolean {
  const start = countryCodeStart(text, valueStart);
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const line = text.slice(lineStart, start);
  return letterheadAddressBefore.test(line) && !personsLineWord.test(line);
}

/**
 * Whether a gloss after the value calls it a place of business's line, by no one giving their own numbers.
 *
 * @example
 * isGlossedAsPlaceOfBusiness('Ruth · (773) 555-0148 (studio)', { start: 7, end: 21 }); // true
 */
export function isGlossedAsPlaceOfBusiness(text: string, value: { start: number; end: number }): boolean {
  if (!placeGlossAfter.test(text.slice(value.end, value.end + 20))) return false;
  return !ownNumbersBefore.test(wordsBefore(text, value.start));
}
