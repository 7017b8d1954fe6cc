// The recognisers scanPii runs when the caller names none: every structured-identifier family, credentials and keys, handset and SIM numbers, the identifiers in a pasted table's columns, person
// names and addresses.
import { bankAccountRecognizer } from './recognizers/bank-account-recognizer.ts';
import { businessNumberRecognizer } from './recognizers/business-number-recognizer.ts';
import { corporateNumberRecognizer } from './recognizers/corporate-number-recognizer.ts';
import { creditCardRecognizer } from './recognizers/credit-card-recognizer.ts';
import { dateOfBirthRecognizer } from './recognizers/date-of-birth-recognizer.ts';
import { driverLicenseRecognizer } from './recognizers/driver-license-recognizer.ts';
import { emailRecognizer } from './recognizers/email-recognizer.ts';
import { healthInsuranceRecognizer } from './recognizers/health-insurance-recognizer.ts';
import { hl7Recognizer } from './recognizers/hl7-segments.ts';
import { x12Recognizer } from './recognizers/x12-segments.ts';
import { emvRecognizer } from './recognizers/emv-tags.ts';
import { swiftPartyRecognizer } from './recognizers/swift-parties.ts';
import { ibanRecognizer } from './recognizers/iban-recognizer.ts';
import { ipAddressRecognizer } from './recognizers/ip-address-recognizer.ts';
import { medicalRecordRecognizer } from './recognizers/medical-record-recognizer.ts';
import { studySubjectRecognizer } from './recognizers/study-subject-numbers.ts';
import { passportRecognizer } from './recognizers/passport-recognizer.ts';
import { phoneRecognizer } from './recognizers/phone-recognizer.ts';
import { mobileMoneyRecognizer } from './recognizers/mobile-money.ts';
import { residentNumberRecognizer } from './recognizers/resident-number-recognizer.ts';
import { usSsnRecognizer } from './recognizers/us-ssn-recognizer.ts';
import { canadianSinRecognizer, ukNationalInsuranceRecognizer } from './recognizers/uk-canada-identifiers.ts';
import { vehiclePlateRecognizer, vinRecognizer } from './recognizers/vehicle-recognizers.ts';
import { credentialRecognizer } from './recognizers/credential-recognizer.ts';
import { secretRecognizer } from './recognizers/secret-recognizer.ts';
import { recoveryPhraseRecognizer } from './recognizers/recovery-phrases.ts';
import { telecomNumberRecognizer } from './recognizers/telecom-number-recognizer.ts';
import { macAddressRecognizer } from './recognizers/mac-address-recognizer.ts';
import { socialHandleRecognizer } from './recognizers/social-handle-recognizer.ts';
import { chatHandleRecognizer } from './recognizers/chat-handles.ts';
import { platformUserNumberRecognizer } from './recognizers/platform-user-numbers.ts';
import { accountNameRecognizer } from './recognizers/account-names.ts';
import { urlCredentialsRecognizer } from './recognizers/url-credentials.ts';
import type { PiiRecognizer } from './types.ts';
import { personNameRecognizer } from './names/index.ts';
import { addressRecognizer } from './addresses/index.ts';
import { tableColumnRecognizer } from './tables/index.ts';
import { askedValueRecognizer } from './answers/index.ts';

export const defaultRecognizers: readonly PiiRecognizer[] = [
  residentNumberRecognizer,
  corporateNumberRecognizer,
  businessNumberRecognizer,
  phoneRecognizer,
  mobileMoneyRecognizer,
  creditCardRecognizer,
  bankAccountRecognizer,
  passportRecognizer,
  driverLicenseRecognizer,
  emailRecognizer,
  ipAddressRecognizer,
  ibanRecognizer,
  usSsnRecognizer,
  ukNationalInsuranceRecognizer,
  canadianSinRecognizer,
  dateOfBirthRecognizer,
  medicalRecordRecognizer,
  studySubjectRecognizer,
  healthInsuranceRecognizer,
  hl7Recognizer,
  x12Recognizer,
  emvRecognizer,
  swiftPartyRecognizer,
  vehiclePlateRecognizer,
  vinRecognizer,
  credentialRecognizer,
  secretRecognizer,
  recoveryPhraseRecognizer,
  telecomNumberRecognizer,
  macAddressRecognizer,
  socialHandleRecognizer,
  chatHandleRecognizer,
  platformUserNumberRecognizer,
  accountNameRecognizer,
  urlCredentialsRecognizer,
  personNameRecognizer,
  addressRecognizer,
  tableColumnRecognizer,
  askedValueRecognizer,
];
