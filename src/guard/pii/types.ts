// The PII contract: entity types, a finding with its span and score, and the recogniser interface every detector implements.

/** Every entity type genstack recognises; a type is also the label of its mask placeholder, e.g. `[PHONE_1]`. */
export const piiTypes = [
  'RRN', // Korean resident registration number (주민등록번호)
  'FRN', // Korean foreigner registration number (외국인등록번호)
  'PHONE', // Korean (and international) phone numbers, not 15XX/16XX/18XX business numbers
  'BRN', // Korean business registration number (사업자등록번호), checksum
  'CRN', // Korean corporate registration number (법인등록번호)
  'PASSPORT',
  'DRIVER_LICENSE',
  'BANK_ACCOUNT',
  'CREDIT_CARD',
  'EMAIL',
  'IP_ADDRESS',
  'IBAN',
  'US_SSN',
  'US_ITIN', // US individual taxpayer identification number (9XX-7X-XXXX), for people without an SSN
  'DATE_OF_BIRTH',
  'ADDRESS', // Korean road-name and lot-number addresses (and English street addresses in context)
  'PERSON',
  'MEDICAL_RECORD', // medical record / patient numbers (MRN, 등록번호/환자번호 in context)
  'HEALTH_INSURANCE', // health-insurance card / member numbers (건강보험증 번호)
  'VEHICLE_PLATE', // Korean number plates (12가 3456, 123가4567)
  'VIN', // vehicle identification numbers (17 characters, ISO 3779)
  'PASSWORD', // passwords, passcodes and PINs given after their label (비밀번호, 비번, password, PIN)
  'CARD_CVV', // card security codes after their label (CVC, CVV, 보안코드)
  'CARD_EXPIRY', // a card's expiry date after its label, where a card is spoken of (유효기간 12/27, exp 08/26)
  'USERNAME', // usernames and social handles after their label (아이디, 계정, username, login, 인스타 @handle)
  'SECRET', // API keys, access tokens and private keys, by their published shapes (AKIA…, ghp_…, sk-…, eyJ….….…)
  'IMEI', // a handset's equipment identity (15 digits, Luhn; 35-209900-176148-1), after its label or in its printed grouping
  'ICCID', // a SIM card's number (89…, 19 or 20 digits, Luhn; 유심 번호)
  'MAC_ADDRESS', // a router's, modem's or handset's hardware address (00:1A:2B:3C:4D:5E, 00-1A-…, 001a.2b3c.4d5e)
  'UK_NINO', // UK National Insurance number (AB 12 34 56 C)
  'CA_SIN', // Canadian Social Insurance Number (130 692 544, Luhn), after its label
] as const;

export type PiiType = (typeof piiTypes)[number];

/**
 * A type an organisation declares in its guard policy (`pii.custom`), such as `EMPLOYEE_ID`: upper-case letters and
 * underscores, so its placeholder `[EMPLOYEE_ID_1]` reads back unambiguously.
 */
export type CustomPiiType = string & {};
/** What a finding can be: a built-in type or a declared one. */
export type PiiEntityType = PiiType | CustomPiiType;

const builtInTypes: ReadonlySet<string> = new Set(piiTypes);

/**
 * @example
 * isBuiltInPiiType('PHONE'); // true
 * isBuiltInPiiType('EMPLOYEE_ID'); // false
 */
export function isBuiltInPiiType(type: string): type is PiiType {
  return builtInTypes.has(type);
}

/** Types whose values have a fixed structure; the evaluation targets for these are stricter than for names and addresses. */
export const structuredPiiTypes: ReadonlySet<PiiType> = new Set(piiTypes.filter((type) => type !== 'PERSON' && type !== 'ADDRESS'));

export interface PiiFinding {
  type: PiiEntityType;
  /** UTF-16 offsets into the scanned text, end exclusive: `text === scanned.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
  /** 0..1: format alone scores lower; a valid checksum or supporting context words raise it. */
  score: number;
  /** Which recogniser produced it (for explanations and evaluation). */
  recognizer: string;
}

export type PiiLanguage = 'ko' | 'en';

export interface ScanOptions {
  /** A hint only: both languages' recognisers always run, the hint breaks ties and tunes context words. */
  lang?: PiiLanguage;
  /** Only these types (default: all). */
  types?: readonly PiiEntityType[];
  /** Findings below this score are dropped (default 0.5). */
  minScore?: number;
}

export interface PiiRecognizer {
  name: string;
  types: readonly PiiEntityType[];
  /** Candidates in `text`, possibly overlapping; the scanner resolves overlaps and applies `minScore`. */
  find(text: string, options: ScanOptions): PiiFinding[];
  /**
   * A cheap precheck (a look at the shared `textFeatures`): false means `find` would return nothing, so the scanner skips
   * it. Absent means always run.
   */
  mightMatch?(text: string): boolean;
}
