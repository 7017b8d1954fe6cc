// Hard negatives outside the evaluation set: Korean labels (고객, 보호자, 담당자, 이름 …) followed by an ordinary noun that
// reads like a surname and a given name ("보호자 연령", "고객 유형", "이름 정정"), as forms and policies write them. No text
// holds a person's name, so every PERSON finding is a false positive.

const labels = ['고객', '본인', '보호자', '담당자', '신청자', '예약자', '환자', '송금인', '이름', '성명'];
const nouns = [
  ...['명단', '유형', '연령', '신용', '계정', '감사', '현황', '피해', '목록', '전용', '유치', '인수', '정산', '정정', '진술'],
  ...['주장', '여부', '신원', '신분', '소득', '설명', '서류', '사정', '사유', '부채', '부재', '부담', '기록', '국가', '고지'],
  ...['배정', '기준', '연결', '교환', '이메일', '동의서', '신분증', '편의성', '부담금', '안내문'],
];
const frames = [
  '{label} {noun} 확인 부탁드립니다',
  '{label} {noun} 관련 문의',
  '※ {label} {noun} 변경 시 사전 안내',
  '{label} {noun}이 필요해요',
];

/**
 * @example
 * labelNounNegatives().length; // labels × nouns × frames
 */
export function labelNounNegatives(): string[] {
  return labels.flatMap((label) => nouns.flatMap((noun) => frames.map((frame) => frame.replace('{label}', label).replace('{noun}', noun))));
}
