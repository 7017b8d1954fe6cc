// Whether an address is a service organisation's own, as telecom, insurance and legal letters and chats print them: an
// insurer's or a collector's department, a law firm, a court, a returns centre, a club's or a charity's premises, a branch
// of a shop. Decided by the words around it (its name's last word, a department's line above, its opening hours, a desk's
// line after it), since the address alone reads as a home's.
import type { PiiFinding } from '../types.ts';

/**
 * What a letterhead may put between the organisation's name and its street: a unit, a suite, a floor, a building's name
 * ("Unit 3 …", "Recoveries Unit, 3rd Floor, 40 …", "Suite 5, Albion House, 31 …").
 */
const premisesPrefix = String.raw`(?:(?:(?:Unit|Suite|Ste|Level|Floor)[ \t]+[\w-]{1,5}|\d{1,2}(?:st|nd|rd|th)[ \t]+Floor|(?:[A-Z][a-z]+[ \t]+){1,2}(?:House|Building|Centre|Center|Tower|Chambers))[ \t]*,[ \t]*){0,2}(?:(?:Unit|Suite)[ \t]+)?`;
/**
 * The last word of a department's, an insurer's, a law firm's or a court's name, then the separator before the address,
 * on its line or the line above ("Subrogation & Recovery Unit\nP.O. Box …", "Total Loss Unit · PO Box …", "Crownfield
 * Insurance, Collections, 1 …", "Hill Country Elder Law, 700 …", "Polk County Courthouse, 500 …", "Orbitel UK\nPO Box …",
 * "… Credit Union ISAOA/ATIMA, PO Box …", "Lone Star Defense Group, PLLC · 500 …"), a Nordic firm's or health centre's
 * ("Kungsholmens Vårdcentral, Fleminggatan 22 …"), a
 * charity's or a ministry's ("Open Door Migrant Ministry, …", "Northern Refugee Action, 3rd Floor, …", "Korea Relief
 * Partnership, …"), a bank's disputes desk ("… Credit Union — Card Disputes\nPO Box …"), or an agency by its acronym
 * after "the" ("the CFPB, 1700 G Street NW …").
 */
const departmentBefore = new RegExp(
  String.raw`(?:\b(?:Team|Unit|Relations|Recovery|Recoveries|Collections|Claims|Disputes|Complaints|Payable|Receivable|Payroll|Division|Tax|CPAs?|Ministry|Ministries|Mission|Relief|Action|Partnership|Foundation|Charity|Alliance|Coalition|Subrogation|Underwriting|Plan|Counsel|Law|Group|Solicitors|Attorneys|Chambers|Architects|Adjusting|Adjusters|Returns|Escrow(?: & Title)?|Courthouse|PLLC|LLP|UK|ISAOA(?:\/ATIMA)?|CENTER|CENTRE|Vårdcentral(?:en)?|Kommun|AB|ASA|ApS|Oy)|\b[A-Za-z]+ [Cc]ent(?:er|re))` +
    String.raw`[ \t]*(?:,[ \t]*|[ \t]*[|·•][ \t]*|[ \t]+[—–-][ \t]+|[ \t]*\r?\n[ \t]*)${premisesPrefix}$` +
    String.raw`|\bthe[ \t]+[A-Z]{2,6},[ \t]*$`,
);
/**
 * A department's or an office-holder's attention line above the address ("Attn: Disputes\nP.O. Box …", "Attn: Board
 * Coordinator\n3300 …"): the address is its organisation's. (A
 * shipping label's "ATTN: DEVEREAUX, MARCUS" names a person at home.)
 */
const attentionLineBefore =
  /(?:^|\n)[ \t]*(?:Attn|ATTN|Attention)\b\.?[ \t]*[:：]?[ \t]*(?:[A-Z][a-z]+[ \t]+){0,2}(?:Disputes|Claims|Complaints|Correspondence|Collections|Appeals|Payments|Accounts(?: Payable| Receivable)?|Billing|Legal|Returns|Underwriting|Subrogation|Recoveries|Customer Relations|Department|Team|Unit|Coordinator|Administrator|Secretary|Secretariat|Office|Officer|Desk|Board|Committee)[ \t]*\r?\n[ \t]*$/;
/** A day's or a week's opening hours right before the address ("Mon–Fri 8–5, 1000 …"). */
const hours = String.raw`\d{1,2}(?:[:.]\d{2})?[ \t]*(?:am|pm)?`;
const days = String.raw`(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*`;
const openingHoursBefore = new RegExp(String.raw`\b${days}[ \t]*[–-][ \t]*${days}[ \t]+${hours}[ \t]*[–-][ \t]*${hours}[ \t]*,[ \t]*$`);
/**
 * Opening hours right after the address, a counter's window perhaps before them ("…, Cannock WS11 8XW, 8–4 weekdays", "…, Boston, window 3,
 * weekdays 9 to 4", "…, Phoenix, Monday to Friday 8 to 5").
 */
const openingHoursAfter = new RegExp(
  String.raw`^[ \t]*,[ \t]*${hours}[ \t]*[–-][ \t]*${hours}[ \t]+(?:weekdays|daily|${days})|^[ \t]*,[ \t]*(?:(?:window|counter|desk|gate)[ \t]+\w{1,3}[ \t]*,[ \t]*)?(?:weekdays|daily|${days}[ \t]*(?:[–-]|to|through)[ \t]*${days})[ \t]+${hours}[ \t]*(?:to|[–-])[ \t]*${hours}`,
);
/**
 * A place a customer, a member or a party is told to come to: a drop-in's, the yard's, the clubhouse's, a hotel's, an office that is the
 * other side's ("Drop-in is Wednesdays 10–1 at …", "come to the yard, …", "in the clubhouse, …", "visit your office at …", "the church
 * office at …", "ship to our Aurora office (…", "the support center's address, …", "Returns for faulty units go to …", "Workplace: …",
 * "Work location: …", "Employer address: …", "at the west gate, …", "delivery to the pharmacy same as before? …", "내일 센터로 오세요. …").
 */
const placeToComeToBefore =
  /\b[Dd]rop-in\b[^\n.;]{0,30}?[ \t]at[ \t]+$|\bthe (?:yard|depot|warehouse|workshop|clubhouse|club house|church hall|office|showroom|store|branch),[ \t]*$|\b[Yy]our (?:office|branch|store|shop|clinic) at[ \t]+$|\bthe (?:church|parish|school|union|council|centre|center|charity|project|mission|embassy|consulate|legal|site) (?:office|hall) at[ \t]+$|\b[Oo]ur (?:[A-Z][a-z]+ )?(?:office|branch|store|warehouse|depot)[ \t]*\([ \t]*$|\b(?:center|centre|office|firm|court|clinic)['’]s address[ \t]*,?[ \t]*$|\bReturns\b[^\n.;]{0,40}?\bgo to[ \t]+$|\b(?:Workplace|Place of work|Employer(?:['’]s)? address|Work address|Work location|Job location|Work ?site)[ \t]*[:：][ \t]*$|\bthe (?:[a-z]+ )?gate,[ \t]*$|\b(?:to|at) the (?:pharmacy|clinic|surgery|hospital|lab|office|store|shop|warehouse|depot|branch)\b[^\n.!]{0,30}[?:,][ \t]*$|(?:센터|사무실|사무소|매장|지점|본사|지사|병원|약국|경찰서|지구대|파출소|은행|민원실)(?:로|으로|에)[ \t]*(?:오세요|와[ \t]?주세요|오시면|방문해[ \t]?주세요|방문하세요|방문하시면)[^\n]{0,4}?[.!]?[ \t]*$/;
/**
 * A business's site right under the line that names the customer as a firm ("Customer: … Architects LLP\nSite: 4th Floor,
 * 22 …", "고객사: …의원 (사업자등록번호 …)\n설치장소: …"); under a person's line it is their home, whoever installs there.
 */
const siteLabelBefore = /(?:\b(?:Site|Installation address)|설치[ \t]*장소)[ \t]*[:：][ \t]*(?:\d{1,2}(?:st|nd|rd|th)[ \t]+Floor,[ \t]*)?$/;
const firmNamedAbove =
  /\b(?:Ltd|LTD|Limited|Inc|LLC|LLP|PLLC|plc|PLC|BRN|ABN|EIN)\b|사업자[ \t]?(?:등록)?[ \t]?번호|법인[ \t]?등록[ \t]?번호|㈜|\(주\)/;
/**
 * A Korean organisation's name before the address: a branch of a shop ("폰마켓 강남점, …"), a team or a division before a
 * bracket or a comma ("구상채권팀 (…", "기업사업부 (…"), a law firm ("법무법인 동서, …", or its name's line above an
 * indented address), an office's, a church's or a court's place ("사무실은 …", "교회 주소: …"), or a row that marks its
 * party a business ("카페 담소 (사업장) | 031-… | …").
 */
const koreanOrganisationBefore =
  /[가-힣]{2,}점[ \t]*,[ \t]*$|(?:[가-힣]팀|사업부|본부)[ \t]*[(,][ \t]*$|(?:법무법인|법률사무소|세무법인|회계법인)[ \t]*[가-힣]{1,8}[ \t]*[(,|/][ \t]*$|(?:법무법인|법률사무소|세무법인|회계법인)[^\n]{0,30}\r?\n[ \t]*$|(?:사무실|사무소|교회|성당|법원)[ \t]*(?:주소|소재지|위치)?[ \t]*(?:[:：(]|[은는][ \t])[ \t]*$|\((?:사업장|매장|점포)\)[^\n]{0,60}$/;
/**
 * An organisation's own words after the address: a court or an office that it houses ("… 386 (신정동) 서울남부지방법원
 * 민사과"), a team ("…, 한결생명 보험금지급팀"), a shop marked as one ("… 1층 사우꽃방 (매장)"), a banquet room or a hotel, a
 * centre or a retreat named after a comma ("… 1250, 숨쉼 리트릿 센터"), a department that mail goes to ("… 17층 보험조사부 앞").
 */
const organisationAfter =
  /^(?:[ \t]*\([가-힣\d]{1,8}동\))?[ \t]*[가-힣]{2,14}(?:법원|지원|경찰서|구청|시청|군청)(?![가-힣])|^[ \t]*,[ \t]*[가-힣A-Za-z]{2,12}[ \t]+[가-힣]{2,10}팀(?![가-힣])|^[ \t]*[가-힣]{2,10}[ \t]*\((?:매장|사업장|사무실|본사|지점)\)|^[ \t]*연회(?:실|장)|^[ \t]*,[ \t]*[가-힣A-Za-z ]{0,16}[가-힣][ \t]?(?:센터|호텔|리조트|회관|연수원|수련원)(?![가-힣])|^[ \t]*\((?:hotel|motel|court|church|clubhouse)\)|^[ \t]*[가-힣]{2,12}(?:부|팀|과)[ \t]*앞(?![가-힣])/;

/**
 * A record whose name, before its address's field, is an organisation's: a club's, a society's, a church's, a firm's
 * (`{"name": "Hayfield Rotary Club", "address": "…"}`); a donor's or a member's record names a person.
 */
const organisationNamedInRecord =
  /"name"[ \t]*:[ \t]*"[^"\n]{0,60}\b(?:Club|Society|Church|Chapel|Parish|Association|Trust|Council|Foundation|League|Federation|Union|Ltd|Limited|Inc|LLC|plc|PLC|Group|Centre|Center|School|College)"[^{}\n]{0,160}"[ \t]*$/;
const recordReach = 240;
/**
 * A record's office, branch, venue or clinic whose value holds the address after the place's name (`{"office": "Tax Assistance
 * Center Dallas, 1100 …"`): the place's, as a booking export lists its slots.
 */
const placeFieldBefore = /"(?:office|branch|venue|clinic|store|campus)"[ \t]*:[ \t]*"[^"\n]{0,60}$/;

/**
 * Whether `address` in `text` is a service organisation's own.
 *
 * @example
 * isServiceOrganisationsAddress('Subrogation & Recovery Unit\nP.O. Box 88120, Milwaukee, WI 53288', finding); // true
 */
export function isServiceOrganisationsAddress(text: string, address: PiiFinding): boolean {
  const before = text.slice(Math.max(0, address.start - 64), address.start);
  if (departmentBefore.test(before) || attentionLineBefore.test(before) || openingHoursBefore.test(before)) return true;
  if (placeToComeToBefore.test(before) || koreanOrganisationBefore.test(before) || placeFieldBefore.test(before)) return true;
  if (
    text.charCodeAt(address.start - 1) === 0x22 &&
    organisationNamedInRecord.test(text.slice(Math.max(0, address.start - recordReach), address.start))
  )
    return true;
  const after = text.slice(address.end, address.end + 40);
  if (openingHoursAfter.test(after) || organisationAfter.test(after)) return true;
  if (!siteLabelBefore.test(before)) return false;
  const labelLineStart = text.lastIndexOf('\n', address.start - 1);
  if (labelLineStart <= 0) return false;
  return firmNamedAbove.test(text.slice(text.lastIndexOf('\n', labelLineStart - 1) + 1, labelLineStart));
}
