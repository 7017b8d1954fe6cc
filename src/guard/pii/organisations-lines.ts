// An organisation's contact line: its name, then its address and its landline ("Walsh Fasteners Ltd, Ballymount
// Road, Dublin 12, tel +353 1 450 2281", "HARBOR LANE PHARMACY #4471\n1180 Ocean Ave, Santa Cruz, CA 95060   (831)
// 426-0190", "보내는분: (주)모노리빙 이천물류센터 / 경기도 이천시 …"). A bill, an invoice, a label or a letterhead prints one
// beside its customer's details; the organisation's values are no person's.
import libphonenumber from 'google-libphonenumber';
import { isInCustomersAddressColumn } from './addresses/customers-address-cells.ts';
import { phoneUtil } from './recognizers/phone-util.ts';
import { textFeature, textFeatures } from './text-features.ts';
import { FindingsByLine } from './findings-by-line.ts';
import { rowsEnd, tablesIn } from './tables/pasted-tables.ts';
import type { PiiFinding } from './types.ts';
import { followsDeskWords, isGlossedAsDesk, precedesDeskMailboxOrFax } from './desk-lines.ts';
import { endsLetterheadAddressLine, followsPlaceOfBusinessWords, isGlossedAsPlaceOfBusiness } from './places-of-business-lines.ts';
import { findAddresses } from './addresses/index.ts';
import { presidingJudgeRecognizerName } from './names/court-case-parties.ts';
import { labelsThreadsTurns } from './sms-sender-speakers.ts';
import { followsExtension } from './switchboard-extensions.ts';
import { followsTradeOrServiceWords } from './trade-and-service-lines.ts';
import { isSignaturesOfficeCell } from './signature-office-cells.ts';

const { PhoneNumberType } = libphonenumber;

/**
 * An organisation's own word: a legal form, a kind of business or desk written as its name is, "our" before a place of
 * business, or a Korean business's or office's word. (Not a bare hospital or clinic, which a patient's record names as
 * often, nor an Irish county's "Co. Cork".)
 */
const organisationMark = new RegExp(
  [
    String.raw`\b(?:Ltd|LTD|Limited|LIMITED|Inc|INC|LLC|GmbH|KG|AG|PLC|Plc|plc|Corp|CORP|Pty|Pte|Bhd|SA de CV|SARL|SAS|BV|KK|Ltda|LLP|SpA|Srl|SRL|sp\.\s?j|sp\. z o\.o)\b|\b(?:S\.A|S\.L|B\.V|N\.V)\.`,
    // A lettings agent's, a managing agent's or a carrier's name, and a form's field for an employer, an agency, a centre, a
    // clinic, a supplier or an installer ("Cathays Lettings (88 Crwys Road …)", "Employer: Meridian Logistics, 5100 Creekbank
    // Rd", "Clinic: Central Valley Pulmonary, 1450 W …, (559) …").
    String.raw`\b(?:Lettings|Property Management|Logistics|Cargo|Gestion|Brokerage)\b|\b(?:Employer|Agency|Cent(?:er|re)|Managing agent|Host location|Release branch|Clinic|Practice|Hospital|Supplier|Installer)(?=[ \t]*:)`,
    String.raw`\b(?:Co|CO)\.(?=[ \t]*(?:[,|/)]|Ltd|LTD|Limited|$))`,
    // A business's register numbers name it: "ABN 41 624 118 903, (02) 9953 4100", "BRN 214-25-31478, tel …".
    String.raw`\b(?:ABN|ACN|EIN|GSTIN|UEN|VAT|NIP|BRN|CNPJ)\b|사업자\s?(?:등록)?\s?번호|법인\s?등록\s?번호`,
    String.raw`\b(?:Pharmacy|PHARMACY|pharmacy|Apothecary|APOTHECARY|Hotel|HOTEL|Inn|INN|Laboratories|LABORATORIES|Realty|Klinikum|Notaufnahme|Kundenservice|Rent-a-Car|Restoran|Restaurant|Supermarket|Embassy|Branch|Utilities|UTILITIES)\b`,
    String.raw`\b(?:Medical|Health|Dental|Service|Leasing|Field|Branch|Head|Sales|Box|Ticket|Post|Parish|School|Front|Billing|Pathology|International|Customer|Client) (?:Cent(?:re|er)|Dept\.?|Department|[Oo]ffice|[Dd]esk|[Ss]ervices?|[Cc]are)\b`,
    String.raw`\b(?:leasing|head|front|box|post|sales|school|parish|ticket|district|county|branch|site|field|booking|registrar's|admissions|enrol?ment|building) office\b`,
    // A desk's or a ward's line in a sentence ("the sales desk number is …", "the clinic line printed on the form is …").
    // A named institution ("Westlake Imaging Center", "the International Clinic", "Child Benefit Office"), and a desk's mailbox
    // before its line ("accounts@stcolumbas.nsw.edu.au or (02) 9651 4400").
    String.raw`\b[A-Z][a-z]+(?:['’]s)? (?:Cent(?:re|er)|Clinic|Hospital|Office)\b|\b(?:accounts|info|office|admin|enquiries|reception|support|billing|bookings|admissions|hello|contact|sales|help|service)@`,
    String.raw`\b(?:sales|service|support|reception|clinic|ward|practice|surgery|pharmacy|switchboard|main|customer|payroll|HR) (?:desk|line)\b|\b[Oo]ur (?:helpline|hotline|switchboard)\b|\b(?:Showroom|showroom|SHOWROOM)\b`,
    // A desk's line or its word right before the number: "Bookings line 0113 …", "Billing (02) 8723-0101", "HR 031-…".
    String.raw`\b(?:Office|Bookings?|AP|AR|Billing|Sales|Support|Service|Enquiries|Appointments?|Reservations?|Help|Main|Client|Customer) (?:line|desk)\b`,
    String.raw`\b(?:Billing|Reception|Reservations?|Dispatch(?:er)? desk|Overseas|HR|Office|(?<!(?:[Mm]y|[Hh]is|[Hh]er|[Hh]ome) )office|OFFICE)(?=[ \t]*[:：,]?[ \t]*[(+\d])|\b(?:Fax|FAX|fax)\b`,
    // An employer's HR or hiring team, its headquarters, a bank's or a hub's building, a worksite ("Human Resources · 2200
    // Harbor Blvd …", "Return to: Recruitment Team, Level 2, Trust HQ, …", "Harbourline Bank, 25 Canada Square …").
    String.raw`\b(?:Human Resources|Recruitment Team|People Team|Talent Acquisition|HQ|Headquarters|worksite|Worksite)\b|\b[A-Z][a-z]+ (?:Bank|Hub|Building|Tower)\b`,
    String.raw`\b(?:[Oo]ur|OUR) (?:[A-Z][\w-]*(?: [A-Z][\w-]*){0,2} )?(?:office|store|shop|branch|warehouse|depot|clinic|showroom|studio|plant|factory|agency)\b`,
    // A business's own service number on the line: "Customer Center 1588-8100 | Overseas +82-2-…", "1-800-…", "0800 …".
    String.raw`(?<![\d-])1[568]\d\d-\d{4}(?![\d-])|\b1-?800[- ]\d|\b0800 \d`,
    String.raw`(?:주식회사|\(주\)|㈜|공인중개사|사무소|전시장|진료소|문의(?:처|전화)?(?![가-힣])|센터|조합법인|대사관|영사관|판독실|상황실|모터스|렌터카|정비소|주유소|사업소|영업소|관세법인|법무법인|회계법인|세무법인|보험사|카드사|공단|구청|시청|군청|도청|보건소|병원|의원|약국|호텔|우체국|교육지원청|행정실|프런트|안내데스크)`,
    // Where a business receives its customers: "visit us at …", "the Euljiro branch, …", "Depot: …", "가까운 대리점(…)", "판교
    // 사옥(…)"; not a return's pickup (회수지), which is the customer's, nor "we're at", which a family says of its home, nor
    // a social worker (사회복지사), whose word holds a branch's 지사.
    String.raw`\b(?:[Vv]isit us|[Ff]ind us|[Ss]ee you) at\b|\b(?:[Dd]epot|branch|[Dd]ealership)\b|\b[A-Z][a-z]+ clinic\b`,
    String.raw`(?:대리점|직영점|지점|사옥|매장|본점|(?<!복)지사|집하점|영업점|식당|물류|[가-힣]사업장|오피스(?!텔)|외국인청|레지던스|쇼룸|점(?=[ \t]*\())`,
    // A team's line ("본사 인사팀 055-282-7600"), and the place of work a contract names ("근 무 장 소: …").
    String.raw`[가-힣]팀(?=[ \t]*0)|근[ \t]*무[ \t]*장[ \t]*소`,
    // A school's, a firm's or an office's own address ("학교 주소: …", "법인 주소: …").
    String.raw`(?:학교|법인|회사|본사|사무실)[ \t]?주소`,
    // A contact card's work line and work address, an invitation's place, a note of a front desk's line ("TEL;TYPE=WORK,
    // VOICE:…", "ADR;TYPE=WORK:;;…", "LOCATION:본사 12층 …", "NOTE:Office front desk +1 604 …").
    String.raw`^(?:TEL|ADR)[;:][^:\n]*\bWORK\b|^LOCATION[;:]|\b[Ff]ront[ -][Dd]esk\b`,
  ].join('|'),
  'g',
);

/**
 * What makes the rest of a line a person's again: their name found, a person's label or own word between the
 * organisation's mark and the value ("Customer: …", "Direct: …", "ring me on …", "성명 …", "담당 …"), or a Korean
 * sentence's, an exclamation's or a quotation's end (the mark's clause is over: "[행복공인중개사] 계약서 초안 보내드려요.
 * 소재지 …", "\"… 즉시 문의\" 근데 번호가 …"); an English sentence's end is `sentenceStart`'s.
 */
const personsWord =
  /\b(?:Customer|Patient|Tenant|Guest|Applicant|Employee|Cardholder|Consignee|Recipient|Insured|Policyholder|Member|Borrower|Buyer|Name|Contact|Attn|Cell|cell|Mobile|mobile|Mob|Mobil|Home|home|Direct|direct|WhatsApp|Mr|Mrs|Ms|Miss|Dr|my|My|me|you|your|his|her|their)\b|(?<![A-Za-z])m\.(?=[ \t]*$)|[Dd]eliver(?:y address| to)|[Ss]hip to|성명|고객|받는\s?분|배송지|수취인|수령인|임차인|세입자|환자|신청인|보호자|본인|자택|휴대|근로자|피보험자|계약자|예금주|피해자|피의자|용의자|대상자|직통|직장|담당(?![ \t]?(?:전화|부서|창구))|연락처|[제내네니너][ \t]?(?:번호|폰|휴대폰|연락처|집|주소)|[요다]\.|[!?](?:\s|$)|(?:^|(?<=[^\s,(]))["”]/;

/** A card's billing address label right before an address ("Billing: 1180 Maple Ridge Dr, …", "Billing address: …"). */
const billingAddressLabel = /\b(?:Billing|BILLING)(?:[ \t]+[Aa]ddress)?[ \t]*[:：][ \t]*$/;

/** How far back on its line the organisation's mark may stand, and a letterhead's contact line run before the value. */
const lineReach = 200;

/**
 * Whether `finding` stands in an organisation's contact line: after an organisation's mark on its line, or on the line
 * under a letterhead's name, with no person's name or word between the mark and it. The marks are looked for first; the
 * text's findings by line (`index`) are built only for a line that holds one.
 */
function isInOrganisationsLine(text: string, finding: PiiFinding, index: () => FindingsByLine): boolean {
  const lineStart = text.lastIndexOf('\n', finding.start - 1) + 1;
  const mark = lastMark(text, Math.max(lineStart, finding.start - lineReach), finding.start);
  // Someone named before it in the mark's sentence makes it their contact: a form's "Name: … | Company: … | Phone: …", a
  // signature's "Adaeze Okonkwo | Procurement, Kola Foods Ltd | +234 …". A sentence before the mark's is over ("Thank
  // you Derek. … Bookings line 0113 …").
  if (mark !== undefined) {
    // The mark speaks for its own sentence only ("… in Frankston Hospital. Dorothy Whitfield, 33 Yarralumla Drive …").
    const sentence = sentenceStart(text, lineStart, finding.start);
    if (sentence > mark.start) return false;
    const onLine = index().on(lineStart);
    // Someone reached "care of" the organisation leaves its contact the organisation's ("Landlord: Mrs … c/o Fenway
    // Lettings, 22 Broad Street, …, tel …").
    const careOf = text.slice(sentence, mark.start).lastIndexOf('c/o ');
    const namesFrom = careOf === -1 ? sentence : sentence + careOf;
    return (
      !standsForPerson(text, { from: mark.end, to: finding.start }, onLine) &&
      !namesSomeone(text, { from: namesFrom, to: finding.start }, onLine)
    );
  }
  // A letterhead: the organisation's name on the line above, the line under it opening with the value (or a phone's word),
  // and no one named in the lines above (a signature names its writer over the firm's name).
  if (lineStart === 0 || finding.start - lineStart > lineReach) return false;
  const aboveStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  const aboveMark = lastMark(text, aboveStart, lineStart - 1)?.end;
  if (aboveMark === undefined) return false;
  const found = index();
  if (!letterheadLineOpening.test(text.slice(openingEnd(text, lineStart, finding.start), finding.start))) return false;
  if (standsForPerson(text, { from: aboveMark, to: lineStart - 1 }, found.on(aboveStart))) return false;
  for (let line = 0, start = aboveStart; line <= signatureLines; line += 1) {
    if (found.on(start).some((person) => person.type === 'PERSON')) return false;
    if (start === 0) break;
    start = text.lastIndexOf('\n', start - 2) + 1;
  }
  return true;
}

/**
 * Where a contact line's opening ends: after the organisation's address, when the line opens with it. Read from every
 * address the text holds, the firm's own too, which the address recogniser does not report ("… UTILITIES\n80 W. Main St,
 * …  |  (937) …").
 */
function openingEnd(text: string, lineStart: number, valueStart: number): number {
  const address = findAddresses(text).find((other) => other.start >= lineStart && other.start <= lineStart + 4 && other.end <= valueStart);
  return address === undefined ? lineStart : address.end;
}

/** What a letterhead's contact line may open with before its address or phone: separators, a phone's word, 소재지. */
const letterheadLineOpening = /^[ \t|/·•—–-]*(?:(?:Tel|TEL|Ph|PH|Phone|T|☎|전화|소재지)\.?[ \t]*[:：]?[ \t]*)?$/;
/** How many lines above a letterhead's name a signature's writer may stand (the name's own line too). */
const signatureLines = 3;

function lastMark(text: string, from: number, to: number): { start: number; end: number } | undefined {
  // The value's first character too, which a desk's word before a number looks ahead to ("Office: 020 …").
  const span = text.slice(from, to + 1);
  let last: RegExpExecArray | undefined;
  organisationMark.lastIndex = 0;
  for (let match = organisationMark.exec(span); match !== null; match = organisationMark.exec(span)) last = match;
  return last === undefined ? undefined : { start: from + last.index, end: from + last.index + last[0].length };
}

/**
 * A sentence's end before a capital: after a word of three small letters, a Hangul syllable, a number or a bracket ("room
 * 14. Bookings", "세금계산서. Our office"), not a title's dot ("Dr. Adeyemi"); or a Korean sentence's polite or plain end
 * ("… 발송합니다. 궁금한 점은 매장 …").
 */
const sentenceEnd = /(?:[a-z]{3}|[가-힣]|\d|\))[.!?][ \t]+(?=[A-Z])|[다요][.!?~][ \t]+/g;

/** Where the sentence that holds `at` starts on its line. */
function sentenceStart(text: string, lineStart: number, at: number): number {
  // The capital after the sentence's end is the mark's own first letter.
  const span = text.slice(lineStart, at + 1);
  let start = lineStart;
  sentenceEnd.lastIndex = 0;
  for (let match = sentenceEnd.exec(span); match !== null; match = sentenceEnd.exec(span))
    start = lineStart + match.index + match[0].length;
  return start;
}

function namesSomeone(text: string, span: { from: number; to: number }, people: readonly PiiFinding[]): boolean {
  return people.some(
    (person) =>
      person.type === 'PERSON' &&
      // The judge a hearing's notice names sits at the court; the court's address stays the court's.
      person.recognizer !== presidingJudgeRecognizerName &&
      person.start >= span.from &&
      person.start < span.to &&
      !isSpeaker(text, person) &&
      !isAddressed(text, person, span.from),
  );
}

/** Someone the sentence speaks to, their name opening it before a comma ("Maricel, … call the pharmacy at …"). */
function isAddressed(text: string, person: PiiFinding, sentenceStart: number): boolean {
  return text.charCodeAt(person.end) === 0x2c && text.slice(sentenceStart, person.start).trim() === '';
}

/** A chat's or a transcript's speaker at the line's start ("고용주(정혜원): …", "[Agent Ms. Yoon] …"), who names no contact. */
const speakerOpening = /^[ \t]*(?:\[[^\]\n]{0,12}\][ \t]*)?[^\n:：]{0,12}$/;
const speakerEnd = /^\)?[ \t]*(?:\([^)\n]{0,12}\))?[ \t]*[:：\]]/;

function isSpeaker(text: string, person: PiiFinding): boolean {
  const lineStart = text.lastIndexOf('\n', person.start - 1) + 1;
  return speakerOpening.test(text.slice(lineStart, person.start)) && speakerEnd.test(text.slice(person.end, person.end + 16));
}

function standsForPerson(text: string, span: { from: number; to: number }, people: readonly PiiFinding[]): boolean {
  return namesSomeone(text, span, people) || personsWord.test(text.slice(span.from, span.to));
}

/** How far before a line followed by a desk's mailbox or a fax a person's name or word is looked for. */
const letterheadReach = 60;

/**
 * A letterhead's or a contact line's number before a desk's mailbox or a fax ("Tel 0141 … | recoveries@…"), with no one
 * named or called theirs right before it ("Hannah Kowalczyk, cell 864-… · quality@…", "직통 02-… | 팩스 …" are theirs).
 */
function isLetterheadsLine(text: string, phone: PiiFinding, index: () => FindingsByLine): boolean {
  if (!precedesDeskMailboxOrFax(text, phone.end)) return false;
  const lineStart = text.lastIndexOf('\n', phone.start - 1) + 1;
  return !standsForPerson(text, { from: Math.max(lineStart, phone.start - letterheadReach), to: phone.start }, index().on(lineStart));
}

/**
 * A place of business's line by its words or its gloss, or the number that ends its letterhead's address line when no one is
 * named on that line (`places-of-business-lines.ts`).
 */
function isPlaceOfBusinessLine(text: string, phone: PiiFinding, index: () => FindingsByLine): boolean {
  if (followsPlaceOfBusinessWords(text, phone.start) || isGlossedAsPlaceOfBusiness(text, phone)) return true;
  if (!endsLetterheadAddressLine(text, phone.start)) return false;
  // A table's row that names its person after the number is theirs ("… Yonkers, NY 10705 | 646-… | … | Nadia Forbes |").
  const lineStart = text.lastIndexOf('\n', phone.start - 1) + 1;
  return !index()
    .on(lineStart)
    .some((person) => person.type === 'PERSON');
}

/**
 * A mobile as the countries of the rounds' writers write them without their country code, by its digits: Korea's 01X, the
 * UK's 07 (not 070), Australia's 04, Ireland's 083–089, Nigeria's 0701–0919 (not 0700, a business's), the Philippines' 09, South Africa's 06–08, an
 * Indian ten digits from 6, and Pakistan's 03XX in its grouping. A person carries one even on a firm's line. In a Korean
 * text a number in Korea's shape is read as Korea's: its regional 061–064 and 031 lines read as other countries' mobiles.
 */
const nationalMobileDigits =
  /^(?:01[016-9]\d{7,8}|07[1-57-9]\d{8}|04\d{8}|08[35-9]\d{7}|0(?:70[1-9]|[89][01]\d)\d{7}|09\d{9}|0[6-8]\d{8}|[6-9]\d{9})$/;
const pakistaniMobile = /^03\d\d[- ]?\d{7}$/;
/** Korea's mobiles and its internet phones (070), which people carry as their own; its landlines by their area codes. */
const koreanMobile = /^0(?:1[016-9]|70)[-. ]/;
const koreanLandline = /^0(?:2|[3-6][1-5])[-. ]/;
/** A British landline with its area code apart ("0113 392 4410"), whose digits a Korean 011 mobile's would read as one. */
const britishAreaCode = /^01\d{2,3}[ \t]\d/;
/** An Australian landline as it is written ("07 3221 8400"), whose digits a South African mobile's would read as one. */
const australianLandline = /^\(?0[2378]\)?[ \t]\d{4}[ \t]\d{4}$/;
/** A North American number as it is written, whose ten digits an Indian mobile's would read as one. */
const northAmericanGrouping = /^\(?[2-9]\d{2}\)?[ .-]?\d{3}[ .-]\d{4}$/;

function isMobile(phone: string, inKoreanText: boolean): boolean {
  const written = phone.trim();
  if (!written.startsWith('+')) {
    if (koreanMobile.test(written)) return true;
    if ((inKoreanText && koreanLandline.test(written)) || britishAreaCode.test(written) || australianLandline.test(written)) return false;
    return !northAmericanGrouping.test(written) && (nationalMobileDigits.test(written.replace(/\D/g, '')) || pakistaniMobile.test(written));
  }
  try {
    const number = phoneUtil.parse(written);
    const type = phoneUtil.getNumberType(number);
    // Under +1 a mobile and a landline are numbered alike: a firm's line decides.
    return type === PhoneNumberType.MOBILE || (type === PhoneNumberType.FIXED_LINE_OR_MOBILE && number.getCountryCode() !== 1);
  } catch {
    return false;
  }
}

/**
 * A Korean internet phone (070) that a shop's or a desk's words name, or a desk's mailbox before it ("매장 번호는 070-…",
 * "Customer service: cs@… / 070-…"): shops and call centres take 070 lines as often as people carry them, and the words
 * say whose this one is.
 */
function isShopsInternetPhone(text: string, phone: PiiFinding): boolean {
  if (!koreanInternetPhone.test(phone.text)) return false;
  // Someone listing their own numbers keeps their office's 070 theirs ("담당 연락처 010-… / 사무실 070-…").
  const lineStart = text.lastIndexOf('\n', phone.start - 1) + 1;
  if (ownContactBefore.test(text.slice(lineStart, phone.start))) return false;
  return followsDeskWords(text, phone.start) || followsPlaceOfBusinessWords(text, phone.start);
}

const koreanInternetPhone = /^070[-. ]/;
const ownContactBefore = /담당|연락처|휴대|[제내][ \t]?(?:번호|폰)|\b(?:[Mm]y|[Mm]obile|[Cc]ell)\b/;

/**
 * A JSON field of an organisation's contact: its key names the organisation ("store_phone", "clinicTel", "branch_address"),
 * or the object it stands in does ("institution": {"code": …, "tel": "031-712-4580"}).
 */
const organisationsKey =
  /"(?:store|branch|office|clinic|hospital|pharmacy|merchant|dealer|dealership|company|business|support|helpdesk|hotline|shop|institution|facility|provider|hq|seller|vendor|supplier|agency)[_-]?(?:phone|tel|telephone|fax|address|addr|email|mail|contact)(?:[_-]?(?:no|number))?"[ \t]*:[ \t]*"$/i;
const organisationsObject =
  /"(?:store|branch|office|clinic|hospital|pharmacy|merchant|dealer|institution|facility|organi[sz]ation|company|supplier|insurer|payer|agency|shop|salon|spa|hotel|venue|restaurant)"[ \t]*:[ \t]*\{[^{}\n]{0,160}"[A-Za-z_]+"[ \t]*:[ \t]*"$/i;
/** How far before a value its key and its object's key are read. */
const jsonKeyReach = 200;

function isOrganisationsJsonField(text: string, start: number): boolean {
  if (text.charCodeAt(start - 1) !== 0x22) return false;
  const before = text.slice(Math.max(0, start - jsonKeyReach), start);
  return organisationsKey.test(before) || organisationsObject.test(before);
}

/**
 * A header cell that names a business's place: its store, branch, outlet or distribution centre, or a business as a route
 * sheet's customer ("store_id", "store_name", "center_code", "Consignee (business)", 매장명, 지점, 센터명). A register of
 * suppliers (거래처, 상호) is not one: a sole trader's row holds the owner's own phone.
 */
const placeHeaderCell =
  /^\W*(?:store|shop|branch|outlet|cent(?:er|re)|warehouse|depot|hub)(?:[_ ]?(?:id|name|nm|code|no))?\W*$|^\W*(?:매장|지점|점포|가맹점|영업점|대리점|센터|물류센터|창고)(?:명|코드|번호)?\W*$|\bbusiness\b/i;

/**
 * The rows of `text`'s tables of a business's places, whose addresses and landlines are its own: the place heads the
 * rows (one of the first three columns, after a stop's number and time perhaps), as a list of stores does, not a record's last column as a pharmacy's patient
 * queue has it. Measured once a text, so an export's rows are not walked again for each of its values.
 */
function placesTableRows(text: string): Array<{ start: number; end: number }> {
  const rows: Array<{ start: number; end: number }> = [];
  for (const table of tablesIn(text)) {
    const headerStart = text.lastIndexOf('\n', table.rowsStart - 2) + 1;
    const firstCells = text.slice(headerStart, table.rowsStart).split(table.delimiter).slice(0, 3);
    if (firstCells.some((cell) => placeHeaderCell.test(cell))) rows.push({ start: table.rowsStart, end: rowsEnd(text, table) });
  }
  return rows;
}

/**
 * Removes from `candidates` the addresses and the landlines that stand in an organisation's contact line
 * (`isInOrganisationsLine`) or in a list of its stores (`placesTableRows`), and the phones, addresses and e-mails of an organisation's JSON fields; the people among the
 * candidates keep a line theirs.
 *
 * @example
 * const candidates = [{ type: 'PHONE', start: 54, end: 69, text: '+353 1 450 2281', score: 0.8, recognizer: 'phone' }];
 * removeOrganisationsValues('Walsh Fasteners Ltd, Ballymount Road, Dublin 12, tel +353 1 450 2281', candidates);
 * candidates.length; // 0
 */
export function removeOrganisationsValues(text: string, candidates: PiiFinding[]): ReadonlySet<string> {
  // Judged on the whole list first: a line's address tells where its phone's line opens.
  let found: FindingsByLine | undefined;
  const index = (): FindingsByLine => (found ??= FindingsByLine.of(text, candidates));
  let inKoreanText: boolean | undefined;
  let places: Array<{ start: number; end: number }> | undefined;
  const organisations = new Set<PiiFinding>();
  for (const candidate of candidates) {
    if (candidate.type !== 'ADDRESS' && candidate.type !== 'PHONE' && candidate.type !== 'EMAIL') continue;
    // A card's billing address is its holder's, though "Billing" before a number is a billing desk's line.
    if (candidate.type === 'ADDRESS' && billingAddressLabel.test(text.slice(Math.max(0, candidate.start - 24), candidate.start))) continue;
    // So is a customer's drop-off address in its column, whatever store the row names before it.
    if (candidate.type === 'ADDRESS' && isInCustomersAddressColumn(text, candidate.start)) continue;
    const organisationsValue =
      isOrganisationsJsonField(text, candidate.start) ||
      (candidate.type !== 'EMAIL' &&
        ((candidate.type === 'PHONE' &&
          (followsDeskWords(text, candidate.start) ||
            isGlossedAsDesk(text, candidate) ||
            isLetterheadsLine(text, candidate, index) ||
            isPlaceOfBusinessLine(text, candidate, index) ||
            isNamedByItsTradeOrUse(text, candidate, index))) ||
          isInOrganisationsLine(text, candidate, index) ||
          ((places ??= placesTableRows(text)).some((rows) => candidate.start >= rows.start && candidate.start < rows.end) &&
            !isCalledPersonsInItsCell(text, candidate.start))));
    if (!organisationsValue) continue;
    if (
      candidate.type === 'PHONE' &&
      isMobile(candidate.text, (inKoreanText ??= (textFeatures(text).flags & textFeature.hangul) !== 0)) &&
      !isShopsInternetPhone(text, candidate)
    )
      continue;
    organisations.add(candidate);
  }
  if (organisations.size === 0) return noLines;
  let kept = 0;
  for (const candidate of candidates) if (!organisations.has(candidate)) candidates[kept++] = candidate;
  candidates.length = kept;
  const lines = new Set<string>();
  for (const value of organisations) if (value.type === 'PHONE') lines.add(digitsOf(value.text));
  removePhonesOfLines(candidates, lines);
  return lines;
}

const noLines: ReadonlySet<string> = new Set();

const ownExtensionAfter = /^[ \t]*,?[ \t]*(?:[Ee]xt|EXT|x|내선)\.?[ \t]*\d/;
const ownLineGlossAfter = /^[ \t]*\((?:direct|Direct|mobile|Mobile|cell|Cell|personal|home|직통|휴대폰?|개인)(?![A-Za-z])/;
const ownMobileAfter = /^[ \t]*[|/·,;\n][ \t]*(?:(?:[Mm]ob(?:ile)?|[Cc]ell|M|HP)\b|휴대폰?)\.?[ \t]*[:：]?[ \t]*\+?\d/;

/**
 * A line named by the organisation's trade or its use, beside a switchboard's extension, in a signature's office cell, or
 * sending a text thread's turns (`trade-and-service-lines.ts`, `switchboard-extensions.ts`, `signature-office-cells.ts`,
 * `sms-sender-speakers.ts`).
 */
function isNamedByItsTradeOrUse(text: string, phone: PiiFinding, index: () => FindingsByLine): boolean {
  // Someone's own line by its gloss, or their mobile given after it, makes it theirs ("+82 2 … (direct)", "Tel: … / mob …").
  const after = text.slice(phone.end, phone.end + 40);
  // So does their extension after it ("BrightPath Staffing | 612-… ext. 12").
  if (ownLineGlossAfter.test(after) || ownMobileAfter.test(after) || ownExtensionAfter.test(after)) return false;
  return (
    followsExtension(text, phone.start) ||
    followsTradeOrServiceWords(text, phone, index) ||
    isSignaturesOfficeCell(text, phone, index) ||
    labelsThreadsTurns(text, phone)
  );
}

/**
 * Whether a note in the value's own cell calls it a person's ("GPS상 출발지가 대상자 자택(서울 …)" in an expense list whose
 * merchant column reads as a list of stores): the note speaks of someone's home, not of the row's place.
 */
function isCalledPersonsInItsCell(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const line = text.slice(lineStart, start);
  const cellStart = Math.max(line.lastIndexOf(','), line.lastIndexOf('|'), line.lastIndexOf('\t')) + 1;
  return personsWord.test(line.slice(cellStart).replace(/^[ \t"']+/, ''));
}

function digitsOf(phone: string): string {
  return phone.replace(/\D/g, '');
}

/**
 * Removes from `candidates` the phones whose digits are one of `lines`, an organisation's: its line is its own wherever
 * the text repeats it ("Main number 07 … → IVR" … "divert 07 … to …"), and the searches for repeats and slips would
 * otherwise bring it back where it was removed ("참여관실 (032-860-1553)" read as a slip of the fax's "032-860-1558").
 *
 * @example
 * const candidates = [{ type: 'PHONE', start: 0, end: 12, text: '032-860-1553', score: 0.8, recognizer: 'phone' }];
 * removePhonesOfLines(candidates, new Set(['0328601553']));
 * candidates.length; // 0
 */
export function removePhonesOfLines(candidates: PiiFinding[], lines: ReadonlySet<string>): void {
  if (lines.size === 0) return;
  let kept = 0;
  for (const candidate of candidates)
    if (candidate.type !== 'PHONE' || !lines.has(digitsOf(candidate.text))) candidates[kept++] = candidate;
  candidates.length = kept;
}
