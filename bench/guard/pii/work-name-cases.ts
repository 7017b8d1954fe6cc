// Names as workplaces, letters, forms and families write them, outside the evaluation set: before an office title or a
// letter's sign-off, after a relative or a meeting's label, at the end of a contact line after the number, in English after
// "his name was", a transfer's beneficiary label, an HR label or an email's From line, in a JSON record or a pasted table,
// on an order form, a vehicle's or a chart's record, a ticket, after Mrs. and romanised with a hyphen; and the everyday
// words and products that stand in the same frames, which must stay unflagged.

const koreanFrames: ReadonlyArray<(name: string) => string> = [
  (name) => `${name} 매니저님께 전달 부탁드립니다`,
  (name) => `담당 ${name} 책임에게 문의하세요`,
  (name) => `${name} 변호사님과 상담했어요`,
  (name) => `민원 담당 ${name} 주무관입니다`,
  (name) => `설치는 ${name} 기사님이 오십니다`,
  (name) => `감사합니다.\n${name} 드림`,
  (name) => `회의록 참석자: 박서연, ${name}`,
  (name) => `검토자 ${name} / 승인 대기`,
  (name) => `비상연락처 010-2345-6789 ${name}`,
  (name) => `보호자 연락처 (딸 ${name})`,
  (name) => `조카 ${name}도 같이 방문합니다`,
  // Data pasted into a chat: a JSON record and a table under a header of names.
  (name) => `{"customer_name": "${name}", "plan": "5G 프리미엄"}`,
  (name) => `아래 명단 확인 부탁드립니다\n이름,부서\n${name},영업팀`,
  // An order form, a vehicle's owner and the attending doctor.
  (name) => `받으실 분: ${name} / 문 앞에 놓아 주세요`,
  (name) => `차량번호 12가 3456 차주 ${name}`,
  (name) => `진료과 내과 담당의 ${name}`,
  (name) => `사업자번호 220-81-62517 대표 ${name}`,
];
const koreanNames = ['김민수', '이서연', '박지훈', '최유진', '정민호', '강지영', '조현우', '윤서현', '장민재', '임수빈'];

const englishFrames: ReadonlyArray<(name: string) => string> = [
  (name) => `He said his name was ${name}`,
  (name) => `Beneficiary: ${name}, Bank of China`,
  (name) => `Attn: Accounts Payable, ${name}`,
  (name) => `Employee: ${name}, Employee ID 88231`,
  (name) => `From: ${name} <contact@example.com>`,
  (name) => `{"name": "${name}", "email": "contact@example.com"}`,
  (name) => `name,email\n${name},contact@example.com`,
];
const englishNames = ['Chen Wei', 'Maria Lopez', 'Aiko Tanaka', 'David Miller', 'Kevin Brown'];
/** Names whose form is their own: a ticket's surname/given name, a title before a surname, a romanised Korean name. */
const ownFormNames = [
  { text: 'Passenger: KIM/MINSU MR, seat 32A', name: 'KIM/MINSU' },
  { text: 'Mrs. Garcia called about the bill', name: 'Garcia' },
  { text: 'Miss Gonzalez will pick it up', name: 'Gonzalez' },
  { text: 'Our CEO Lisa Wong approved the refund', name: 'Lisa Wong' },
  { text: 'Technician Jae-hoon Lim will visit tomorrow', name: 'Jae-hoon Lim' },
  { text: 'Best regards,\nSeo-yeon Kim\nHanbit Energy', name: 'Seo-yeon Kim' },
  { text: '회의록: Park Min-jun 참석, 안건 3건', name: 'Park Min-jun' },
];

/** The same titles, sign-offs, labels and frames before everyday words: a kind of one, a department, a request. */
const notNames = [
  ...['국선 변호사 선임 비용이 궁금해요', '전담 매니저 배정해 주세요', '신입 사원 교육 일정 알려주세요', '연구소 수석 연구원 채용'],
  ...['영업팀 매니저 연락처 부탁드려요', '관련 기사 링크 보내드릴게요', '신문 기자 인터뷰 요청', '30 프로 할인 되나요?'],
  ...['회사 책임이죠', '자세한 내용은 안내 드림', '사은품 드림', '지난번 상담원이 알려 준 대로 했어요'],
  ...['담당 부서 확인 부탁드립니다', '서명 부탁드립니다', '참조 문서 첨부합니다', '원인자 부담 원칙에 따라'],
  ...['010-1234-5678 연락주세요', '010-2345-6789 영업팀', '010 1234 5678 정수기 AS 문의', '딸 아이가 아파서 조퇴했어요'],
  ...['삼촌 집에 가요', '이름은 여권과 같게 써 주세요', '영문명 표기 방법 알려주세요', '주문 ID는 ORD-2024-1234'],
  ...['the name was wrong on the bill', 'Attn: Finance Department', 'Customer: Hanbit Energy, Inc.', 'order ID: abc12345'],
  ...['From: Incheon To: Jeju', 'Member: Gold', 'Driver: Uber', 'Agent: Available', 'Reported by: Monitoring System'],
  ...['대표 메뉴 추천해 주세요', '대표 번호로 전화했어요', '대표 서비스 소개'],
  ...['신분증 확인 부탁드려요', '가입하신 분 중 추첨으로 드립니다', '차주 화요일 오후 2시에 방문할게요', '담당의 소견서 발급해 주세요'],
  ...['Contact: TCP/IP team', 'The Co-op Park branch opens at 9', 'Name: AND/OR'],
  // The same data shapes naming products.
  ...['{"name": "Galaxy S24", "price": 1200}', 'product,name,price\nP-1,Pixel Nine,900', '이름,수량\n사과,3\n공기청정기,1'],
];

const fill = (names: readonly string[], frames: ReadonlyArray<(name: string) => string>) =>
  names.flatMap((name) => frames.map((frame) => ({ text: frame(name), name })));

/**
 * @example
 * workNameCases().names[0]; // { text: '김민수 매니저님께 전달 부탁드립니다', name: '김민수' }
 */
export function workNameCases(): { names: Array<{ text: string; name: string }>; notNames: string[] } {
  return { names: [...fill(koreanNames, koreanFrames), ...fill(englishNames, englishFrames), ...ownFormNames], notNames };
}
