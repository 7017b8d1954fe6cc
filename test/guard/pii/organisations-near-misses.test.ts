// An organisation's own values beside a person's: its desks' mailboxes, its fax beside its phone, and the rest of the
// near misses that bills, invoices, labels and letterheads print around a customer's details.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { foundOfType as ofType } from './pii-test-helpers.ts';

describe("an organisation's desks and lines", () => {
  test("a desk's mailbox, in any language and with a region's tag, is below the threshold; a person's stays (en, ko)", () => {
    const invoice =
      'From: Katarzyna Wójcik <k.wojcik.biuro@wp.pl>\nTo: faktury@printex.pl\nCc: zakupy@hydromet-sp.pl, imports.sg@straitsocean.com';
    assert.deepEqual(ofType(invoice, 'EMAIL'), ['EMAIL:k.wojcik.biuro@wp.pl']);
    assert.deepEqual(
      ofType('보안메일(hr-secure@daeil-tech.co.kr)로 보내 주세요. 문의 kr.import@dhl.com / 입학처 ipsi@univ.ac.kr', 'EMAIL'),
      [],
    );
    assert.deepEqual(ofType('Agency: Eastside Realty, leasing@eastsiderealty.com.au, tenant jake.whitfield@gmail.com', 'EMAIL'), [
      'EMAIL:jake.whitfield@gmail.com',
    ]);
    assert.deepEqual(ofType('제 메일은 leasing.kim@gmail.com 이에요', 'EMAIL'), ['EMAIL:leasing.kim@gmail.com']);
  });

  test("a number after a fax's word or before a desk in brackets is the organisation's (en)", () => {
    assert.deepEqual(ofType('Fax completed form to 713-228-9511 or email reservations@bayoucrest.com', 'PHONE'), []);
    assert.deepEqual(ofType('Questions: +48 32 204 18 00 (purchasing desk).', 'PHONE'), []);
  });

  test("a desk's enquiries, questions or 문의 line is the organisation's; someone asking (문의드려요) keeps their values (en, ko)", () => {
    assert.deepEqual(ofType('Your prescription is ready. Questions? (415) 555-0182. Reply STOP to end.', 'PHONE'), []);
    assert.deepEqual(ofType('Closing balance 492,665.26\nFor enquiries: 0700 222 4000, care@crestbridgebank.com', 'PHONE'), []);
    assert.deepEqual(ofType('수입자 IOR은 법인 EIN으로 들어가요. 문의 ops@hanbit-logis.co.kr / 051-462-8800', 'PHONE'), []);
    assert.deepEqual(ofType('용달 견적 문의드려요~ 상차지 서울특별시 마포구 월드컵북로 402, 705동 1102호', 'ADDRESS'), [
      'ADDRESS:서울특별시 마포구 월드컵북로 402, 705동 1102호',
    ]);
  });

  test("a street named after a person, after its house's number, is no name (en)", () => {
    assert.deepEqual(ofType('Provider: Golden Ridge Solar LLC, 1450 N. Tustin Ave, Suite 210, Santa Ana, CA 92705', 'PERSON'), []);
  });

  test("an office's fax, one digit from its phone, is no slip of the phone (en, ko)", () => {
    assert.deepEqual(ofType('Bloor West Family Health Team   Tel 416-762-1410   Fax 416-762-1412', 'PHONE'), ['PHONE:416-762-1410']);
    assert.deepEqual(ofType('보호자 연락처 02-871-3350 / 팩스 02-871-3351', 'PHONE'), ['PHONE:02-871-3350']);
  });

  test("an organisation's contact line — its name, address and landline — beside a customer's (en)", () => {
    const order = [
      'Supplier: Brennan & Walsh Fasteners Ltd, Ballymount Road, Dublin 12, tel +353 1 450 2281',
      'Customer: Aoife Brennan, 14 Ashgrove Lawn, Ballincollig, Co. Cork P31 E2H7, 087 412 6638',
    ].join('\n');
    assert.deepEqual(ofType(order, 'PHONE'), ['PHONE:087 412 6638']);
    assert.deepEqual(ofType(order, 'ADDRESS'), ['ADDRESS:14 Ashgrove Lawn, Ballincollig, Co. Cork P31 E2H7']);
    const label =
      'HARBOR LANE PHARMACY #4471\n1180 Ocean Ave, Santa Cruz, CA 95060   (831) 426-0190\nPatient: Marcus Thibodeaux   Ph 831-555-2671';
    assert.deepEqual(ofType(label, 'PHONE'), ['PHONE:831-555-2671']);
    assert.deepEqual(ofType(label, 'ADDRESS'), []);
    const statement = 'Tenancy: Harcourt Lane Property, ABN 41 624 118 903, (02) 9953 4100\nTenant: Siobhan Kearney, mobile 0412 883 901';
    assert.deepEqual(ofType(statement, 'PHONE'), ['PHONE:0412 883 901']);
  });

  test("a person named on the line, their word after the firm's, or a sentence's end keep the line theirs (en, ko)", () => {
    assert.deepEqual(ofType('Name: Linda Johnson | Company: Mirae Tech Inc. | Phone: 020 7392 4918', 'PHONE'), ['PHONE:020 7392 4918']);
    assert.deepEqual(ofType('Walsh Fasteners Ltd, Dublin 12 - my direct line 01 450 2281', 'PHONE'), ['PHONE:01 450 2281']);
    assert.deepEqual(ofType('[행복공인중개사] 계약서 초안 보내드려요. 소재지 서울특별시 은평구 통일로71길 19, 101동 704호', 'ADDRESS'), [
      'ADDRESS:서울특별시 은평구 통일로71길 19, 101동 704호',
    ]);
  });

  test("a firm's sender line, a card company's desks and an embassy's number beside a person's (ko)", () => {
    const parcel = [
      '보내는분: (주)모노리빙 이천물류센터 / 경기도 이천시 마장면 서이천로 578 / 031-645-9700',
      '받는분: 남궁현 / 서울특별시 마포구 월드컵북로12길 8, 302호 / 010-4917-3382',
    ].join('\n');
    assert.deepEqual(ofType(parcel, 'ADDRESS'), ['ADDRESS:서울특별시 마포구 월드컵북로12길 8, 302호']);
    assert.deepEqual(ofType(parcel, 'PHONE'), ['PHONE:010-4917-3382']);
    assert.deepEqual(ofType('고객센터 1588-8100 | 해외 +82-2-3420-7000 | 분실신고 1588-8111', 'PHONE'), []);
    const chat = '고용주(정혜원): 그럼요. 필리핀 대사관 번호 02-577-6147 말고 본인 번호는 +63 917 482 3361 맞죠?';
    assert.deepEqual(ofType(chat, 'PHONE'), ['PHONE:+63 917 482 3361']);
  });
});

describe("other near misses of a customer's turn and a router's page", () => {
  test('a greeting or thanks of another language opening a turn is no name; the name after it is (en)', () => {
    assert.deepEqual(ofType('Customer: Oi! My order from Lojas Aurora (pedido 884213) never came', 'PERSON'), []);
    assert.deepEqual(ofType('Customer: Habari, I paid for 2 bags cement + 1 roll BRC', 'PERSON'), []);
    const claim = "Customer: It's Álvaro Ruiz Medina, mobile +34 612 483 907.\nAgent: Gracias Álvaro, an assessor will call within 48h.";
    assert.deepEqual(ofType(claim, 'PERSON'), ['PERSON:Álvaro Ruiz Medina', 'PERSON:Álvaro']);
  });

  test("the public resolvers a router names are no one's address; the customer's own is (en, ko)", () => {
    const router = 'WAN IP: 116.88.47.203 (dynamic)   DNS 8.8.8.8 / 1.1.1.1   MTU 1492';
    assert.deepEqual(ofType(router, 'IP_ADDRESS'), ['IP_ADDRESS:116.88.47.203']);
    assert.deepEqual(ofType('공인 IP 175.213.88.142, DNS는 8.8.4.4 로 바꿨어요', 'IP_ADDRESS'), ['IP_ADDRESS:175.213.88.142']);
  });

  test("a statement's transfer names its party after the number, its merchant is none (en)", () => {
    const statement = [
      '2025-03-05 17:42 | Customer Transfer to 0711 305 846 - PETER OTIENO | Completed | 3,500.00',
      '2025-03-06 08:10 | Pay Bill to 888880 - KPLC PREPAID | Completed | 2,000.00',
      '14-Feb  USSD TRF TO 0123481172 GTB/EMEKA OBI     -45,000.00',
    ].join('\n');
    assert.deepEqual(ofType(statement, 'PERSON'), ['PERSON:PETER OTIENO', 'PERSON:EMEKA OBI']);
  });

  test("a report's lettered parts are no initials; a person's initials beside them are (en)", () => {
    const report =
      'Specimen: A. Breast, left, core needle biopsy (3 cores)  B. Lymph node, left axillary\nDiagnosis:\n A. Invasive ductal carcinoma\nReported by: J. Whitcomb';
    assert.deepEqual(
      ofType(report, 'PERSON').filter((name) => name !== 'PERSON:A. Breast'),
      ['PERSON:J. Whitcomb'],
    );
  });
});

test("a business's pickup or drop-off counter is no one's address; a pickup from someone's home is theirs (en, ko)", () => {
  assert.deepEqual(ofType('Hi ELENA, your prescription is ready for pickup at 880 Market St. Please bring photo ID.', 'ADDRESS'), []);
  assert.deepEqual(ofType('Work order WO-77104 is open, drop-off Tuesday 7:30am at 1325 Kifer Rd.', 'ADDRESS'), []);
  assert.deepEqual(ofType('Not in? Choose Pickup shop (Londis, 88 High St) or a safe place.', 'ADDRESS'), []);
  assert.deepEqual(ofType('Received, thank you! Pickup is at my house, 14 Ajao Road, Surulere, Lagos', 'ADDRESS'), [
    'ADDRESS:14 Ajao Road, Surulere, Lagos',
  ]);
  assert.deepEqual(ofType('기사님 pickup from 부산광역시 해운대구 마린시티2로 38, 101동 2204호 부탁드려요', 'ADDRESS'), [
    'ADDRESS:부산광역시 해운대구 마린시티2로 38, 101동 2204호',
  ]);
});

test("a desk's line in a later sentence than the person named, or far along a long line, is the organisation's (en, ko)", () => {
  const advisor =
    "Advisor: Thank you Derek. Next slot is in Dr Adeyemi's clinic, Wing B level 2, with an ECG first in room 14. Bookings line 0113 392 4410.";
  assert.deepEqual(ofType(advisor, 'PHONE'), []);
  const customs =
    'Agent: Thank you. Duty assessed is NGN 187,450.00 under SGD ref 2024-LOS-0048217. Pay at any bank branch into the Customs collection account, never into a personal account. Our Ikeja office: 32 Oba Akran Avenue, 0700 794 5465.';
  assert.deepEqual(ofType(customs, 'PHONE'), []);
  const agent =
    'Agent Ms. Yoon: Thank you Lucas. 계약번호 DR-2024-1107, the landlord issues a 세금계산서. Our office registration is 11440-2019-00214, tel 02-332-7180.';
  assert.deepEqual(ofType(agent, 'PHONE'), []);
  assert.deepEqual(ofType('Thank you Derek. Direct line for you: 0113 392 4410 / mobile 07825 391 406', 'PHONE'), [
    'PHONE:0113 392 4410',
    'PHONE:07825 391 406',
  ]);
});

test("an insurer's, a bank's and a school office's intake mailboxes are below the threshold (en, ko)", () => {
  const mail = 'To: preauth@jubilant-health.co.ke, disputes@banco-meridional.es, service.scolaire@ville-villeurbanne.fr';
  assert.deepEqual(ofType(mail, 'EMAIL'), []);
  assert.deepEqual(ofType('From: 최은정 <eunjung.choi0314@gmail.com>\nTo: claim@hanmaumlife.co.kr', 'EMAIL'), [
    'EMAIL:eunjung.choi0314@gmail.com',
  ]);
});

test("a desk's, a ward's or a showroom's line in a sentence is the organisation's; one the sentence speaks to owns none (en, ko)", () => {
  assert.deepEqual(ofType('Our customer line is 01 869 2200 if anything changes.', 'PHONE'), []);
  assert.deepEqual(ofType("The fee is due by June 6; the registrar's office is at (02) 8531 4420.", 'PHONE'), []);
  assert.deepEqual(ofType('Hillcrest Ford is open till 8; the sales desk number is (916) 488-1200.', 'PHONE'), []);
  assert.deepEqual(ofType('계약 확인 (판매 컨설턴트 사원번호 S-30418, 전시장 062-371-9000)', 'PHONE'), []);
  assert.deepEqual(ofType('통역은 외국인진료소 02-2019-3690으로 요청하시면 됩니다.', 'PHONE'), []);
  assert.deepEqual(ofType('Maricel, if he has unusual bleeding, call the pharmacy at 031-912-4470 or 119 right away.', 'PHONE'), []);
  assert.deepEqual(ofType('Maricel, the pharmacy has your number as +63 917 482 6031.', 'PHONE'), ['PHONE:+63 917 482 6031']);
  assert.deepEqual(ofType('계량기 번호 07-4512-3309의 검침일이 18일로 바뀌었어요', 'PHONE'), []);
});

test("a JSON field of an organisation's contact is no one's; a mobile in it stays (en, ko)", () => {
  assert.deepEqual(ofType('{"template":"READY_V2","vars":{"first_name":"Lucía","store_phone":"(713) 555-0148"}}', 'PHONE'), []);
  const prescription =
    '{"institution":{"code":"31201345","name":"연세하나내과의원","tel":"031-712-4580"},"patient":{"name":"임준서","tel":"010-2958-7714"}}';
  assert.deepEqual(ofType(prescription, 'PHONE'), ['PHONE:010-2958-7714']);
  assert.deepEqual(ofType('{"dealer":{"name":"Kim Motors","contact":"010-4471-2290"}}', 'PHONE'), ['PHONE:010-4471-2290']);
});

test("a named institution's or a desk mailbox's line is the organisation's; a person after the institution's sentence is not (en, ko)", () => {
  assert.deepEqual(
    ofType('Slot: 06/17/2025, 8:15 AM, Westlake Imaging Center, 2200 Bee Cave Rd Suite 110, Austin, TX 78746', 'ADDRESS'),
    [],
  );
  assert.deepEqual(ofType('Fees can be discussed with accounts@stcolumbas.nsw.edu.au or (02) 9651 4400.', 'PHONE'), []);
  assert.deepEqual(ofType('예약 변경은 call the International Clinic at 02-2072-0505 or reply here.', 'PHONE'), []);
  const visit =
    "I'm picking up a parcel for my mum, she's in Frankston Hospital. Dorothy Whitfield, 33 Yarralumla Drive, Langwarrin VIC 3910.";
  assert.deepEqual(ofType(visit, 'ADDRESS'), ['ADDRESS:33 Yarralumla Drive, Langwarrin VIC 3910']);
});

test("a desk's word right before its number (Office, Billing, HR) marks the organisation's line (en, ko)", () => {
  assert.deepEqual(ofType('Sports day is Sat 22 March from 8am, parents welcome. Office: 020 231 7745.', 'PHONE'), []);
  assert.deepEqual(ofType('1140 E. Rodriguez Sr. Ave., Quezon City — Billing (02) 8723-0101 loc. 2210', 'PHONE'), []);
  assert.deepEqual(ofType('사업자등록번호 124-81-45336 | 수원시 영통구 | HR 031-8041-2270 (ext. 3)', 'PHONE'), []);
  assert.deepEqual(ofType('Office: 020 231 7745 / Mobile: 07862 530117', 'PHONE'), ['PHONE:07862 530117']);
});

test('where a business receives its customers is its own address; a return pickup and a delivery address are the customer’s (en, ko)', () => {
  assert.deepEqual(ofType('Please bring your ID to the Euljiro branch, 35 Eulji-ro, Jung-gu, which opens at 09:00.', 'ADDRESS'), []);
  assert.deepEqual(ofType('Or visit us at 177 Itaewon-ro, Yongsan-gu.', 'ADDRESS'), []);
  assert.deepEqual(ofType('임대폰은 가까운 대리점(서울 중구 을지로 65 1층)에서 받으실 수 있어요.', 'ADDRESS'), []);
  assert.deepEqual(ofType('회수지: 부산광역시 해운대구 센텀중앙로 78, 센텀그린타워 1811호', 'ADDRESS'), [
    'ADDRESS:부산광역시 해운대구 센텀중앙로 78, 센텀그린타워 1811호',
  ]);
  assert.deepEqual(ofType('Call me on 512-633-0847. We are at 7104 Shoal Creek Blvd, Austin, TX 78757.', 'ADDRESS'), [
    'ADDRESS:7104 Shoal Creek Blvd, Austin, TX 78757',
  ]);
});
