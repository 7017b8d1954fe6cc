// Whether a value standing alone has the shape of the type its context names: a table's header ("dob", "여권번호") or the
// question a turn answers ("And your passport number?"). The context says what is asked; the shape keeps a column of
// something else under a like header ("account" of company names, "exp" of years, "vehicle" of models), or an answer of
// other words ("Sure, one moment"), from being read as identifiers.
import type { PiiType } from './types.ts';
import { isPlausibleBirthDate, wholeDateReadings } from './recognizers/date-formats.ts';
import { passesLuhn } from './recognizers/luhn.ts';
import { hasValidBusinessNumberChecksum } from './recognizers/business-number-checksum.ts';
import { hasValidCorporateNumberChecksum } from './recognizers/corporate-number-checksum.ts';
import { currentYear } from './recognizers/calendar-date.ts';
import { digitCount } from './recognizers/phone-verdicts.ts';

/** A type a context names and the shape its values must have; names and addresses have none. */
type ShapedType = Exclude<PiiType, 'PERSON' | 'ADDRESS'>;

const shapes: Partial<Record<ShapedType, (value: string) => boolean>> = {
  DATE_OF_BIRTH: isBirthDate,
  // A login name: letters, digits, dots, underscores and hyphens, a letter among them ("moonlight_92", "m.kovacs", "@dana").
  // A game's tag may follow the name ("Gukbap#1187", "haru_is_cold#KR1").
  // A system's own account acts on records too ("SYSTEM", "workflow-auto", "cron"), and its QA's or its bots' ("beanloop_qa"): no
  // person's.
  USERNAME: (value) =>
    /^@?[A-Za-z0-9][\w.-]{1,39}(?:#[A-Z0-9]{2,5})?$/.test(value) &&
    /[A-Za-z]/.test(value) &&
    !machineAccount.test(value) &&
    !systemCode.test(value) &&
    !testAccount.test(value),
  // Indonesia's letter and seven digits are often copied with a gap after the letter ("C 4418273"); Russia's passport for
  // travel abroad is a series of two digits and a number of seven ("71 5520846"), its internal one two, two and six.
  PASSPORT: (value) =>
    (/^[A-Z]{0,2}\d[A-Z\d]{5,10}$/.test(value) && digitCount(value) >= 5) ||
    /^[A-Z] \d{7}$/.test(value) ||
    /^\d{2} (?:\d{7}|\d{2} \d{6})$/.test(value),
  CARD_EXPIRY: isCardExpiry,
  BANK_ACCOUNT: (value) => /^\d[\d -]*\d$/.test(value) && digitCount(value) >= 7 && digitCount(value) <= 20,
  CA_SIN: (value) => /^\d{3}[ -]?\d{3}[ -]?\d{3}$/.test(value) && passesLuhn(value.replace(/\D/g, '')),
  US_SSN: (value) => /^\d{3}[ -]?\d{2}[ -]?\d{4}$/.test(value),
  US_ITIN: (value) => /^9\d{2}[ -]?[5-9]\d[ -]?\d{4}$/.test(value),
  UK_NINO: (value) => /^[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]$/.test(value),
  // Digits in any grouping with a leading plus or brackets: 7 to 15 of them (E.164's most).
  // Not a Korean business's representative number (1588-1234, 1644-8270), which reaches a company, not a person.
  // Nor a North American or a British toll-free line ("1-800-654-3131", "0800 …"), however the column heads it.
  PHONE: (value) =>
    /^\+?[\d(][\d ().-]*\d$/.test(value) &&
    digitCount(value) >= 7 &&
    digitCount(value) <= 15 &&
    !/^1[5689]\d\d[- ]?\d{4}$/.test(value) &&
    !tollFree.test(value),
  // A plate is short, a letter and a digit in capitals, in at most three parts ("SK63 HBD", "CZ84LK"), or India's four
  // ("MH 12 TK 4471"); not a code that joins a year to a serial of four digits or more by a hyphen, or a serial of seven,
  // as an event's, a roster's or a tenancy's registration number does ("ICM26-01174", "CW-2025-40917", "RTB-T-0518826").
  // In Hangul, Korea's own: a region maybe, two or three digits, one syllable, four digits ("12가 3456", "서울12가3456"),
  // not a truck's size and body ("1톤 탑차").
  VEHICLE_PLATE: (value) =>
    /[가-힣]/.test(value)
      ? /^(?:[가-힣]{2}[ ]?)?\d{2,3}[ ]?[가-힣][ ]?\d{4}$/.test(value)
      : (/^[A-Z\d]{1,8}(?:[ -][A-Z\d]{1,8}){0,2}$/.test(value) || /^[A-Z]{2} \d{1,2} [A-Z]{1,3} \d{4}$/.test(value)) &&
        value.length <= 13 &&
        !/\d-\d{4}|\d{4}-\d|-\d{7}/.test(value) &&
        /\d/.test(value) &&
        /[A-Z]/.test(value) &&
        !/^\d{4}[-/]/.test(value),
  // Thirteen digits whose first six are a date and whose seventh the century and sex: a resident's 1–4 (9 and 0 before
  // 1900), a foreigner's 5–8.
  RRN: (value) => registrationNumber(value, /[1-49]|0/),
  FRN: (value) => registrationNumber(value, /[5-8]/),
  CREDIT_CARD: (value) =>
    /^\d[\d -]{11,21}\d$/.test(value) && /^\d{13,19}$/.test(value.replace(/\D/g, '')) && passesLuhn(value.replace(/\D/g, '')),
  // A SIM's number: 89, the telecoms' prefix, and 16 to 18 digits more with its check digit.
  ICCID: (value) => /^89\d{16,18}$/.test(value) && passesLuhn(value),
  IMEI: (value) => /^\d{2}[ -]?\d{6}[ -]?\d{6}[ -]?\d$/.test(value) && passesLuhn(value.replace(/\D/g, '')),
  MEDICAL_RECORD: (value) => /^[A-Z\d][A-Z\d-]{3,19}$/i.test(value) && digitCount(value) >= 4,
  // Member numbers mix letters in: "4TN7-RK2-WD58", "4417-382-916-KT", "5-1048273915".
  HEALTH_INSURANCE: (value) => /^[A-Z\d][A-Z\d -]{5,19}$/i.test(value) && digitCount(value) >= 3 && !/[a-z]{2}/.test(value),
  CARD_CVV: (value) => /^\d{3,4}$/.test(value),
  // A Korean business's and a corporation's register numbers. Hyphenated as the register prints them, the header or the
  // question is label enough (a labelled number with a mistyped check digit is still that number); bare digits must pass it.
  BRN: (value) => /^\d{3}-\d{2}-\d{5}$/.test(value) || (/^\d{10}$/.test(value) && hasValidBusinessNumberChecksum(value)),
  CRN: (value) => /^\d{6}-\d{7}$/.test(value) || (/^\d{13}$/.test(value) && hasValidCorporateNumberChecksum(value)),
  // Seventeen characters of the VIN alphabet (no I, O or Q), the last four digits.
  VIN: (value) => /^[A-HJ-NPR-Z0-9]{13}\d{4}$/.test(value) && /[A-Z]/.test(value),
  DRIVER_LICENSE: (value) => /^[A-Z\d][A-Z\d -]{4,19}$/i.test(value) && digitCount(value) >= 4 && !/[a-z]{3}/.test(value),
  // Anything without a blank that is not a placeholder: the header leaves no doubt what it is.
  // Not a mask, nor a template's placeholder ("${DB_PASSWORD}", "<password>", "{{db_password}}"), nor a word in brackets that
  // says what became of it ("(changed)", "[redacted]").
  PASSWORD: (value) =>
    /^\S{4,64}$/.test(value) &&
    !/^(?:\*+|•+|x+|n\/?a|none|null|-+|\.+)$/i.test(value) &&
    !/^(?:<[^<>]*>|\$?\{\{?[^{}]*\}\}?)$/.test(value) &&
    !/^(?:\([A-Za-z가-힣_-]+\)|\[[A-Za-z가-힣_-]+\])$/.test(value),
};

/**
 * Whether `value`, trimmed, may be a `type` where its context names that type.
 *
 * @example
 * hasShapeOf('DATE_OF_BIRTH', '14/02/1958'); // true
 * hasShapeOf('VEHICLE_PLATE', 'Foot passenger'); // false
 */
export function hasShapeOf(type: PiiType, value: string): boolean {
  const shape = shapes[type as ShapedType];
  return shape !== undefined && shape(value);
}

/** The types whose values a context can name and a shape confirm. */
export function hasKnownShape(type: PiiType): boolean {
  return shapes[type as ShapedType] !== undefined;
}

/** A date of birth written whole in the cell, in any of the formats the date-of-birth recogniser reads. */
function isBirthDate(value: string): boolean {
  return value.length >= 6 && value.length <= 24 && isPlausibleBirthDate(wholeDateReadings(value));
}

/** A card's month and year: "08/26", "08/2026", "0826", "2026-08"; the year no more than twenty years off this one. */
function isCardExpiry(value: string): boolean {
  const match = /^(\d{2})\s?[/-]?\s?(\d{2}|20\d{2})$/.exec(value) ?? /^(20\d{2})-(\d{2})$/.exec(value);
  if (match === null) return false;
  const [month, year] = match[1]!.length === 4 ? [Number(match[2]), Number(match[1])] : [Number(match[1]), Number(match[2])];
  const fullYear = year < 100 ? 2000 + year : year;
  return month >= 1 && month <= 12 && Math.abs(fullYear - currentYear()) <= 20;
}

/** A toll-free line of the North American plan or of the UK's. */
const tollFree = /^(?:\+?1[ .-]?)?\(?8(?:00|33|44|55|66|77|88)\)?[ .-]?\d{3}[ .-]?\d{4}$|^(?:\+44[ ]?|0)80[08]/;

/**
 * A system's account: a word of its own, or (`systemCode`) a code in capitals joined by underscores ("CM_HTL_LIS022"), or
 * a record's number after its prefix ("account_id": "ACC-55190442").
 */
const machineAccount =
  /^(?:system|root|admin|administrator|automation|auto|scheduler|cron|batch|bot|api|service|guest|anonymous|unknown|ivr|workflow(?:[-_.]auto(?:mation)?)?)$/i;
/**
 * A service's own account for its QA, its tests or its bots ("beanloop_qa", "test_user02", "alerts-bot"): no one's. A
 * tester's own login leads with the team's word and ends in the person's ("qa_jhseo").
 */
const testAccount = /(?:^|[._-])(?:qa|test|tester|bot|dummy|sandbox)\d*$|^(?:test|dummy|sandbox)(?:[._-]|\d)/i;

/**
 * Whether a login is a service's own account for its QA, its tests or its bots.
 *
 * @example
 * isTestAccount('beanloop_qa'); // true
 * isTestAccount('qasim_88'); // false
 */
export function isTestAccount(login: string): boolean {
  return testAccount.test(login);
}
const systemCode = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$|^[A-Z]{2,5}-\d{5,}$/;

/** Six digits of a date, a hyphen or a blank perhaps, then a seventh digit that `sexDigit` accepts and six more. */
function registrationNumber(value: string, sexDigit: RegExp): boolean {
  const match = /^(\d{2})(\d{2})(\d{2})[ -]?(\d)\d{6}$/.exec(value);
  if (match === null || !sexDigit.test(match[4]!)) return false;
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}
