// Bilingual terms of the industries genstack ships blueprints for, so a Korean question can meet an English passage and back.

export interface GlossaryEntry {
  id: string;
  /** English words or phrases, lowercase; single words are compared by stem. */
  en: readonly string[];
  /** Korean stems; a Korean word matches when it starts with one of them. */
  ko: readonly string[];
}

const entry = (id: string, en: string[], ko: string[]): GlossaryEntry => ({ id, en, ko });

/** Terms the builtin concept lexicon (a tool-catalogue vocabulary) does not cover. */
export const domainGlossary: readonly GlossaryEntry[] = [
  // telecom
  entry('plan', ['plan', 'tariff', 'rate plan'], ['요금제', '플랜']),
  entry('data', ['data', 'gb', 'mb'], ['데이터']),
  entry('roaming', ['roaming', 'abroad', 'overseas'], ['로밍', '해외']),
  entry('termination', ['termination', 'terminate', 'cancellation', 'cancel'], ['해지', '해약']),
  entry('penalty', ['penalty', 'termination fee', 'early termination'], ['위약금', '위약']),
  entry('contract', ['contract', 'agreement', 'commitment'], ['약정', '계약']),
  entry('device', ['device', 'handset', 'phone'], ['단말', '기기', '휴대폰']),
  entry('speed', ['speed', 'throttle', 'throttled', 'mbps'], ['속도']),
  entry('discount', ['discount', 'reduction'], ['할인']),
  entry('change', ['change', 'switch', 'modify'], ['변경', '바꾸', '전환']),
  entry('apply', ['apply', 'applied', 'effective', 'take effect', 'takes effect'], ['적용']),
  entry('request', ['request', 'application', 'apply for', 'submit'], ['신청', '접수']),
  entry('month', ['month', 'monthly'], ['월', '달', '매월', '매달']),
  entry('next', ['next', 'following'], ['다음', '익월', '익일']),
  entry('day', ['day', 'days'], ['일', '일간', '영업일', '하루']),
  entry('fee', ['fee', 'charge', 'cost'], ['요금', '수수료', '비용']),
  entry('won', ['won', 'krw'], ['원']),
  entry('refund', ['refund', 'reimbursement'], ['환불', '환급']),
  // energy
  entry('electricity', ['electricity', 'power', 'electric'], ['전기', '전력']),
  entry('meter', ['meter', 'reading'], ['계량기', '검침']),
  entry('outage', ['outage', 'blackout', 'power cut'], ['정전']),
  entry('solar', ['solar', 'photovoltaic'], ['태양광']),
  entry('tier', ['tier', 'progressive', 'block'], ['누진', '구간']),
  entry('usage', ['usage', 'consumption', 'kwh'], ['사용량', '사용']),
  // finance
  entry('interest', ['interest', 'apr'], ['이자', '금리']),
  entry('loan', ['loan', 'mortgage'], ['대출']),
  entry('account', ['account'], ['계좌', '통장']),
  entry('transfer', ['transfer', 'remittance', 'wire'], ['이체', '송금']),
  entry('limit', ['limit', 'cap', 'maximum'], ['한도', '최대']),
  entry('overdue', ['overdue', 'late', 'delinquent'], ['연체']),
  entry('card', ['card'], ['카드']),
  entry('repayment', ['repayment', 'repay', 'prepayment'], ['상환', '중도상환']),
  // healthcare
  entry('appointment', ['appointment', 'booking', 'reservation'], ['예약', '진료예약']),
  entry('insurance', ['insurance', 'coverage', 'covered', 'insured'], ['보험', '보장']),
  entry('prescription', ['prescription', 'medication', 'medicine', 'drug'], ['처방', '약']),
  entry('hospital', ['hospital', 'clinic', 'doctor'], ['병원', '의원', '진료']),
  entry('record', ['record', 'records', 'certificate'], ['기록', '증명서', '진단서']),
  entry('visit', ['visit', 'visits'], ['방문', '내원']),
  entry('cancel', ['cancel', 'cancellation'], ['취소']),
  entry('document', ['document', 'documents', 'id card', 'identification'], ['서류', '신분증']),
  entry('customer-center', ['customer center', 'call center', 'customer service'], ['고객센터', '상담센터']),
  entry('app', ['app', 'website', 'online'], ['앱', '홈페이지', '온라인']),
];
