// Round 31's shapes: a lab's or a hospital's HL7 v2 feed pasted into a ticket or a chat, an organisation's desk and
// department lines said in more ways, an account after its label where a phone's shape reads it too, and a PhilHealth
// member's number under its "PIN" label.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { found, foundOfType as ofType } from './pii-test-helpers.ts';

describe('an HL7 v2 feed: the fields that hold a person, read by their places', () => {
  const english = [
    'MSH|^~\\&|ADT1|MERCY|LAB|MERCY|20250402101500||ADT^A01|MSG7781|P|2.5.1',
    'PID|1||MR55120934^^^MERCY^MR||OKAFOR^CHINEDU^A||19690817|M|||77 Elm Row^^Dayton^OH^45402||(937)555-0148',
    'NK1|1|OKAFOR^NGOZI|SPO|77 Elm Row^^Dayton^OH^45402|(937)555-0162',
    'PV1|1|I|WARD4^12^B||||40081^BRENNAN^MAEVE^^^DR',
    'IN1|1|PLAN7|1180|MIDWEST HEALTH|PO BOX 90^^COLUMBUS^OH^43216|||||||||||OKAFOR^CHINEDU|SEL|19690817||||||||||||||||||WXH55102881',
  ].join('\n');

  test('the patient, the next of kin, the attending doctor and the insured (en)', () => {
    assert.deepEqual(ofType(english, 'MEDICAL_RECORD'), ['MEDICAL_RECORD:MR55120934']);
    assert.deepEqual(ofType(english, 'PERSON'), [
      'PERSON:OKAFOR^CHINEDU^A',
      'PERSON:OKAFOR^NGOZI',
      'PERSON:BRENNAN^MAEVE',
      'PERSON:OKAFOR^CHINEDU',
    ]);
    assert.deepEqual(ofType(english, 'DATE_OF_BIRTH'), ['DATE_OF_BIRTH:19690817', 'DATE_OF_BIRTH:19690817']);
    assert.deepEqual(ofType(english, 'ADDRESS'), ['ADDRESS:77 Elm Row^^Dayton^OH^45402', 'ADDRESS:77 Elm Row^^Dayton^OH^45402']);
    assert.deepEqual(ofType(english, 'HEALTH_INSURANCE'), ['HEALTH_INSURANCE:WXH55102881']);
  });

  test("a Korean lab's result: the patient's number, name, birth date and address, and the doctor (ko)", () => {
    const korean = [
      '검사센터에서 온 결과 원문 붙여요',
      'MSH|^~\\&|LIS|HANA_LAB|EMR|SEOUL_CLINIC|20240903110000||ORU^R01|M0903-11|P|2.5.1',
      'PID|1||00481736^^^SCL^MR||국^민호^^^^^L||19750214|M|||부산광역시 해운대구 센텀중앙로 97, 2204호^^부산^^48058^KOR||010-4821-7736',
      'PV1|1|O|IM^^^|||30917^여다은^^^^^Dr.',
      'OBX|1|NM|2345-7^Glucose^LN||131|mg/dL|70-99|H|||F',
    ].join('\n');
    assert.deepEqual(ofType(korean, 'MEDICAL_RECORD'), ['MEDICAL_RECORD:00481736']);
    assert.deepEqual(ofType(korean, 'PERSON'), ['PERSON:국^민호', 'PERSON:여다은']);
    assert.deepEqual(ofType(korean, 'DATE_OF_BIRTH'), ['DATE_OF_BIRTH:19750214']);
    assert.deepEqual(ofType(korean, 'ADDRESS'), ['ADDRESS:부산광역시 해운대구 센텀중앙로 97, 2204호']);
  });

  test("a ward's code, an order's number and the results are no one's (en, ko)", () => {
    const results = 'OBR|1|ORD-5512|LAB-0904-118|HBA1C^Hemoglobin A1c\nOBX|1|NM|4548-4^Hemoglobin A1c^LN||6.1|%|4.0-6.0|H|||F';
    assert.deepEqual(found(results), []);
    assert.deepEqual(ofType('PV1|1|O|CARD^EXAM3^01|||ENDO^ROOM2^01', 'PERSON'), []);
    assert.deepEqual(found('결과표 | 항목 | 값\nTSH | 6.84 | uIU/mL'), []);
  });
});

describe("an organisation's desk or department line is no one's; a person's number beside it still is", () => {
  test('a desk, a branch, a production office and a hotline said with "is" (en)', () => {
    assert.deepEqual(ofType('Loaner is booked. The main desk is 651-488-2200 if you need us.', 'PHONE'), []);
    assert.deepEqual(ofType('Pick up the card after Thursday, branch line 02-798-5500.', 'PHONE'), []);
    assert.deepEqual(ofType('Unit call 07:00. Production office: 01736 402 118', 'PHONE'), []);
    assert.deepEqual(ofType('Our compliance hotline is +65 6221 8800.', 'PHONE'), []);
    assert.deepEqual(ofType('Reply Y to confirm or call the clinic on 02 9264 7781.', 'PHONE'), []);
    assert.deepEqual(ofType('Jane Wu | Customer Care | +49 800 2255 300', 'PHONE'), []);
    assert.deepEqual(ofType('My mobile is 0412 583 907, the branch line is 02 9264 7781.', 'PHONE'), ['PHONE:0412 583 907']);
  });

  test("a centre, a department, an enquiry desk's landline and an official letter's footer (ko)", () => {
    assert.deepEqual(ofType('비상시 방재센터 041-360-7119 로 연락', 'PHONE'), []);
    assert.deepEqual(ofType('구청 기후환경과 02-2116-3795 로 문의하시면 돼요', 'PHONE'), []);
    assert.deepEqual(ofType('4. 문의: 설비운영부 (032-450-1234)', 'PHONE'), []);
    assert.deepEqual(ofType('약국 전화는 031-702-5518 이에요', 'PHONE'), []);
    assert.deepEqual(ofType('우 21991  인천광역시 연수구 인천신항대로 892  /  전화 032-450-1234  /  전송 032-450-1239', 'PHONE'), []);
    // A mobile after 문의 is a seller's own; an officer's e-mail on the footer makes its line theirs.
    assert.deepEqual(ofType('중고 자전거 팝니다. 문의 010-4417-2290', 'PHONE'), ['PHONE:010-4417-2290']);
    assert.deepEqual(ofType('우 07623 서울특별시 강서구 화곡로 302 / 전화 02-2600-6714 / minji.park@korea.kr', 'PHONE'), [
      'PHONE:02-2600-6714',
    ]);
  });

  test("a customer's number at a utility or in a log is no phone (en, ko)", () => {
    assert.deepEqual(ofType('Customer no. 0312-4471-882, meter in the hallway', 'PHONE'), []);
    assert.deepEqual(ofType('2024-06-10 03:13:02 UID=hjkim_02 VIEW cust=0417223018 menu=요금', 'PHONE'), []);
  });
});

describe('an account after its label in the shape of a mobile, and a PhilHealth number under "PIN"', () => {
  test("Nigeria's NUBAN after its label is the account, not a phone (en, ko)", () => {
    assert.deepEqual(ofType('Pay to Guaranty Trust Bank, account name Ifeoma Nwosu, NUBAN 0174839265.', 'BANK_ACCOUNT'), [
      'BANK_ACCOUNT:0174839265',
    ]);
    assert.deepEqual(ofType('Pay to Guaranty Trust Bank, account name Ifeoma Nwosu, NUBAN 0174839265.', 'PHONE'), []);
    assert.deepEqual(ofType('나이지리아 GTBank 계좌번호 0174839265 로 보내 주세요', 'BANK_ACCOUNT'), ['BANK_ACCOUNT:0174839265']);
  });

  test("a PhilHealth member's and a dependant's numbers are health insurance, no password (en, ko)", () => {
    const claim = 'Patient: Jose Ramos   PhilHealth PIN (dependent): 12-050384721-6\nMember: Liza Ramos (mother), PIN 19-201847392-4';
    assert.deepEqual(ofType(claim, 'HEALTH_INSURANCE'), ['HEALTH_INSURANCE:12-050384721-6', 'HEALTH_INSURANCE:19-201847392-4']);
    assert.deepEqual(ofType(claim, 'PASSWORD'), []);
    assert.deepEqual(ofType('필리핀 PhilHealth 번호는 12-051874339-6 이고 카드 PIN 4471 은 따로 있어요', 'HEALTH_INSURANCE'), [
      'HEALTH_INSURANCE:12-051874339-6',
    ]);
    assert.deepEqual(ofType('필리핀 PhilHealth 번호는 12-051874339-6 이고 카드 PIN 4471 은 따로 있어요', 'PASSWORD'), ['PASSWORD:4471']);
  });
});

describe("a firm's own seat is no one's address; a rented home's 소재지 still is", () => {
  test("a head office, a registered office and a party's 소재지 under its register numbers (ko, en)", () => {
    assert.deepEqual(
      ofType(
        '(갑) 주식회사 누리미디어\n     법인등록번호: 110111-2481078\n     본점 소재지: 서울특별시 마포구 매봉산로 31, 14층',
        'ADDRESS',
      ),
      [],
    );
    assert.deepEqual(
      ofType('사업자등록번호: 535-41-86981\n  소재지: 경기도 화성시 동탄산단6길 15-9, 2층 / 대표전화 031-8003-5120', 'ADDRESS'),
      [],
    );
    assert.deepEqual(ofType('네 주소는 회사 주소 (경기 안산시 단원구 산단로 163, 사무동 2층)로 등록하면 돼요', 'ADDRESS'), []);
    assert.deepEqual(ofType('Acme Trading Ltd, whose registered office is at 12 Canal Street, Leeds LS1 4AB', 'ADDRESS'), []);
    assert.deepEqual(found('법인등록번호 (CRN): 134811-7586201\nRegistered office: 경기도 안산시 단원구 산단로163번길 28'), [
      'CRN:134811-7586201',
    ]);
    assert.deepEqual(ofType('부동산 임대차계약서 (월세)\n소재지: 서울특별시 관악구 봉천로 472, 302호\n임대인: 김민수', 'ADDRESS'), [
      'ADDRESS:서울특별시 관악구 봉천로 472, 302호',
    ]);
  });
});

describe('Korean names after more roles and in chat senders with their team or firm', () => {
  test("a building's manager, a residents' chair, a branch head, a part leader and a second driver (ko)", () => {
    assert.deepEqual(ofType('관리소장 피영태(제보자 주장), 입주자대표회장 반인숙. 관련 자료 첨부', 'PERSON'), [
      'PERSON:피영태',
      'PERSON:반인숙',
    ]);
    assert.deepEqual(ofType('담당 RM 선우지혜, 승인 지점장 편동국', 'PERSON'), ['PERSON:선우지혜', 'PERSON:편동국']);
    assert.deepEqual(ofType('설비보전팀 / 원종현 파트장', 'PERSON'), ['PERSON:원종현']);
    assert.deepEqual(ofType('동승운전자 도승아 11-19-604418-22', 'PERSON'), ['PERSON:도승아']);
  });

  test("a sender after a team's word or a firm's short name in a chat export, and a room's or a squad's name is none (ko)", () => {
    const chat =
      '[오전 8:47] 한전MCS 이정숙: 안녕하세요 고객님 검침원입니다\n[오전 9:03] 보안팀 나윤: 임시 비번 보내드렸어요\n[오전 9:05] 함소영: 네 감사합니다';
    assert.deepEqual(ofType(chat, 'PERSON'), ['PERSON:이정숙', 'PERSON:나윤', 'PERSON:함소영']);
    const squad = '[오전 7:30] 정비반: 금일 작업 WO-2406-2217 베어링 교체\n[오전 7:46] 정비반: 진동값 4.8mm/s 재측정 예정';
    assert.deepEqual(ofType(squad, 'PERSON'), []);
    assert.deepEqual(ofType('응급의학과 당직방 님과 카카오톡 대화\n저장한 날짜 : 2024-06-10', 'PERSON'), []);
    assert.deepEqual(ofType('접수자: 사회부\n제보자: 익명 처리 요청\n연락처: 비공개', 'PERSON'), []);
  });

  test('a Korean name in brackets after its label beside an English one (en, ko)', () => {
    assert.deepEqual(ofType('Client: Daniel Moon (한국명 문재원), Canadian citizen', 'PERSON'), ['PERSON:Daniel Moon', 'PERSON:문재원']);
    assert.deepEqual(ofType('고객: Sarah Kim (한국명 김서라) — 재외동포', 'PERSON'), ['PERSON:Sarah Kim', 'PERSON:김서라']);
  });
});

describe("a health plan's policy and member numbers in more forms, and an identifier of another kind in an SSN's shape", () => {
  test("a health plan's policy number beside its own words, not a motor or a travel policy's (en, ko)", () => {
    assert.deepEqual(ofType('Star Health policy no. is P/141123/01/2025/008831, cashless approved', 'HEALTH_INSURANCE'), [
      'HEALTH_INSURANCE:P/141123/01/2025/008831',
    ]);
    assert.deepEqual(ofType('보험사: Great Eastern SupremeHealth, policy no. 0148-2937-51', 'HEALTH_INSURANCE'), [
      'HEALTH_INSURANCE:0148-2937-51',
    ]);
    assert.deepEqual(ofType('Motor policy no. HX-2210-4471 renewed for another year', 'HEALTH_INSURANCE'), []);
    assert.deepEqual(ofType('Overseas Medical Expenses (travel cover)\nPolicy no.: MDI-TRV-2409-558104', 'HEALTH_INSURANCE'), []);
  });

  test("an XML attribute's quoted value after its label (en, ko)", () => {
    assert.deepEqual(ofType('<Insurance provider="AOK Bayern" memberId="K482917305"/>', 'HEALTH_INSURANCE'), [
      'HEALTH_INSURANCE:K482917305',
    ]);
    assert.deepEqual(ofType('<보험 회사="국민건강보험" 건강보험증번호="5-1128473091"/>', 'HEALTH_INSURANCE'), [
      'HEALTH_INSURANCE:5-1128473091',
    ]);
  });

  test("a base station's cell or a part's number in an SSN's shape is none; a bare SSN still is (ko, en)", () => {
    assert.deepEqual(ofType('DU 펌웨어 업그레이드, 셀 ID 541-18-2207 / 541-18-2208 재기동', 'US_SSN'), []);
    assert.deepEqual(ofType('Replaced part no. 512-44-1093 on the pump', 'US_SSN'), []);
    assert.deepEqual(ofType("honestly easier to text, it's 541-29-8806", 'US_SSN'), ['US_SSN:541-29-8806']);
  });
});

describe('English names in more places: XML records, introductions that run on, handovers, a desk greeting a patient', () => {
  test("a name in an XML record's person element, not a product's (en, ko)", () => {
    assert.deepEqual(ofType('<Patient>\n  <Name>Schäfer, Katharina</Name>\n</Patient>', 'PERSON'), ['PERSON:Schäfer, Katharina']);
    assert.deepEqual(ofType('<Order><PatientName>김서윤</PatientName><FirstName>Ines</FirstName></Order>', 'PERSON'), [
      'PERSON:김서윤',
      'PERSON:Ines',
    ]);
    assert.deepEqual(ofType('<Product><Name>Hanbit Lube</Name><Name>Galaxy S24</Name></Product>', 'PERSON'), []);
  });

  test("a name in a namespaced element, a payment party's <Nm> and a card's holder, not a firm's (en, ko)", () => {
    const visa = '<vis:Applicant>\n  <vis:Surname>FERNANDES</vis:Surname>\n  <vis:GivenNames>RAHUL VINOD</vis:GivenNames>';
    assert.deepEqual(ofType(visa, 'PERSON'), ['PERSON:FERNANDES', 'PERSON:RAHUL VINOD']);
    assert.deepEqual(ofType('<ins:Insured>\n  <ins:Name>여승민</ins:Name>\n</ins:Insured>', 'PERSON'), ['PERSON:여승민']);
    assert.deepEqual(ofType('<SpecifiedPerson><NameText>추은결</NameText></SpecifiedPerson>', 'PERSON'), ['PERSON:추은결']);
    assert.deepEqual(ofType('<Cdtr><Nm>Sanne de Vries</Nm></Cdtr>', 'PERSON'), ['PERSON:Sanne de Vries']);
    assert.deepEqual(ofType('<PaymentCard CardCode="AX"><CardHolderName>MATTHEW OKONKWO-HALE</CardHolderName></PaymentCard>', 'PERSON'), [
      'PERSON:MATTHEW OKONKWO-HALE',
    ]);
    assert.deepEqual(ofType('<Dbtr><Nm>Brauhaus Kessler GmbH</Nm></Dbtr>', 'PERSON'), []);
  });

  test('an introduction that goes on with what the writer is doing, a handover and a meter reader (en)', () => {
    assert.deepEqual(ofType('Customer: Hi this is Maria Delgado trying to refill my metformin', 'PERSON'), ['PERSON:Maria Delgado']);
    assert.deepEqual(ofType('Signed: Ronan (NOC-N). Taken over by: Shauna', 'PERSON'), ['PERSON:Ronan', 'PERSON:Shauna']);
    assert.deepEqual(ofType('Run 14 - Western Suburbs - reader: Dimitri K.', 'PERSON'), ['PERSON:Dimitri K.']);
    assert.deepEqual(ofType('this is the team trying to reach you about the outage', 'PERSON'), []);
  });

  test("a clinic's greeting after its three-word name, and firms' names that are none (en, ko)", () => {
    assert.deepEqual(ofType('Smile Avenue Dental: Hi Kenji, reminder of your hygiene appt Tue 25 Mar', 'PERSON'), ['PERSON:Kenji']);
    assert.deepEqual(ofType('Client: Nova Cosmetics (campaign "Seoul After Dark")', 'PERSON'), []);
    assert.deepEqual(ofType('공급사: Thanh Cong Precision, Hai Phong', 'PERSON'), []);
  });

  test('a relation or an informant in Korean is no name (ko)', () => {
    assert.deepEqual(ofType('성명: TRAN THI MAI (배우자)\n주소: 27 Le Loi, Quan 1', 'PERSON'), ['PERSON:TRAN THI MAI']);
    assert.deepEqual(ofType('제보자 본인은 105동 동대표 출신이라고 합니다.', 'PERSON'), []);
  });
});

describe("a team's mailbox, an official letter's address and a passport in brackets or after its country", () => {
  test("a team's or a function's shared mailbox is below the threshold, a person's stays (en, ko)", () => {
    assert.deepEqual(ofType('To: install-crew-2@sunridge-solar.com\nCc: dana.whitfield@sunridge-solar.com', 'EMAIL'), [
      'EMAIL:dana.whitfield@sunridge-solar.com',
    ]);
    assert.deepEqual(ofType('원고는 traffic@classic1042.co.za 로, 정산 문의는 royalties@halcyonbooks.co.uk 로 보내 주세요', 'EMAIL'), []);
    assert.deepEqual(ofType('제 메일은 ops.team@gmail.com 이에요', 'EMAIL'), ['EMAIL:ops.team@gmail.com']);
  });

  test("a public office's letter's footer address is the office's (ko)", () => {
    assert.deepEqual(
      ofType('시행 설비운영부-1187 (2024. 6. 12.)\n우 21991  인천광역시 연수구 인천신항대로 892  /  전화 032-450-1234', 'ADDRESS'),
      [],
    );
    assert.deepEqual(ofType('주소: 인천광역시 연수구 인천신항대로 892, 101동 1203호', 'ADDRESS'), [
      'ADDRESS:인천광역시 연수구 인천신항대로 892, 101동 1203호',
    ]);
  });

  test('a passport number in brackets after the word, or after its country and "No." (en, ko)', () => {
    assert.deepEqual(ofType('I can send a copy of my Canadian passport (HK482913).', 'PASSPORT'), ['PASSPORT:HK482913']);
    assert.deepEqual(ofType('  여권: Canada, No. HB382917, 만료 2031-03-14', 'PASSPORT'), ['PASSPORT:HB382917']);
  });
});

describe('a phone under a table\'s "Contact" column', () => {
  test('every row of a tab-separated work order, its address holding commas (en, ko)', () => {
    const orders = [
      'WO#\tCustomer\tSite address\tContact\tAccess notes',
      'WO-5581\tGraham Pritchard\t8 Cedar Ct, Hoppers Crossing VIC 3029\t0412 583 907\tDog in yard',
      'WO-5582\tLan Tran\tUnit 3/41 Synnot St, Werribee VIC 3030\t0433 219 064\tCall first',
    ].join('\n');
    assert.deepEqual(ofType(orders, 'PHONE'), ['PHONE:0412 583 907', 'PHONE:0433 219 064']);
    const korean = '작업번호\t고객\t주소\tContact\n WO-1\t김민수\t서울 강남구 테헤란로 152, 3층\t0412 583 907';
    assert.deepEqual(ofType(korean, 'PHONE'), ['PHONE:0412 583 907']);
  });
});

describe("a Korean medical-expense policy's number", () => {
  test('증권번호 beside a 실손 policy or a stay in hospital; a car policy is none (ko)', () => {
    assert.deepEqual(ofType('증권번호(실손): 3012-884-157206\n청구인(수익자): 임수아', 'HEALTH_INSURANCE'), [
      'HEALTH_INSURANCE:3012-884-157206',
    ]);
    assert.deepEqual(
      ofType('보험금 청구서 (실손의료비)\n증권번호: 1020-3387-5541 | 상품명: 무배당 든든실손의료비보장보험', 'HEALTH_INSURANCE'),
      ['HEALTH_INSURANCE:1020-3387-5541'],
    );
    assert.deepEqual(ofType('자동차보험 사고접수 — 증권번호: 2024-1187-330921, 차량 12가 3456', 'HEALTH_INSURANCE'), []);
  });

  test("a Shield plan's policy number (en)", () => {
    assert.deepEqual(ofType('Integrated Shield policy no.: GE-4471-8820-93', 'HEALTH_INSURANCE'), ['HEALTH_INSURANCE:GE-4471-8820-93']);
    assert.deepEqual(ofType('Motor policy no.: GE-4471-8820-93', 'HEALTH_INSURANCE'), []);
  });
});
