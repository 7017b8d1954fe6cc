// English clinical notes, banking, HR/KYC, IT tickets and international templates.
import { compose } from '../compose.ts';
import type { Template } from '../template-types.ts';

export const englishRecordTemplates: Template[] = [
  {
    name: 'en-clinical-discharge',
    genre: 'clinical',
    lang: 'en',
    build: ({ pii, negatives }) =>
      compose`DISCHARGE SUMMARY\nPatient: ${pii.personEn().part}   MRN: ${pii.mrn()}   DOB: ${pii.dobEn()}\nAdmitted ${negatives.dateEn()}, discharged ${negatives.dateEn()}.\nDiagnosis: community-acquired pneumonia. BP ${negatives.bloodPressure()}. Follow up in 2 weeks.`,
  },
  {
    name: 'en-clinical-visit',
    genre: 'clinical',
    lang: 'en',
    build: ({ pii, negatives }) =>
      compose`Pt ${pii.personEn().part}, MRN ${pii.mrn()}, seen on ${negatives.dateEn()}. BP ${negatives.bloodPressure()}, HR 78. Insurance member ID ${pii.healthEn()}.`,
  },
  {
    name: 'en-clinical-referral',
    genre: 'clinical',
    lang: 'en',
    build: ({ pii }) =>
      compose`Referral: ${pii.personEn().part} (DOB ${pii.dobEn()}, Medicare ${pii.healthEn()}) to cardiology. Contact ${pii.phoneUs()}.`,
  },
  {
    name: 'en-clinical-korean-patient',
    genre: 'clinical',
    lang: 'en',
    build: ({ pii, negatives }) =>
      compose`Patient ${pii.personKo().part}, hospital no. ${pii.mrn()}, NHIS card ${pii.healthKo()}, visited ${negatives.dateEn()}; next appointment ${negatives.dateEn()} ${negatives.time()}.`,
  },
  {
    name: 'en-clinical-progress-no-pii',
    genre: 'clinical',
    lang: 'en',
    noPii: true,
    build: ({ negatives }) =>
      compose`Progress note ${negatives.dateEn()} ${negatives.time()}: tolerating diet, BP ${negatives.bloodPressure()}, ${negatives.quantityEn()} saline. Plan unchanged.`,
  },
  {
    name: 'en-bank-uk-transfer',
    genre: 'banking',
    lang: 'en',
    build: ({ pii, negatives }) =>
      compose`Please transfer ${negatives.priceEn()} to account ${pii.foreignAccount()} (sort code ${negatives.sortCode()}) in the name of ${pii.personEn().part}.`,
  },
  {
    name: 'en-bank-korean-statement',
    genre: 'banking',
    lang: 'en',
    build: ({ pii, negatives }) => {
      const account = pii.bankAccount();
      return compose`Statement — ${account.bankEn} account ${account.part}\n${negatives.dateEn()}  card payment ${negatives.priceEn()} (card ${pii.card().part})\n${negatives.dateEn()}  salary ${negatives.priceEn()}`;
    },
  },
  {
    name: 'en-bank-iban-wire',
    genre: 'banking',
    lang: 'en',
    build: ({ pii, negatives }) =>
      compose`Wire to IBAN ${pii.iban()}, beneficiary ${pii.personEn().part}, reference ${negatives.invoice()}.`,
  },
  {
    name: 'en-bank-lost-card',
    genre: 'banking',
    lang: 'en',
    build: ({ pii }) => {
      const card = pii.card();
      return compose`I lost my ${card.issuer} card ${card.part}. Please block it. My phone is ${pii.phoneUs()}.`;
    },
  },
  {
    name: 'en-bank-us-routing',
    genre: 'banking',
    lang: 'en',
    build: ({ pii, negatives }) =>
      compose`Direct deposit form: routing number ${negatives.routingNumber()}, account ${pii.foreignAccount()}, account holder ${pii.personEn().part}.`,
  },
  {
    name: 'en-hr-new-hire',
    genre: 'hr-kyc',
    lang: 'en',
    build: ({ pii }) =>
      compose`New hire: ${pii.personEn().part}, SSN ${pii.ssn()}, DOB ${pii.dobEn()}, address ${pii.addressEn()}, phone ${pii.phoneUs()}.`,
  },
  {
    name: 'en-kyc-passport',
    genre: 'hr-kyc',
    lang: 'en',
    build: ({ pii, random }) =>
      compose`KYC check — passport ${random.pick(['no.', 'number', '#'])} ${pii.passportEn()}, name ${pii.personEn().part}, nationality US, DOB ${pii.dobEn()}.`,
  },
  {
    name: 'en-hr-driver-licence',
    genre: 'hr-kyc',
    lang: 'en',
    build: ({ pii, negatives, random }) =>
      compose`${random.pick(["Driver's licence", "Driver's license", 'DL'])} ${pii.licenceEn()} for ${pii.personEn().part}; expires ${negatives.expiryDate()}.`,
  },
  {
    name: 'en-hr-korean-staff',
    genre: 'hr-kyc',
    lang: 'en',
    build: ({ pii }) =>
      compose`Korean staff onboarding: ${pii.personKo().part}, RRN ${pii.rrn()}, Korean passport ${pii.passportKo()}, driver's licence ${pii.licenceKo()}.`,
  },
  {
    name: 'en-hr-vendor',
    genre: 'hr-kyc',
    lang: 'en',
    build: ({ pii, negatives }) => {
      const name = pii.personEn();
      return compose`Vendor registration: ${negatives.company()}, business registration no. ${pii.brn()}, corporate registration no. ${pii.crn()}, contact ${name.part} ${pii.email(name.last)}.`;
    },
  },
  {
    name: 'en-hr-frn',
    genre: 'hr-kyc',
    lang: 'en',
    build: ({ pii, negatives }) =>
      compose`Alien registration number ${pii.frn()} for ${pii.personEn().part}; visa E-7, arrived ${negatives.dateEn()}.`,
  },
  {
    name: 'en-it-unreachable',
    genre: 'it-ticket',
    lang: 'en',
    build: ({ pii, negatives }) =>
      compose`Ticket ${negatives.invoice()}: user ${pii.email('jsmith')} cannot reach ${pii.ip()}. Client IP ${pii.ip()}, app ${negatives.version()}.`,
  },
  {
    name: 'en-it-blocked-logins',
    genre: 'it-ticket',
    lang: 'en',
    build: ({ pii, negatives, random }) =>
      compose`Blocked ${random.between(5, 400)} login attempts from ${pii.ip()} at ${negatives.time()} against account ${pii.email('admin')}.`,
  },
  {
    name: 'en-it-mfa-reset',
    genre: 'it-ticket',
    lang: 'en',
    build: ({ pii, negatives }) => {
      const name = pii.personEn();
      return compose`Please reset MFA for ${name.part} (${pii.email(name.first)}), ${negatives.employeeNumber()}, callback ${pii.phoneUk()}.`;
    },
  },
  {
    name: 'en-it-no-pii',
    genre: 'it-ticket',
    lang: 'en',
    noPii: true,
    build: ({ negatives }) =>
      compose`Deploy ${negatives.version()} failed at ${negatives.time()} (build ${negatives.orderNumber()}). Rolling back to ${negatives.version()}; port 5432 closed.`,
  },
  {
    name: 'en-intl-offices',
    genre: 'international',
    lang: 'en',
    build: ({ pii }) =>
      compose`Reach me in Seoul on ${pii.phoneKo()} or ${pii.phoneKo()}; in London on ${pii.phoneUk()}; in New York on ${pii.phoneUs()}.`,
  },
  {
    name: 'en-intl-beneficiary',
    genre: 'international',
    lang: 'en',
    build: ({ pii, negatives }) =>
      compose`Beneficiary: ${pii.personEn().part}\nIBAN: ${pii.iban()}\nBIC: ${negatives.bic()}\nAmount: ${negatives.priceEn()}`,
  },
  {
    name: 'en-intl-us-tax',
    genre: 'international',
    lang: 'en',
    build: ({ pii }) => compose`W-9 details: ${pii.personEn().part}, SSN ${pii.ssn()}, tel ${pii.phoneUs()}, ${pii.addressEn()}.`,
  },
  {
    name: 'en-intl-korean-business',
    genre: 'international',
    lang: 'en',
    build: ({ pii, negatives }) =>
      compose`Invoice to ${negatives.company()} (BRN ${pii.brn()}); ship to the owner's home, ${pii.addressKo('road')}. Attn: ${pii.personKo().part}, ${pii.phoneKo()}. Total ${negatives.priceEn()}.`,
  },
];
