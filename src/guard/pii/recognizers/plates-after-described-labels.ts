// A plate named a few words after its label, where a report describes where it was seen or whose car it is: "the licence
// plate of his car (KTR4418)", "the plate in the video (OH GHX 2291)", "Plate seen in the listing: Colorado LPW-M58". A
// trust-and-safety report, a harassment complaint or a marketplace's fraud report names a car so; the words between say the
// value is the car's plate and the bracket or the colon after them opens it.
import type { PiiFinding } from '../types.ts';
import { characterPairWords, mayHoldAnyWord } from '../character-pairs.ts';
import { hasFeatures, textFeature, textFeatures } from '../text-features.ts';
import { hasShapeOf } from '../value-shapes.ts';
import { createFinding } from './create-finding.ts';
import { isAsciiAlphanumeric } from './digit-boundaries.ts';

const plateWords = characterPairWords('plate');

/** The words that may stand between "plate" and its value: where it was seen, whose car bears it. */
const describingWord =
  '(?:of|on|in|from|at|visible|shown|seen|clearly|the|her|his|their|my|your|our|a|this|that|car|vehicle|van|truck|SUV|suv|photos?|pictures?|images?|video|footage|dashcam|listing|ad|post|screenshots?)';
/** A word among them that names the car or the picture it was seen in, without which "plate" is a dish's or a steel's. */
const carOrPictureWord = /\b(?:car|vehicle|van|truck|SUV|suv|photos?|pictures?|images?|video|footage|dashcam|listing|screenshots?)\b/;
const describedPlateLabel = new RegExp(
  String.raw`\b(?:[Ll]icen[cs]e[ \t]+|[Nn]umber[ \t]+|[Rr]egistration[ \t]+)?(?:[Pp]late|PLATE)((?:[ \t]+${describingWord}){1,5})[ \t]*(?:\(|:)[ \t]*`,
  'g',
);
/** A state's name or its postal code before the plate, as Americans write it ("Colorado LPW-M58", "(OH GHX 2291)"). */
const stateBefore =
  /(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|A[LKZR]|C[AOT]|D[EC]|FL|GA|HI|I[DLNA]|K[SY]|LA|M[EDAINSOT]|N[EVHJMYCD]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[TA]|W[AVIY])[ \t]+(?=[A-Z0-9])/y;
/** Up to three parts of capitals and digits, a blank or a hyphen between. */
const plateValue = /[A-Z0-9]{1,8}(?:[ -][A-Z0-9]{1,8}){0,2}/y;

/** Whether `text` may hold a described plate: a capital, a digit and the word "plate". */
export function mayHoldDescribedPlate(text: string): boolean {
  return (
    hasFeatures(textFeatures(text), textFeature.upperLatin | textFeature.digit) &&
    mayHoldAnyWord(text, plateWords) &&
    /[Pp]late|PLATE/.test(text)
  );
}

/**
 * Adds the plates that follow "plate" and a few words naming the car or the picture it was seen in, then a bracket or a
 * colon, 0.85: a plate's shape, five characters or more, two digits and a letter among them.
 *
 * @example
 * const findings: PiiFinding[] = [];
 * addDescribedPlates('and the licence plate of her car (KTR4418).', findings);
 * findings[0]?.text; // 'KTR4418'
 */
export function addDescribedPlates(text: string, findings: PiiFinding[]): void {
  describedPlateLabel.lastIndex = 0;
  for (let label = describedPlateLabel.exec(text); label !== null; label = describedPlateLabel.exec(text)) {
    if (!carOrPictureWord.test(label[1]!)) continue;
    let at = describedPlateLabel.lastIndex;
    stateBefore.lastIndex = at;
    if (stateBefore.test(text)) at = stateBefore.lastIndex;
    const value = plateFrom(text, at);
    if (value === undefined || findings.some((found) => found.start < at + value.length && at < found.end)) continue;
    findings.push(createFinding({ type: 'VEHICLE_PLATE', text: value, start: at, score: 0.85, recognizer: 'vehicle-plate' }));
  }
}

/** The longest run of parts at `at` that ends a word and has a whole plate's shape. */
function plateFrom(text: string, at: number): string | undefined {
  plateValue.lastIndex = at;
  const parts = plateValue.exec(text);
  if (parts === null) return undefined;
  for (let value = parts[0]; value !== ''; value = value.replace(/[ -]?[^ -]*$/, '')) {
    const after = text.charCodeAt(at + value.length);
    if (isAsciiAlphanumeric(after) || after === 0x2d) continue;
    if (isWholePlate(value) && hasShapeOf('VEHICLE_PLATE', value)) return value;
  }
  return undefined;
}

/** Five characters or more, two digits among them ("LPW-M58", "KTR4418"; not "P2", "G05"). */
function isWholePlate(value: string): boolean {
  const characters = value.replace(/[ -]/g, '');
  return characters.length >= 5 && (characters.match(/\d/g)?.length ?? 0) >= 2;
}
