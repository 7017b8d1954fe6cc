// Round 29's shapes: a family certificate's tables, a workplace export's "Surname, Given" senders, a community board's
// nicknames, staff logins in a KYC export's columns, numbers read out in Korean digit words, transfers' parties on Nigerian
// and Vietnamese statements, a Medicare beneficiary's identifier, an SMS outbox's greetings and a desk's opening hours.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { found, foundOfType as ofType } from './pii-test-helpers.ts';

describe('tables of people', () => {
  test('a name cell with its Han characters, and the header again under a caption (ko, en)', () => {
    const certificate = [
      '구분   | 성    명          | 출생연월일         | 주민등록번호',
      '본인   | 탁민규(卓敏圭)    | 1958년 07월 20일   | 580720-1416264',
      '가족사항',
      '구분   | 성    명          | 출생연월일         | 주민등록번호',
      '배우자 | 방정숙(方貞淑)    | 1960년 12월 25일   | 601225-2248964',
    ].join('\n');
    assert.deepEqual(ofType(certificate, 'PERSON'), ['PERSON:탁민규', 'PERSON:卓敏圭', 'PERSON:방정숙', 'PERSON:方貞淑']);
    assert.deepEqual(ofType(certificate, 'DATE_OF_BIRTH'), ['DATE_OF_BIRTH:1958년 07월 20일', 'DATE_OF_BIRTH:1960년 12월 25일']);
    const roster =
      'Adults\nName | Date of birth | Seat\nAmara Okafor | 1984-03-12 | 14C\nInfants on lap\nName | Date of birth | Seat\nZuri Okafor | 2024-01-30 | -';
    assert.deepEqual(ofType(roster, 'PERSON'), ['PERSON:Amara Okafor', 'PERSON:Zuri Okafor']);
    assert.deepEqual(ofType(roster, 'DATE_OF_BIRTH'), ['DATE_OF_BIRTH:1984-03-12', 'DATE_OF_BIRTH:2024-01-30']);
  });

  test('the staff login of a KYC export or a store log, and a capitalised name there (en, ko)', () => {
    const csv =
      'customer_id,full_name,mobile,kyc_status,reviewed_by\nC-1,Maria Dizon,09175520841,VERIFIED,jpascual\nC-2,Ramon Bautista,09182204571,PENDING,mvillareal';
    assert.deepEqual(ofType(csv, 'USERNAME'), ['USERNAME:jpascual', 'USERNAME:mvillareal']);
    const log = 'ts\tagent\t지점\tmsisdn\n2025-03-02 10:14\trdelacruz\t강남점\t01055208841\n2025-03-02 10:31\tAisling\t강남점\t01093017284';
    assert.deepEqual(ofType(log, 'USERNAME'), ['USERNAME:rdelacruz']);
    assert.deepEqual(ofType(log, 'PHONE'), ['PHONE:01055208841', 'PHONE:01093017284']);
    assert.deepEqual(ofType(log, 'PERSON'), ['PERSON:Aisling']);
  });
});

describe("a workplace export's sender as 'Surname, Given' (en, ko)", () => {
  test('on a line of its own with the time, each who heads two messages or more', () => {
    const english =
      'Weber, Jonas  9:12 AM\nCustomer called again\nOkonkwo, Ada  9:14 AM\ndo we have her contact?\nWeber, Jonas  9:15 AM\nyes\nOkonkwo, Ada  9:16 AM\nthx';
    assert.deepEqual(ofType(english, 'PERSON'), [
      'PERSON:Weber, Jonas',
      'PERSON:Okonkwo, Ada',
      'PERSON:Weber, Jonas',
      'PERSON:Okonkwo, Ada',
    ]);
    const korean = 'Park, Jiwon  9:12 AM\n고객님 전화 왔어요\nLee, Minho  9:14 AM\n확인했습니다\nPark, Jiwon  9:15 AM\n감사합니다';
    assert.deepEqual(ofType(korean, 'PERSON'), ['PERSON:Park, Jiwon', 'PERSON:Park, Jiwon']);
  });

  test("an agenda's heading is no sender", () => {
    assert.deepEqual(ofType('Sales, Monday  9:00 AM\nPipeline review\nSales, Monday  9:30 AM\nForecast', 'PERSON'), []);
    assert.deepEqual(ofType('회의, 월요일  9:00 AM\n실적 점검', 'PERSON'), []);
  });
});

describe("a community board's nicknames", () => {
  test('the author, the commenters and a mention (ko)', () => {
    const post =
      '[자유게시판] 리콜 받으러 갔다가 2시간 날린 썰\n작성자: 스포티지곰돌이 | 조회 1,284\n\n본문입니다\n\n댓글 2\nㄴ 차사랑9 : 저도요\nㄴ 스포티지곰돌이 : @차사랑9 감사합니다';
    assert.deepEqual(ofType(post, 'USERNAME'), [
      'USERNAME:스포티지곰돌이',
      'USERNAME:차사랑9',
      'USERNAME:스포티지곰돌이',
      'USERNAME:차사랑9',
    ]);
  });

  test("a quote's and an issue's author (en)", () => {
    assert.deepEqual(ofType('Quote from: EVnewbie42 on Tue Mar 12, 2024 7:58 pm\n> just checking in', 'USERNAME'), ['USERNAME:EVnewbie42']);
    const issue =
      'Webhook returns 401 #1482\nopened by kwame-asante-dev · 3 comments\n\n**maintainer-lisa** commented\n@kwame-asante-dev please rotate the keys';
    assert.deepEqual(ofType(issue, 'USERNAME'), ['USERNAME:kwame-asante-dev', 'USERNAME:maintainer-lisa', 'USERNAME:kwame-asante-dev']);
  });

  test("an author's reply, anonymous commenters and a word after 작성자 are no nicknames (ko, en)", () => {
    assert.deepEqual(ofType('└ 직거래 되나요?\n  └ 작성자: GS25 반값택배 가능합니다', 'USERNAME'), []);
    assert.deepEqual(ofType('질문 있어요\n댓글 (2)\n└ 익명1: 저도 그랬어요\n└ 익명2: 병원 가보세요', 'USERNAME'), []);
    assert.deepEqual(ofType('- 커밋 작성자: 개발자 계정 확인 중\n- 조치: 키 교체', 'USERNAME'), []);
    assert.deepEqual(ofType('Great thread\nComments\nAnonymous: same here', 'USERNAME'), []);
  });
});

describe("a login's place in a log holds no reply's status (en, ko)", () => {
  test('POST /login 200 is a status, the user after it a login', () => {
    assert.deepEqual(ofType('POST /v2/login 200 user=minseo.ahn ip=175.223.18.204', 'USERNAME'), ['USERNAME:minseo.ahn']);
    assert.deepEqual(ofType('[로그인] POST /login 401 user=seoyeon88 사유=비밀번호 오류', 'USERNAME'), ['USERNAME:seoyeon88']);
  });
});

describe('numbers read out in Korean digit words after the question (ko), and in English words (en)', () => {
  test('a birth date, a record number said twice, an account', () => {
    assert.deepEqual(ofType('상담원: 생년월일 여섯 자리 말씀 부탁드립니다\n고객: 칠팔 공이 공구', 'DATE_OF_BIRTH'), [
      'DATE_OF_BIRTH:칠팔 공이 공구',
    ]);
    assert.deepEqual(ofType('상담원: 성함과 생년월일 확인 부탁드립니다.\n고객: 편상욱이고요, 칠구 공사 일구요.', 'DATE_OF_BIRTH'), [
      'DATE_OF_BIRTH:칠구 공사 일구',
    ]);
    assert.deepEqual(
      ofType('상담사: 등록번호 아시면 말씀해주세요\n고객: 삼칠 오이 팔공 일 아 아니다 죄송해요 삼칠 오이 팔공 사 요', 'MEDICAL_RECORD'),
      ['MEDICAL_RECORD:삼칠 오이 팔공 일', 'MEDICAL_RECORD:삼칠 오이 팔공 사'],
    );
    assert.deepEqual(ofType('상담원: 계좌 불러주시겠어요\n고객: 국민은행 사구칠삼공일 공일 이팔사구오공 이요', 'BANK_ACCOUNT'), [
      'BANK_ACCOUNT:사구칠삼공일 공일 이팔사구오공',
    ]);
    assert.deepEqual(
      ofType(
        'Agent: can I have the account number please?\nCaller: four seven three three oh one oh one two eight four nine five oh',
        'BANK_ACCOUNT',
      ),
      ['BANK_ACCOUNT:four seven three three oh one oh one two eight four nine five oh'],
    );
  });

  test('words of digit syllables shorter than a birth date are words', () => {
    assert.deepEqual(found('상담원: 생년월일 말씀해주세요\n고객: 이사 오일 했어요'), []);
    assert.deepEqual(found('Agent: date of birth please?\nCaller: one sec'), []);
  });
});

describe("a transfer's party on a Nigerian or a Vietnamese statement (en, ko)", () => {
  test('NIP, TRF FRM and CK tu or den, surname first', () => {
    const statement = [
      '02-Jan-25  NIP/GTB/OKONKWO CHIDI/rent jan              250,000.00',
      '14-Jan-25  TRF FRM ADEBAYO TUNDE/school fees   150,000.00',
      '21-Jan-25  NIP/ZENITH/DSTV MULTICHOICE/sub 21,000.00',
    ].join('\n');
    assert.deepEqual(ofType(statement, 'PERSON'), ['PERSON:OKONKWO CHIDI', 'PERSON:ADEBAYO TUNDE']);
    const korean =
      '거래내역\n03/01/25  CK tu NGUYEN VAN DUC - 월세 5,000,000\n20/01/25  CK den 0451000321876 TRAN MINH KHOA 차량 대금 12,000,000';
    assert.deepEqual(ofType(korean, 'PERSON'), ['PERSON:NGUYEN VAN DUC', 'PERSON:TRAN MINH KHOA']);
  });
});

describe("a Medicare beneficiary's identifier where Medicare is named (en, ko)", () => {
  test('its own shape, unlabelled', () => {
    assert.deepEqual(ofType("mom can u send me dad's medicare number the hospital is asking\nok its 1EG4-TE5-MK72", 'HEALTH_INSURANCE'), [
      'HEALTH_INSURANCE:1EG4-TE5-MK72',
    ]);
    assert.deepEqual(ofType('아버지 메디케어 카드 사진 보낼게 번호는 7QX9-WN3-PK18 이야', 'HEALTH_INSURANCE'), [
      'HEALTH_INSURANCE:7QX9-WN3-PK18',
    ]);
    assert.deepEqual(ofType('Part number 1EG4-TE5-MK72 for the pump', 'HEALTH_INSURANCE'), []);
  });
});

describe("an SMS outbox's greeting after its time and number (en, ko)", () => {
  test('the name greeted', () => {
    const outbox =
      '09:00  +61 401 772 905  Hi Josh, reminder of your appt Tue at 9:40.\n09:00  +61 422 318 067  Hi Mei Ling, reminder of your check-up.';
    assert.deepEqual(ofType(outbox, 'PERSON'), ['PERSON:Josh', 'PERSON:Mei Ling']);
    assert.deepEqual(ofType('09:00  010-4417-2986  김민지님, 내일 오전 10시 예약 알림입니다.', 'PERSON'), ['PERSON:김민지']);
  });
});

describe("a desk's line by its hours or its menu (en, ko)", () => {
  test('opening hours from one time to another, or an option, after the number', () => {
    assert.deepEqual(ofType('문의: 학과사무실 02-760-0410 (평일 10~17시)', 'PHONE'), []);
    assert.deepEqual(ofType('Customer Onboarding | +49 40 3008 1200 (Mon-Fri 8-18)', 'PHONE'), []);
    assert.deepEqual(ofType("Didn't request this? Call 0330 9 123 123, 8am-8pm.", 'PHONE'), []);
    assert.deepEqual(ofType('To cancel please call 01 410 3000 (option 2).', 'PHONE'), []);
  });

  test("when a person is free to talk keeps the person's number", () => {
    assert.deepEqual(ofType('연락 가능 번호 010-4715-0839 (평일 18시 이후)', 'PHONE'), ['PHONE:010-4715-0839']);
    assert.deepEqual(ofType('연락처: 010 4471 6085 (평일 오후 통화 가능)', 'PHONE'), ['PHONE:010 4471 6085']);
    assert.deepEqual(ofType('my mobile is 07700 900 123 (after 6pm)', 'PHONE'), ['PHONE:07700 900 123']);
  });
});

describe('given names by how friends, desks and advisers write them', () => {
  test('a given name joined to 누나, 언니, 오빠 or 형님 (ko), a romanised one before 언니 (en)', () => {
    assert.deepEqual(ofType('총무 오세진 : 은주누나 확인했습니다~ 혜경누나 담에 같이가요!', 'PERSON'), [
      'PERSON:오세진',
      'PERSON:은주',
      'PERSON:혜경',
    ]);
    assert.deepEqual(ofType('Jisoo 언니!! I sent the 회비', 'PERSON'), ['PERSON:Jisoo']);
    assert.deepEqual(ofType('우리언니가 그랬어 친구오빠도 왔어', 'PERSON'), []);
    assert.deepEqual(ofType('양문형 냉장고랑 천장형 에어컨 견적 부탁드려요', 'PERSON'), []);
  });

  test("an adviser's bracket with a role after the name (ko), a desk before the agent's name (en)", () => {
    const kakao =
      '[권은지 FP] [오후 2:10] 경태 고객님~ 태아보험 안내드려요\n[민경태] [오후 2:31] 네\n[권은지 FP] [2:32 PM] Thanks, I will send it';
    assert.deepEqual(
      ofType(kakao, 'PERSON').filter((name) => name !== 'PERSON:경태'),
      ['PERSON:권은지', 'PERSON:민경태', 'PERSON:권은지'],
    );
    assert.deepEqual(ofType('[한빛모터스 정비팀] [오후 2:10] 입고 확인했습니다\n[민경태] [오후 2:31] 네', 'PERSON'), ['PERSON:민경태']);
    const whatsapp = '[12/03/2024, 09:15:03] MTN Care – Ifeoma: Sorry about that sir\n[12/03/2024, 09:16:10] Chinedu Obi: ok';
    assert.deepEqual(ofType(whatsapp, 'PERSON'), ['PERSON:Ifeoma', 'PERSON:Chinedu Obi']);
  });

  test('a signature after a dash: a given name and the team (en), a given name alone (ko)', () => {
    assert.deepEqual(ofType('Failed transfers are auto-reversed within 24–72hrs. – Tolu, GTCare', 'PERSON'), ['PERSON:Tolu']);
    assert.deepEqual(ofType('Prices from 3 May. - Summer, Autumn Sale', 'PERSON'), []);
    assert.deepEqual(ofType('나 번호 바꿨어 010 4417 2986 이걸로 저장해줘~ -소연', 'PERSON'), ['PERSON:소연']);
    assert.deepEqual(ofType('서울 -부산 노선 변경', 'PERSON'), []);
  });
});

describe("a bilingual form's labels", () => {
  test('an English gloss in brackets between the label and its colon (ko, en)', () => {
    assert.deepEqual(ofType('여권번호 (Passport No.): P4417206B', 'PASSPORT'), ['PASSPORT:P4417206B']);
    assert.deepEqual(ofType('  대표자 (Representative): 진영수       전화번호 (Phone): 031-497-2210', 'PERSON'), ['PERSON:진영수']);
    assert.deepEqual(ofType('징수   ①법인명(상호): 주식회사 다온물산          ②대표자(성명): 황보석진', 'PERSON'), ['PERSON:황보석진']);
    assert.deepEqual(ofType('7 License plate no.: RGX7731 (new)     8 Odometer: 18,402', 'VEHICLE_PLATE'), ['VEHICLE_PLATE:RGX7731']);
  });
});

describe('names a record marks around them', () => {
  test("a grandparent in an emergency contact's brackets, a seal's mark after a name (ko), and their absence (en)", () => {
    assert.deepEqual(ofType('비상연락처 (조모 양옥순): 010-2084-5536', 'PERSON'), ['PERSON:양옥순']);
    assert.deepEqual(ofType('정비책임자: 자동차정비기능장 엄태준 (인)', 'PERSON'), ['PERSON:엄태준']);
    assert.deepEqual(ofType('위 금액을 영수함 (인)', 'PERSON'), []);
    assert.deepEqual(ofType('Signed (seal) and received in full', 'PERSON'), []);
  });

  test("an account's holder in Latin letters right after it (ko, en)", () => {
    assert.deepEqual(ofType('새 통장 농협 351-1129-4830-73 AZIZ KARIMOV\n외국인등록증 번호 필요하면 말해주세요', 'PERSON'), [
      'PERSON:AZIZ KARIMOV',
    ]);
    assert.deepEqual(ofType('Please pay to GTBank 0157234968 Adeyemi Toluwalope.', 'PERSON'), ['PERSON:Adeyemi Toluwalope']);
    assert.deepEqual(ofType('계좌 3333-08-5271946 KAKAO BANK', 'PERSON'), []);
  });

  test("a child's name before 꺼, a friend's signature after her last word (ko); an English message keeps its words (en)", () => {
    assert.deepEqual(ofType('2025. 3. 8. 오후 8:13, 엄마 : 윤서꺼 150630-4792622 맞지?', 'PERSON'), ['PERSON:윤서']);
    assert.deepEqual(ofType('예전 번호는 이번달까지만 써 -소연', 'PERSON'), ['PERSON:소연']);
    assert.deepEqual(ofType('old number works till Friday -Summer sale', 'PERSON'), []);
  });
});
