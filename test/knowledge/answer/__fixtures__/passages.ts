// Synthetic documents built by concatenating FAQ and terms passages, and search results whose spans point into them.
import type { SearchResult } from '../../../../src/knowledge/types.ts';

export interface FixtureDocument {
  docId: string;
  path: string;
  title: string;
  text: string;
  chunks: SearchResult[];
}

/** Joins a title line and the chunk texts into one document, recording each chunk's span in it. */
export function buildDocument(options: { docId: string; path: string; title: string; chunks: string[] }): FixtureDocument {
  let text = `# ${options.title}\n\n`;
  const chunks: SearchResult[] = options.chunks.map((chunkText, index) => {
    const start = text.length;
    text += `${chunkText}\n\n`;
    return {
      chunkId: `${options.docId}:${index}`,
      docId: options.docId,
      score: 0,
      text: chunkText,
      source: { path: options.path, title: options.title, page: null, start, end: start + chunkText.length },
    };
  });
  return { docId: options.docId, path: options.path, title: options.title, text, chunks };
}

export const telecomKorean = buildDocument({
  docId: 'doc-telecom-ko',
  path: 'telecom/요금제-FAQ.md',
  title: '요금제 FAQ',
  chunks: [
    '요금제 변경 신청은 고객센터, 대리점 또는 모바일 앱에서 할 수 있습니다. 변경된 요금제는 신청한 다음 달 1일부터 적용됩니다. 월 중간에 신청해도 이번 달 요금은 기존 요금제로 청구됩니다.',
    '약정 기간 중에 해지하면 남은 약정 기간에 따라 위약금이 부과됩니다. 위약금은 그동안 받은 할인 금액의 최대 50%입니다.',
    '데이터를 모두 사용하면 속도가 1Mbps로 제한됩니다. 추가 데이터는 앱에서 1GB당 2,000원에 구매할 수 있습니다.',
  ],
});

export const telecomEnglish = buildDocument({
  docId: 'doc-telecom-en',
  path: 'telecom/terms-of-service.md',
  title: 'Mobile Terms of Service',
  chunks: [
    'Plan changes take effect on the first day of the next billing cycle. You can request a change in the app or at any store.',
    'The early termination fee is 50,000 won if you cancel within 12 months of activation. After 12 months, no termination fee applies.',
    'Roaming data is charged at 5,000 won per day in covered countries. Roaming must be switched on in the app before you travel.',
  ],
});

export const energyEnglish = buildDocument({
  docId: 'doc-energy-en',
  path: 'energy/billing-faq.md',
  title: 'Electricity Billing FAQ',
  chunks: [
    'Electricity bills are issued on the 5th of each month. Payment is due within 14 days of the bill date. Late payments incur a fee of 2% per month on the overdue amount.',
    'Meter readings are taken remotely every month. If a reading is missing, the bill is estimated from your usage in the same month last year.',
  ],
});

export const healthcareKorean = buildDocument({
  docId: 'doc-clinic-ko',
  path: 'healthcare/진료-안내.md',
  title: '진료 예약 안내',
  chunks: [
    '진료 예약은 대표 전화 또는 병원 홈페이지에서 하실 수 있습니다. 예약 취소는 진료 하루 전 오후 6시까지 가능합니다. 초진 환자는 신분증을 지참해 주세요.',
  ],
});

export const financeKorean = buildDocument({
  docId: 'doc-loan-ko',
  path: 'finance/대출-약관.md',
  title: '주택담보대출 약관',
  chunks: [
    '대출 실행일로부터 3년 이내에 상환하면 중도상환수수료가 부과됩니다. 중도상환수수료는 상환 금액의 1.2%입니다. 3년이 지난 뒤에는 수수료 없이 상환할 수 있습니다.',
  ],
});

/** Search results in the given order, scored from best to worst as a retriever would return them. */
export function ranked(...results: SearchResult[]): SearchResult[] {
  return results.map((result, index) => ({ ...result, score: 1 - index * 0.1 }));
}

/** The chunk at an index, failing loudly in a test when the fixture changes. */
export function chunk(document: FixtureDocument, index: number): SearchResult {
  const found = document.chunks[index];
  if (!found) throw new Error(`fixture ${document.docId} has no chunk ${index}`);
  return found;
}
