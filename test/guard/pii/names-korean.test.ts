// Korean PERSON recognition: names next to honorifics, titles and labels with exact spans, particles left out, look-alike words ignored.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { personNameRecognizer } from '../../../src/guard/pii/names/index.ts';
import { scanPii } from '../../../src/guard/pii/index.ts';

function names(text: string): string[] {
  const findings = personNameRecognizer.find(text, { lang: 'ko' });
  for (const finding of findings) {
    assert.equal(finding.text, text.slice(finding.start, finding.end));
    assert.equal(finding.type, 'PERSON');
  }
  return findings.filter((finding) => finding.score >= 0.5).map((finding) => finding.text);
}

describe('personNameRecognizer (Korean)', () => {
  const positives: Array<[string, string[]]> = [
    ['홍길동 고객님 안녕하세요', ['홍길동']],
    ['김민수님이 주문하신 상품이 출고되었습니다', ['김민수']],
    ['담당 이영희 과장에게 연락 부탁드려요', ['이영희']],
    ['남궁민수 씨는 내일 방문합니다', ['남궁민수']],
    ['선우정아님께서 문의하셨습니다', ['선우정아']],
    ['저는 김민수입니다', ['김민수']],
    ['전 박지영이에요', ['박지영']],
    ['제 이름은 최수진이고요', ['최수진']],
    ['이름은 김민수고 번호는 곧 알려 드릴게요', ['김민수']],
    ['저는 박지호고 서울 살아요', ['박지호']],
    ['성명: 홍길동', ['홍길동']],
    // Who booked, who wrote, who dispensed, who marries.
    ['예약자: 구본희 / 연락처 010-4901-3382', ['구본희']],
    ['작성: 공서연', ['공서연']],
    ['조제약사 탁윤정 / 본인부담 3,200원', ['탁윤정']],
    ['치과의사 반지훈', ['반지훈']],
    ['신부 송지아 하나은행 391-910482-73607', ['송지아']],
    // A child named by its parent's word or as a student, and a sign-off before a bracketed contact.
    ['[해오름수학] 서준이 어머님, 이번 달 수강료 28만원 안내드립니다', ['서준']],
    ['3학년 2반 곽서윤 엄마인데요 전학 서류 문의드려요', ['곽서윤']],
    ['장학금 대상자로 선정된 하지우 학생(학번 20211847)은', ['하지우']],
    ['마상훈 드림 (직통 070-4412-8830)', ['마상훈']],
    ['예금주 정하늘', ['정하늘']],
    ['받는 분: 윤서연 / 010-****-****', ['윤서연']],
    ['환자 김철수 (남, 45세) 내원', ['김철수']],
    ['김민지 양은 오늘 결석했습니다', ['김민지']],
    ['보호자는 이상민 씨입니다', ['이상민']],
    ['John Smith 고객님, 주문 확인 부탁드립니다', ['John Smith']],
    ['성명: John Smith', ['John Smith']],
    ['어제 박지영 대리랑 통화했습니다', ['박지영']],
    ['대표자명 정우성', ['정우성']],
    ['임대인 최영희, 임차인 김태호', ['최영희', '김태호']],
    ['세대주 김영수 (전입 2021.03)', ['김영수']],
    ['사고 접수: 피해자 이민호, 운전자 박서준', ['이민호', '박서준']],
    ['채무자 한지민 / 수익자 오세훈', ['한지민', '오세훈']],
    // The copula in the past or before a clause after the name.
    ['설치 기사님 이름이 김대현이었는데 불친절했어요', ['김대현']],
    ['성함은 김민수인데요', ['김민수']],
    // Name fields of forms, a letter's address, and jobs written before the name.
    ['예약자명 : 이서준 / 인원 2명', ['이서준']],
    ['수신: 홍길동 귀하', ['홍길동']],
    ['입금자명 홍길동으로 입금했어요', ['홍길동']],
    ['대표이사 김한빛', ['김한빛']],
    ['담당 간호사 최유리, 주치의 박성민 교수님', ['최유리', '박성민']],
    // A full name before 고객, as CRM notes write it.
    ['최지우 고객이 해지 요청했습니다', ['최지우']],
    ['홍길동 고객 건 처리 완료', ['홍길동']],
    // Two-syllable names after a role: with a colon, after a label that asks for a name, or a one-syllable given name no
    // noun ends with.
    ['보호자: 김철 / 성명 박진', ['김철', '박진']],
    ['담당자 강혁 연락 바랍니다', ['강혁']],
    // A label with an object particle, the name in the instrumental: the change of a name on an order or a booking.
    ['이름을 김민정으로 바꿔주세요', ['김민정']],
    ['수령인을 박서준으로 바꿔 주세요', ['박서준']],
    ['Change the recipient name to Daniel Kim', ['Daniel Kim']],
    // The romanised name of a passport after its label.
    ['여권 영문명: HONG GILDONG', ['HONG GILDONG']],
    ['영문이름 Lee Jieun 으로 발급해 주세요', ['Lee Jieun']],
  ];
  for (const [text, expected] of positives) {
    test(`finds ${expected.join(', ')} in "${text}"`, () => {
      assert.deepEqual(names(text), expected);
    });
  }

  test('a given name before 예요 after a label is the name without the copula (ko, en)', () => {
    for (const [text, expected] of [
      ['이름은 지수예요', ['지수']],
      ['담당자 이름은 민지예요', ['민지']],
      ['이름은 김민수예요', ['김민수']],
      ['성함은 한지예예요', ['한지예']],
      // 이에요 follows nouns as often, and 예요 a word that is no name.
      ['이름은 한글이에요', []],
      ['이름 표기는 영어예요', []],
      ["the agent's name is Jisoo", ['Jisoo']],
    ] as const)
      assert.deepEqual(names(text), expected, text);
  });

  test('a name spelled out one syllable at a time is found with its blanks (ko, en)', () => {
    for (const [text, expected] of [
      ['김 민 수 고객님 주문 건이요', ['김 민 수']],
      ['홍 길 동 님께 전달해 주세요', ['홍 길 동']],
      ['성명: 박 지 훈', ['박 지 훈']],
      // The last syllable may carry the particle or the copula the name would.
      ['제 이름은 윤 재 호예요', ['윤 재 호']],
      ['저는 김 민 준이라고 합니다', ['김 민 준']],
      ['제 이름은 김 가 나다라', []],
      // Two syllables, words of one syllable, and a surname alone stay as they were.
      ['한 번 더 고객님께 안내해 주세요', []],
      ['이 분 고객님이 문의하셨어요', []],
      ['담당 김 과장님께 전화 주세요', []],
      ['Please tell Ms. Jane Doe', ['Jane Doe']],
    ] as const)
      assert.deepEqual(names(text), expected, text);
  });

  test('a surname written apart from its given name is part of the name, after a label or before an honorific (ko, en)', () => {
    for (const [text, expected] of [
      ['성명: 김 민수', ['김 민수']],
      ['제 이름은 김 민수 입니다', ['김 민수']],
      ['김 민수 고객님 주문 건이요', ['김 민수']],
      ['담당자 박 서연 대리', ['박 서연']],
      ['Customer name: 김 민수', ['김 민수']],
      ['Patient: 홍 길동, DOB 1985-03-12', ['홍 길동']],
      // 한 and 이 before an everyday noun are a number and a pointer, not a surname.
      ['한 가지 고객님께 안내드립니다', []],
      ['이 부분 고객님 확인 부탁드려요', []],
      ['면회는 보호자 한 명만 들어갈 수 있습니다', []],
    ] as const)
      assert.deepEqual(names(text), expected, text);
  });

  test('a full name before an office or a profession title, or before a letter sign-off, is a name (ko, en)', () => {
    for (const [text, expected] of [
      ['고객지원팀 박지훈 매니저입니다', ['박지훈']],
      ['김하늘 상무님께 보고드렸습니다', ['김하늘']],
      ['담당 이민정 책임, 참조 김태희 선임', ['이민정', '김태희']],
      ['이수진 변호사님께 자료를 보냈어요', ['이수진']],
      ['민원 담당 김민수 주무관', ['김민수']],
      ['설치는 최영수 기사님이 오실 거예요', ['최영수']],
      ['김민수 과장입니다', ['김민수']],
      ['감사합니다.\n김철수 드림', ['김철수']],
      ['홍길동 올림.', ['홍길동']],
      ['Regards,\nDavid Miller', ['David Miller']],
      // A kind of one before the title, a two-syllable word, a sign-off inside a sentence.
      ['국선 변호사 선임 비용', []],
      ['전담 매니저 배정해 주세요', []],
      ['신입 사원 교육 일정', []],
      ['지난번 상담원이 알려 준 대로 했어요', []],
      ['30 프로 할인 되나요', []],
      ['회사 책임이죠', []],
      ['자세한 내용 안내 드림', []],
      ['김철수 드림 선물 세트', []],
      ['Please contact our account manager', []],
    ] as const)
      assert.deepEqual(names(text), expected, text);
  });

  test('a teacher or a coach called with 쌤 is a name; a subject, a class or a trainer before it is not (ko, en)', () => {
    for (const [text, expected] of [
      ['서윤 어머님~ 수학학원 한결쌤이에요.', ['서윤', '한결']],
      ['강사님 성함 변재호 쌤 010-2268-7413', ['변재호']],
      ['Ms Kim (Hangyeol-ssaem) teaches the Year 4 class', ['Kim']],
      ['수학쌤이 숙제 내줬어', []],
      ['담임쌤한테 연락했어요', []],
      ['피티쌤이랑 상담 잡았어요', []],
    ] as const)
      assert.deepEqual(names(text), expected, text);
  });

  test('the people of minutes and approval lines, and the names listed after a label (ko, en)', () => {
    for (const [text, expected] of [
      ['참석자: 김민수, 이영희, 박철수', ['김민수', '이영희', '박철수']],
      ['작성자 김민수 / 검토자 이영희 / 승인자 박철수', ['김민수', '이영희', '박철수']],
      ['담당: 박서연, 참조: 최영수 부장', ['박서연', '최영수']],
      ['서명: 홍길동', ['홍길동']],
      ['성명: 홍길동·김민수', ['홍길동', '김민수']],
      ['Attendees 참석자: 김민수, 이영희', ['김민수', '이영희']],
      // A list stops at the first item that is no full name standing alone; the nouns are labels only before a colon.
      ['성명: 홍길동, 주소지 서울', ['홍길동']],
      ['환자 김철수, 남성, 45세', ['김철수']],
      ['담당 부서 확인 부탁드립니다', []],
      ['서명 부탁드립니다', []],
      ['참조 문서 첨부합니다', []],
      ['원인자 부담 원칙', []],
      // The person oneself, the first of a party, names listed before an honorific, and the receiver of a delivery.
      ['최수진 본인이에요', ['최수진']],
      ['김민수 외 2명 예약했어요', ['김민수']],
      ['박지훈, 최유진, 김민수 고객님께 안내드립니다', ['박지훈', '최유진', '김민수']],
      ['수령자 : 박 서 연', ['박 서 연']],
      ['가입자 본인이세요?', []],
      ['그 외 3명', []],
      // Parties of a delivery, a power of attorney or an estate.
      ['법정대리인 박영희', ['박영희']],
      ['피상속인 김철수 상속인 김민수', ['김철수', '김민수']],
      ['보내는 사람: 홍길동', ['홍길동']],
      // The persons of an order or delivery form; an identity card is no label.
      ['주문하신 분: 김민수 / 받으실 분: 이영희', ['김민수', '이영희']],
      ['예약하신 분 박서연, 2명', ['박서연']],
      ['신분증 확인 부탁드려요', []],
      ['가입하신 분 중 추첨', []],
      // A vehicle's owner and the attending doctor; 차주 is also "next week".
      ['차량번호 123가 4567 차주 김태현', ['김태현']],
      ['진료과 내과 담당의 박정우', ['박정우']],
      ['차주 화요일 오후 2시에 방문할게요', []],
      ['담당의 소견서 발급해 주세요', []],
      // A company's head on a business record; 대표 before an everyday noun is "main".
      ['사업자번호 220-81-62517 대표 홍길동', ['홍길동']],
      ['대표 메뉴 추천해 주세요', []],
      ['대표 번호로 전화했어요', []],
      ['대리인 선임 절차', []],
      ['받는 사람 주소 확인', []],
      ['연구소 수석 연구원 채용', []],
    ] as const)
      assert.deepEqual(names(text), expected, text);
  });

  test('leaves particles and honorifics out of the span', () => {
    const text = '홍길동님께서 주문하셨고 김영희에게 전달했습니다. 성함은 박철수이고요';
    const findings = personNameRecognizer.find(text, {});
    assert.deepEqual(
      findings.map((finding) => [finding.text, finding.start, finding.end]),
      [
        ['홍길동', 0, 3],
        ['김영희', 13, 16],
        ['박철수', 31, 34],
      ],
    );
  });

  test('an honorific before a quote or a copula still names the person: 씨라고, 씨예요 (ko, en)', () => {
    assert.deepEqual(names('상대 운전자 연락처는 010-9920-4417, 허재석 씨라고 하더라고요.'), ['허재석']);
    assert.deepEqual(names('The other driver? 김민수 씨예요.'), ['김민수']);
    assert.deepEqual(names('씨앗 심기 체험'), []);
  });

  const hardNegatives = [
    // After a bare label: a word with a particle, a verb's or an adverb's ending is no name.
    '이름 정정해 주세요',
    '이름을 한글로 써 주세요',
    '성함을 여쭤봐도 될까요',
    '이름 정확히 써주세요',
    '이름을 부르면 오세요',
    '성함 변경했는데요',
    '이름 마스킹 해 주세요',
    '성함은 정책상 공개할 수 없어요',
    '담당자 반가워요',
    'Please change the name to Hanbit Energy',
    '이번 주문 정말 감사합니다',
    '김치 조금 더 주세요',
    '방금 전화했는데 연결이 안 돼요',
    '고객님 주문하신 상품이 배송 중입니다',
    '우리 고객님, 소중한 고객님께 안내드립니다',
    '한국 서울 지점 문의 안내',
    '장바구니에 담은 상품 최근 가격',
    '오늘 유심 요금 정기 결제',
    '저는 김치를 좋아합니다',
    '영업팀장 회의, 마케팅팀장님 참석',
    '어머님께서 오셨어요, 부모님께 감사',
    '허위 과장광고 신고',
    '문화교양 수업과 다양한 활동',
    '이름이 뭐예요?',
    '도지사님 방문 일정',
    '선생님께 여쭤보세요',
    '전자제품 할인 행사',
    '대주주 변경 공시',
    '임차인 보호 제도 안내',
    '운전자 보험 가입 문의',
    // A kind of customer before 고객, and nouns after a role that read like a surname and a given name.
    '신규 고객 혜택이 뭐예요',
    '가입한 고객은 할인되나요',
    '연체된 고객 명단 보내주세요',
    '보호자 연령 확인 부탁드립니다',
    '고객 유형이 법인이에요',
    '이름 정정이 필요해요',
    '본인 신용 조회 동의',
    '담당자 배정 일정 알려주세요',
    '신청자 기준으로 처리됩니다',
    '보호자 동의서와 신분증을 지참하세요',
    '담당자 이메일로 보내주세요',
    // Jobs before a verb or a noun, and the field names themselves.
    '상담원 연결해 주세요',
    '상담원 연결좀 해주세요',
    '간호사 인력이 부족해요',
    '주치의 소견서 발급 문의',
    '귀하의 요청이 접수되었습니다',
    '주문자명과 수령인명이 달라요',
    // A name compared with a paper, and the label asked about.
    '이름은 여권과 같게 써 주세요',
    '성명은 서명과 일치해야 합니다',
    '영문명 표기 방법 알려주세요',
  ];
  for (const text of hardNegatives) {
    test(`finds no name in "${text}"`, () => {
      assert.deepEqual(names(text), []);
    });
  }

  test('reads names in a delivery request, a clinical note and a bank statement', () => {
    assert.deepEqual(names('[배송 요청] 수령인: 김하늘 / 부재 시 경비실에 맡겨 주세요. 보내는 분 이도윤'), ['김하늘', '이도윤']);
    assert.deepEqual(names('2024-03-02 환자명: 오세훈, 주치의 한지민 교수. 보호자 박서준 씨 동반'), ['오세훈', '한지민', '박서준']);
    assert.deepEqual(names('입금 50,000원 예금주 강민호 / 적요: 3월 관리비'), ['강민호']);
  });
});

describe('Korean labels of forms: compound name labels and the persons of checkups, requests and benefits', () => {
  test('finds names after 환자성명, 수검자, 요청자, 근로자, 대상자, 환아 (ko, en)', () => {
    for (const [text, expected] of [
      ['환자등록번호: 10284417 | 환자성명: 엄다솜 | 진료기간: 2025-05-08', ['엄다솜']],
      ['보호자이름: 김민수', ['김민수']],
      ['수검자 홍정민, 건강보험증번호 5-2310448217', ['홍정민']],
      ['요청자: 문성현 (인프라팀)', ['문성현']],
      ['근로자: 차민혁\n주소: 인천광역시', ['차민혁']],
      ['대상자: 권하린 (자녀)', ['권하린']],
      ['환아: 정이준 (chart C-23-118407)', ['정이준']],
    ] as const)
      assert.deepEqual(names(text), expected, text);
    for (const text of [
      '택배 상자 크기가 어떻게 되나요',
      '대상자 선정 기준이 뭐예요?',
      '근로자 명단 제출',
      '동물이름표 주문',
      '환아 보호자 면회 시간',
      '신부 화장 예약',
      '작성 중입니다',
      '작성: 2024년 6월 3일',
      '우리 엄마가 전화했어요',
      '친구 엄마 생일 선물',
      '같은 반 학생이 다쳤어요',
      '신규 학생 모집 안내',
      '마상훈 드림 (직통 070-4412-8830) 그리고 더',
    ])
      assert.deepEqual(names(text), [], text);
  });

  test("an honorific's word before 귀하 and a department after a label are no names; the names beside them are (ko, en)", () => {
    assert.deepEqual(names('무상수리 안내문\n도재훈 고객님 귀하\n귀하께서 소유하신 차량'), ['도재훈']);
    assert.deepEqual(names('주치의: 신경과 조민국 교수 | 담당간호사: 예슬'), ['조민국', '예슬']);
    assert.deepEqual(names('Attending (주치의): 신경과 조민국 교수'), ['조민국']);
    assert.deepEqual(names('주치의: 조민국'), ['조민국']);
  });
});

test("a chat's turn that opens with a predicate after a noun names no one; a field's full name still does (ko)", () => {
  // "지민", a popular given name, is the speaker; "최고다" (the best) is no name.
  assert.deepEqual(
    scanPii('지민: 오늘 아침에 주문해 뒀어\n태호: 최고다, 그때 보자')
      .filter((finding) => finding.type === 'PERSON')
      .map((finding) => finding.text),
    ['지민'],
  );
  assert.deepEqual(
    scanPii('회원명: 류시우\n비고: 최고다').map((finding) => finding.text),
    ['류시우'],
  );
});
