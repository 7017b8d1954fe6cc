// Whether an address the recognisers found is an organisation's own (a letterhead's, a shop's, a dealer's, a plant's, a
// venue's), which is no person's data: decided by the words around it, since the address alone reads the same.
import type { PiiFinding } from '../types.ts';
import { officialLetterFooterLine } from './korean-address-words.ts';
import { isServiceOrganisationsAddress } from './service-organisations-addresses.ts';
import { isFirmsSignatureOrRegister } from './firms-signatures-and-registers.ts';
import { isInCustomersAddressColumn } from './customers-address-cells.ts';
import { isInOrganisationsContactLines } from './organisations-contact-lines.ts';
import { isPlaceForVisitors } from './places-for-visitors.ts';
import { isInFirmsRegisterOrFooter } from './firms-registers-and-footers.ts';

/**
 * A firm's name with its legal form, then its address on the same line or the next ("Greenleaf Pantry Ltd, Unit 9 Riverside Park, Leeds
 * LS10 1QP", "HANBIT LUBE CO., LTD.\n38 Gongdan-ro …", "… Canada Inc. | 100 King St W …"), perhaps past its building's name ("… Media
 * Ltd\nRiverside Place, 40 King Street …"): a letterhead's address, no person's. (A Korean register's "소재지" is as often a tenant's home, so
 * Korean labels stay out.)
 */
const firmBeforeAddress =
  /\b(?:Ltd|LTD|Limited|LIMITED|Inc|INC|LLC|GmbH|PLC|Plc|Corp|CORP|Co|CO|AG|BV|KG|SARL|S\.A|S\.L|Sp\. z o\.o)\.?[ \t]*[,:：|]?[ \t]*(?:\r?\n[ \t]*)?"?(?:(?:Unit|Suite|Level|Floor)[ \t]+(?:[\w-]{1,5}[ \t]*,[ \t]*)?|(?:[A-Z][a-z]+[ \t]+){1,2}(?:Place|House|Building|Centre|Center|Tower|Court|Chambers|Plaza|Point|Quay|Wharf)[ \t]*,[ \t]*)?$/;
/**
 * A Korean firm's or clinic's name in the cell or the bracket before the address ("(주)온누리디자인 | 서울 관악구 …", "의료기관: 춘천바른신경외과의원 / 강원특별자치도 …"),
 * a public office's, a desk of it perhaps ("○○구청 민원여권과 | …"), a workplace's label ("근무장소: 본사 R&D센터 (경기도 …"), or an office's own words ("Our
 * office remains at …", "Our counter is at …", a named one: "our Ann Arbor campus: …").
 */
const firmCellBefore =
  /(?:(?:\(주\)|㈜|주식회사)[ \t]*[가-힣A-Za-z&]+|[가-힣]+(?:의원|병원|치과|약국)|[가-힣]+(?:구청|시청|군청|도청|주민센터|행정복지센터|경찰서|지구대|파출소|우체국|세무서)(?:[ \t]+[가-힣]{2,10}(?:과|팀|실))?)[ \t]*[|/,(][ \t]*$|(?:근무[ \t]*장소|근무지)[ \t]*[:：][^\n]{0,24}$|\b[Oo]ur (?:office|offices|shop|store|clinic|studio|branch|counter|desk|campus|center|centre)(?: (?:is|remains|has moved))? (?:at|to)[ \t]+$|\b[Oo]ur (?:[A-Z][\w.-]*[ \t]+){1,3}(?:office|campus|headquarters|HQ|branch|clinic|studio|store|warehouse|site)[ \t]*[:：][ \t]*$/;
/**
 * A business's counter where a customer brings or collects a thing ("ready for pickup at 880 Market St.", "drop-off Tuesday 7:30am at 1325
 * Kifer Rd.", "Pickup shop (Londis, 88 High St)", "Depot: Unit 4, …"), or where a fee is paid ("payable online or at …"). A pickup *from* a
 * place, or at someone's own ("Pickup is at my house, …"), is a person's.
 */
const businessCounterBefore =
  /\b(?:[Pp]ick-?up|PICK-?UP|[Dd]rop-?off|DROP-?OFF)(?:(?![ \t](?:my|our|your|his|her|their|home|house|flat)\b)(?:[^\n.;:!?]|(?<=\d):(?=\d))){0,24}?[ \t]at[ \t]+$|\b(?:[Pp]ayable|[Pp]ay in person)\b(?:(?![ \t](?:my|our|your|his|her|their|home|house|flat)\b)[^\n.;:!?]){0,30}?[ \t]at[ \t]+$|\b(?:Depot|DEPOT|(?:Pickup|Collection|Drop-off) (?:shop|point|location|counter))[ \t]*[:(][ \t]*(?:[^\n)]{0,40},[ \t]*)?$/;
/**
 * A letter's footer or a business's line after the address: its fax, main line, desk or business number ("… 71 / 팩스 055-…", "… LS1 4DL |
 * Reception 0113 …", "… IL 60640 · Front desk (773) …", "… TX 78759 · Client services 1-888-…", "… TX 78758 · Recruitment line 512-…"), an
 * inspected restaurant's "Est. phone", an events line ("… W1T 2LS | events line 020 …"), a toll-free number ("…, TX 75013, 1-888-…"); a
 * phone that is a Korean or a British mobile ("| Tel 010-…", "| Tel 07700 …") is a person's, and so is the address before it.
 */
const firmsLineAfter =
  /^[ \t]*(?:[|/.,·•][ \t]*(?:팩스|대표[ \t]*(?:전화|번호)|FAX|Fax|ABN|ACN|1-8[0-9]{2}-\d{3}-\d{4}|1[568]\d\d-\d{4}(?!\d)|0800[ \t]?\d{3})|[|/·•][ \t]*(?:Reception|Front desk|Helpline|Office|Switchboard|(?:Tel|TEL|tel|Phone)\b(?!\.?:?[ \t]*(?:(?:\+?82[ \t-]?)?0?1[016789][ \t-]?\d{3,4}[ \t-]?\d{4}|(?:\+44[ \t]?|0)7\d{3}[ \t]?\d{3}[ \t]?\d{3}))|Est\.? phone|(?:[Ee]vents?|[Oo]rders?|[Cc]atering|[Ss]ales|[Rr]eservations?) line|Appointments|Bookings|Reservations|(?:Client|Customer) (?:[Ss]ervices?|[Cc]are)|(?:Recruitment|Booking|Enquiry|Main|Support|Results|Referrals?|Service) line|Enquiries|Inquiries))/;
/** A birth date's word later on the address's line ("… 30625 Hannover · Tel. 0511 … · born 02.03.1957"): a person's line, whatever its phone. */
const birthDateLaterOnLine = /^[^\n]*\b(?:born|DOB|[Dd]ate of birth|geb\.)[ \t:]*\d|^[^\n]*생년월일/;

/**
 * An organisation's name right before the address, on its line or the line above: a practice's, a school's, an office's,
 * a court's or a department's ("Riverside Medical Practice\n14 Canal Street …", "School: Weinland Park Elementary, 211 E
 * 7th Ave …", "Clearwater Health, Claims Department, PO Box 3310 …").
 */
const organisationBeforeAddress =
  /\b(?:Practice|Surgery|Clinic|Medicine|Dental|Hospital|School|Elementary|Academy|College|University|DMV|(?:Town|City|Parish|Village) Hall|Justice|Services?|Department|Dept\.?|Operations?|Office|Court|Credit Union|Management|Assurances?|Insurance|Diagnostics|Pharmacy|Library|Council|Embassy|Consulate|Hotel|Elections)[ \t]*(?:,[ \t]*|[ \t]*\|[ \t]*|[ \t]+[—–-][ \t]+|[ \t]*\r?\n[ \t]*)$/;

/**
 * An event's venue, a business's premises, a shop's unit or a restaurant before the address ("Venue: The Grand, 1401 Fulton St", "장소: 대학 본관
 * 대강당 (서울특별시 …)", "■ 면접 장소: …", "사업장: 인천 연수구 …", "Shop 12, 240 Church St", "Sen restaurant, 12 Đinh Tiên Hoàng", "라온웨딩홀 청담 3층 (서울 강남구 …)");
 * a notice's own "장소:" line names its venue ("장소: 안산시 …, 다문화복지센터 1층"); a sentence's "not the venue: …" names the place that is not the
 * venue.
 */
const venueBefore =
  /(?:(?<!\b(?:the|a|not)[ \t]+)\b[Vv]enue|VENUE|행사장|공연장|사업장|[Pp]roduction office)[ \t]*[:：][^\n]{0,40}$|(?:^|\n)[ \t]*[-•·*■□▶◆○●]?[ \t]*(?:행사[ \t]*|교육[ \t]*|모임[ \t]*|면접[ \t]*|시험[ \t]*)?장[ \t]*소[ \t]*[:：][ \t]*$|\b[Pp]roduction office,[ \t]*$|\bStudio[ \t]+[A-Z0-9]{1,3},[ \t]*$|장[ \t]*소[ \t]*[:：][^\n(]{1,30}\([ \t]*$|\b(?:Shop|Kiosk|Stall)[ \t]+\d{1,4}[A-Z]?,[ \t]*$|\b[Rr]estaurant,[ \t]*$|(?:웨딩홀|예식장|컨벤션)[^\n(]{0,20}\([ \t]*$/;

/**
 * A firm's own seat by its words ("본점 소재지: …", "주소는 회사 주소 (…)", "whose registered office is at …"), or a
 * party's 소재지 under the firm's register numbers (a contract's "사업자등록번호 … 소재지: …", a record's `"소재지": "…"`); a rented home's 소재지 has none.
 */
const firmsSeatBefore =
  /(?:(?:회사|본사|본점|공장)(?:[ \t]*(?:주소|소재지))?|[Rr]egistered office(?: is at| address)?|[Hh]ead office(?: is at| address)?)[ \t]*[:：(]?[ \t]*$/;
const seatLabelBefore = /소재지"?(?:[ \t]*\([^)\n]{1,12}\))?[ \t]*[:：]?[ \t]*"?[ \t]*$/;
const firmsRegister = /법인등록번호|사업자등록번호|법인명|상호/;
const firmsRegisterReach = 160;

/**
 * A parcel of land by its category and area right after its lot number ("… 우산리 산 28-3 (전, 2,980㎡)", "… 312 (답 1,650㎡)"), as a
 * farmland lease or a registry's extract lists it: a field, no one's home.
 */
const landParcelAfter = /^[ \t]*\((?:전|답|과수원|임야|목장용지|잡종지|농지)[ \t]*[,，)]?[ \t]*[\d,.]+[ \t]*(?:㎡|m²|m2|평)/;
/** An office's visiting address, as an embassy's or a firm's notice gives where to come ("Visiting address: …"). */
const visitingAddressBefore = /\b[Vv]isiting[ \t]+address[ \t]*[:：][ \t]*$/;

/**
 * A home's own word right before the address ("댁(서울 …)", "자택: …", "거주지 주소: …"): an office's letter that sends a notice
 * there, its team's main line beside it, still sends it to someone's home.
 */
const homeWordBefore = /(?<![가-힣])(?:댁|자택|거주지|실거주지)(?:[ \t]*주소)?[ \t]*(?:[:：(]|[은는][ \t])?[ \t]*$/;

/**
 * Whether `address` in `text` is an organisation's own, by the words before it, in it or after it.
 *
 * @example
 * isFirmsAddress(text, finding); // true for "Westgate Mazda, 45 Hume Hwy, Campbellfield VIC 3061"
 */
export function isFirmsAddress(text: string, address: PiiFinding): boolean {
  // A store's name in the cell before a customer's drop-off address is where the order came from, not whose the address is.
  if (isInCustomersAddressColumn(text, address.start)) return false;
  const before = text.slice(Math.max(0, address.start - 48), address.start);
  if (homeWordBefore.test(before)) return false;
  if (isTradesAddress(text, address, before)) return true;
  if (firmBeforeAddress.test(before) || firmsSeatBefore.test(before) || firmCellBefore.test(before)) return true;
  if (organisationBeforeAddress.test(before) || venueBefore.test(before)) return true;
  if (businessCounterBefore.test(before) || isServiceOrganisationsAddress(text, address)) return true;
  if (isFirmsSignatureOrRegister(text, address) || isInOrganisationsContactLines(text, address)) return true;
  if (landParcelAfter.test(text.slice(address.end, address.end + 16)) || visitingAddressBefore.test(before)) return true;
  if (isPlaceForVisitors(text, address) || isInFirmsRegisterOrFooter(text, address)) return true;
  if (
    firmsLineAfter.test(text.slice(address.end, address.end + 32)) &&
    !birthDateLaterOnLine.test(text.slice(address.end, address.end + 80))
  )
    return true;
  if (officialLetterFooterLine.test(text.slice(text.lastIndexOf('\n', address.start - 1) + 1, address.start))) return true;
  return seatLabelBefore.test(before) && firmsRegister.test(text.slice(Math.max(0, address.start - firmsRegisterReach), address.start));
}

/**
 * A trade's premises, as a dealer's, a body shop's, a plant's, a warehouse's or a shop's texts give them: the business's
 * name before the address ("Westgate Mazda, 45 Hume Hwy …", "Lakeshore Chevrolet | 1700 S Michigan Ave", "Crestline
 * Bodyworks, Unit 6 …", "Port Newark Container Terminal, 241 …"), its kind of place as a label or before a bracket
 * ("Warehouse: …", "Plant address for your driver: …", "ShipKo 뉴저지 창고 (…)", "매장은 …", "당사 주소: …"),
 * its main line before the address ("대표 02-2606-7700 / 서울 …"), or its own words in or after the address ("… (본사 공장)",
 * "… 물류센터", "… 1층 전시장").
 */
function isTradesAddress(text: string, address: PiiFinding, before: string): boolean {
  const name = tradeNameBefore.exec(before);
  if (name !== null && (tradeWords.test(name[1]!) || firmNameWords.test(name[1]!) || tradeNameEnd.test(name[1]!))) return true;
  if (premisesBefore.test(before) || koreanPremisesBefore.test(before)) return true;
  if (locationBulletBefore.test(before) && !apartmentUnit.test(address.text)) return true;
  if (placesContactBefore.test(before)) return true;
  if (namedPlaceLabelBefore.test(text.slice(Math.max(0, address.start - namedPlaceReach), address.start))) return true;
  if (premisesWithin.test(address.text)) return true;
  return premisesAfter.test(text.slice(address.end, address.end + 24));
}

/**
 * The words between the last line break or sentence mark and the separator right before the address, past a customer's
 * account in brackets ("Copper Pot Bistro (acct CPB-0042), …").
 */
const tradeNameBefore = /(?:^|[\n:;!?(]|\.[ \t])[ \t]*([^\n:;!?(]{2,60}?)[ \t]*(?:\([^()\n]{1,24}\)[ \t]*)?(?:,|\||[—–·•]|\r?\n)[ \t]*$/;
/** A car make (a dealer's name holds it, in capitals on a letterhead) or a trade's, a letting agent's or a utility's word. */
const tradeWords =
  /\b(?:Chevrolet|Honda|Toyota|Mazda|Hyundai|Kia|Ford|Nissan|Subaru|Volkswagen|Audi|BMW|Mercedes|Lexus|Buick|GMC|Jeep|Chrysler|Volvo|Porsche|Mitsubishi|Genesis|Peugeot|Renault|Skoda|Vauxhall|Bodyworks|Collision|Motors|Garage|Dealership|Showroom|Terminal|Warehouse|Depot|Station|Shipyard|Fabrication Yard|Dockyard|Boatyard|Foundry|Outlet|Bakery|Bagel|Deli|Lettings|Estates|Utilities|Power|Gas|Energy|Electric|Public Works)\b|Caf[eé](?![a-z])|Tyre|Tire|TYRE|TIRE/i;
/**
 * A carrier's, a co-op's, an orchard's, a farm's, a restaurant's or a building society's word written as a name is (in capitals: a
 * sentence's "airport", "produce" or "kitchen" names no firm: "Maple Hollow Farm · …", "The Laurel Kitchen | …", "Lucky Wok Express, …"), a
 * hospital pharmacy's Dutch or German word inside its name ("Ziekenhuisapotheek"), a distribution centre's mark, and a firm's country or
 * reach as the last word of its name, as a subsidiary's signature gives it ("Valley Fresh DC", "IQON CRO Korea", "HR Manager, Hanwoo Auto
 * Parts USA"). Not a bare hospital's or bank's, which a patient's or a customer's line names as often.
 */
const firmNameWords =
  /\b(?:Co-op|Cooperative|Orchard|Winery|Brewery|Produce|Freight|Airlines?|Airways|Airport|Building Society|Farms?|Ranch|Dairy|Creamery|CSA|Kitchen|Bistro|Restaurant|Grill|Diner|Pizzeria|Tavern|Brasserie|Trattoria|Eatery|Taqueria|Cantina|Noodles?|Sushi|BBQ|Wok|Express|Catering|Caterers)\b|[Aa]potheek|[Aa]potheke|[Zz]iekenhuis|[Kk]rankenhaus/;
const tradeNameEnd = /\bDC$|[A-Za-z][ \t]+(?:Korea|USA|America|UK|Europe|Japan|China|Asia|Pacific|International|Global|Worldwide)$/;
/**
 * A trade's place as a label ("Warehouse: …", "Studio: …", "Plant address for your driver: …"), a store's number ("Store #2217 …"), a hub,
 * a warehouse or a distribution centre before a bracket ("your Daventry DC (…"), a receiving dock, a loading dock's bracket ("your loading
 * dock (…"), a bot's message or a pickup at a named shop. ("We're at …" is as often a family at home as a shop.)
 */
const premisesBefore =
  /\b(?:Warehouse|Studio|Plant|Factory|Workshop|Showroom|Dealership)(?: address)?[^\n:]{0,24}[:：][ \t]*$|\b(?:Store|STORE|Shop|SHOP)[ \t]*#[ \t]*$|\b(?:[Hh]ub|[Ww]arehouse|[Dd]epot|DC|[Dd]istribution [Cc]ent(?:re|er)|[Ff]ulfil?ment [Cc]ent(?:re|er))[ \t]*\([ \t]*$|\b(?:[Rr]eceiving )?[Dd]ock[ \t]+[A-Z0-9]{1,3},[ \t]*$|\b(?:[Ll]oading|[Rr]eceiving)[ \t]+(?:dock|bay)[ \t]*\([ \t]*$|(?:\b[Bb]ot|봇)[ \t]*[:：][ \t]*$|\b[Pp]ick-?up at [A-Z][^\n,.]{1,40},[ \t]*$/;
/**
 * The name after a clinic's, an employer's, a store's or an organisation's label, which may carry its register number in
 * brackets ("Employer: Meridian Logistics, …", "Store: Brightwell Local, …", "Organisation: … Ltd (ICO reg. …), …").
 */
const namedPlaceLabelBefore =
  /\b(?:Clinic|Hospital|Practice|Pharmacy|Employer|Company|Organi[sz]ation|Business|Firm|Store|Shop|Branch|Bank|Sponsor|Laboratory|Lab|Carrier|Establishment|Facility)[ \t]*[:：][^\n,]{1,60},[ \t]*$/;
const namedPlaceReach = 80;
/**
 * A Korean firm's or shop's place before its address: its kind of place with a label, a topic particle, a bracket or a bar ("당사 주소:", "부산본사
 * |", "매장은", "가게 주소는", "공업사 위치는", "캠프(", "창고 (", "본사 교육장(", "대리점 정보\n"), the firm's main line ("대표 02-2606-7700 /"), a seller or a maker
 * named before a bracket ("판매처 VitaNorth ("), a trading firm's name by its trade before a comma ("한결유통, …", "바다수산, …"), an office's kind
 * right before it ("Service Canada 센터 4900 …"), or a card sent to the customer's company ("회사로요 …"); a social worker's 사회복지사 holds a
 * branch's 지사 and is none.
 */
const koreanPremisesBefore =
  /(?:당사|회사|본사|본점|지점|(?<!복)지사|매장|가게|식당|음식점|점포|대리점|전시장|공업사|센터|공장|창고|캠프|허브|교육장|연수원|사옥|터미널|부두|계근대|계량소)[ \t]*(?:주소|소재지|위치)?[ \t]*(?:[:：(|/]|[은는][ \t]|정보[ \t]*\r?\n)[ \t]*$|대표(?:[ \t]*(?:전화|번호))?[ \t]*\d[\d-]{8,13}[ \t]*[/|,][ \t]*$|(?:판매처|판매원|판매사|제조원|제조사|수입원|수입사)[ \t]*[:：]?[ \t]*[^\n(:：]{1,30}\([ \t]*$|회사로요?[ \t]+$|[가-힣]{1,10}(?:유통|상사|물산|식품|수산|농산|무역|상회)[ \t]*,[ \t]*$|(?:센터|사무소|출장소|영사관|대사관)[ \t]+$/;
/**
 * A place's own landline, then its address in the same sentence ("레스토랑 연락처는 02-790-3122, 주소는 …"), as a concierge or a
 * shop gives them; not one's own ("제 연락처는 …", "집 전화는 …").
 */
const placesContactBefore =
  /(?<!(?:제|내|저의|집|자택)[ \t]?)(?:연락처|전화(?:번호)?)(?:은|는|:)?[ \t]*0(?:2|[3-6][1-5])[-. )]\d{3,4}[-. ]\d{4}[ \t]*(?:이고|이며|,)[ \t]*주소(?:는|:)[ \t]*$/;

/**
 * A location's bullet ("- 위치:"), as a shop's or a site's notice gives it; a report's location with a flat in a complex ("위치: … 407동
 * 902호", as a 112 call log writes where the caller lives) is a home.
 */
const locationBulletBefore = /(?:^|\n)[ \t]*[-•·■▶*]?[ \t]*위치[ \t]*[:：][ \t]*$/;
const apartmentUnit = /\d동[ \t]*\d{1,5}호/;
/**
 * A firm's own place inside the address's span, or its name with its legal form ("… 55 (주)에스엘물류 B동", "… 410 (본사 공장)", "… 154 물류센터", "… 홈닷몰
 * 반품센터 3층", "Unit 2, Harrow Lane Trading Estate, …"), a public office's ("… 3층 (구미시청 별관)", "… 9-3, 영사과 2층", "… 45, 다문화복지센터 1층").
 */
const premisesWithin =
  /(?:\(주\)|㈜)[가-힣A-Za-z]|\([^)\n]*(?:본사|본점|공장|지점|사옥|매장|전시장|시청|구청|군청|청사|별관)[^)\n]*\)|물류센터|영사과|영사부|대사관|복지센터|복지관|가족센터|반품센터|반품동|\b(?:Trading|Industrial) Estate\b|\bInd Est\b|\b(?:Business|Retail|Industrial|Trade) Park\b/;
/** A showroom, a shop, a studio or an office right after the address ("… 378 (가락동) 1층 전시장", "… Ave (building office)", "… (Katy DC)"). */
const premisesAfter =
  /^[ \t]*(?:전시장|매장|지점|영업소|물류센터|스튜디오|\((?:[a-z]+ ){0,2}(?:office|depot|warehouse|yard|branch|store)\)|\((?:[A-Z][a-z]+ ){1,2}(?:DC|FC|HQ)\))/;
