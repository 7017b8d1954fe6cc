// PERSON names marked only by weak cues: bare labels, bank names, copulas, dative particles, 명의 and 계좌, a phone number after, brackets, Korean names in English text, and known first name + surname pairs.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { personNameRecognizer } from '../../../src/guard/pii/names/index.ts';

function names(text: string): string[] {
  const findings = personNameRecognizer.find(text, {});
  for (const finding of findings) assert.equal(finding.text, text.slice(finding.start, finding.end));
  return [...new Set(findings.filter((finding) => finding.score >= 0.5).map((finding) => finding.text))];
}

describe('personNameRecognizer (weak Korean cues)', () => {
  const positives: Array<[string, string[]]> = [
    ['KYC 확인: 고객 허수아, 여권 확인 완료', ['허수아']],
    ['변경 후 번호로 연락 주세요 (본인: 박선우)', ['박선우']],
    ['카드번호 확인했고, 본인 한솔, 연락처는 아래와 같습니다', ['한솔']],
    ['87만원 입금했습니다. 입금자명 문도윤. 확인 부탁드려요', ['문도윤']],
    ['금액 47만원, 송금인 설유진 연락 바랍니다', ['설유진']],
    ['해외송금 신청: 수취인 Jessica Brown, 확인 요청', ['Jessica Brown']],
    ['환불계좌 토스뱅크 원정희이요. 보내주세요', ['원정희']],
    ['국민은행 백혁이요', ['백혁']],
    ['안녕하세요, 민수빈입니다. 배송 문의드려요', ['민수빈']],
    ['오후 7시에 방문 예약한 김하준인데 전화 좀 부탁드려요', ['김하준']],
    ['운전면허번호 확인 (박재현) 완료했습니다', ['박재현']],
    ['심선우 (1943년 6월 26일 출생) 회원 등급 변경', ['심선우']],
    ['전진 (1950-03-27 출생) 회원 등급 변경', ['전진']],
    ['홍길동에게 연락해 주세요', ['홍길동']],
    ['이 서류를 박서연에게 전달해 주세요', ['박서연']],
    ['김민수한테 보내 줘', ['김민수']],
    ['홍길동 010-1234-5678', ['홍길동']],
    ['받는 사람: 김민수 / 010-2345-6789', ['김민수']],
    ['배송지 서울시 강남구 테헤란로 123, 이영희 010-3333-4444', ['이영희']],
    // A full name that ends the item after the number, as contact lists write it.
    ['비상연락처 010-2345-6789 김민수', ['김민수']],
    ['연락처: 010-1234-5678 김민수, 010-2222-3333 박서연', ['김민수', '박서연']],
    // A party of a transfer in capitals, as a bank prints it; a company in capitals is none.
    ['송금인 KIM MINSU', ['KIM MINSU']],
    // A companion of a verb one does with a person.
    ['김민수랑 통화했어요', ['김민수']],
    ['박서연과 어제 상담했어요', ['박서연']],
    ['입금자명: HONG GILDONG', ['HONG GILDONG']],
    ['가입자명 한지민, 해지 신청합니다', ['한지민']],
    ['민원인 장동건 접수 완료', ['장동건']],
    ['환자 이름: 박영수', ['박영수']],
    ['이 계좌는 최수진 명의로 되어 있어요', ['최수진']],
    ['엄마 김순자 명의 카드예요', ['김순자']],
    ['홍길동명의로 개설된 통장', ['홍길동']],
    ['환불은 이서연 계좌로 해주세요', ['이서연']],
    ['아들 김민준이 대신 방문할 거예요', ['김민준']],
    ['남편 김철수가 예약했어요', ['김철수']],
    // A bare full name after a relative, before a detail or at the end: "남편 김철수", "아버지 송기철 농협 302-…".
    ['남편 김철수', ['김철수']],
    ['신부 아버지 송기철 농협 302-1842-7730-61', ['송기철']],
    ['제 아내 신미라, 880101-2993518이요', ['신미라']],
    ['언니 박지민이랑 같이 가요', ['박지민']],
    // More relatives, and a relative and a name in brackets after a guardian's phone.
    ['할머니 김순자 님이 오세요', ['김순자']],
    ['며느리 박지영이 대신 왔어요', ['박지영']],
    ['손녀 김하은이 아파요', ['김하은']],
    ['보호자 연락처 (배우자 이순자)', ['이순자']],
    ['보호자 연락처: 010-9876-5432 (딸 박민지)', ['박민지']],
    ['따님 김하은이 전화했어요', ['김하은']],
    ['조카 이준호가 받을 거예요', ['이준호']],
    ['형님 김철수한테 물어보세요', ['김철수']],
    // 명의 as a label before the holder's name.
    ['해지할 번호 010-2345-6789 명의 이영희', ['이영희']],
    ['명의: 박지영', ['박지영']],
    ['김민수라는 분이 어제 전화했어요', ['김민수']],
    ['박지영이라는 상담원이 안내해 줬어요', ['박지영']],
    ['홍길동이라는 이름으로 예약했어요', ['홍길동']],
    // A self-introduction by 라고 and a verb of naming.
    ['안녕하세요, 이정민이라고 합니다', ['이정민']],
    ['저는 박서연이라고 하는데요 환불 문의드려요', ['박서연']],
    ['김민수라고 불러 주세요', ['김민수']],
    // 예요, the copula after a name that ends in a vowel ("김민수예요"), as 이에요 after one that does not.
    ['안녕하세요, 김민수예요', ['김민수']],
    ['안녕하세요 박지호예요. 문의드릴게요', ['박지호']],
    ['남편은 최준호예요', ['최준호']],
    ['아내는 김하나예요', ['김하나']],
    // A full name as the subject of a verb of dealing with a service, the verb up to three words on.
    ['김민수가 어제 전화했어요', ['김민수']],
    ['박지영이 주문했는데 아직 안 왔어요', ['박지영']],
    ['이서연은 지난주에 해지 신청했어요', ['이서연']],
    ['홍길동도 가입했나요?', ['홍길동']],
    // Real names that start like a noun ("정수" of 정수기, "정지" of 정지원) stay names.
    ['정수빈입니다', ['정수빈']],
    ['정지원에게 보내 주세요', ['정지원']],
  ];
  for (const [text, expected] of positives) {
    test(`finds ${expected.join(', ')} in "${text}"`, () => {
      assert.deepEqual(names(text), expected);
    });
  }

  const hardNegatives = [
    '보호자 연락처 010-1234-5678',
    '고객 만족도 조사에 참여해 주세요',
    '본인 확인이 필요합니다',
    '본인 명의 계좌만 가능합니다',
    '한국어 (기본) 설정입니다',
    '배송중입니다',
    '주문량 (50개) 확인',
    '지금 진행중인데 조금만 기다려 주세요',
    '우리은행 지점에서 확인',
    '(한국어) 자막 제공',
    '서비스 연동 (2건) 완료',
    '고객에게 안내 문자를 보냈어요',
    '담당자에게 전달했습니다',
    '김대리에게 넘겨 주세요',
    '친구한테 선물하려고요',
    '신규회원에게 쿠폰을 드려요',
    '고객센터 1588-1234로 전화 주세요',
    '홍보팀 02-123-4567',
    '사무실 02-123-4567',
    '경비실 02-555-1234 / 관리사무소 02-555-1235',
    '가까운 우체국 1588-1300, 경찰서 112',
    '김대리 010-1234-5678',
    '연락처 010-1234-5678',
    '예금주 명의로 변경해 주세요',
    '소유자 명의 이전 신청',
    '임대인 명의 계좌로 입금',
    '온라인 계좌 개설이 가능해요',
    '사무실 계좌로 보내 주세요',
    '박과장 명의로 된 법인카드',
    '3명의 고객이 문의했어요',
    '명의자 변경은 지점에서 해요',
    '한의원에게 문의하세요',
    '엄마 문제가 뭐냐면요',
    '아들 기다려요',
    '동생 유치원 원비 결제',
    '남편 회사 주소로 보내 주세요',
    '02-123-4567 사무실입니다',
    '정비소예요, 차 맡기실 거죠?',
    '경비실이에요 010-1234-5678',
    '전산실입니다. 무엇을 도와드릴까요?',
    '가까운 우체국입니다',
    '연락처는 02-123-4567이고 사장님입니다',
    '갤럭시라는 모델이요',
    '오류라는 메시지가 떠요',
    '최고라는 사람이 많아요',
    '사무실이라는 사람은 없어요',
    '갤럭시라고 해요',
    '이걸 기준이라고 합니다',
    // Everyday nouns in a name's shape after the weak cues: a copula, a dative, a relative, holding words, brackets, 님.
    '소비자입니다',
    '장애인인데요 할인 되나요?',
    '정수기인데요 물이 안 나와요',
    '고지서입니다',
    '지하철이에요',
    '임신부입니다',
    '남편 공무원이 왔어요',
    '전세금 계좌로 보내 주세요',
    '소고기라고 합니다',
    '(여행자) 보험 문의',
    '구매자님 안녕하세요',
    '신청자님, 접수가 완료되었습니다',
    '예약자님 성함을 확인해 주세요',
    '이용자님의 요청으로 처리했습니다',
    // 예요 after everyday words and a consonant: "정수기예요", "이거 얼마예요", and "김민준예요" is no Korean.
    '정수기예요 물이 안 나와요',
    '소고기예요',
    '이거 얼마예요?',
    '제 등급이 뭐예요',
    '5G스탠다드 데이터 몇 기가예요',
    '김민준예요',
    // Things, places and roles before a service verb, and a name before other verbs.
    '정수기가 고장 나서 전화했어요',
    '소나기가 왔어요',
    '상담원이 전화했어요',
    '고객센터가 전화를 안 받아요',
    '관리실이 연락했어요',
    '카카오가 문자 보냈어요',
    '김민수가 좋아해요',
    // Relatives before things, and a bare name after a relative with no particle or bracket.
    '부인과 진료 예약했어요',
    '(할머니 장보기)',
    '딸 아이가 아파요',
    '가입자 SK TELECOM',
    // Things ordered or cancelled with something, and a desk one calls.
    '정수기와 필터를 주문했어요',
    '고객센터와 통화했어요',
    '명의자 KT CORP',
    '고객 CS CENTER',
    '삼촌 집에 가요',
    '명의 변경하고 싶어요',
    '명의 이전하려면 뭐가 필요해요',
    '명의로 가입했어요',
    // A passport's old or new kind in brackets, not a name.
    '여권 M1234567 (구여권)',
    '(신여권) 발급 문의',
    // Verb forms in a name's shape: a surname syllable and an ending ("위 + 해서", "하 + 려면").
    '개인정보를 추측하는 시도를 막기 위해서입니다.',
    '명의변경을 하려면 양도인과 양수인이 신분증을 가지고 함께 방문해야 합니다.',
    '원해서입니다',
  ];
  for (const text of hardNegatives) {
    test(`finds no name in "${text}"`, () => {
      assert.deepEqual(names(text), []);
    });
  }
});

describe('personNameRecognizer (Korean names in English text, known English names)', () => {
  const positives: Array<[string, string[]]> = [
    ['Patient 김유진, hospital no. 48539170', ['김유진']],
    ['Korean staff onboarding: 도나연, RRN on file', ['도나연']],
    ['Customer 남궁시우 (010-7341-7365) asked us to call back', ['남궁시우']],
    ['Thanks Sarah Martin, I have logged the complaint', ['Sarah Martin']],
    ['Driver licence checked for Grace Lewis; expires 01/29.', ['Grace Lewis']],
    ['Please reset MFA for Isla J. Williams (isla@example.com)', ['Isla J. Williams']],
    ['Ship to:\nElizabeth Kelly\nFlat 9, 151 High Street', ['Elizabeth Kelly']],
    ['미국 지사 Michael Campbell 연락처 전달드립니다', ['Michael Campbell']],
    ['name=Aiden Martinez; dob=1982-02-13', ['Aiden Martinez']],
    // Surnames from beyond the US and UK lists: customers of Korean banks and shops come from everywhere.
    ['I spoke to Ahmed Hassan yesterday about the refund', ['Ahmed Hassan']],
    ['Contact Wei Zhang or Yuki Watanabe about the invoice', ['Wei Zhang', 'Yuki Watanabe']],
    ['해외 고객 Priya Reddy 환불 요청 건 확인 부탁드립니다', ['Priya Reddy']],
    ['외국인 근로자 Carlos Oliveira 급여 계좌 등록', ['Carlos Oliveira']],
    ['This is 이정민 from the Busan branch', ['이정민']],
  ];
  for (const [text, expected] of positives) {
    test(`finds ${expected.join(', ')} in "${text}"`, () => {
      assert.deepEqual(names(text), expected);
    });
  }

  const hardNegatives = [
    'Try Grace Cleaner on tough stains',
    'Victoria Sponge Mix is back in stock',
    'Meet me at Victoria Station at noon',
    'The office is on Victoria Park Road',
    'Order 3 bottles of Hanbit Lube',
    'Please visit 서울 office next week',
    'Status: 배송중',
    'Carlos Cafe opens at nine',
    'This is the office, call 02-123-4567',
    'This is the mailroom, ext. 4567',
    'Room 4567 Manager please',
    'This is 소비자 from the survey panel',
    'Customer 구매자 asked for a refund',
  ];
  for (const text of hardNegatives) {
    test(`finds no name in "${text}"`, () => {
      assert.deepEqual(names(text), []);
    });
  }
});

test('in a long transcript a subject name is found before a verb up to three words on, and not across a line break', () => {
  const filler = '요금제 변경 관련해서 문의드립니다. 데이터 사용량을 확인하고 싶어요. '.repeat(20);
  assert.ok(filler.length > 512);
  assert.deepEqual(names(`${filler}김민수가 어제 오후에 전화했어요. ${filler}박지영이 주문했는데 아직 안 왔어요.`), ['김민수', '박지영']);
  assert.deepEqual(names(`김민수가 어제\n전화했어요 ${filler}`), []);
  // Two verbs after one name count it once.
  assert.deepEqual(names(`${filler}이서연은 해지 신청했어요`), ['이서연']);
  // The same names in English text around them: "Mr Kim" is read by the English search, the Korean name by this one.
  assert.deepEqual(names(`${'Please check my plan and my data usage. '.repeat(15)}홍길동이 어제 전화했어요`), ['홍길동']);
});
