// The ADDRESS recogniser: Korean road-name and lot-number addresses, street addresses in Latin script, Japanese and Chinese
// addresses in Han script, Vietnamese addresses by their wards and districts, and addresses abroad whose parts carry their own
// words (Russia's, Indonesia's, the Philippines', Thailand's …).
import { hasFeatures, textFeature, textFeatures, type TextFeatures } from '../text-features.ts';
import type { PiiFinding, PiiRecognizer, ScanOptions } from '../types.ts';
import { findEnglishAddresses } from './english-addresses.ts';
import { findHanScriptAddresses } from './han-script-addresses.ts';
import { findKoreanAddresses } from './korean-addresses.ts';
import { findLabelledAddressLines, mayHoldAddressPhrase } from './labelled-address-lines.ts';
import { findPostalBlocks } from './postal-blocks.ts';
import { findVietnameseAddresses, mayHoldVietnameseAddress } from './vietnamese-addresses.ts';
import { findAddressesByTheirParts, mayHoldAddressByItsParts } from './addresses-by-their-parts.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { officialLetterFooterLine } from './korean-address-words.ts';

/**
 * Addresses are anchored on a road or lot number and widened to their districts and units; a bare road name without a number is never one.
 *
 * @example
 * addressRecognizer.find('서울 강남구 테헤란로 152 3층', {})[0]?.text; // '서울 강남구 테헤란로 152 3층'
 */
export const addressRecognizer: PiiRecognizer = {
  name: 'address',
  types: ['ADDRESS'],
  // Every address holds a number: a Korean one right after its anchor syllable, a Latin one near a street word or before a
  // postcode the feature pass sees (a capital before a digit, six digits, a long run).
  mightMatch: (text) => {
    const features = textFeatures(text);
    return (
      hasFeatures(features, textFeature.digit) &&
      ((features.flags & (textFeature.koreanAddressAnchor | textFeature.streetWord | textFeature.ideographBeforeDigit)) !== 0 ||
        mayHoldPostcode(features, text) ||
        mayHoldAddressLabel(text, features) ||
        (hasFeatures(features, textFeature.upperLatin) && mayHoldVietnameseAddress(text)) ||
        mayHoldAddressByItsParts(text))
    );
  },
  find(text: string, _options: ScanOptions): PiiFinding[] {
    return findAddresses(text).filter((address) => !isFirmsAddress(text, address));
  },
};

/**
 * A firm's name with its legal form, then its address on the same line or the next ("Greenleaf Pantry Ltd, Unit 9
 * Riverside Park, Leeds LS10 1QP", "HANBIT LUBE CO., LTD.\n38 Gongdan-ro …"): a letterhead's address, no person's. (A
 * Korean register's "소재지" is as often a tenant's home, so Korean labels stay out.)
 */
const firmBeforeAddress =
  /\b(?:Ltd|LTD|Limited|LIMITED|Inc|INC|LLC|GmbH|PLC|Plc|Corp|CORP|Co|CO|AG|BV|SARL|S\.A|S\.L)\.?[ \t]*[,:：]?[ \t]*(?:\r?\n[ \t]*)?(?:(?:Unit|Suite|Level|Floor)[ \t]+(?:[\w-]{1,5}[ \t]*,[ \t]*)?)?$/;
/**
 * A Korean firm's or clinic's name in the cell or the bracket before the address ("(주)온누리디자인 | 서울 관악구 …",
 * "의료기관: 춘천바른신경외과의원 / 강원특별자치도 …"), a workplace's label ("근무장소: 본사 R&D센터 (경기도 …"), or an
 * office's own words ("Our office remains at …").
 */
const firmCellBefore =
  /(?:(?:\(주\)|㈜|주식회사)[ \t]*[가-힣A-Za-z&]+|[가-힣]+(?:의원|병원|치과|약국))[ \t]*[|/,(][ \t]*$|(?:근무[ \t]*장소|근무지)[ \t]*[:：][^\n]{0,24}$|\b[Oo]ur (?:office|offices|shop|store|clinic|studio|branch)(?: (?:is|remains|has moved))? (?:at|to)[ \t]+$/;
/**
 * A business's counter where a customer brings or collects a thing ("ready for pickup at 880 Market St.", "drop-off Tuesday
 * 7:30am at 1325 Kifer Rd.", "Pickup shop (Londis, 88 High St)", "Depot: Unit 4, …"). A pickup *from* a place, or at
 * someone's own ("Pickup is at my house, …"), is a person's.
 */
const businessCounterBefore =
  /\b(?:[Pp]ick-?up|PICK-?UP|[Dd]rop-?off|DROP-?OFF)(?:(?![ \t](?:my|our|your|his|her|their|home|house|flat)\b)(?:[^\n.;:!?]|(?<=\d):(?=\d))){0,24}?[ \t]at[ \t]+$|\b(?:Depot|DEPOT|(?:Pickup|Collection|Drop-off) (?:shop|point|location|counter))[ \t]*[:(][ \t]*(?:[^\n)]{0,40},[ \t]*)?$/;
/**
 * A letter's footer or a business's line after the address: its fax, main line, desk or business number ("… 71 / 팩스
 * 055-…", "… LS1 4DL | Reception 0113 …", "… IL 60640 · Front desk (773) …").
 */
const firmsLineAfter =
  /^[ \t]*(?:[|/.,·•][ \t]*(?:팩스|대표[ \t]*(?:전화|번호)|FAX|Fax|ABN|ACN)|[|/·•][ \t]*(?:Reception|Front desk|Helpline|Office|Switchboard|Tel\b|TEL\b|Phone|Appointments|Bookings|Reservations))/;
/**
 * An organisation's name right before the address, on its line or the line above: a practice's, a school's, an office's,
 * a court's or a department's ("Riverside Medical Practice\n14 Canal Street …", "School: Weinland Park Elementary, 211 E
 * 7th Ave …", "Clearwater Health, Claims Department, PO Box 3310 …").
 */
const organisationBeforeAddress =
  /\b(?:Practice|Surgery|Clinic|Medicine|Dental|Hospital|School|Elementary|Academy|College|University|DMV|(?:Town|City|Parish|Village) Hall|Justice|Services?|Department|Operations?|Office|Court|Credit Union|Management|Assurances?|Insurance|Diagnostics|Pharmacy|Library|Council|Embassy|Consulate|Hotel|Elections)[ \t]*(?:,[ \t]*|[ \t]+[—–-][ \t]+|[ \t]*\r?\n[ \t]*)$/;

/**
 * An event's venue, a business's premises, a shop's unit or a restaurant before the address ("Venue: The Grand, 1401 Fulton
 * St", "장소: 대학 본관 대강당 (서울특별시 …)", "사업장: 인천 연수구 …", "Shop 12, 240 Church St", "Sen restaurant, 12 Đinh
 * Tiên Hoàng", "라온웨딩홀 청담 3층 (서울 강남구 …)").
 */
const venueBefore =
  /(?:\b[Vv]enue|VENUE|행사장|공연장|사업장|[Pp]roduction office)[ \t]*[:：][^\n]{0,40}$|\b[Pp]roduction office,[ \t]*$|\bStudio[ \t]+[A-Z0-9]{1,3},[ \t]*$|장소[ \t]*[:：][^\n(]{1,30}\([ \t]*$|\b(?:Shop|Kiosk|Stall)[ \t]+\d{1,4}[A-Z]?,[ \t]*$|\b[Rr]estaurant,[ \t]*$|(?:웨딩홀|예식장|컨벤션)[^\n(]{0,20}\([ \t]*$/;

/**
 * A firm's own seat by its words ("본점 소재지: …", "주소는 회사 주소 (…)", "whose registered office is at …"), or a
 * party's 소재지 under the firm's register numbers (a contract's "사업자등록번호 … 소재지: …"); a rented home's 소재지 has none.
 */
const firmsSeatBefore =
  /(?:(?:회사|본사|본점|공장)(?:[ \t]*(?:주소|소재지))?|[Rr]egistered office(?: is at| address)?|[Hh]ead office(?: is at| address)?)[ \t]*[:：(]?[ \t]*$/;
const seatLabelBefore = /소재지(?:[ \t]*\([^)\n]{1,12}\))?[ \t]*[:：]?[ \t]*$/;
const firmsRegister = /법인등록번호|사업자등록번호|법인명|상호/;
const firmsRegisterReach = 160;

function isFirmsAddress(text: string, address: PiiFinding): boolean {
  const before = text.slice(Math.max(0, address.start - 48), address.start);
  if (firmBeforeAddress.test(before) || firmsSeatBefore.test(before) || firmCellBefore.test(before)) return true;
  if (organisationBeforeAddress.test(before) || venueBefore.test(before)) return true;
  if (businessCounterBefore.test(before)) return true;
  if (firmsLineAfter.test(text.slice(address.end, address.end + 16))) return true;
  if (officialLetterFooterLine.test(text.slice(text.lastIndexOf('\n', address.start - 1) + 1, address.start))) return true;
  return seatLabelBefore.test(before) && firmsRegister.test(text.slice(Math.max(0, address.start - firmsRegisterReach), address.start));
}

/**
 * The addresses of `text`, remembered for the last text: the name search reads them too (the addressee above a label's
 * address, the recipient after a Korean one).
 *
 * @example
 * findAddresses('Ship to 123 Main Street, Springfield, IL 62704.')[0]?.text; // '123 Main Street, Springfield, IL 62704'
 */
export const findAddresses = rememberLastText((text: string): readonly PiiFinding[] => {
  const features = textFeatures(text);
  // The anchor flag is exactly the anchor pattern's condition, so a clear flag means no Korean address.
  const found = hasFeatures(features, textFeature.koreanAddressAnchor) ? findKoreanAddresses(text) : [];
  // The street flag is set wherever the street-type pattern could start, so a clear flag means no Latin address.
  if (hasFeatures(features, textFeature.streetWord)) for (const finding of findEnglishAddresses(text)) found.push(finding);
  if (hasFeatures(features, textFeature.ideographBeforeDigit)) for (const finding of findHanScriptAddresses(text)) found.push(finding);
  if (hasFeatures(features, textFeature.upperLatin) && mayHoldVietnameseAddress(text))
    for (const finding of findVietnameseAddresses(text)) found.push(finding);
  if (mayHoldAddressByItsParts(text)) for (const finding of findAddressesByTheirParts(text)) found.push(finding);
  // A labelled line and a block that ends in a postcode are each a whole address: a street found inside one is a part of
  // it, a labelled line inside a block its first line. Of two with one span the street's is kept, then the line's.
  const lines = mayHoldAddressLabel(text, features) ? findLabelledAddressLines(text) : [];
  const blocks = mayHoldPostcode(features, text) ? findPostalBlocks(text) : [];
  if (blocks.length === 0 && lines.length === 0) return found;
  // A street found with its postcode is the more precise reading of a block that ends where it does.
  const all = [...found, ...lines, ...blocks.filter((block) => !found.some((street) => street.end === block.end && holds(block, street)))];
  return all.filter(
    (inner, index) => !all.some((outer, other) => other !== index && holds(outer, inner) && (isLonger(outer, inner) || other < index)),
  );
});

function holds(outer: PiiFinding, inner: PiiFinding): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

function isLonger(outer: PiiFinding, inner: PiiFinding): boolean {
  return outer.end - outer.start > inner.end - inner.start;
}

/**
 * A postcode needs digits that the feature pass marks (a capital right before one as in "SW1A 1AA", six digits, a long
 * run or four or five digits beside a town or a state), or a block of lines with a street word, and a capital: its town's, its
 * state's or its letters.
 */
function mayHoldPostcode(features: TextFeatures, text: string): boolean {
  return (
    hasFeatures(features, textFeature.upperLatin) &&
    (features.runs.length > 0 ||
      (features.flags & (textFeature.upperBeforeDigit | textFeature.sixDigits | textFeature.postcodeDigits)) !== 0 ||
      // A block of lines with a street word above a four- or five-digit postcode that ends its line ("9021 Cedar Bend Dr\n
      // Austin, TX 78758").
      (hasFeatures(features, textFeature.streetWord | textFeature.lineBreak | textFeature.digit) && endsLineWithPostcodeDigits(text)) ||
      // A Polish street after ul. or al., whose postcode of five digits a hyphen splits ("ul. Długa 17/4, 80-827 Gdańsk").
      (hasFeatures(features, textFeature.digit) && polishStreet.test(text)))
  );
}

const polishStreet = /\b(?:ul|al)\.[ \t]+[A-ZÀ-ž]/;

/** Whether a line ends in four or five digits after a blank, as a postcode ends an address block's last line. */
function endsLineWithPostcodeDigits(text: string): boolean {
  for (let lineEnd = text.indexOf('\n'); ; lineEnd = text.indexOf('\n', lineEnd + 1)) {
    const end = lineEnd === -1 ? text.length : lineEnd;
    let digits = 0;
    while (digits < 6 && isDigitCode(text.charCodeAt(end - 1 - digits))) digits += 1;
    if ((digits === 4 || digits === 5) && text.charCodeAt(end - 1 - digits) === 0x20) return true;
    if (lineEnd === -1) return false;
  }
}

function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** An address label (with a colon after a Latin letter) or an address phrase ("my address is", "I live at"). */
function mayHoldAddressLabel(text: string, features: TextFeatures): boolean {
  return mayHoldAddressPhrase(text, hasFeatures(features, textFeature.latinColon));
}
