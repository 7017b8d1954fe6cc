// Whether the words around an address say it is a team's or a desk's box, when its local part alone does not: a display name
// that names a team ("Supplier Quality <…>", "구매2팀 <…>", "Warranty Admin <…>"), or a desk's label right before it
// ("Escalation queue: …", "구매팀 공용 메일 …", "Loss-prevention desk: …", "문의: 시설관리팀 …").
import { commonFirstNames } from '../names/english-name-words.ts';

/** How far back the display name or the label before an address is read; a header's display name is shorter. */
const lookBehind = 80;
/**
 * Where a display name starts: a header's label, a list's separator, the previous address, a quote's mark or the line's
 * start; not a comma, which a quote's header holds ("On Tue, Oct 8, QuickDash Onboarding <…> wrote:").
 */
const displayNameStart = /[:;>"'\n]/;
/** A quote's header before the sender's display name ("On Tue, Oct 8, 2024, "), whose words are no one's name. */
const quoteHeaderDate = /^[ \t]*On [^<]*\d,[ \t]*/;
/**
 * A Korean team's, desk's, branch's, office's, clinic's or department's word at the end of a display name ("통관3팀", "정산센터",
 * "생산관리", "대원모터스 공업사", "푸른마을 관리사무소", "부정맥클리닉", "원무과").
 */
const koreanDeskEnding =
  /(?:팀|센터|본부|사업부|부서|공업사|지점|지사|영업소|공장|데스크|창구|사무국|사무소|상황실|관리|예약|접수|협력점|판금도장|클리닉|[가-힣]과|민원실|상담실|고객상담|[가-힣]교류처|영사관|대사관|직매장)$/;
/** A display name's last word that calls the box shared ("공용", "공용메일") or the team's main one ("대표"). */
const sharedWord = /^(?:공용|공유|대표)(?:메일|계정)?$/;
/** English words that name a team, a function or a desk in a display name ("Supplier Quality", "Import Ops", "RIV desk"). */
const englishDeskWords: ReadonlySet<string> = new Set([
  ...['desk', 'team', 'quality', 'admin', 'administration', 'ops', 'operations', 'support', 'services', 'service', 'onboarding'],
  ...['setup', 'master', 'submissions', 'engineers', 'engineering', 'brokerage', 'property', 'office', 'department', 'dept'],
  ...['centre', 'center', 'helpdesk', 'payables', 'receivables', 'accounts', 'sales', 'warranty', 'claims', 'customs', 'logistics'],
  ...['purchasing', 'procurement', 'reception', 'bookings', 'reservations', 'dispatch', 'fleet', 'payroll', 'recruitment'],
  ...['notifications', 'alerts', 'billing', 'orders', 'returns', 'escalations', 'compliance', 'finance', 'accounting', 'intake'],
  ...['hotline', 'helpline', 'inbox', 'mailbox', 'crew', 'payouts', 'settlement', 'partners', 'vendors', 'scheduling'],
  ...['grants', 'installs', 'installations', 'enrolment', 'enrollment', 'permits', 'outages', 'metering', 'concierge'],
  // An embassy's, an agency's and a charity's sections and units ("Consular Section", "Protection Unit", "Refugee Committee").
  ...['section', 'unit', 'consular', 'embassy', 'consulate', 'committee', 'programme', 'programs', 'secretariat'],
]);
/**
 * A desk's label and then only a phone number, separators or "or" before the address ("Escalation queue: ",
 * "Corporate LP hotline: 1-844-555-0172 · ", "구매2팀 공용메일 ", "대표 메일: ").
 */
const deskLabelBefore =
  /(?:\b(?:desk|queue|hotline|helpline|shared (?:inbox|mailbox)|team (?:inbox|mailbox))|공용[ \t]?(?:메일|이메일|계정|주소)?|대표[ \t]?(?:메일|이메일))[ \t]*[:：]?[ \t\d()+.·/|,;–—-]*(?:(?:or|또는)[ \t]+)?$/i;

/**
 * A nationwide desk number (15XX, 16XX, 18XX, which only a business holds) and a separator right before the address, after
 * an inquiry's label ("문의: 1833-6120 / robo@…", "Contact: 1588-0000 | help@…"): the same desk's mailbox.
 */
const nationalDeskNumberBefore =
  /(?:문의|연락처|고객센터|상담|[Cc]ontact|[Ee]nquiries|[Ii]nquiries)[ \t]*[:：]?[ \t]*1[5-8]\d{2}-?\d{4}[ \t]*(?:\([^()\n]{0,12}\))?[ \t]*[/|·,][ \t]*$/;

/**
 * Whether the address whose local part starts at `start` has a team's display name before it, or a desk's label right
 * before it; a local part of a person's shape ("keisha.lawson", "sm.choi") is a person's whatever the display name says.
 *
 * @example
 * isAddressedToDesk('To: Supplier Quality <sqsubmit@aurora.example>', 'To: Supplier Quality <'.length, 'sqsubmit'); // true
 * isAddressedToDesk('To: Jane Byrne, Quality <jbyrne@aurora.example>', 'To: Jane Byrne, Quality <'.length, 'jbyrne'); // false
 */
export function isAddressedToDesk(text: string, start: number, local: string): boolean {
  if (looksPersonal(local)) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(Math.max(lineStart, start - lookBehind), start);
  if (before.endsWith('<')) return displayNamesDesk(before.slice(0, -1));
  return (
    deskLabelBefore.test(before) ||
    followsKoreanTeamLabel(before) ||
    nationalDeskNumberBefore.test(before) ||
    followsEnglishTeamLabel(before)
  );
}

/** A Korean shop's, a trader's or a farm's name ends so ("영진상회", "대성수산", "햇살농장", "중앙청과", "하나마트"). */
const koreanShopEnding = /(?:상회|상사|상점|수산|청과|농장|식당|마트|정육점)$/;

/**
 * Whether a shop's name is the display name before the address, at a webmail too ("노량진 23번 영진상회 <yj23@naver.com>"):
 * a small trader keeps its box there, and the name says whose it is. A person's name after the shop's ("영진상회 김민수
 * <…>") or a person's shape of local part keeps it a person's.
 *
 * @example
 * isAddressedToShop('To: 중앙청과 <jungang7@naver.com>', 'To: 중앙청과 <'.length, 'jungang7'); // true
 */
export function isAddressedToShop(text: string, start: number, local: string): boolean {
  if (text.charCodeAt(start - 1) !== 0x3c || looksPersonal(local)) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(Math.max(lineStart, start - lookBehind), start - 1);
  let from = before.length;
  while (from > 0 && !displayNameStart.test(before[from - 1]!)) from -= 1;
  const words = before.slice(from).trim().split(/\s+/);
  return koreanShopEnding.test(words[words.length - 1]!);
}

/**
 * A Korean team's, office's or secretariat's word right before the address, a colon, a phone number or a separator between
 * ("문의: 시설관리팀 fm@…", "조합 사무국 02-555-0100 · hs@…"), and no one's name before it on the line ("홍길동 | 운영팀 hong@…"
 * is Hong's). A bracket is not let between: "홍길동 (운영팀) hong@…" names a person's team.
 */
const koreanTeamLabelBefore =
  /(?:[가-힣A-Za-z0-9&]팀|센터|사무국|사무소|상황실|클리닉|(?:관리|사업|지원|민원|총무|영사|교육|경제|행정)과)(?:[ \t]*(?:공용[ \t]?)?(?:이메일|메일|e-?mail))?[ \t]*[:：]?[ \t\d+.·/|,;–—-]*$/i;

/** A Korean sentence's end: a name before it is the earlier sentence's ("배미란: … 입니다. 영수증은 총무팀 메일 gm@…"). */
const koreanSentenceEnd = /[다요][.!?~][ \t]+/g;

function followsKoreanTeamLabel(before: string): boolean {
  const label = koreanTeamLabelBefore.exec(before);
  if (label === null) return false;
  let sentenceStart = 0;
  koreanSentenceEnd.lastIndex = 0;
  for (let end = koreanSentenceEnd.exec(before); end !== null && end.index < label.index; end = koreanSentenceEnd.exec(before))
    sentenceStart = end.index + end[0].length;
  return !before
    .slice(sentenceStart, label.index)
    .split(/[\s|/,·:;()]+/)
    .some(isKoreanFullName);
}

/**
 * A person's shape: words joined by a dot or an underscore ("keisha.lawson", "sm.choi", "a.villasenor"), unless the last
 * names a desk ("bluelink.escalations"). A single word ("riv", "avillasenor") takes what its context says.
 */
function looksPersonal(local: string): boolean {
  const parts = local.toLowerCase().split(/[._]/);
  return parts.length > 1 && !englishDeskWords.has(parts[parts.length - 1]!);
}

/**
 * Whether a display name names a team or a desk and no person: a Korean team's word last and no one's name before it
 * ("관세법인 한길 통관3팀", not "김민수 정산팀"); an English desk's word, and no part that reads as a person's name ("RIV desk —
 * Hollis Customs Brokerage", not "Fleet desk — Kirsty Gallagher" or "Jane Byrne, Quality").
 */
function displayNamesDesk(beforeBracket: string): boolean {
  let from = beforeBracket.length;
  while (from > 0 && !displayNameStart.test(beforeBracket[from - 1]!)) from -= 1;
  // A company's "(주)" is part of its name; any other bracket holds a person's post ("Jane Byrne (Quality)").
  const displayName = beforeBracket
    .slice(from)
    .replace(quoteHeaderDate, '')
    .replace(/\(주\)|㈜/g, ' ')
    .trim();
  if (displayName === '' || displayName.includes('(')) return false;
  const words = displayName.split(/[\s&|/,—–-]+/).filter((word) => word !== '');
  // A team's box called shared after its name ("의료사회복지팀 공용 <…>") is the team's.
  if (words.length > 1 && sharedWord.test(words[words.length - 1]!)) words.pop();
  if (koreanDeskEnding.test(words[words.length - 1]!)) return !words.some(isKoreanFullName);
  return (
    words.some((word) => englishDeskWords.has(word.toLowerCase())) &&
    !words.some((word) => commonFirstNames.has(word.charAt(0).toUpperCase() + word.slice(1).toLowerCase())) &&
    !displayName.split(/[ \t]+[|—–-][ \t]+|,[ \t]*/).some(readsAsPersonsName)
  );
}

/**
 * Words of an organisation's name, never of a person's: the company after its team in a display name ("Site Engineering,
 * Daewon Construction", "Tender Desk, Gyeongnam Port Authority"), a body's division before its team's line.
 */
const organisationNameWords: ReadonlySet<string> = new Set([
  ...['construction', 'authority', 'marine', 'industries', 'industrial', 'heavy', 'shipbuilding', 'aerospace', 'systems'],
  ...['group', 'holdings', 'company', 'corporation', 'agency', 'ministry', 'council', 'university', 'hospital', 'league'],
  ...['association', 'foundation', 'institute', 'bank', 'insurance', 'airlines', 'airways', 'motors', 'electronics'],
  // A public body's divisions ("Road Management Division", "Provincial Government").
  ...['division', 'management', 'maintenance', 'bureau', 'directorate', 'provincial', 'regional', 'municipal', 'government'],
]);

/** Two or three capitalised words and no desk's or organisation's among them ("Kirsty Gallagher", "Mary Ann Byrne"). */
function readsAsPersonsName(segment: string): boolean {
  const words = segment.trim().split(/[ \t]+/);
  return (
    words.length >= 2 &&
    words.length <= 3 &&
    words.every(
      (word) => /^[A-Z][a-z]+$/.test(word) && !englishDeskWords.has(word.toLowerCase()) && !organisationNameWords.has(word.toLowerCase()),
    )
  );
}

/**
 * An English team's, department's or office's name, then its line and a separator, right before the address
 * ("Bridge Maintenance Team, 055-… / bridge@…", "Events Office: 01865 … · events@…"), with no one named before it on the
 * line ("Jane Byrne, Finance Team, jbyrne@…" is Jane's).
 */
const englishTeamLabelBefore =
  /\b(?:Team|Department|Dept\.?|Division|Office|Unit|Section|Secretariat)[ \t]*[:：,]?[ \t]*\+?[\d()][\d() .-]{5,18}\d[ \t]*[/|·,][ \t]*$/;

function followsEnglishTeamLabel(before: string): boolean {
  const label = englishTeamLabelBefore.exec(before);
  if (label === null) return false;
  // The team's own name stands in the label's segment ("Bridge Maintenance Team"), read with its word.
  const segments = before.slice(0, label.index + label[0].search(/\W/)).split(/[,/|·:;()]+/);
  return !segments.some(
    (segment) =>
      readsAsPersonsName(segment) ||
      segment
        .trim()
        .split(/[ \t]+/)
        .some((word) => commonFirstNames.has(word)),
  );
}

/** The most frequent Korean surnames: a three-syllable word that starts with one reads as a person's name ("김민수"). */
const frequentKoreanSurnames = new Set('김이박최정강조윤장임한오서신권황안송전홍유고문양손배백허남심노하곽성차주우구');

function isKoreanFullName(word: string): boolean {
  return /^[가-힣]{3}$/.test(word) && frequentKoreanSurnames.has(word[0]!) && !koreanDeskEnding.test(word);
}

/** A shared mailbox's label right before the address ("동창회 공용 메일 …", "shared inbox: …"). */
const sharedLabelBefore = /(?:공용[ \t]?(?:메일|이메일|계정|메일함)|\bshared (?:inbox|mailbox))[ \t]*[:：]?[ \t]*$/i;
/** A shared account's gloss in brackets right after it ("… (운영진 공용 계정)"). */
const sharedGlossAfter = /^[ \t]*\((?:[^()\n]{0,12}공용[ \t]?(?:계정|메일)|(?:매장|가게|점포|사무실|업체|회사)[ \t]?공용)\)/;

/**
 * Whether the address from `start` to `end` is called a group's shared mailbox right before or after it: a club's or an
 * alumni association's box, which a webmail holds as often as its own domain ("문의는 동창회 공용 메일 ks37@hanmail.net").
 * A shared login is not called so ("the shared Overleaf login is …" is a password's account).
 *
 * @example
 * isCalledSharedMailbox('문의: 공용 메일 club7@hanmail.net', 10, 27); // true
 */
export function isCalledSharedMailbox(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return sharedLabelBefore.test(text.slice(Math.max(lineStart, start - 30), start)) || sharedGlossAfter.test(text.slice(end, end + 24));
}
