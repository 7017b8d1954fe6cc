// PII detection: the scanner, the default recognisers, the contract types and validation helpers other modules reuse.
export { scanPii, defaultMinScore, type ScanPiiOptions } from './scan-pii.ts';
export { EarlierValues, maxEarlierValues, withEarlierRepeats, type EarlierValue } from './earlier-values.ts';
export { allowListSchema, isAllowedValue, maxAllowedValues, valueKey, withoutAllowedValues } from './allowed-values.ts';
export { asksForName } from './names/name-answers.ts';
export { answerContextKey, answerContextOf, type AnswerContext } from './answers/index.ts';
export { openTableHeader } from './tables/index.ts';
export { defaultRecognizers } from './default-recognizers.ts';
export { resolveOverlaps } from './resolve-overlaps.ts';
export {
  piiTypes,
  structuredPiiTypes,
  isBuiltInPiiType,
  type PiiType,
  type PiiEntityType,
  type CustomPiiType,
  type PiiFinding,
  type PiiLanguage,
  type ScanOptions,
  type PiiRecognizer,
} from './types.ts';
export { hasContextBefore, contextWindowSize } from './recognizers/context-window.ts';
export { passesLuhn } from './recognizers/luhn.ts';
export { cardIssuer, type CardIssuer } from './recognizers/card-issuer.ts';
export { hasValidResidentChecksum, hasValidResidentBirthDate, residentNumberKind } from './recognizers/resident-number-validation.ts';
export { hasValidBusinessNumberChecksum } from './recognizers/business-number-checksum.ts';
export { hasValidCorporateNumberChecksum } from './recognizers/corporate-number-checksum.ts';
export { isValidIban, ibanMod97 } from './recognizers/iban-checksum.ts';
export { isIssuableSocialSecurityNumber } from './recognizers/us-ssn-recognizer.ts';
export { isValidCalendarDate } from './recognizers/calendar-date.ts';
export { bankAccountGroupings } from './recognizers/bank-account-recognizer.ts';
export { residentNumberRecognizer } from './recognizers/resident-number-recognizer.ts';
export { phoneRecognizer } from './recognizers/phone-recognizer.ts';
export { businessNumberRecognizer } from './recognizers/business-number-recognizer.ts';
export { corporateNumberRecognizer } from './recognizers/corporate-number-recognizer.ts';
export { passportRecognizer } from './recognizers/passport-recognizer.ts';
export { driverLicenseRecognizer } from './recognizers/driver-license-recognizer.ts';
export { bankAccountRecognizer } from './recognizers/bank-account-recognizer.ts';
export { creditCardRecognizer } from './recognizers/credit-card-recognizer.ts';
export { emailRecognizer } from './recognizers/email-recognizer.ts';
export { credentialRecognizer } from './recognizers/credential-recognizer.ts';
export { secretRecognizer } from './recognizers/secret-recognizer.ts';
export { telecomNumberRecognizer } from './recognizers/telecom-number-recognizer.ts';
export { macAddressRecognizer } from './recognizers/mac-address-recognizer.ts';
export { urlCredentialsRecognizer } from './recognizers/url-credentials.ts';
export { ipAddressRecognizer } from './recognizers/ip-address-recognizer.ts';
export { ibanRecognizer } from './recognizers/iban-recognizer.ts';
export { usSsnRecognizer } from './recognizers/us-ssn-recognizer.ts';
export { canadianSinRecognizer, ukNationalInsuranceRecognizer } from './recognizers/uk-canada-identifiers.ts';
export { dateOfBirthRecognizer } from './recognizers/date-of-birth-recognizer.ts';
export { medicalRecordRecognizer } from './recognizers/medical-record-recognizer.ts';
export { healthInsuranceRecognizer } from './recognizers/health-insurance-recognizer.ts';
