// Human names of the PII types in Korean and English, for messages that must name what was found without showing it.
import type { PiiLanguage, PiiType } from '../pii/types.ts';

const labels: Record<PiiType, { ko: string; en: string }> = {
  RRN: { ko: '주민등록번호', en: 'resident registration number' },
  FRN: { ko: '외국인등록번호', en: 'foreigner registration number' },
  PHONE: { ko: '전화번호', en: 'phone number' },
  BRN: { ko: '사업자등록번호', en: 'business registration number' },
  CRN: { ko: '법인등록번호', en: 'corporate registration number' },
  PASSPORT: { ko: '여권번호', en: 'passport number' },
  DRIVER_LICENSE: { ko: '운전면허번호', en: "driver's licence number" },
  BANK_ACCOUNT: { ko: '계좌번호', en: 'bank account number' },
  CREDIT_CARD: { ko: '카드번호', en: 'credit card number' },
  EMAIL: { ko: '이메일 주소', en: 'email address' },
  IP_ADDRESS: { ko: 'IP 주소', en: 'IP address' },
  IBAN: { ko: 'IBAN', en: 'IBAN' },
  US_SSN: { ko: '미국 사회보장번호', en: 'US social security number' },
  US_ITIN: { ko: '미국 납세자 번호(ITIN)', en: 'US taxpayer ID (ITIN)' },
  DATE_OF_BIRTH: { ko: '생년월일', en: 'date of birth' },
  ADDRESS: { ko: '주소', en: 'address' },
  PERSON: { ko: '이름', en: 'name' },
  MEDICAL_RECORD: { ko: '의무기록번호', en: 'medical record number' },
  HEALTH_INSURANCE: { ko: '건강보험증 번호', en: 'health insurance number' },
  VEHICLE_PLATE: { ko: '차량번호', en: 'number plate' },
  VIN: { ko: '차대번호', en: 'vehicle identification number' },
  PASSWORD: { ko: '비밀번호', en: 'password' },
  CARD_CVV: { ko: '카드 보안코드', en: 'card security code' },
  CARD_EXPIRY: { ko: '카드 유효기간', en: 'card expiry date' },
  USERNAME: { ko: '아이디', en: 'username' },
  SECRET: { ko: 'API 키·토큰', en: 'API key or token' },
  IMEI: { ko: '단말기 고유번호(IMEI)', en: 'IMEI' },
  ICCID: { ko: '유심 번호(ICCID)', en: 'SIM card number' },
  MAC_ADDRESS: { ko: 'MAC 주소', en: 'MAC address' },
  UK_NINO: { ko: '영국 국민보험번호', en: 'UK National Insurance number' },
  CA_SIN: { ko: '캐나다 사회보험번호', en: 'Canadian Social Insurance Number' },
};

/**
 * @example
 * piiTypeLabel({ type: 'PHONE', lang: 'ko' }); // '전화번호'
 */
export function piiTypeLabel(options: { type: PiiType; lang: PiiLanguage }): string {
  return labels[options.type][options.lang];
}

/**
 * The language to answer in: Korean when the text has Hangul, else English.
 * @example
 * guessTextLanguage('제 번호는 010-1234-5678'); // 'ko'
 */
export function guessTextLanguage(text: string): PiiLanguage {
  return /[\uac00-\ud7a3\u3131-\u318e]/.test(text) ? 'ko' : 'en';
}
