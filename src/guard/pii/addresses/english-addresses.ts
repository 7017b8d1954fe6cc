// Finds street addresses written in Latin letters: "123 Main Street, Springfield, IL 62704", "221B Baker Street", "152 Teheran-ro,
// Gangnam-gu, Seoul", and post office boxes with their town ("PO Box 123, Austin TX 78701").
import type { PiiFinding } from '../types.ts';
import { addressLabelPattern } from './korean-address-words.ts';
import { characterPairWords, mayHoldAnyWord } from '../character-pairs.ts';

export const englishAddressRecognizerName = 'english-address';

// The street-type word is the anchor; the number and street name are read before it (an Australian unit before the number:
// "3/58 Campbell Pde"), the unit, city, state and postcode after it.
// `textFeature.streetWord` is set wherever this can start (its capitals after a non-word character, d/r/g after a hyphen).
const streetTypePattern =
  /\b(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Place|Pl|Way|Terrace|Tce|Parade|Pde|Esplanade|Parkway|Pkwy|Highway|Hwy|Square|Sq|Circle|Cir|Loop|Trail|Trl|Crescent|Cres|Close|Grove|Plaza)\b\.?|-(?:daero|ro|gil)\b/g;
// A name may hold small particles between its words ("915 Ponce de Leon Ave", "40 Van der Berg Rd").
// Not a price's cents ("€0.50"; a CSV's comma after a number is no decimal) nor a number a table's column gap parts from the next column's
// name ("€0.50 Banking Circle").
const numberAndStreetName =
  /(?:^|[^\w-](?<!\d\.))((?:\d{1,4}[A-Za-z]?\/)?\d{1,6}[A-Za-z]?(?:-\d{1,4})?)[ \t]{1,2}((?:(?:[NS][EW]?|[EW])\.?[ \t]+)?(?:[A-ZÀ-ÖØ-ÞĀ-ž][a-zß-öø-ÿĀ-ž]+|\d{1,3}(?:st|nd|rd|th))(?:[ \t]+(?:(?:de|del|la|le|du|des|van|von|der|da|di|dos)[ \t]+){0,2}[A-ZÀ-ÖØ-ÞĀ-ž][a-zß-öø-ÿĀ-ž]+){0,3})[ \t]*$/;
// A romanised road with its building number before it, a comma perhaps between ("47, Hannam-daero"), and a word before a
// numbered road's name ("Yeonmujang 5ga-gil", "Gangnam-daero 94-gil"); not a time's or a date's last digits ("21:05,
// Yeongtong-ro").
// A direction's word in small letters after a capitalised name joins it ("World Cup buk-ro"), and so does a name's second
// word after a hyphen ("Nambu-sunhwan-ro", the southern ring road).
const romanisedRoadName =
  /(?:^|[^\w:./-])(?:(\d{1,6}(?:-\d{1,4})?),?[ \t]+)?((?:[A-Z][a-z]+(?:-ro)?[ \t]+){0,2}(?:[A-Z0-9][A-Za-z0-9]*(?:-(?!ro\b)[a-z]{2,10})?|(?<=[A-Z][a-z]+[ \t])(?:buk|nam|dong|seo|jung)))$/;
const numberAfterRoad = /[ \t]*\d{1,6}(?:-\d{1,4})?\b/y;
/** A numbered side road after its road ("Yeonhui-ro 11-gil", "Hannam-daero 20-gil", "Gyeongin-ro 412beon-gil"). */
const sideRoadAfterRoad = /[ \t]+\d{1,4}(?:ga|beon)?-?gil\b/y;
/**
 * What a romanised Korean address writes before its road, as foreigners' forms do: the unit ("1203-ho, 101-dong, ", "Apt 1502, 103-dong, ",
 * "Bldg B Rm 105, ", "301-1104, ", "3F, ", "B01 (semi-basement), ", "#302, ") or the city and district ("Seoul, Mapo-gu, ", "Seoul Mapo-gu
 * ").
 */
const romanisedPartsBefore =
  /(?:^|[^\w-])((?:(?:\d{1,4}-(?:ho|dong)|(?:Apt|Unit|Suite|Room|Rm)\.?[ \t]*\d{1,5}|(?:Bldg|Building)\.?[ \t]*[A-Z0-9]{1,3}|\d{2,4}-\d{3,4}(?=,)|\d{1,2}F|B\d{1,2}(?:[ \t]*\([a-z -]{4,20}\))?|#\d{1,4}|[A-Z][a-z]+-(?:si|do|gu|gun)|Seoul|Busan|Incheon|Daegu|Daejeon|Gwangju|Ulsan|Sejong|Jeju)(?:[ \t]*,[ \t]*|[ \t]+))+)$/;
/** A Korean building's unit after the road's number: "102-1104" (동-호), "1203-ho", or in Hangul ("102동 803호", "201호"). */
const romanisedUnitAfter = /,[ \t]*(?:\d{1,4}-\d{1,4}(?:-?ho)?|(?:\d{1,4}동[ \t]*)?\d{1,4}호)(?=[ \t]*(?:[,.;)\n]|$))/y;

const koreanCities =
  'Seoul|Busan|Incheon|Daegu|Daejeon|Gwangju|Ulsan|Sejong|Jeju|Suwon|Seongnam|Goyang|Yongin|Bucheon|Ansan|Changwon|Cheongju|Jeonju';
const countries = 'South Korea|Republic of Korea|Korea|USA|U\\.S\\.A\\.|United States|UK|United Kingdom|Canada|Australia';
// A unit, or in small letters as speech-to-text writes it, a unit with a digit ("apartment 3C", "unit 1504").
const unitPart = String.raw`,?[ \t]+(?:(?:Apt|Apartment|Suite|Ste|Unit|Floor|Fl|Room|Rm|Bldg|Building)\.?[ \t]*#?[A-Za-z0-9-]+|(?:apt|apartment|suite|unit|floor)\.?[ \t]*#?(?=[A-Za-z-]*\d)[A-Za-z0-9-]+|#[ \t]?[A-Za-z0-9-]+)`;
const regionPart = String.raw`,[ \t]*(?:[A-Z][a-z]+-(?:gu|si|do|gun|dong|eup|myeon|ri)\b|(?:${koreanCities}|${countries})\b)`;
// A US city and state, with a comma between them ("Springfield, IL"), or without one when a ZIP code follows ("Boston MA 02118").
const cityStatePart = String.raw`,[ \t]*(?:[A-Z][a-z]+[ \t]){0,2}[A-Z][a-z]+(?:,[ \t]*[A-Z]{2}(?:[ \t]+\d{5}(?:-\d{4})?)?|[ \t]+[A-Z]{2}[ \t]+\d{5}(?:-\d{4})?)\b`;
// The same with no comma at all, as a roster's cell or an export writes it: the state's two capitals and the ZIP code
// leave no doubt ("412 N 3rd St Stoughton WI 53589").
const plainCityStatePart = String.raw`[ \t]+(?:[A-Z][a-z]+[ \t]){0,2}[A-Z][a-z]+[ \t]+[A-Z]{2}[ \t]+\d{5}(?:-\d{4})?\b`;
// An Australian suburb, state and postcode ("Sydney NSW 2000", "Fitzroy, VIC 3065").
const australianLocalityPart = String.raw`,[ \t]*(?:[A-Z][a-z]+[ \t]){0,2}[A-Z][a-z]+,?[ \t]+(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)(?:[ \t]+\d{4})?\b`;
const postcodePart = String.raw`,?[ \t]*(?:[A-Z]{2}[ \t]+)?\d{5}(?:-\d{4})?\b`;
// A city and a state or a province in words before the ZIP or the postal code, as speech-to-text writes them without
// commas ("Columbus Ohio 43221", "Mississauga Ontario L5B 1M8").
// One blank apart, no phone's word among them, and not the start of a phone's digits ("BS34 7PJ   Tel 07851 431 562").
const spokenLocalityPart = String.raw`,?[ \t](?:(?!(?:Tel|Mob|Mobile|Phone|Fax|Cell|Call)\b)[A-Z][a-z]+[ \t]){1,3}(?:\d{5}(?:-\d{4})?(?![ \t]?\d)|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d)\b`;
// A town and a four-digit postcode, as New Zealand, Denmark or Belgium write them ("7 Rata Street, Te Awamutu 3800").
const townAndFourDigitsPart = String.raw`,[ \t]*(?:[A-Z][a-z]+[ \t]){0,2}[A-Z][a-z]+[ \t]+\d{4}\b`;
// Royal Mail postcode: outward code (area letters, district digit, optional letter/digit) and inward code ("SW1A 2AA", "M1 1AE").
const ukPostcode = String.raw`[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}\b`;
// A town of words joined by hyphens ("Sutton-in-Ashfield", "Stoke-on-Trent", "Weston-super-Mare").
const townWord = String.raw`[A-Z][a-z]+(?:-(?:[a-z]{2,5}-)?[A-Z][a-z]+)*`;
const ukTownPart = String.raw`,[ \t]*(?:${townWord}[ \t]){0,2}${townWord}(?:,?[ \t]+${ukPostcode})?(?=[ \t]*(?:[,.;)\n]|$|[ \t]${ukPostcode}))`;
const ukPostcodePart = String.raw`,?[ \t]+${ukPostcode}`;
// Canada Post: letter, digit, letter, then digit, letter, digit ("Toronto, ON M5H 2S6").
const canadianPostcodePart = String.raw`,?[ \t]+[A-Z]\d[A-Z][ \t]?\d[A-Z]\d\b`;
// A directional after the street type ("1600 Pennsylvania Ave NW, Washington, DC 20500", "45 King Street West, Manchester"),
// where a comma, a unit or the line's end follows.
const directionalPart = String.raw`[ \t]+(?:[NS][EW]?|[EW]|North|South|East|West)\.?(?=,|[ \t]*(?:\r?\n|$)|[ \t]+(?:Apt|Apartment|Suite|Ste|Unit|#))`;
// A Philippine barangay after the street ("218 Mabini St., Brgy. San Roque, Marikina City 1801").
const barangayPart = String.raw`,[ \t]*(?:Brgy\.?|Barangay)[ \t]+[A-Z][a-z]+(?:[ \t]+(?:[A-Z][a-z]+|[IVX]{1,4}\b))*`;
const tailPattern = new RegExp(
  `(?:${barangayPart}|${directionalPart}|${unitPart}|${regionPart}|${australianLocalityPart}|${cityStatePart}|${plainCityStatePart}|${spokenLocalityPart}|${townAndFourDigitsPart}|${ukTownPart}|${ukPostcodePart}|${canadianPostcodePart}|${postcodePart})+`,
  'y',
);
/** A Welsh street's town and postcode, as the UK writes them (no ZIP code: ", 07842 336 915" is a phone's). */
const welshTail = new RegExp(`(?:${ukTownPart}|${ukPostcodePart})+`, 'y');
const localityInTail = new RegExp(
  `${regionPart}|${australianLocalityPart}|${cityStatePart}|${plainCityStatePart}|${townAndFourDigitsPart}|${ukPostcode}|${postcodePart}`,
);
/** A post office box: an address only with the city, state or postcode after it ("PO Box 123, Austin TX 78701"). */
const poBoxPattern = /\b(?:P\.?[ \t]?O\.?[ \t]?|Post[ \t]+Office[ \t]+)Box[ \t]+\d{1,6}\b/g;
/** A flat or unit written before the street number in UK style ("Flat 9, 151 High Street"). */
const unitBeforeNumber = /(?:^|[^\w-])((?:Flat|Apartment|Apt|Unit|Suite)\.?[ \t]+\d{1,4}[A-Za-z]?,?[ \t]+)$/;
/**
 * A block of flats' name before the street, with the flat's number before it ("Flat 12, Abbeydale Court, 301 Abbeydale
 * Road", "9 Marlowe Court, 40 Queens Road"): one home's address, not a building's and a street's.
 */
const buildingBeforeNumber =
  /(?:^|[^\w-])((?:(?:Flat|Apartment|Apt|Unit|Suite)\.?[ \t]+\d{1,4}[A-Za-z]?,?[ \t]+|\d{1,4}[A-Za-z]?[ \t]+)(?:[A-Z][a-z]+[ \t]+){1,2}(?:Court|House|Mansions|Lodge|Heights|Tower|Apartments|Buildings|Point|View|Wharf|Quay|Hall)[ \t]*,[ \t]*)$/;
/**
 * A Welsh street, whose word comes before its name ("3 Heol y Nant", "Flat 2, 14 Heol Llanishen Fach", "29 Heol Y Parc"),
 * with a flat and its building before it perhaps ("Flat 6, Tŷ Glas, 27 Heol y Deri").
 */
const welshStreet =
  /(?:^|[^\w-])((?:(?:Flat|Apartment|Apt|Unit)\.?[ \t]+\d{1,4}[A-Za-z]?,[ \t]*(?:[A-Z][a-zâêîôûŵŷ]+(?:[ \t]+[A-Z][a-zâêîôûŵŷ]+){0,2},[ \t]*)?)?\d{1,4}[A-Za-z]?[ \t]+(?:Heol|Ffordd|Lôn|Stryd|Rhodfa|Cilgant)[ \t]+(?:(?:y|Y|yr|Yr)[ \t]+)?[A-ZÂÊÎÔŴŶ][a-zâêîôûŵŷ]+(?:[ \t]+[A-ZÂÊÎÔŴŶ][a-zâêîôûŵŷ]+){0,2})(?![\w-])/g;
const welshStreetWords = ['Heol ', 'Ffordd ', 'Lôn ', 'Stryd ', 'Rhodfa ', 'Cilgant '];

const welshStreetPairs = characterPairWords('heol ', 'ffordd ', 'lôn ', 'stryd ', 'rhodfa ', 'cilgant ');

/** Whether `text` may hold a Welsh street (`welshStreet`): one of its words and a blank. */
export function mayHoldWelshStreet(text: string): boolean {
  return mayHoldAnyWord(text, welshStreetPairs) && welshStreetWords.some((word) => text.includes(word));
}

/** `[\w-]`: an ASCII letter, a digit, an underscore or a hyphen. */
function isWordCharacterOrHyphen(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f || code === 0x2d
  );
}

/**
 * Street addresses in Latin script, including romanised Korean road names.
 *
 * @example
 * findEnglishAddresses('Ship to 123 Main Street, Springfield, IL 62704.')[0]?.text; // '123 Main Street, Springfield, IL 62704'
 */
export function findEnglishAddresses(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  streetTypePattern.lastIndex = 0;
  for (let match = streetTypePattern.exec(text); match !== null; match = streetTypePattern.exec(text)) {
    const before = text.slice(Math.max(0, match.index - 60), match.index);
    const romanised = match[0].startsWith('-');
    const found = (romanised ? romanisedRoadName : numberAndStreetName).exec(before);
    const named = found?.[2];
    if (found === null || named === undefined) continue;
    let end = match.index + match[0].length;
    if (romanised) {
      sideRoadAfterRoad.lastIndex = end;
      if (sideRoadAfterRoad.test(text)) end = sideRoadAfterRoad.lastIndex;
    }
    if (found[1] === undefined) {
      // Korean order puts the building number after the road ("Teheran-ro 152").
      numberAfterRoad.lastIndex = end;
      const number = numberAfterRoad.exec(text);
      if (number === null) continue;
      end += number[0].length;
    }
    // `found[0]` opens with the one character `[^\w-]` before the address, unless the address starts the window.
    const boundaryLength = isWordCharacterOrHyphen(found[0].charCodeAt(0)) ? 0 : 1;
    let start = match.index - (found[0].length - boundaryLength);
    const unitBefore = unitBeforeNumber.exec(text.slice(Math.max(0, start - 20), start))?.[1];
    if (unitBefore !== undefined) start -= unitBefore.length;
    else {
      const building = buildingBeforeNumber.exec(text.slice(Math.max(0, start - 60), start))?.[1];
      if (building !== undefined) start -= building.length;
      // The building's name and number read alone as a street's ("9 Marlowe Court"): the address holds them now.
      while (building !== undefined && findings.length > 0 && findings[findings.length - 1]!.start >= start) findings.pop();
    }
    const partsBefore = romanised ? romanisedPartsBefore.exec(text.slice(Math.max(0, start - 60), start))?.[1] : undefined;
    if (partsBefore !== undefined) start -= partsBefore.length;
    if (romanised) {
      romanisedUnitAfter.lastIndex = end;
      if (romanisedUnitAfter.test(text)) end = romanisedUnitAfter.lastIndex;
    }
    tailPattern.lastIndex = end;
    const tail = tailPattern.exec(text);
    let score = partsBefore === undefined ? 0.6 : 0.85;
    if (tail !== null) {
      end += tail[0].length;
      score = localityInTail.test(tail[0]) ? 0.85 : Math.max(score, 0.7);
    }
    if (addressLabelPattern.test(text.slice(Math.max(0, start - 20), start))) score += 0.1;
    let spanEnd = end;
    while (spanEnd > start && (text.charCodeAt(spanEnd - 1) === 0x20 || text.charCodeAt(spanEnd - 1) === 0x09)) spanEnd -= 1;
    findings.push({
      type: 'ADDRESS',
      start,
      end: spanEnd,
      text: text.slice(start, spanEnd),
      score: Math.min(0.95, score),
      recognizer: englishAddressRecognizerName,
    });
    streetTypePattern.lastIndex = end;
  }
  if (text.includes('Box')) for (const finding of findPostOfficeBoxes(text)) findings.push(finding);
  return findings;
}

/**
 * Welsh streets, with their towns and postcodes after them.
 *
 * @example
 * findWelshStreets('The address should read 29 Heol Y Parc, not 27')[0]?.text; // '29 Heol Y Parc'
 */
export function findWelshStreets(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  welshStreet.lastIndex = 0;
  for (let match = welshStreet.exec(text); match !== null; match = welshStreet.exec(text)) {
    const street = match[1]!;
    const start = match.index + match[0].length - street.length;
    welshTail.lastIndex = start + street.length;
    const tail = welshTail.exec(text);
    const value = text.slice(start, start + street.length + (tail?.[0].length ?? 0)).replace(/[ \t]+$/, '');
    findings.push({
      type: 'ADDRESS',
      start,
      end: start + value.length,
      text: value,
      score: tail !== null && localityInTail.test(tail[0]) ? 0.85 : 0.7,
      recognizer: englishAddressRecognizerName,
    });
    welshStreet.lastIndex = start + value.length;
  }
  return findings;
}

function findPostOfficeBoxes(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  poBoxPattern.lastIndex = 0;
  for (let match = poBoxPattern.exec(text); match !== null; match = poBoxPattern.exec(text)) {
    const start = match.index;
    tailPattern.lastIndex = start + match[0].length;
    const tail = tailPattern.exec(text);
    if (tail === null || !localityInTail.test(tail[0])) continue;
    let end = tailPattern.lastIndex;
    while (end > start && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0x09)) end -= 1;
    findings.push({ type: 'ADDRESS', start, end, text: text.slice(start, end), score: 0.85, recognizer: englishAddressRecognizerName });
    poBoxPattern.lastIndex = end;
  }
  return findings;
}
