// The peer of the topic bench: keyword moderation as Dify ships it (a list of keywords per rule; a message that contains
// any of them, case-insensitively, is caught), with the keywords an administrator would list for each shipped pack, in
// Korean and English. Written before the peer was first run, and not tuned on its misses.

const keywordsByTopic: Record<string, readonly string[]> = {
  'investment-advice': [
    ...['주식', '종목', '투자', '펀드', '코인', '비트코인', '가상화폐', '암호화폐', '주가', '배당', 'etf', '매수', '매도'],
    ...['stock', 'shares', 'invest', 'crypto', 'bitcoin', 'fund', 'portfolio', 'dividend', 'trading'],
  ],
  'medical-diagnosis': [
    ...['무슨 병', '진단', '증상', '복용', '처방', '진통제', '두통', '감기약', '약을 먹', '먹어도 되나요', '아픈데'],
    ...['symptom', 'diagnos', 'medicine', 'dose', 'painkiller', 'disease', 'illness', 'prescription', 'what condition'],
  ],
  'legal-advice': [
    ...['소송', '고소', '법적', '변호사', '처벌', '이혼', '양육권', '저작권', '위자료', '합의금', '고발'],
    ...['sue', 'lawsuit', 'legal', 'lawyer', 'attorney', 'court', 'divorce', 'custody', 'copyright', 'liable'],
  ],
  'competitor-pricing': [
    ...['경쟁사', '타사', '다른 통신사', '다른 회사', 'sk텔레콤', 'skt', 'kt', '유플러스', '다른 충전'],
    ...['competitor', 'rival', 'other carrier', 'other provider', 'verizon', 't-mobile', 'at&t', 'supercharger', 'cheaper than'],
  ],
  political: [
    ...['정당', '선거', '투표', '대통령', '국회의원', '보수', '진보', '좌파', '우파', '민주당', '국민의힘'],
    ...['politic', 'election', 'vote', 'president', 'democrat', 'republican', 'liberal', 'conservative'],
  ],
};

/**
 * The topics whose keywords `message` contains.
 *
 * @example
 * keywordTopics('Which stock should I buy?'); // ['investment-advice']
 */
export function keywordTopics(message: string): string[] {
  const text = message.toLowerCase();
  return Object.entries(keywordsByTopic)
    .filter(([, keywords]) => keywords.some((keyword) => text.includes(keyword)))
    .map(([topic]) => topic);
}

export const keywordPeerName = 'keyword moderation (as Dify ships it), with an administrator’s keywords for each pack';
