// libphonenumber's own numbering-plan metadata, applied with precompiled patterns: its parse-and-type verdict for the
// common shapes at the cost of a few anchored regex tests instead of ~15–35 µs per number.
import libphonenumber from 'google-libphonenumber';
import { phoneUtil } from './phone-util.ts';

const { PhoneNumberType } = libphonenumber;

/** The regions genstack's phone recogniser validates numbers for. */
export type PlanRegion = 'KR' | 'US' | 'GB';

interface NumberDesc {
  /** The national number pattern, anchored at both ends (libphonenumber's `matchesEntirely`). */
  pattern: RegExp;
  /** Allowed lengths of the national significant number; empty when the description lists none. */
  lengths: readonly number[];
}

interface NumberingPlan {
  countryCode: string;
  general: NumberDesc;
  /** Lengths dialled only inside an area: a number stripped to one of them keeps its national prefix. */
  localOnlyLengths: readonly number[];
  /** The types libphonenumber tests before fixed line and mobile, in its order. */
  special: ReadonlyArray<{ type: libphonenumber.PhoneNumberType; desc: NumberDesc }>;
  fixedLine: NumberDesc;
  mobile: NumberDesc;
  sameMobileAndFixedLine: boolean;
  /** The national prefix (and carrier code) libphonenumber strips when parsing, anchored at the start. */
  nationalPrefix: RegExp | undefined;
  /** The international dialling prefix, anchored at the start: numbers that begin with it are left to libphonenumber. */
  internationalPrefix: RegExp;
}

/** The part of libphonenumber's region metadata read here (its JavaScript API; the type declarations omit it). */
interface MetadataDesc {
  getNationalNumberPatternOrDefault(): string;
  possibleLengthArray(): number[];
  possibleLengthLocalOnlyArray(): number[];
}
type DescGetter =
  | 'getGeneralDesc'
  | 'getPremiumRate'
  | 'getTollFree'
  | 'getSharedCost'
  | 'getVoip'
  | 'getPersonalNumber'
  | 'getPager'
  | 'getUan'
  | 'getVoicemail'
  | 'getFixedLine'
  | 'getMobile';
type RegionMetadata = Record<DescGetter, () => MetadataDesc> & {
  getCountryCode(): number;
  getSameMobileAndFixedLinePattern(): boolean | null;
  getNationalPrefixForParsing(): string | null;
  getNationalPrefixTransformRule(): string | null;
  getInternationalPrefix(): string;
};
const metadataUtil = phoneUtil as unknown as { getMetadataForRegion?: (region: string) => RegionMetadata };
// A libphonenumber release without this API leaves every verdict to its parse, as before the plans were read here.
const plansReadable = typeof metadataUtil.getMetadataForRegion === 'function';

function describe(desc: MetadataDesc): NumberDesc {
  // A description without numbers has the pattern "NA" (never a digit string) and the length -1.
  return { pattern: new RegExp(`^(?:${desc.getNationalNumberPatternOrDefault()})$`), lengths: desc.possibleLengthArray() };
}

function buildPlan(region: PlanRegion): NumberingPlan {
  const metadata = metadataUtil.getMetadataForRegion!(region);
  const nationalPrefix = metadata.getNationalPrefixForParsing();
  return {
    countryCode: String(metadata.getCountryCode()),
    general: describe(metadata.getGeneralDesc()),
    localOnlyLengths: metadata.getGeneralDesc().possibleLengthLocalOnlyArray(),
    special: [
      { type: PhoneNumberType.PREMIUM_RATE, desc: describe(metadata.getPremiumRate()) },
      { type: PhoneNumberType.TOLL_FREE, desc: describe(metadata.getTollFree()) },
      { type: PhoneNumberType.SHARED_COST, desc: describe(metadata.getSharedCost()) },
      { type: PhoneNumberType.VOIP, desc: describe(metadata.getVoip()) },
      { type: PhoneNumberType.PERSONAL_NUMBER, desc: describe(metadata.getPersonalNumber()) },
      { type: PhoneNumberType.PAGER, desc: describe(metadata.getPager()) },
      { type: PhoneNumberType.UAN, desc: describe(metadata.getUan()) },
      { type: PhoneNumberType.VOICEMAIL, desc: describe(metadata.getVoicemail()) },
    ],
    fixedLine: describe(metadata.getFixedLine()),
    mobile: describe(metadata.getMobile()),
    sameMobileAndFixedLine: metadata.getSameMobileAndFixedLinePattern() === true,
    // A transform rule would rewrite the number instead of stripping it; none of these regions has one.
    nationalPrefix: nationalPrefix && !metadata.getNationalPrefixTransformRule() ? new RegExp(`^(?:${nationalPrefix})`) : undefined,
    internationalPrefix: new RegExp(`^(?:${metadata.getInternationalPrefix()})`),
  };
}

const plans = new Map<PlanRegion, NumberingPlan>();

function planFor(region: PlanRegion): NumberingPlan | undefined {
  if (!plansReadable) return undefined;
  let plan = plans.get(region);
  if (plan === undefined) plans.set(region, (plan = buildPlan(region)));
  return plan;
}

function matches(number: string, desc: NumberDesc): boolean {
  if (desc.lengths.length > 0 && !desc.lengths.includes(number.length)) return false;
  return desc.pattern.test(number);
}

/** libphonenumber's length check of a stripped number: only a possible (or too long) one loses its national prefix. */
function strippable(number: string, plan: NumberingPlan): boolean {
  const lengths = plan.general.lengths;
  if (lengths[0] === -1 || plan.localOnlyLengths.includes(number.length)) return false;
  return lengths.includes(number.length) || number.length > lengths[lengths.length - 1]!;
}

/**
 * The national significant number libphonenumber's parse gives for `national` (digits after the country code, or the
 * whole number dialled inside the country), or undefined where its parse takes a path this does not follow: a number
 * that keeps a leading zero, or one too short or too long to parse.
 */
function significantNumber(national: string, plan: NumberingPlan): string | undefined {
  let number = national;
  const prefix = plan.nationalPrefix?.exec(national);
  if (prefix) {
    const stripped = national.slice(prefix[0].length);
    const keepsViability = !plan.general.pattern.test(national) || plan.general.pattern.test(stripped);
    if (keepsViability && strippable(stripped, plan)) number = stripped;
  }
  if (number.length < 2 || number.length > 17 || number.charCodeAt(0) === 48) return undefined;
  return number;
}

/**
 * The national significant number of `digits` dialled inside `region`, or undefined when libphonenumber must decide:
 * numbers that start with the international prefix or the country code, keep a leading zero, or are too short or long.
 *
 * @example
 * dialledNationalNumber('01012345678', 'KR'); // '1012345678'
 * dialledNationalNumber('0012025550123', 'KR'); // undefined (an international call)
 */
export function dialledNationalNumber(digits: string, region: PlanRegion): string | undefined {
  const plan = planFor(region);
  if (plan === undefined || plan.internationalPrefix.test(digits) || digits.startsWith(plan.countryCode)) return undefined;
  return significantNumber(digits, plan);
}

/** Country codes whose main region has a plan here; a one-digit code is never the start of a longer one. */
const planByCountryCode: ReadonlyArray<{ code: string; region: PlanRegion }> = [
  { code: '1', region: 'US' },
  { code: '44', region: 'GB' },
  { code: '82', region: 'KR' },
];

/**
 * The country code, main region and national significant number of an international number (its digits after `+`),
 * or undefined for other country codes and for the shapes `dialledNationalNumber` leaves to libphonenumber.
 *
 * @example
 * internationalNationalNumber('821012345678'); // { countryCode: 82, region: 'KR', nationalNumber: '1012345678' }
 */
export function internationalNationalNumber(
  digits: string,
): { countryCode: number; region: PlanRegion; nationalNumber: string } | undefined {
  const entry = planByCountryCode.find((candidate) => digits.startsWith(candidate.code));
  // libphonenumber reads a code of one to three digits; 4 and 8 alone are not codes, so 44… and 82… are read whole.
  if (entry === undefined || digits.length <= entry.code.length + 2) return undefined;
  const plan = planFor(entry.region);
  if (plan === undefined) return undefined;
  const nationalNumber = significantNumber(digits.slice(entry.code.length), plan);
  return nationalNumber === undefined ? undefined : { countryCode: Number(entry.code), region: entry.region, nationalNumber };
}

/**
 * The type libphonenumber's `getNumberType` gives a national significant number of `region` (its `getNumberTypeHelper_`).
 *
 * @example
 * numberTypeInPlan('1012345678', 'KR') === libphonenumber.PhoneNumberType.MOBILE; // true
 */
export function numberTypeInPlan(nationalNumber: string, region: PlanRegion): libphonenumber.PhoneNumberType {
  const plan = planFor(region);
  if (plan === undefined || !matches(nationalNumber, plan.general)) return PhoneNumberType.UNKNOWN;
  for (const { type, desc } of plan.special) if (matches(nationalNumber, desc)) return type;
  if (matches(nationalNumber, plan.fixedLine))
    return plan.sameMobileAndFixedLine || matches(nationalNumber, plan.mobile)
      ? PhoneNumberType.FIXED_LINE_OR_MOBILE
      : PhoneNumberType.FIXED_LINE;
  if (!plan.sameMobileAndFixedLine && matches(nationalNumber, plan.mobile)) return PhoneNumberType.MOBILE;
  return PhoneNumberType.UNKNOWN;
}
