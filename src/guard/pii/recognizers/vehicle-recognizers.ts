// Vehicle identifiers, which identify an owner as surely as a name: Korean number plates (12가 3456, 123가4567,
// 서울12가3456), other countries' plates after their label ("reg is LK19 XWM", "rego CZ84LK") and vehicle identification
// numbers (VIN, ISO 3779, 17 characters).
import type { PiiFinding, PiiRecognizer } from '../types.ts';
import { hasFeatures, textFeature, textFeatures } from '../text-features.ts';
import { hasContextBefore } from './context-window.ts';
import { isAsciiAlphanumeric, isAsciiDigit } from './digit-boundaries.ts';
import { plateSyllables } from '../feature-characters.ts';
import { createFinding } from './create-finding.ts';
import { hasShapeOf } from '../value-shapes.ts';
import { addKoreanDistrictPlates, mayHoldKoreanDistrictPlate } from './korean-district-plates.ts';
import { addDescribedPlates, mayHoldDescribedPlate } from './plates-after-described-labels.ts';
import { characterPairWords, mayHoldAnyWord } from '../character-pairs.ts';

const plateRegions = '서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충북|충남|전북|전남|경북|경남|제주';
const platePattern = new RegExp(
  String.raw`(?<![0-9A-Za-z\uac00-\ud7a3])(?:(?:${plateRegions})[ \t]?)?\d{2,3}[ \t]?[${plateSyllables}][ \t]?\d{4}(?!\d)`,
  'g',
);
/** A counter or unit right after the four digits makes them a quantity ("12주 3000원", "12조 3456억"). */
const unitAfter = /^[원개명건회번대년월일억만천시분초점장권병잔]|^(?:km|kg|%)/;
const vehicleContext = /차량|차\s*번호|번호판|자동차|주차|입차|출차|정비|견인|렌터카|렌트|보험|사고|plate|car\b|vehicle|parking/i;

/**
 * A plate scores 0.6 alone (0.8 after its province) and 0.9 beside a vehicle word (차량, 번호판, 주차, plate …).
 * @example
 * vehiclePlateRecognizer.find('차량번호 12가 3456 입차했어요', {})[0]?.text; // '12가 3456'
 */
export const vehiclePlateRecognizer: PiiRecognizer = {
  name: 'vehicle-plate',
  types: ['VEHICLE_PLATE'],
  mightMatch: (text) =>
    hasFeatures(textFeatures(text), textFeature.plateShape) ||
    mayHoldLabelledPlate(text) ||
    mayHoldDescribedPlate(text) ||
    mayHoldPlateAfterModel(text) ||
    (hasFeatures(textFeatures(text), textFeature.upperBeforeDigit) && (britishPlate.test(text) || carModel.test(text))) ||
    mayHoldEastAsianPlate(text) ||
    mayHoldSpanishPlate(text) ||
    mayHoldGermanOrIrishPlate(text) ||
    mayHoldKoreanDistrictPlate(text),
  find(text) {
    const findings: PiiFinding[] = [];
    if (mayHoldEastAsianPlate(text)) findEastAsianPlates(text, findings);
    if (mayHoldLabelledPlate(text)) findLabelledPlates(text, findings);
    if (mayHoldDescribedPlate(text)) addDescribedPlates(text, findings);
    if (mayHoldPlateAfterModel(text)) findPlatesAfterModels(text, findings);
    const upperBeforeDigit = hasFeatures(textFeatures(text), textFeature.upperBeforeDigit);
    if (upperBeforeDigit && carModel.test(text)) findPlatesAfterColouredModels(text, findings);
    if (upperBeforeDigit) findBritishPlates(text, findings);
    // A vehicle's word, which an Indian plate needs, is a plate label's piece too.
    if (upperBeforeDigit || mayHoldLabelledPlate(text)) findIndianPlates(text, findings);
    if (mayHoldSpanishPlate(text)) findSpanishPlates(text, findings);
    if (mayHoldGermanOrIrishPlate(text)) findGermanAndIrishPlates(text, findings);
    platePattern.lastIndex = 0;
    for (let match = platePattern.exec(text); match !== null; match = platePattern.exec(text)) {
      const end = match.index + match[0].length;
      if (unitAfter.test(text.slice(end, end + 2))) continue;
      // A province before the digits ("충북42사 1093") is the old regional plate's whole shape, which nothing else takes.
      const score = hasContextBefore(text, { start: match.index, pattern: vehicleContext, windowSize: 40 })
        ? 0.9
        : isAsciiDigit(text.charCodeAt(match.index))
          ? 0.6
          : 0.8;
      findings.push(createFinding({ type: 'VEHICLE_PLATE', text: match[0], start: match.index, score, recognizer: 'vehicle-plate' }));
    }
    // After the plates without a district, which a district's plate would otherwise swallow ("서울 12가 3456").
    if (mayHoldKoreanDistrictPlate(text)) addKoreanDistrictPlates(text, findings);
    return findings;
  },
};

/**
 * A Chinese plate: the province's character, the city's letter, a dot and five characters (six on a new-energy car), a
 * digit among them ("粤S·D4Y728", "京A 12345"); a Japanese one: the office's name, the class number, a kana and the number
 * ("なにわ 400 す 21-58", "品川 330 さ 12-34"). Shapes that exact stand alone.
 */
const eastAsianPlate =
  /(?<![\u4e00-\u9fff])[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z][·•・ ]?(?=[A-HJ-NP-Z]*\d)[A-HJ-NP-Z0-9]{5,6}(?![A-Za-z0-9])|(?<![\u3041-\u30ff\u4e00-\u9fff])(?:[\u4e00-\u9fff]{1,4}|[\u3041-\u309f\u30a1-\u30ff]{2,4})[ \t]?\d{2,3}[ \t]?[\u3041-\u309f][ \t]?(?:\d{1,2}-\d{2}|・{1,3}\d{1,3})(?!\d)/g;
/** Whether the text may hold a Chinese or a Japanese plate: a digit, and a Han character or a kana. */
function mayHoldEastAsianPlate(text: string): boolean {
  const flags = textFeatures(text).flags;
  return (flags & textFeature.digit) !== 0 && (flags & (textFeature.hanCharacter | textFeature.kana)) !== 0;
}

function findEastAsianPlates(text: string, findings: PiiFinding[]): void {
  eastAsianPlate.lastIndex = 0;
  for (let match = eastAsianPlate.exec(text); match !== null; match = eastAsianPlate.exec(text))
    findings.push(createFinding({ type: 'VEHICLE_PLATE', text: match[0], start: match.index, score: 0.85, recognizer: 'vehicle-plate' }));
}

/**
 * A British plate of the current format, so exact a shape that it stands alone ("KY19 XWF", "LB21 HMZ"): two letters of
 * the region (no I, Q or Z), the half-year's age (02–29, 51–79) and three letters (no I or Q; O among them: "KM17 OYD").
 */
const britishPlate = /(?<![A-Za-z0-9])[A-HJ-PR-Y]{2}(?:0[2-9]|[12]\d|5[1-9]|[67]\d)[ ]?[A-HJ-PR-Z]{3}(?![A-Za-z0-9])/g;

/**
 * An Indian plate: a state's two letters, the district's one or two digits, a series of one to three letters and four
 * digits ("MH 12 TK 4471", "RJ-14-KX-6621", "KA01MJ2231"), beside a vehicle's words ("Vehicle: Honda Activa 6G, Reg. no.").
 */
const indianPlate = /(?<![A-Za-z0-9-])[A-Z]{2}[ -]?\d{1,2}[ -]?[A-Z]{1,3}[ -]?\d{4}(?![A-Za-z0-9-])/g;

function findIndianPlates(text: string, findings: PiiFinding[]): void {
  indianPlate.lastIndex = 0;
  for (let match = indianPlate.exec(text); match !== null; match = indianPlate.exec(text)) {
    if (findings.some((found) => found.start <= match!.index && match!.index < found.end)) continue;
    if (!hasContextBefore(text, { start: match.index, pattern: vehicleContext, windowSize: 40 })) continue;
    findings.push(createFinding({ type: 'VEHICLE_PLATE', text: match[0], start: match.index, score: 0.85, recognizer: 'vehicle-plate' }));
  }
}

/**
 * A Spanish plate: four digits and three consonants of the plates' alphabet (no vowels, Ñ or Q: "4827 KTB", "2291-LMZ"),
 * beside a car's or a van's word.
 */
const spanishPlate = /(?<![A-Za-z0-9-])\d{4}[ -]?[BCDFGHJKLMNPRSTVWXYZ]{3}(?![A-Za-z0-9-])/g;
const spanishPlateContext = /\b(?:car|van|truck|lorry|vehicle|coche|furgoneta|moto|matr[ií]cula|plate)\b/i;

function mayHoldSpanishPlate(text: string): boolean {
  return mayHoldPlateOfShape(text, spanishPlate);
}

function findSpanishPlates(text: string, findings: PiiFinding[]): void {
  findPlatesBesideCarWords(text, { plate: spanishPlate, context: spanishPlateContext, findings });
}

/** Whether `text` holds a capital and a digit, then the country's shape of a plate. */
function mayHoldPlateOfShape(text: string, plate: RegExp): boolean {
  if (!hasFeatures(textFeatures(text), textFeature.digit | textFeature.upperLatin)) return false;
  plate.lastIndex = 0;
  return plate.test(text);
}

/** Adds the plates of one country's shape that a car's word stands a little before, 0.85, where no finding covers them. */
function findPlatesBesideCarWords(text: string, shape: { plate: RegExp; context: RegExp; findings: PiiFinding[] }): void {
  const { plate, context, findings } = shape;
  plate.lastIndex = 0;
  for (let match = plate.exec(text); match !== null; match = plate.exec(text)) {
    if (findings.some((found) => found.start <= match!.index && match!.index < found.end)) continue;
    if (!hasContextBefore(text, { start: match.index, pattern: context, windowSize: 40 })) continue;
    findings.push(createFinding({ type: 'VEHICLE_PLATE', text: match[0], start: match.index, score: 0.85, recognizer: 'vehicle-plate' }));
  }
}

const codeWordBefore = /(?:SKU|code|ref|model|part|order|serial|ticket|batch|lot|invoice|item|product|ID|no\.?|#)[ \t:#-]*$/i;

function findBritishPlates(text: string, findings: PiiFinding[]): void {
  britishPlate.lastIndex = 0;
  for (let match = britishPlate.exec(text); match !== null; match = britishPlate.exec(text)) {
    if (findings.some((found) => found.start <= match!.index && match!.index < found.end)) continue;
    const nearVehicle = hasContextBefore(text, { start: match.index, pattern: vehicleContext, windowSize: 40 });
    // Alone, only as a plate is printed, with its blank, and not after a code's or a reference's word ("SKU AB12 CDE").
    if (!nearVehicle && (!match[0].includes(' ') || codeWordBefore.test(text.slice(Math.max(0, match.index - 14), match.index)))) continue;
    const score = nearVehicle ? 0.9 : 0.7;
    findings.push(createFinding({ type: 'VEHICLE_PLATE', text: match[0], start: match.index, score, recognizer: 'vehicle-plate' }));
  }
}

/**
 * Car makes whose model, with the plate in brackets after it, a garage's or a rental's message names as someone's car ("your
 * 2019 Toyota RAV4 (7KPL294)"); a listing's model code is no plate ("The Ford Ranger (MDL-A927) shows $57,000").
 */
const carMakes = [
  ...['Toyota', 'Honda', 'Nissan', 'Hyundai', 'Kia', 'Ford', 'Chevrolet', 'Chevy', 'Mazda', 'Subaru', 'Mitsubishi', 'Suzuki'],
  ...['Lexus', 'Tesla', 'Volkswagen', 'VW', 'BMW', 'Audi', 'Mercedes', 'Volvo', 'Renault', 'Peugeot', 'Skoda', 'Jeep'],
  ...['Proton', 'Perodua', 'Dodge', 'Vauxhall', 'Citroen', 'Fiat', 'Opel', 'Dacia'],
].join('|');

/**
 * A German plate (district, a hyphen, one or two letters, a blank and up to four digits: "B-IL 4471", "M-SH 8472") or an
 * Irish one (year, county, number: "171-KY-5502", "12-D-44817"), beside a car's make or word ("She drives a silver Volvo,
 * B-IL 4471", "his car was 171-KY-5502").
 */
const germanOrIrishPlate = /(?<![A-Za-z0-9-])(?:[A-ZÄÖÜ]{1,3}-[A-Z]{1,2} \d{1,4}[EH]?|\d{2,3}-(?:[A-Z]{1,2})-\d{1,6})(?![A-Za-z0-9-])/g;
// A hired car's row in a visitors' log names its plate after the word ("rental, B-KL 4471").
const germanOrIrishPlateContext = new RegExp(
  String.raw`\b(?:car|van|vehicle|plate|reg|Auto|Wagen|Kennzeichen|rental|hire|Mietwagen|${carMakes})\b`,
  'i',
);

function mayHoldGermanOrIrishPlate(text: string): boolean {
  return mayHoldPlateOfShape(text, germanOrIrishPlate);
}

function findGermanAndIrishPlates(text: string, findings: PiiFinding[]): void {
  findPlatesBesideCarWords(text, { plate: germanOrIrishPlate, context: germanOrIrishPlateContext, findings });
}

/**
 * A plate's label in English: "plate", "number plate", "reg", "registration number", "rego", "VRM", "vehicle involved", a bare
 * "vehicle" or 차량,
 * and what may stand before the plate ("is", "was", "is actually", a colon, a state's code in brackets: "plate (OH) JKT
 * 4418"); not a tax's, a company's, a profession's, a data controller's or a copyright's registration ("U.S. Copyright Reg.
 * VA 2-361-884", "ICO reg. ZA418722"); not an unaccompanied minor's tag at an airline ("UM tag UM-DUB-8841"), not a
 * tag a utility's switching log hangs on a switch ("hold tag H-0612-07", "lockout tag", "danger tag"), nor an evidence bag's
 * ("retained as evidence, bagged, tag GL-EV-2291"), nor a lost-and-found or a cloakroom's ("Lost & found: a black backpack
 * (tag LF-1207)").
 */
const plateLabel = new RegExp(
  String.raw`(?:번호판|(?<car>차량)|\b(?:(?:number|licen[cs]e|registration|reg\.?)[ \t]+plate(?:[ \t]+(?:number|no\.?))?|plates?(?:[ \t]+(?:number|no\.?))?|(?<model>(?:(?:your|my|his|her|their|our)[ \t]+(?:(?:19|20)\d\d[ \t]+)?|(?:19|20)\d\d[ \t]+)(?:${carMakes})[ \t]+[A-Z0-9][A-Za-z0-9-]*(?:[ \t]+[A-Z0-9][A-Za-z0-9-]*)?(?=[ \t]*\())|(?<!(?:VAT|GST|[Tt]ax|[Cc]ompany|[Cc]harity|[Tt]ranslator|[Pp]rofessional|[Tt]rade|VSB|GMC|NMC|HCPC|AHPRA|RCVS|ICO|Copyright)[ \t])reg(?:istration)?(?:[ \t]+(?:number|no\.?|mark))?|rego|VRM|vehicle[ \t]+(?:(?:registration|reg)(?:[ \t]+(?:number|no\.?|mark))?|involved|plate)|(?<vehicle>vehicle|(?:hire|rental)[ \t]+car)|(?<!(?:asset|price|name|hash|luggage|bag|gift|RFID|ID|dog|ear|service|hold|lockout|danger|safety|isolation|LOTO|UM)[ \t])(?<!(?:bag|bagged|luggage|baggage|suitcase|Samsonite|evidence|exhibit|backpack|rucksack|coat|jacket|umbrella|found|cloakroom)\b[^\n]{1,40})tag|placas?|kennzeichen|matr[ií]cula|kenteken|targa|immatriculation))(?![A-Za-z])(?:[ \t]*\([A-Z]{2,3}\))?[ \t]*(?:(?:is|was)(?:[ \t]+(?:actually|now|still))?\b|[:#=(.-])?[ \t]*`,
  'gi',
);
/**
 * One to four parts of capitals, digits or Hangul joined by a blank or a hyphen: the most a plate may take after its label
 * (India's state, district, series and number: "MH 12 TK 4471").
 */
const plateParts = /[A-Z\d가-힣]{1,8}(?:[ -][A-Z\d가-힣]{1,8}){0,3}/y;
const plateLabelPiece = new RegExp(
  String.raw`[Pp]late|PLATE|\b[Rr]eg(?:o|istration)?\b|\bREG|VRM|[Vv]ehicle|VEHICLE|\b[Tt]ag\b|[Pp]laca|[Kk]ennzeichen|[Mm]atr[ií]cula|[Kk]enteken|[Tt]arga|[Ii]mmatriculation|(?:[Hh]ire|[Rr]ental)[ \t]car|번호판|차량`,
);

const plateLabelWords = characterPairWords(
  ...['plate', 'reg', 'vrm', 'vehicle', 'tag', 'placa', 'kennzeichen', 'matr', 'kenteken', 'targa', 'immatriculation'],
  ...['hire', 'rental', '번호판', '차량'],
);

/** A word of another label after a bare "vehicle" ("vehicle ID 20391", "vehicle no 4"). */
const labelWordFirst = /^(?:ID|NO|VIN|REF|KM|TYPE)\b/;
/** A model's year among the parts: a car described, not its plate ("차량: K5 DL3 2020", "vehicle: 2021 RAV4 GXL"). */
const modelYearPart = /(?:^|[ -])(?:19|20)\d\d(?:$|[ -])/;

/** Five characters or more, three digits among them ("7KPL294", "VDK 3318"; not "XSE V6", "G05", "MK7"). */
function isWholePlate(value: string): boolean {
  return value.replace(/[ -]/g, '').length >= 5 && (value.match(/\d/g)?.length ?? 0) >= 3;
}

/** Whether `text` holds a capital, a digit and a piece of a plate's label: the cheap test before `findLabelledPlates`. */
export function mayHoldLabelledPlate(text: string): boolean {
  return (
    hasFeatures(textFeatures(text), textFeature.upperLatin | textFeature.digit) &&
    ((mayHoldAnyWord(text, plateLabelWords) && plateLabelPiece.test(text)) || (text.includes('(') && carModelBeforeBracket.test(text)))
  );
}

/**
 * A make and a model as written, capitals and all, right before a plate of letters and digits ("Peugeot 208 GH-417-PZ",
 * "Renault Clio FS-082-KD", a comma between as a carpool's list writes it: "Honda Pilot, CBXT 482"; not "Ford Ranger for
 * USD 1631"). Apart from the labels' pattern, which ignores case: the makes
 * tried at every letter of every text that passes its gate cost long documents some 4% of their instructions.
 */
const makeAndModelBeforePlate = new RegExp(
  String.raw`\b(?:${carMakes})[ \t]+[A-Z0-9][A-Za-z0-9-]*(?:[ \t]+[A-Z][a-z]+)?,?[ \t]+(?=[A-Z]{1,4}[ -]?\d)`,
  'g',
);
const carMake = new RegExp(String.raw`\b(?:${carMakes})[ \t]`);
const currencyFirst = /^(?:USD|EUR|GBP|KRW|JPY|CNY|AUD|CAD|NZD|SGD|HKD|INR|PHP|VND|ZAR|KES|NGN|CHF|SEK|NOK|DKK|BRL|MXN)\b/;

/** Whether `text` may hold a plate after a make and a model: a capital, a digit and a make's name. */
export function mayHoldPlateAfterModel(text: string): boolean {
  return hasFeatures(textFeatures(text), textFeature.upperLatin | textFeature.digit) && carMake.test(text);
}

/**
 * A car's colour and a common model without its make, as a driver or a rider describes the car waiting outside ("Here
 * now, grey Civic 8KLM302 out front", "white Camry 7ABC123"), before a whole plate.
 */
const carModels = [
  ...['Civic', 'Accord', 'Camry', 'Corolla', 'Prius', 'Altima', 'Sentra', 'Elantra', 'Sonata', 'Avante', 'Tucson', 'Sorento'],
  ...['Sportage', 'Optima', 'Forte', 'Soul', 'Grandeur', 'Malibu', 'Impala', 'Cruze', 'Fusion', 'Focus', 'Escape', 'Jetta'],
  ...['Golf', 'Passat', 'Outback', 'Forester', 'Impreza', 'Odyssey', 'Sienna', 'Highlander', 'RAV4', 'CR-V', 'Mazda3', 'Leaf'],
].join('|');
const colourAndModelBeforePlate = new RegExp(
  String.raw`\b(?:[Ww]hite|[Bb]lack|[Gg]r[ae]y|[Ss]ilver|[Rr]ed|[Bb]lue|[Gg]reen|[Bb]eige|[Gg]old|[Bb]rown|[Nn]avy|[Mm]aroon)[ \t]+(?:${carModels}),?[ \t]+(?=[A-Z0-9]{1,4}[ -]?\d|\d[A-Z])`,
  'g',
);

const carModel = new RegExp(String.raw`\b(?:${carModels})\b`);

/** Plates right after a make and a model, 0.85: whole plates only, no model year, trim or price's currency. */
function findPlatesAfterModels(text: string, findings: PiiFinding[]): void {
  readPlatesAfter(text, { model: makeAndModelBeforePlate, findings });
}

/** Plates right after a car's colour and model (`colourAndModelBeforePlate`), 0.85, as after a make and a model. */
function findPlatesAfterColouredModels(text: string, findings: PiiFinding[]): void {
  readPlatesAfter(text, { model: colourAndModelBeforePlate, findings });
}

function readPlatesAfter(text: string, search: { model: RegExp; findings: PiiFinding[] }): void {
  const { model: modelPattern, findings } = search;
  modelPattern.lastIndex = 0;
  for (let model = modelPattern.exec(text); model !== null; model = modelPattern.exec(text)) {
    const plate = plateAt(text, modelPattern.lastIndex);
    if (plate === undefined || findings.some((found) => found.start === plate.start)) continue;
    const value = plate.text;
    if (!isWholePlate(value) || currencyFirst.test(value) || labelWordFirst.test(value) || modelYearPart.test(value)) continue;
    findings.push(createFinding({ type: 'VEHICLE_PLATE', text: value, start: plate.start, score: 0.85, recognizer: 'vehicle-plate' }));
  }
}

const usStates =
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming';
const stateBeforePlate = new RegExp(String.raw`(?:${usStates})[ \t]+(?=[A-Z0-9])`, 'y');

/**
 * The longest run of parts from `at` that has a plate's shape (a letter and a digit, capitals, short) and ends a word, so
 * "plate V51 KJR" takes both parts and "reg is CA 418-295." stops at the dot.
 */
function plateAt(text: string, at: number): { start: number; text: string } | undefined {
  // A state's name before the plate, as Americans say it ("his plate was Ohio JKV 4418", "the tag is Georgia CTX4418").
  stateBeforePlate.lastIndex = at;
  if (stateBeforePlate.test(text)) at = stateBeforePlate.lastIndex;
  plateParts.lastIndex = at;
  const parts = plateParts.exec(text);
  if (parts === null) return undefined;
  // "JKV 4418 I think": the pronoun after the plate is the sentence's.
  const whole = parts[0].replace(/ [IA]$/, '');
  for (let value = whole; value !== ''; value = value.replace(/[ -]?[^ -]*$/, '')) {
    const end = parts.index + value.length;
    // A hyphen after a part joins it to the rest of one code ("registration ICM26-01174"), which is whole or none.
    const joinedOn = text.charCodeAt(end) === 0x2d && isAsciiAlphanumeric(text.charCodeAt(end + 1));
    if (!isAsciiAlphanumeric(text.charCodeAt(end)) && !joinedOn && hasShapeOf('VEHICLE_PLATE', value))
      return { start: parts.index, text: value };
  }
  return undefined;
}

/** A car's make and model before a bracket, searched only in a text with a bracket. */
const carModelBeforeBracket = new RegExp(String.raw`(?:${carMakes})[ \t]+[^\n(]{1,20}\(`);

/** Plates of any country after their label (`plateLabel`), 0.85, as `plateAt` reads them. */
function findLabelledPlates(text: string, findings: PiiFinding[]): void {
  plateLabel.lastIndex = 0;
  for (let label = plateLabel.exec(text); label !== null; label = plateLabel.exec(text)) {
    const plate = plateAt(text, plateLabel.lastIndex);
    if (plate === undefined) continue;
    const value = plate.text;
    // Someone's car (or one of a year) is named with its plate; after a model a bracket may hold its trim or its chassis
    // code ("Camry (XSE V6)", "X5 (G05)"), so a plate there is whole.
    // A bare "vehicle" or 차량 names a car as often as its plate ("vehicle CA 448-211", "상대 차량: CY 71350"): whole plates only.
    const groups = label.groups;
    const weak = groups?.vehicle !== undefined || groups?.car !== undefined;
    if ((groups?.model !== undefined || weak) && !isWholePlate(value)) continue;
    if (weak && (labelWordFirst.test(value) || modelYearPart.test(value))) continue;
    findings.push(createFinding({ type: 'VEHICLE_PLATE', text: value, start: plate.start, score: 0.85, recognizer: 'vehicle-plate' }));
  }
}

/** Seventeen characters of the VIN alphabet (no I, O or Q), standing alone, the last four digits. */
const vinPattern = /(?<![0-9A-Za-z])[A-HJ-NPR-Z0-9]{13}\d{4}(?![0-9A-Za-z])/g;
const vinContext = /\bVIN\b|차대\s*번호|차량\s*식별|vehicle identification|chassis/i;
/** ISO 3779's values of the letters for the check digit (I, O and Q are never used). */
const letterValues: Readonly<Record<string, number>> = {
  ...{ A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9 },
  ...{ S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9 },
};
const weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

/**
 * The check digit (position 9) that North American VINs carry, and many exported Korean and Japanese cars too.
 * @example
 * hasValidVinCheckDigit('1HGCM82633A004352'); // true
 */
export function hasValidVinCheckDigit(vin: string): boolean {
  let sum = 0;
  for (let index = 0; index < 17; index += 1) {
    const character = vin[index]!;
    const value = character >= '0' && character <= '9' ? Number(character) : letterValues[character];
    if (value === undefined) return false;
    sum += value * weights[index]!;
  }
  const check = sum % 11;
  return vin[8] === (check === 10 ? 'X' : String(check));
}

/**
 * How far before a VIN its label may stand: a sentence's length ("the VIN for the recall check, can you confirm it's …"),
 * as the label is a word no other number takes.
 */
const vinLabelWindow = 60;
/** A piece of every word of `vinContext`, searched as strings first: most texts with a capital before a digit name no VIN. */
const vinLabelPieces = ['VIN', 'vin', '차대', '식별', 'hassis', 'dentification'];
/**
 * A car spoken of anywhere in the text: a VIN whose check digit holds counts beside one without its label ("등록증에 있는거
 * 그대로 쳤어요", a fleet list's row), as product serials rarely pass the check.
 */
const carWords = /차량|자동차|등록증|리콜|정비|\b(?:car|cars|vehicle|vehicles|fleet|recall|van|truck|dealer|dealership|warranty)\b/i;
/** The longest text whose car words vouch for a VIN without its label: a message or a record, not a long document. */
const carTextLength = 4000;
const carWordPieces = [
  ...['차량', '자동차', '등록증', '리콜', '정비', ' car ', ' cars', 'Car ', 'ehicle', 'leet', 'ecall', ' van', 'ruck', 'ealer', 'arrant'],
];

/**
 * A VIN counts only after its label (VIN, 차대번호, chassis …): seventeen letters and digits alone are as often a product
 * serial or an order code. The check digit, which North American and many exported cars carry, raises the score.
 * @example
 * vinRecognizer.find('차대번호 KMHDU41BP8U123456', {})[0]?.type; // 'VIN'
 */
export const vinRecognizer: PiiRecognizer = {
  name: 'vin',
  types: ['VIN'],
  // Every candidate holds a capital followed at last by its final digits, so one right before a digit; and a label.
  mightMatch: (text) =>
    text.length >= 17 &&
    hasFeatures(textFeatures(text), textFeature.upperBeforeDigit) &&
    (vinLabelPieces.some((piece) => text.includes(piece)) ||
      (text.length <= carTextLength && carWordPieces.some((piece) => text.includes(piece)))),
  find(text) {
    const findings: PiiFinding[] = [];
    vinPattern.lastIndex = 0;
    for (let match = vinPattern.exec(text); match !== null; match = vinPattern.exec(text)) {
      const vin = match[0];
      if (!/[A-Z]/.test(vin)) continue;
      const checked = hasValidVinCheckDigit(vin);
      const labelled = hasContextBefore(text, { start: match.index, pattern: vinContext, windowSize: vinLabelWindow });
      if (!labelled && !(checked && text.length <= carTextLength && carWords.test(text))) continue;
      const score = labelled ? (checked ? 0.95 : 0.9) : 0.8;
      findings.push(createFinding({ type: 'VIN', text: vin, start: match.index, score, recognizer: 'vin' }));
    }
    if (text.includes('VIN')) addClassicVins(text, findings);
    return findings;
  },
};

/**
 * A car built before 1981, when VINs took their seventeen characters, carries a maker's own of ten to thirteen: a classic
 * car's insurance, a show's or a rally's entry gives it after its label ("VIN: 8F02C219845"), five digits at least among
 * its letters.
 */
const classicVin =
  /\bVIN\b(?:[ \t]*(?:no\.?|number|#))?[ \t]*[:：]?[ \t]*((?=[A-Z0-9]*[A-Z])(?=(?:[A-Z]*\d){5})[A-HJ-NPR-Z0-9]{10,13})(?![0-9A-Za-z])/g;

function addClassicVins(text: string, findings: PiiFinding[]): void {
  classicVin.lastIndex = 0;
  for (let match = classicVin.exec(text); match !== null; match = classicVin.exec(text)) {
    const value = match[1]!;
    const start = match.index + match[0].length - value.length;
    findings.push(createFinding({ type: 'VIN', text: value, start, score: 0.8, recognizer: 'vin' }));
  }
}
