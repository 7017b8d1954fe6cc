// libphonenumber's verdicts on phone candidates: from its numbering plans where the shape allows, else from its parse;
// cached on numeric keys, so that a hit costs one digit loop and one map lookup.
import libphonenumber from 'google-libphonenumber';
import { phoneUtil } from './phone-util.ts';
import { dialledNationalNumber, internationalNationalNumber, numberTypeInPlan } from './phone-numbering-plans.ts';

const { PhoneNumberType } = libphonenumber;
const maxCachedVerdicts = 4096;

/**
 * A number made of how many digits `candidate` holds and its leading `prefixDigits` digits, unique for each pair
 * (the count tells how many leading digits the prefix has, leading zeros included). Built without a string, so a cache
 * hit allocates nothing; a Map hashes such integers (below 2^53) exactly.
 */
function digitKey(candidate: string, prefixDigits: number): number {
  let count = 0;
  let prefix = 0;
  for (let index = 0; index < candidate.length; index += 1) {
    const code = candidate.charCodeAt(index);
    if (code < 48 || code > 57) continue;
    if (count < prefixDigits) prefix = prefix * 10 + (code - 48);
    count += 1;
  }
  return count * 10 ** prefixDigits + prefix;
}

/**
 * How many ASCII digits `candidate` holds.
 *
 * @example
 * digitCount('+1 (415) 555-2671'); // 11
 */
export function digitCount(candidate: string): number {
  let count = 0;
  for (let index = 0; index < candidate.length; index += 1) {
    const code = candidate.charCodeAt(index);
    if (code >= 48 && code <= 57) count += 1;
  }
  return count;
}

function remember<Verdict>(cache: Map<number, Verdict>, entry: { key: number; verdict: Verdict }): Verdict {
  if (cache.size >= maxCachedVerdicts) cache.clear();
  cache.set(entry.key, entry.verdict);
  return entry.verdict;
}

/**
 * Korean numbering-plan patterns constrain only the leading national digits (the rest is `\d{n}`), so the leading seven
 * digits and the length decide the verdict exactly, and the cache stays small however many distinct numbers a text holds.
 */
const koreanVerdicts = new Map<number, libphonenumber.PhoneNumberType | null>();

/**
 * The libphonenumber type of a Korean national number, or undefined when it is not a personal number (invalid or UAN).
 *
 * @example
 * koreanNumberType('010-1234-5678') === libphonenumber.PhoneNumberType.MOBILE; // true
 */
export function koreanNumberType(candidate: string): libphonenumber.PhoneNumberType | undefined {
  const key = digitKey(candidate, 7);
  const verdict = koreanVerdicts.get(key);
  if (verdict !== undefined) return verdict ?? undefined;
  return remember(koreanVerdicts, { key, verdict: validateKoreanNumber(candidate.replace(/\D/g, '')) }) ?? undefined;
}

function validateKoreanNumber(digits: string): libphonenumber.PhoneNumberType | null {
  // Real traffic rarely repeats a number, so most verdicts are computed: from the numbering plan where the shape allows.
  const national = dialledNationalNumber(digits, 'KR');
  if (national !== undefined) return personalKoreanType(numberTypeInPlan(national, 'KR'));
  try {
    return personalKoreanType(phoneUtil.getNumberType(phoneUtil.parse(digits, 'KR')));
  } catch {
    return null;
  }
}

/** A free line (080) is a business's, as the international form's is: no one carries it as their own. */
function personalKoreanType(type: libphonenumber.PhoneNumberType): libphonenumber.PhoneNumberType | null {
  return isPersonalType(type) ? type : null;
}

const internationalVerdicts = new Map<number, number | null>();

/**
 * The country code of a valid +number, or undefined; cached like the Korean verdicts, on the leading ten digits.
 *
 * @example
 * internationalCountryCode('+82 10-1234-5678'); // 82
 */
export function internationalCountryCode(text: string): number | undefined {
  const key = digitKey(text, 10);
  const verdict = internationalVerdicts.get(key);
  if (verdict !== undefined) return verdict ?? undefined;
  return remember(internationalVerdicts, { key, verdict: validateInternationalNumber(text.replace(/\D/g, '')) }) ?? undefined;
}

/** Korean business numbers (15XX/16XX/18XX) written with +82 are still not personal numbers. */
function isKoreanBusinessNumber(countryCode: number, nationalNumber: string): boolean {
  return countryCode === 82 && /^1[568]/.test(nationalNumber);
}

function validateInternationalNumber(digits: string): number | null {
  // A British mobile counts by its range, as in the national form (`britishMobile`): "+44 7911 914382".
  if (internationalBritishMobile.test(digits) || internationalBritishDrama.test(digits)) return 44;
  // A number its main region's plan accepts is valid; anything else may belong to a region sharing the code.
  // A toll-free, premium or shared-cost line ("+1 800 225 5345", "+44 845 …") is a business's, as in the national form.
  const planned = internationalNationalNumber(digits);
  const plannedType = planned === undefined ? undefined : numberTypeInPlan(planned.nationalNumber, planned.region);
  if (planned !== undefined && plannedType !== undefined && plannedType !== PhoneNumberType.UNKNOWN)
    return isKoreanBusinessNumber(planned.countryCode, planned.nationalNumber) || !isPersonalType(plannedType) ? null : planned.countryCode;
  try {
    const number = phoneUtil.parse(`+${digits}`);
    const countryCode = number.getCountryCode() ?? 0;
    // The main region first: one pattern check instead of every region sharing the code (+1 has twenty-five).
    const mainRegion = phoneUtil.getRegionCodeForCountryCode(countryCode);
    const valid = phoneUtil.isValidNumberForRegion(number, mainRegion) || phoneUtil.isValidNumber(number);
    if (!valid || !isPersonalType(phoneUtil.getNumberType(number))) return null;
    return isKoreanBusinessNumber(countryCode, String(number.getNationalNumber())) ? null : countryCode;
  } catch {
    return null;
  }
}

/** The regions whose numbers are read in their national form, by their index in a verdict's key. */
const nationalRegions = ['US', 'GB', 'AU'] as const;
/** Keyed on every digit (the national patterns match ten or eleven, within the key's prefix) and the region in the lowest bits. */
const nationalVerdicts = new Map<number, boolean>();

/**
 * Whether `candidate` is a personal number written without its country code as in the US (or Canada and the rest of
 * +1), the UK (or Guernsey, Jersey and the Isle of Man) or Australia, toll-free and premium excluded.
 *
 * @example
 * isValidNationalPhone('(415) 555-2671', 'US'); // true
 * isValidNationalPhone('0412 345 678', 'AU'); // true
 */
export function isValidNationalPhone(candidate: string, region: (typeof nationalRegions)[number]): boolean {
  const key = digitKey(candidate, 11) * 4 + nationalRegions.indexOf(region);
  const verdict = nationalVerdicts.get(key);
  if (verdict !== undefined) return verdict;
  return remember(nationalVerdicts, { key, verdict: isValidNationalNumber(candidate.replace(/\D/g, ''), region) });
}

/**
 * A British mobile in the national form: 07 and nine digits outside 070 (personal numbers) and 076 (pagers). Blocks the
 * numbering plan holds unallocated ("07911 …") are still written by customers and in every sample form, so the range
 * counts, not the allocation.
 */
const britishMobile = /^07[1-57-9]\d{8}$/;
const internationalBritishMobile = /^447[1-57-9]\d{8}$/;
/**
 * The area code the regulator keeps for drama (01632), which libphonenumber leaves out: forms, samples and customers'
 * made-up examples use it, and a number written so is given as a phone.
 */
const britishDrama = /^01632\d{6}$/;
const internationalBritishDrama = /^441632\d{6}$/;

function isValidNationalNumber(digits: string, region: (typeof nationalRegions)[number]): boolean {
  if (region === 'GB' && (britishMobile.test(digits) || britishDrama.test(digits))) return true;
  // The region is the first of its country code with no leading-digits rule, so its own plan gives libphonenumber's type
  // (Australia has no plan here: libphonenumber reads it). A number the plan does not know may belong to another region
  // dialled the same way, a Canadian one under +1 ("(416) 967-1111") or a Guernsey or Jersey one under +44.
  if (region !== 'AU') {
    const national = dialledNationalNumber(digits, region);
    const type = national === undefined ? undefined : numberTypeInPlan(national, region);
    if (type !== undefined && type !== PhoneNumberType.UNKNOWN) return isPersonalType(type);
  }
  try {
    const number = phoneUtil.parse(digits, region);
    // Validity first: most candidates are other numbers, and an invalid one then skips the type lookup (both are pure).
    return phoneUtil.isValidNumber(number) && isPersonalType(phoneUtil.getNumberType(number));
  } catch {
    return false;
  }
}

/**
 * Valid, and not toll-free, premium, shared-cost or a universal access number: those (1-800 …, the UK's 0300 and 0845)
 * belong to businesses and public bodies, like Korean 15XX numbers.
 */
function isPersonalType(type: libphonenumber.PhoneNumberType): boolean {
  return (
    type !== PhoneNumberType.UNKNOWN &&
    type !== PhoneNumberType.TOLL_FREE &&
    type !== PhoneNumberType.PREMIUM_RATE &&
    type !== PhoneNumberType.SHARED_COST &&
    type !== PhoneNumberType.UAN
  );
}

/**
 * Countries whose customers give their numbers in the national form (Australia and New Zealand, Ireland, the UK, India,
 * Nigeria, Kenya, South Africa, Ghana, Western and Northern Europe, Southeast Asia, Japan, the Gulf, Latin America, Pakistan), most
 * frequent first. China is left out: its fixed lines take almost any digits after an area code.
 */
const labelledNationalRegions = [
  ...['AU', 'NZ', 'IE', 'GB', 'IN', 'NG', 'KE', 'ZA', 'GH', 'DE', 'FR', 'ES', 'IT', 'NL', 'BE', 'CH', 'AT', 'SE', 'NO'],
  ...['DK', 'FI', 'PL', 'PT', 'SG', 'MY', 'PH', 'JP', 'HK', 'TW', 'VN', 'TH', 'ID', 'AE', 'SA', 'TR', 'BR', 'MX', 'AR', 'PK'],
];
/** Those whose numbers are written without a leading 0: Indian mobiles, and the plans with no trunk prefix. */
/** A Chinese mobile as it is written, 3-4-4 ("138 1726 4093"); China's fixed lines have too loose a plan to read so. */
const chineseMobile = /^1[3-9]\d(?:[ -]?\d{4}){2}$/;
const regionsWithoutTrunkZero = ['IN', 'SG', 'HK', 'DK', 'NO', 'ES', 'PT', 'MX'];
const labelledNationalVerdicts = new Map<string, boolean>();
const { NATIONAL } = libphonenumber.PhoneNumberFormat;

/**
 * Whether `candidate`, written without a country code after a phone label, is a personal number (not toll-free or
 * premium) of one of `labelledNationalRegions`, written as that country groups it: so many digit strings are valid
 * somewhere that the grouping must agree ("0806 219 4470" a Nigerian mobile, "(08) 9384 2217" a Perth landline, not "1-800-555-0199").
 * Digits written together count as a mobile only, and a UK or an Indian mobile in any grouping ("07946 302 771").
 *
 * @example
 * isValidLabelledNationalPhone('087 442 1968'); // true: an Irish mobile
 * isValidLabelledNationalPhone('12345678'); // false
 */
export function isValidLabelledNationalPhone(candidate: string): boolean {
  const verdict = labelledNationalVerdicts.get(candidate);
  if (verdict !== undefined) return verdict;
  if (labelledNationalVerdicts.size >= maxCachedVerdicts) labelledNationalVerdicts.clear();
  // Written without a trunk 0, a national number is one of the countries that dial none (or whose mobiles are so written).
  const regions = /^[(0]/.test(candidate) ? labelledNationalRegions : regionsWithoutTrunkZero;
  const valid = chineseMobile.test(candidate) || regions.some((region) => isWrittenNationalNumberOf(candidate, region));
  labelledNationalVerdicts.set(candidate, valid);
  return valid;
}

/** Countries whose fixed lines are written in groups of the writer's choosing. */
const freelyGrouped: ReadonlySet<string> = new Set(['DE', 'AT', 'CH', 'NL', 'BE', 'FR', 'IT']);

function isWrittenNationalNumberOf(candidate: string, region: string): boolean {
  const groups = candidate.split(/\D+/).filter((group) => group !== '');
  try {
    const number = phoneUtil.parse(groups.join(''), region);
    if (!phoneUtil.isValidNumberForRegion(number, region)) return false;
    const type = phoneUtil.getNumberType(number);
    if (!isPersonalType(type)) return false;
    const mobile = type === PhoneNumberType.MOBILE || type === PhoneNumberType.FIXED_LINE_OR_MOBILE;
    if (groups.length === 1) return mobile;
    // British, German and Indian mobiles are written in any grouping ("07946 302 771", "0157 3829 1146", "9822 417 306",
    // "98224 17306"); an Indian one without its trunk 0, which a British 0800 line would otherwise read as.
    if (mobile && (region === 'GB' || region === 'DE' || (region === 'IN' && !candidate.startsWith('0')))) return true;
    const national = phoneUtil
      .format(number, NATIONAL)
      .split(/\D+/)
      .filter((group) => group !== '');
    // An Indian line as its STD code and the rest ("020-25436618" for "020 2543 6618"), a German mobile as its network's
    // code and the rest ("0157 83924716" for "01578 3924716").
    if ((region === 'IN' || region === 'DE') && groups.length === 2 && national[0]!.startsWith(groups[0]!)) return true;
    // A mobile may be written in smaller groups than its country prints ("0722 418 937" for "0722 418937"), and a line of
    // the countries whose own writers group it freely ("0221 48 39 117" in Cologne, "030 274 8193" in Utrecht).
    return mobile || freelyGrouped.has(region) ? refinesGrouping(groups, national) : sameGrouping(groups, national);
  } catch {
    return false;
  }
}

/**
 * Whether the written groups split the number wherever the national form does, and maybe more: every break of the
 * national form is one of the written ("0722 418 937" refines "0722 418937"; "072 2418 937" does not).
 */
function refinesGrouping(written: readonly string[], national: readonly string[]): boolean {
  // A trunk 0 the writer left off shifts every break by one.
  const shift = national.join('').length - written.join('').length;
  if (shift !== 0 && shift !== 1) return false;
  const writtenBreaks = new Set(breaksOf(written).map((at) => at + shift));
  return breaksOf(national).every((at) => writtenBreaks.has(at));
}

/** Where the breaks between groups fall, counted in digits from the start. */
function breaksOf(groups: readonly string[]): number[] {
  const breaks: number[] = [];
  let at = 0;
  for (const group of groups.slice(0, -1)) breaks.push((at += group.length));
  return breaks;
}

/** Whether two numbers are grouped alike, a trunk 0 the writer left off the first group aside ("98290 11462", "098290 11462"). */
function sameGrouping(written: readonly string[], national: readonly string[]): boolean {
  if (written.length !== national.length) return false;
  return written.every((group, index) => group === national[index] || (index === 0 && `0${group}` === national[0]));
}
