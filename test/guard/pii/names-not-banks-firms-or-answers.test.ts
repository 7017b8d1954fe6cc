// Words in a name's place that name no one: a bank before the account a customer gives, a firm after a party's label, a
// word before the number a caller gives, a degree, a unit, a shop's branch, a purpose, the speaker before a parent's word.
// Each beside a real name in the same place, which is still found.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertFound, found } from './pii-test-helpers.ts';

describe('names: banks, firms, answers and clauses in a name’s place', () => {
  test('a bank before an account, a branch, a purpose, a clause before a parent’s word (ko)', () => {
    assertFound([
      ['고객: 신한 110-482-917305 예금주 본인이에요', ['BANK_ACCOUNT:110-482-917305']],
      ['고객: 국민 384702-04-195733 이요', ['BANK_ACCOUNT:384702-04-195733']],
      ['[21:07] Customer: 신한 110-331-584920 이수연', ['BANK_ACCOUNT:110-331-584920', 'PERSON:이수연']],
      ['고객: 신한결 010-1234-5678', ['PERSON:신한결', 'PHONE:010-1234-5678']],
      ['[폰나라 신림점 실장] [오후 4:02] 고객님 번호이동 개통하려면 신분증 필요해요', []],
      ['상담원: 본인 확인 위해 환자분 생년월일 말씀해 주세요.', []],
      ['보호자: 네 제가 엄마예요', []],
      ['사기범 번호는 010-5093-2718 이고 엄마 번호 010-3328-4105 로 신고했어요', ['PHONE:010-5093-2718', 'PHONE:010-3328-4105']],
      ['곽서윤 엄마인데요, 상담 예약하려고요', ['PERSON:곽서윤']],
      ['상담원: 가게와 라이더님께 전달했습니다.', []],
      ['공동현관 비번은 문자로 드릴게요. 부재시 010-6638-4107 로 전화주세요', ['PHONE:010-6638-4107']],
      ['설치 예정\n설치일: 05/29(목) 13~15시 / 기존 세탁기 수거', []],
      ['조제: 봄빛약국 / 조제약사 성하은 / 조제일 2025.04.23', ['PERSON:성하은']],
      ['전입신고서\n신고인(세대주): 여상욱', ['PERSON:여상욱']],
      ['9개월 걸림; 912-78-4405 이거고 세무사님이 처리', ['US_ITIN:912-78-4405']],
      ['벨 누르지 마시고 010 8814 3302 로 문자만 주세요', ['PHONE:010 8814 3302']],
      ['보호자: 장남 도현우 (010-5927-4163)', ['PERSON:도현우', 'PHONE:010-5927-4163']],
      ['강사님 성함 변재호 쌤 010-2268-7413', ['PERSON:변재호', 'PHONE:010-2268-7413']],
      ['실무 담당: 경리 안소정 010.7351.2096', ['PERSON:안소정', 'PHONE:010.7351.2096']],
      ['고객: 신한 외화통장 180-012-447391 이요', ['BANK_ACCOUNT:180-012-447391']],
      ['간호사: 여보세요, 바른정형외과입니다. 장순자 환자분 보호자 되시죠?', ['PERSON:장순자']],
      ['상담원: 유아/소아 확인을 위해 생년월일도 부탁드립니다.', []],
      ['청소 담당 은미 이모님이 오전에 방문할 수 있어요', []],
      ['이모 김순자님 연락처 010-4417-2280', ['PERSON:김순자', 'PHONE:010-4417-2280']],
      // A shop, a bot, a fuel, a notice's kind, a party written again: no one's name.
      ['받는분: 라온몰 반품센터 (이천)\n보내는 분: 모아샵 (1588-0921)', []],
      ['[오전 10:02] 배포봇: prod-api 배포 완료\n[오전 10:05] 배포봇: config 변경 머지됨', []],
      ['차량: 아반떼 CN7 1.6 가솔린 (2024년식)', []],
      ['[한국전력공사] 전기요금 미납 안내 (최고장)', []],
      ['청구인: 피보험자 본인 / 수익자: 동일', []],
      ['잔금은 출발 14일 전까지 고객님 전용 가상계좌로 보내 주세요', []],
      ['받는분: 라온솔 (010-2281-4407)', ['PERSON:라온솔', 'PHONE:010-2281-4407']],
    ]);
  });

  test('a firm after a party’s label, a word before the number a caller gives, a degree, a unit (en)', () => {
    assertFound(
      [
        ['Customer: Hartwell Family Dentistry PC   Acct: HFD-0087', []],
        ['Seller: Nilgiri Naturals LLP, Coimbatore', []],
        ['Seller: Bronwyn Macready, Coimbatore', ['PERSON:Bronwyn Macready']],
        ['Dear Kensington Park Hotel,\n\nThank you for the confirmation.', []],
        ['Customer: Tracking 5829 4410 3372 says delivered', []],
        ['Customer: Session ID 000013250611091244786201', []],
        ['Customer: Westpac 032-000 418822', []],
        ['Caller: Gareth 07700 900123', ['PERSON:Gareth']],
        ['Name: Zhivago, 14 Elm Street', ['PERSON:Zhivago']],
        ['CALLER: Lovely. Now I will move the money across.', []],
        ['Nkechi Obiora (Mrs)\nPatient Liaison Officer\nEko Specialist Hospital', ['PERSON:Nkechi Obiora']],
        ['EDUCATION\nM.S. Statistics, KAIST (2016 - 2018)', []],
        ['Store at 68-77 F. Keep out of reach of children.', []],
        ['Root cause review with EHS (J. Whitcomb).', ['PERSON:J. Whitcomb']],
        ['Tech: #2215 R. Delgado', ['PERSON:R. Delgado']],
        ['Seller: Autohaus Brenner GmbH, Regensburg', []],
        ['Policyholder: Callum Fraser-McLeod', ['PERSON:Callum Fraser-McLeod']],
        ['Position: Patient Transport Officer (Req 26-0402)', []],
        ['Customer: WAN IP 81.143.207.66, connection type PPPoE', []],
        ['Customer: WAN LED blinking red since 9am', []],
        ['Dear Sirs,\n\nOur client: Mrs Folasade Adeyemi', ['PERSON:Folasade Adeyemi']],
        ['Dear Policyholder,\n\nClaim reference: HOM-2025-1182', []],
        ['Patient: Self [ ]  Dependant [X]   Name: Ravi Menon', ['PERSON:Ravi Menon']],
        ['Relation to proposer: Spouse (Proposer: K. Rajagopal)', ['PERSON:K. Rajagopal']],
        ['Collision Center Inc. - Attn: Parts Dept.', []],
        // A firm's partners, a road or a tower named after someone.
        ['Bill to: Harlow & Finch Architects LLP - Attn: Accounts', []],
        ['2 Business name: Whitaker Lawn & Snow LLC', []],
        ['Customer: Dwayne & Marisol Kettering', ['PERSON:Dwayne', 'PERSON:Marisol Kettering']],
        ['Family doctor: Lincoln Road Medical Centre', []],
        ['Loss: theft from parking outside Gaurav Tower, Malviya Nagar, Jaipur', []],
        ['주치의: Lincoln Road Medical Centre 소속 Dr Sarah Park', ['PERSON:Sarah Park']],
        ['Name: WAN LI\nNationality: CHN', ['PERSON:WAN LI']],
        ['투숙객 성명: WAN LI (중국 여권)', ['PERSON:WAN LI']],
        ['Router: Vodafone Station (TG3442DE)', []],
        ['Other party: Hyundai Avante, driver Lee Mi-kyung', ['PERSON:Lee Mi-kyung']],
        ['I hold a B.Com (Finance) and CPA Section 4', []],
        ["Hi darl, Pop's been moved to Fiona Stanley, ward 6A bed 12.", []],
        ['Please call Fiona Stanley about the bill.', ['PERSON:Fiona Stanley']],
        ['Agent: 고객님, please do not share ID numbers here', []],
      ],
      'PERSON',
    );
  });

  test('a table’s header row names no one, its rows do (ko, en)', () => {
    assertFound(
      [
        [
          '사번,성명,생년월일,은행코드,은행명,계좌번호,실지급액,비고\nE1038,남윤아,1990-04-02,004,국민,123456-01-123456,3200000,',
          ['PERSON:남윤아'],
        ],
        [
          '| 번호 | 소재지 | 면적(㎡) | 구분 | 금액(만원) | 소유자 |\n| 1 | 서울 강남구 | 84 | 아파트 | 95000 | 김영수 |',
          ['PERSON:김영수'],
        ],
        ['| 제우진 | 영업 | 02)514-3387 |', ['PERSON:제우진']],
        ['No.,Date,Item,Amount\n1,2025-03-02,Grace Cleaner,12.00\n2,2025-03-03,Sarah Kim,0', ['PERSON:Sarah Kim']],
      ],
      'PERSON',
    );
  });

  test('a full name after a family word, with rarer syllables, and a role word with a particle in its right form (ko)', () => {
    assertFound([
      ['10:10 딸 최은정 방문, 퇴원 후 재진 예약', ['PERSON:최은정']],
      ['보호자 아들 백인호 상주, 연락처 010-3308-7264', ['PERSON:백인호', 'PHONE:010-3308-7264']],
      ['배송은 제 동생 주민혁 앞으로 해주세요.', ['PERSON:주민혁']],
      ['동생 유치원 보내고 왔어요', []],
      ['딸 모시고 병원 다녀올게요', []],
      ['처방 의료인: 의사 용재헌 (면허번호 제118204호)', ['PERSON:용재헌']],
      ['보호자: 딸 권미향 010-9105-2231', ['PERSON:권미향', 'PHONE:010-9105-2231']],
      ['신규 입사자 메모 (인프라팀 추가은 님)', ['PERSON:추가은']],
      ['(본인: 전하은)', ['PERSON:전하은']],
      ['추가는 안 돼요, 고객이 전화했어요', []],
    ]);
  });

  test('three full names in a row, a full name with 요 before a detail after a speaker’s label, a party’s name (ko)', () => {
    assertFound([
      [
        '[오후 9:12] 총무 하람: MT 회비 입금 확인된 사람 박서윤 이도겸 최유빈 이렇게 셋!',
        ['PERSON:하람', 'PERSON:박서윤', 'PERSON:이도겸', 'PERSON:최유빈'],
      ],
      ['인천 남동구 구월동 인하로 쪽으로 가요', []],
      ['주무관 예승현   장학사 권도희   교육과장 전결', ['PERSON:예승현', 'PERSON:권도희']],
      ['오늘 배송 조회 가능한 시간대 알려주세요', []],
      ['고객: 곽은비요, 83년 6월 2일이요', ['PERSON:곽은비', 'DATE_OF_BIRTH:83년 6월 2일']],
      ['학부모: 엄선희요 010-4470-8126', ['PERSON:엄선희', 'PHONE:010-4470-8126']],
      ['고객: 감사해요, 010-1234-5678 맞아요', ['PHONE:010-1234-5678']],
      ['부상: A차량 동승자 방서진 (경추 염좌, 2주 진단)', ['PERSON:방서진']],
      ['가족카드 정지 요청 (사용자 유하은)', ['PERSON:유하은']],
      ['사용자 지정형 알림 설정, 운전자 보험 가입', []],
    ]);
  });

  test('a listed first name alone before a role in brackets or a date of birth, and after an apology (en, ko)', () => {
    assertFound([
      ['Good news, referencing passed. Gerald (the landlord) wants the first month upfront.', ['PERSON:Gerald']],
      ['June (the month) is our busiest; Grace (my wife) agrees.', []],
      ['Reminder from the clinic: Ethan (DOB 03/03/2016) is booked for Tuesday.', ['PERSON:Ethan', 'DATE_OF_BIRTH:03/03/2016']],
      ['Birth Certificate, Date of birth: 01/02/1990', ['DATE_OF_BIRTH:01/02/1990']],
      ["Agent: So sorry Oluwaseun, I've frozen the card ending 4417.", ['PERSON:Oluwaseun']],
      ['Agent: Sorry about that, let me check.', []],
      ['Agent: Sorry about that Aisling. The port completes at 10:00.', ['PERSON:Aisling']],
      ['보호자 연락처: 남궁소연(딸) 010-1234-5678', ['PERSON:남궁소연', 'PHONE:010-1234-5678']],
      // A popular Korean given name is a name before the bracket too.
      ['민재 (담임) 선생님께 전달했어요', ['PERSON:민재']],
    ]);
  });

  test('a holder after 명의 with an honorific copula, a name after 내이름, a writer at a post (ko, en)', () => {
    assertFound([
      ['카드 명의는 탁영길이세요.', ['PERSON:탁영길']],
      ['명의는 본인이세요', []],
      ['받는사람 내이름 황지원으로 해줘', ['PERSON:황지원']],
      ['내이름 뭐였지', []],
      ["Hi it's Lorraine on ward 7B, your mum is comfortable.", ['PERSON:Lorraine']],
      ["Hi it's Netflix on the phone again", []],
    ]);
  });
});

test("a reader by role, a romanised kin word as a contact, a host's token login, a balance and a routing number are no one's (en, ko)", () => {
  assert.deepEqual(found('Bursar: Dear Parent, fee balance is due on Friday'), []);
  assert.deepEqual(found('Oppa: 970823-1547303\nOppa: 올리지 말라고 해'), ['RRN:970823-1547303']);
  assert.deepEqual(found('  + git clone https://x-access-token:ghp_m1t5kRlxT6eRmbrVDEHkq3Zz1xY2aB4cD5eF@github.com/org/repo.git'), [
    'SECRET:ghp_m1t5kRlxT6eRmbrVDEHkq3Zz1xY2aB4cD5eF',
  ]);
  assert.deepEqual(found('Txn ID: BR0000F3KQ7A2. Main balance: Rs.0.00. For help, dial 198'), []);
  assert.deepEqual(found('참고로 라우팅 번호 021000021 은 Chase 쪽 번호라'), []);
  assert.deepEqual(found('ABA routing # 026009593 for the wire'), []);
  // A person's login in a URL stays one.
  assert.deepEqual(found('git clone https://jkim88@github.com/org/repo.git'), ['USERNAME:jkim88']);
});
