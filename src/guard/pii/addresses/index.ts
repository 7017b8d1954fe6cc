// The ADDRESS recogniser: Korean road-name and lot-number addresses, street addresses in Latin script, Japanese and Chinese
// addresses in Han script, Vietnamese addresses by their wards and districts, and addresses abroad whose parts carry their own
// words (Russia's, Indonesia's, the Philippines', Thailand's …) and Turkey's by its neighbourhoods and streets.
import { hasFeatures, textFeature, textFeatures, type TextFeatures } from '../text-features.ts';
import type { PiiFinding, PiiRecognizer, ScanOptions } from '../types.ts';
import { findEnglishAddresses, findWelshStreets, mayHoldWelshStreet } from './english-addresses.ts';
import { findHanScriptAddresses } from './han-script-addresses.ts';
import { findKoreanAddresses } from './korean-addresses.ts';
import { findLabelledAddressLines, mayHoldAddressPhrase } from './labelled-address-lines.ts';
import { findPostalBlocks } from './postal-blocks.ts';
import { findVietnameseAddresses, mayHoldVietnameseAddress } from './vietnamese-addresses.ts';
import { findAddressesByTheirParts, mayHoldAddressByItsParts } from './addresses-by-their-parts.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { isFirmsAddress } from './firms-addresses.ts';
import { findKoreanHomeUnits } from './korean-home-units.ts';
import { findApartmentUnitsAskedAndLabelled } from './apartment-units-asked-and-labelled.ts';
import { findCityStateZipLines } from './city-state-zip-lines.ts';
import { findTurkishAddresses, mayHoldTurkishAddress } from './turkish-addresses.ts';

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
        mayHoldAddressByItsParts(text) ||
        mayHoldWelshStreet(text) ||
        mayHoldTurkishAddress(text))
    );
  },
  find(text: string, _options: ScanOptions): PiiFinding[] {
    return findAddresses(text).filter((address) => !isFirmsAddress(text, address) && !namesAnArea(text, address.end));
  },
};

/**
 * Whether the address ending at `end` is only the start of a stretch of road or the middle of an area ("천호대로 1005~1117
 * 일대", "당진시 석문면 통정리 1440 일원"), as a works notice or a plant's site names them, or the building a crossing or
 * a stop is in front of ("공항대로 247 앞 교차로", "경강로 2100 앞 사거리"), as an accident's report places it: no one's home.
 */
function namesAnArea(text: string, end: number): boolean {
  return areaAfter.test(text.slice(end, end + 12));
}

const areaAfter =
  /^(?:[~∼～]\d|[ \t]*(?:일원|일대)(?![가-힣])|[ \t]+(?:앞|부근|인근)[ \t]+(?:교차로|사거리|삼거리|오거리|횡단보도|도로|정류장|버스정류장))/;

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
  if (mayHoldWelshStreet(text)) for (const finding of findWelshStreets(text)) found.push(finding);
  if (hasFeatures(features, textFeature.ideographBeforeDigit)) for (const finding of findHanScriptAddresses(text)) found.push(finding);
  if (hasFeatures(features, textFeature.upperLatin) && mayHoldVietnameseAddress(text))
    for (const finding of findVietnameseAddresses(text)) found.push(finding);
  if (mayHoldAddressByItsParts(text)) for (const finding of findAddressesByTheirParts(text)) found.push(finding);
  if (mayHoldTurkishAddress(text)) for (const finding of findTurkishAddresses(text)) found.push(finding);
  if (hasFeatures(features, textFeature.upperLatin)) for (const finding of findCityStateZipLines(text)) found.push(finding);
  if (hasFeatures(features, textFeature.hangul)) {
    for (const finding of findKoreanHomeUnits(text)) found.push(finding);
    for (const finding of findApartmentUnitsAskedAndLabelled(text)) found.push(finding);
  }
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
      (hasFeatures(features, textFeature.digit) && polishStreet.test(text)) ||
      // A Nordic street, whose word ends its name before the number ("Kungsgatan 18, lgh 1203, 111 35 Stockholm", "Storgata 9, 0155 Oslo").
      (hasFeatures(features, textFeature.digit) && nordicStreet.test(text)) ||
      // A Philippine subdivision's block and lot, whose town's four digits end the address ("Blk 12 Lot 7 …, Bacoor, Cavite 4102").
      (hasFeatures(features, textFeature.digit) && blockAndLot.test(text)))
  );
}

const polishStreet = /\b(?:ul|al)\.[ \t]+[A-ZÀ-ž]/;
const blockAndLot = /\bBlk\.?[ \t]+\d{1,4}[ \t,]+Lot\.?[ \t]+\d/;
const nordicStreet = /[a-zäöåæø](?:gatan|gata|vägen|väg|gade|vej|veien|vegen)[ \t]+\d/;

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
