// A desk's, a team's or a site's shared line, told by the word written right before the number: "main 864-…", "Service
// (928) …", "call security 937-…", "the DC desk at …", "Plant emergency line is …", "인사팀 031-…", "당직실: 052-…", "CS
// 대표 라인은 055-…", "예약: 031-…", "(발신 031-…)" above a shop's text message, or a team's mailbox before it
// ("privacy@beautypoint.co.kr / 02-…"). Whoever answers such a line, it is the organisation's, not a person's; a staff
// member's own direct line or mobile is written with a person's word instead ("direct", "직통", "my cell").
import { isRoleMailbox } from './recognizers/role-mailboxes.ts';

/**
 * More of an organisation's words for its own line, as a venue, a care home, a clinic, a builder or a platform writes them
 * to its customers: "call us 24/7 at …", "Questions on the day: …", "Questions? Call …", "Ops hotline on matchdays: …",
 * "Legal ops line for police: …", "Desk line …", "Maintenance planning line …", a Korean firm's after-sales desk ("A/S
 * line …", "제조사 A/S …"), a team's ("our contract team at …", "program team (Kim …), …", "their probate team is on …"),
 * an office's ("Our finance office is on …", "liaison office …", "Office # for the agency is …", "Tel (site office) …", a
 * line opening "Centre …"), a website's booking before its line ("book online at … or call …"), a practice's or a church's
 * name; and in Korean, a counselling
 * or an admission desk's line, a booking for a visit ("상담 예약 …", "입소 상담 …", "사전예약 …"), a counselling room or a
 * nurses' station (상담실, 간호실), a funeral hall's or a care home's own phone ("장례식장 전화: …"), a team's duty desk
 * ("구매팀 입찰담당 …", "계약담당 부서(…"), a Korean office's English gloss ("The 경기지청 phone is …", "안전팀 at …").
 * A person's own line keeps a person's word ("my office", "his desk", "직통"); a mobile is a person's wherever it stands.
 */
const organisationsOwnLineWords = [
  String.raw`\b(?:[Cc]all|[Rr]ing|[Pp]hone|[Tt]ext|[Cc]ontact) us(?: 24\/7| 24h| anytime| any time)?(?: at| on)?`,
  String.raw`\bQuestions?\b[^\n\d:：?]{0,24}[:：]|\bQuestions\?[ \t]*(?:[Cc]all|[Rr]ing|[Pp]hone)(?: us)?(?: on| at)?`,
  String.raw`\b[Hh]otline\b[^\n\d:：]{0,24}[:：]|(?<!\b(?:[Dd]irect|[Pp]ersonal|[Mm]obile|[Hh]ome|[Mm]y) )\bline for (?!(?:you|me|him|her|them|us)\b)[a-z][a-z ]{0,20}[:：]`,
  String.raw`\b(?:[Dd]esk|[Pp]lanning|[Mm]aintenance|[Oo]ps|[Ll]egal|[Ff]inance|[Ee]vents?|[Bb]ox office) (?:line|number)(?: is)?(?: on| at)?|\bA\/S(?: line| cent(?:re|er))?`,
  String.raw`(?<!\b[Mm]y )\b(?:[A-Za-z]+ )?[Tt]eam(?: is)?(?: on| at)?`,
  String.raw`\b(?!(?:my|his|her|your|their|home|own|private)\b)[a-z]+ [Oo]ffice(?: is)?(?: on| at)?|\b[Oo]ffice #(?: for [a-z ]{1,24})?(?: is)?`,
  String.raw`\((?!home|my)[a-z ]{0,12}office\)|^[ \t]*(?:Centre|Center|Reception|Venue)`,
  String.raw`\b(?:online|website)(?: at [^\s]{3,60})? or (?:call|ring|phone)`,
  // A practice's or a church's name before its line, after its doctor or its pastor perhaps ("Dr. …, Lakeside Internal
  // Medicine, (614) …", "Jubilee Medical Clinic, 250-…", "Grace Fellowship Church · 713-…").
  String.raw`\b[A-Z][a-z]+ (?:[A-Z][a-z]+ )?(?:Clinic|Medicine|Surgery|Practice|Pa?ediatrics)(?=,)|\b[A-Z][a-z]+ (?:Church|Chapel|Cathedral|Parish|Mosque|Temple|Synagogue)[ \t]*·`,
  String.raw`(?:(?:입소|입원|입양|방문|전화|견학|예약)[ \t]?)?상담(?:[ \t]?(?:전화|번호|문의|예약|실))?|(?:사전|면회|방문|진료)[ \t]?예약|(?:상담|간호|안내|접수)실`,
  String.raw`(?:장례식장|예식장|웨딩홀|요양원|요양병원|동물병원|보호소|복지관)(?:[ \t]?(?:전화|번호|대표[ \t]?번호))?`,
  String.raw`[가-힣](?:팀|과)[ \t]+[가-힣]{1,6}담당|담당[ \t]?부서`,
  String.raw`[가-힣]{2,}(?:팀|실|과|청|센터|사무소) (?:(?:main |office )?(?:phone|number|line)(?: is)?|at|on)`,
];

/**
 * The desk's words that end right before the value (a colon, a comma or an opening bracket between them): a site's main
 * line, a showroom's service or sales desk, a workshop, security, a desk, a named kind of shared line, a control room, a
 * roadside assistance line; a Korean team (팀, 파트) or a duty, dispatch, control or clerk's room (당직실, 배차실,
 * 상황실, 참여관실; not 사무실, which is often someone's own office), with the room's extension first perhaps ("보전 당직실:
 * 내선 4119 / 041-…"), a representative line (대표 번호), a booking line (예약:) and a text message's sender (발신). Not
 * after a person's possessive: "my main number" and "his direct line" are theirs.
 */
const deskWordBefore = new RegExp(
  String.raw`(?:` +
    [
      String.raw`(?<!\b(?:[Mm]y|[Hh]is|[Hh]er|[Yy]our|[Tt]heir) )\b(?:[Mm]ain|MAIN)(?: (?:number|line|office|switchboard)(?: is)?)?`,
      String.raw`\b(?:Service|SERVICE|Sales(?: floor)?|SALES|Workshop|Parts)`,
      String.raw`\b(?:[Ss]ite |[Pp]lant |[Gg]ate )?[Ss]ecurity(?: gatehouse| desk| office| line| phone)?(?: on| at| is)?|\b[Gg]ate (?:phone|line)(?: is)?`,
      // A desk reached at a line, not someone's own desk phone ("call me direct or desk 02-…" is theirs).
      String.raw`\bDesk[ \t]*:|\b(?:the|our|[A-Z]{2,}|[a-z]+(?<!\b(?:my|his|her|your|their|or|and))) desk(?: (?:at|on|is(?: on| at)?))?`,
      // A desk or a line kept round the clock ("call our 24h desk …", "the 24/7 line …").
      String.raw`\b(?:24h|24\/7|24-hour) (?:desk|line|hotline)(?: is| on| at)?`,
      String.raw`(?<!\b(?:[Mm]y|[Hh]is|[Hh]er|[Yy]our|[Tt]heir) )\b(?:emergency|pre-approval|[Cc]all-off|team|dept\.?|department|business|store|booking|service|sales|parts) line(?: \(24h\))?(?: is)?`,
      // A study's, a trial's, a site's or a hiring drive's line, a roster's or a terminal's, an engineers' or a duty
      // manager's ("ring the 24h study line …", "Recruitment line 512-…", "the rostering hotline is still …", "duty manager
      // line 0161 …"), whoever answers it on the day.
      String.raw`\b(?:[Ss]tudy|[Tt]rial|[Rr]ecruitment|[Rr]ostering|[Tt]erminal|[Ee]ngineer(?:s'?|ing)?|[Dd]uty manager|[Ss]hop|[Dd]epot|[Pp]ort|[Cc]rew) (?:line|hotline)(?: is)?(?: still)?(?: on| at)?(?:[^\n\d:：]{0,30}[:：])?`,
      // A desk's mailbox after its label, then its line ("Queries: dnd.vn@… · +84 …", "Enquiries: …@… or +49 …").
      String.raw`\b(?:[Qq]ueries|[Ee]nquiries|[Ii]nquiries|[Qq]uestions)[ \t]*[:：][ \t]*[\w.+-]+@[\w-]+(?:\.[\w-]+)+[ \t]*(?:[/|·,]|or)`,
      // A department in brackets, a police or a fire station's number, a partner or a body shop ("(safety dept. 417-…",
      // "the station number (503-…", "판교 partner shop, 031-…").
      String.raw`\((?:[A-Za-z]+ )?(?:dept\.?|department)|\bstation (?:number|line)|\b(?:partner|body|repair) shop`,
      // A reservation system's agency element: a city's code after AP, the agency's name after the number ("6 AP SEL
      // 02-… - … TRAVEL"); the passenger's own are APM, APH and APE.
      String.raw`^[ \t]*\d{1,2}[ \t]+AP[ \t]+[A-Z]{3}`,
      // A desk's opening hours before its line ("Office hours 8–16, phone 604-…").
      String.raw`\b[Oo]ffice hours[^\n\d]{0,4}[\d–:-]{1,11}[^\n\d]{0,4}(?:phone|call|tel)`,
      // A crew's, a flight's or an operations' control or scheduling desk ("Crew control 24h: …", "Crew scheduling: …").
      String.raw`\b(?:[Cc]rew|[Ff]light|[Oo]perations|[Oo]ps) (?:control|scheduling|rostering)(?: 24h| \(24h\))?(?=[ \t]*[:：])`,
      // An organisation's site reached by phone ("call the site on …", "ring the depot on …").
      String.raw`\b(?:[Cc]all|[Rr]ing|[Pp]hone) the (?:site|depot|terminal|lab|laboratory|unit|hub|warehouse|yard|gatehouse)(?: on| at)?`,
      // The organisation speaking of its own line ("Our 24/7 line is …", "Our goods-in line is …"), not a household of its
      // home line; a dispatch desk.
      String.raw`\b(?:[Oo]ur|OUR) (?!(?:home|house|family|own|new|old|phone)\b)(?:[\w/-]+ ){0,2}line(?: is)?|\b(?:[Dd]ispatch|DISPATCH)`,
      String.raw`\b[Cc]ontrol room(?: \(24h\))?|\bHR office|\b(?:[Ee]nquiries|[Ii]nquiries)[ \t]*[:：][ \t]*store|\b(?:roadside )?assistance(?: at| on)?`,
      String.raw`(?:[가-힣]팀|[가-힣\d]파트|(?:당직|배차|상황|관제|방재|통제|경비|민원|행정|관리|참여관|실무관|연구|지원|운영|보안)실)\)?(?:[ \t]?(?:통화|전화|번호(?:는|은)?))?(?:[ \t]*비상[ \t]?연락(?:처|망)?)?(?:[ \t]*[:：])?(?:[ \t]*내선[ \t]*\d{2,5}[ \t]*/|[ \t]*내선)?`,
      // A duty line, a company's main contact, its customer support, an operations or a security centre ("24시간 당직 번호
      // 02-…", "대표 연락처: 02-…", "메디로지스 고객지원 031-…", "OCC 02-…"); a travel agency's, a shipping agent's or a
      // carrier's name right before its line ("한성관광 031-…", "한라마린에이전시 052-…").
      String.raw`당직[ \t]?번호(?:는|은)?|대표[ \t]?연락처|고객[ \t]?지원|\b(?:OCC|NOC|SOC)\b(?:[ \t]?당직[ \t]?번호(?:는|은)?)?`,
      String.raw`[가-힣](?:에이전시|쉬핑|해운|관광|여행사|운수|통운)|터미널|당직[ \t]*☎|\b[Hh]elp ?[Dd]esk`,

      // A department in brackets or opening the line ("(영업부 031-…", "병리과 064-…" under a signature), an office's
      // bracket ("(사무소 052-…").
      String.raw`(?:^|\()[ \t]*[가-힣]{1,5}(?:부|과)|\([ \t]*사무소`,
      String.raw`현장[ \t]?사무소`,
      String.raw`대표[ \t]?(?:라인|번호|전화)(?:은|는)?|예약[ \t]*[:：]|\(발신`,
      // An office's, a practice's, an advice or a safeguarding service's, a firm's or a court's line or number in a
      // sentence ("the office number is …", "ring our advice line on …", "Firm line (312) …"), not someone's own ("my
      // office number"); a company's phone as a form's field, a shop's, a warehouse's or a clinic's intake as a label ("Company phone: …",
      // "Shop 559-…", "Warehouse 0191 …").
      String.raw`(?<!\b(?:[Mm]y|[Hh]is|[Hh]er|[Yy]our|[Tt]heir) )\b(?:[Oo]ffice|[Pp]ractice|[Aa]dvice|[Ss]afeguarding|[Ff]irm|[Cc]ounter|[Ll]arder|[Hh]elpline|[Cc]ourt|[Ii]ntake|[Aa]ssistance|[Ff]ront[ -][Dd]esk)(?: (?:line|number)s?)(?: is| on| at)?`,
      String.raw`\b(?:[Cc]ompany (?:phone|tel)(?=[ \t]*[:：])|Shop|Warehouse|[Cc]linic intake|(?:[Cc]hurch|[Pp]arish|[Cc]lub|[Cc]ourt) office)`,
      // A named desk or centre before its number in brackets or after a comma ("the Hanbit roaming centre (+82 …", "Customer
      // duty desk (051-…)", "the warehouse desk, 031-…"), not someone's own desk ("my desk (…)").
      String.raw`(?<!\b(?:[Mm]y|[Hh]is|[Hh]er|[Yy]our|[Tt]heir) (?:[\w'’-]+ )?)\b(?:[Dd]esk|[Cc]ent(?:re|er))(?=[ \t]*(?:[(,]|\([^()\n]{1,20}\)[ \t]*:))`,
      // A fax's short label after a separator ("T 02-… | F 02-…").
      String.raw`(?<=[|/·][ \t]*)F\.?`,
      // A carrier's order of a business's numbers: a DID range, a main number's gloss ("DID range 07 …", "착신 DID 031-…").
      String.raw`\b(?:DID|DDI) range|착신[ \t]?DID`,
      // A secretariat's or a business office's line in Dutch, German and Spanish ("secretariaat +31 …", "Geschäftsstelle …
      // · Tel. +49 …").
      String.raw`\b(?:[Ss]ecretariaat|[Ss]ecretariado|[Gg]eschäftsstelle\b[^\n\d]{0,40}(?:Tel|Telefon)\.?)`,
      // A question's invitation at a notice's end ("Any questions, 020 …").
      String.raw`\b[Aa]ny (?:questions|queries)`,
      // A store's, a dealer's, a branch office's, a secretariat's or a company's department's number, and a club's, a
      // parish's or a centre's office ("매장 번호 031-…", "출장소 전화는 031-…", "회사 HR 번호는 020 …", "클럽 사무실 번호는
      // 02-…"); a bare 사무실 or 회사 stays someone's own office ("낮에 연락은 회사 02-…").
      String.raw`(?:매장|업체|출장소|지부|사무국|본사|지점|대리점|회사[ \t]?[A-Z]{2,3}(?=[ \t]?(?:번호|전화))|(?:클럽|동호회|성당|교회|협회|연맹|동창회|센터)[ \t]?사무실)(?:[ \t]*\(?(?:[ \t]?[가-힣]{1,4}){0,2}?[ \t]?(?:번호|전화(?:번호)?))?(?:은|는)?`,
      ...organisationsOwnLineWords,
    ].join('|') +
    // A gloss in brackets before the colon ("Main number (hunt group): …", "Roaming centre (24 h): …").
    String.raw`)(?:[ \t]*\([^()\n]{1,20}\))?[ \t]*[:：,]?[ \t]*\(?$`,
);

/**
 * A mailbox right before the value, a slash, a dot, a comma or "or (call)" between: "privacy@beautypoint.co.kr /
 * 02-6205-1180", "reply to quotes@… or call 0161 …", "dispatch@harbordrayage.com, 206-…".
 */
const mailboxBefore = /([\w.+-]+)@([\w-]+(?:\.[\w-]+)+)[ \t]*(?:[/|·,]|or(?: (?:call|ring|phone))?)[ \t]*$/;

/**
 * A desk's mailbox right after the value, a separator or "or" between: a letterhead's or a contact line's pair ("Tel 0141 …
 * | recoveries@…", "(414) 270-9000 · recovery@…", "Larder line 01225 … · volunteers@…").
 */
/**
 * A fax's number after the value, a separator or a form's wide gap before its field's colon between: a letterhead's line
 * ("Tel 02-795-4410 | Fax 02-795-4419", "전화: 031-…   팩스: 031-…").
 */
const faxAfter = /^(?:[ \t]*[|/·,][ \t]*(?:Fax|FAX|fax|팩스)\.?[ \t]*[:：]?|[ \t]{2,}(?:Fax|FAX|fax|팩스)\.?[ \t]*[:：])[ \t]*[+(\d]/;
const mailboxAfter = /^[ \t]*(?:[/|·,]|or|또는)[ \t]*(?:e-?mail[ \t]*:?[ \t]*)?([\w.+-]+)@([\w-]+(?:\.[\w-]+)+)/i;

/**
 * Whether a desk's or a team's mailbox, or a fax's number, follows the value ending at `end` on its line.
 *
 * @example
 * precedesDeskMailboxOrFax('Tel 0141 378 2200 | recoveries@castlegate.co.uk', 17); // true
 * precedesDeskMailboxOrFax('M 07700 900418 | jane.doe@castlegate.co.uk', 14); // false
 */
export function precedesDeskMailboxOrFax(text: string, end: number): boolean {
  const after = text.slice(end, end + 80);
  if (faxAfter.test(after)) return true;
  const mailbox = mailboxAfter.exec(after);
  return mailbox !== null && isRoleMailbox(mailbox[1]!, mailbox[2]!);
}

/**
 * An office's line after a separator, beside whoever works there ("Customs Broker: … · office (213) …", "adviser …, office
 * (02) …"), unless their own numbers follow it as one list ("office 614-…, cell (614) …" gives theirs).
 */
const officeAfterSeparator = /[·|/,][ \t]*(?:[Oo]ffice|OFFICE)(?: line| tel\.?| phone)?[ \t]*[:：]?[ \t]*\(?$/;
const ownNumberAfter = /^[ \t]*[,;/|·][ \t]*(?:[Cc]ell|[Mm]obile|[Mm]ob|[Hh]ome|[Dd]irect|M\b)/;
/**
 * A gloss right after the value that calls it the organisation's: its office's, its unit's or its company's line, its main
 * line, a free call ("Phone 512-… (office)", "(02) 8890 5512 (unit)", "02-6740-3391 (회사)", "(843) 555-0110 main · ext
 * 214", "080-…(수신자부담)"). A person's own ("(home)", "(mobile)") is not one.
 */
const deskGlossAfter =
  /^[ \t]*(?:\([ \t]*(?:office|Office|unit|main|Main|switchboard|회사|사무실|수신자[ \t]?부담)[ \t]*\)|main(?=[ \t]*(?:[·|,;]|ext\b|$))|\([^()\n]{0,24}\b(?:main|office|desk) line\)|\([ \t]*office hours\b[^()\n]{0,16}\))/;

/** A country code written apart before a national number that a search read alone ("+1 907 266 4100", "Tel. +39 02 …"). */
const countryCodeBefore = /\+\d{1,3}[ \t]$/;

/**
 * Where the number at `start` starts with the country code written apart before it: its label stands before the code.
 *
 * @example
 * countryCodeStart('Tel. +39 02 8904 1100', 9); // 5
 */
export function countryCodeStart(text: string, start: number): number {
  const code = countryCodeBefore.exec(text.slice(Math.max(0, start - 5), start));
  return code === null ? start : start - code[0].length;
}

/**
 * Whether the value at `value` is glossed as an organisation's line, by no one giving their own numbers.
 *
 * @example
 * isGlossedAsDesk('Phone 512-555-0172 (office)', { start: 6, end: 18 }); // true
 * isGlossedAsDesk('031-872-4406 (home)', { start: 0, end: 12 }); // false
 */
export function isGlossedAsDesk(text: string, value: { start: number; end: number }): boolean {
  if (!deskGlossAfter.test(text.slice(value.end, value.end + 40))) return false;
  const lineStart = text.lastIndexOf('\n', value.start - 1) + 1;
  return !ownNumbersBefore.test(text.slice(Math.max(lineStart, value.start - reach), value.start));
}

/**
 * Someone giving their own numbers before the value, the office's among them ("ring me on 0161 … (office) or 07851 …",
 * "연락 가능 번호: 010-… (주간) / 02-… (회사)").
 */
const ownNumbersBefore = /\b(?:me|my|My|I)\b|연락[ \t]?가능|본인|[제내][ \t]?(?:번호|연락처)/;

/** A person's own line by its gloss after it, whatever desk stands before ("Finance Team, +82-2-… (direct)"). */
const ownGlossAfter = /^\+?[\d() .-]{4,24}?\d[ \t]*\((?:direct|Direct|mobile|Mobile|cell|Cell|personal|home|직통|휴대폰?|개인)(?![A-Za-z])/;

/** How far before the value its desk's words may start. */
const reach = 48;

/**
 * Whether the value at `start` follows a desk's, a team's or a site's words, or a team's mailbox, on its line.
 *
 * @example
 * followsDeskWords('Lost badges: call security 937-555-0102.', 27); // true
 * followsDeskWords('Ken Marsh, my direct line 859-404-7713', 26); // false
 */
export function followsDeskWords(text: string, valueStart: number): boolean {
  const start = countryCodeStart(text, valueStart);
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(Math.max(lineStart, start - reach), start);
  if (deskWordBefore.test(before)) return !ownGlossAfter.test(text.slice(valueStart, valueStart + 48));
  if (officeAfterSeparator.test(before) && !ownNumberAfter.test(text.slice(start, start + 40).replace(/^[+\d() .-]+/, ''))) return true;
  const mailbox = mailboxBefore.exec(before);
  return mailbox !== null && isRoleMailbox(mailbox[1]!, mailbox[2]!);
}
