// Identifiers in a table pasted as text, read by their column's header (CSV, semicolon CSV, tab-separated, Markdown), in
// Korean and English; a column under a like header that holds something else stays clean.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { columnKindOf, openTableHeader } from '../../../src/guard/pii/tables/index.ts';
import { found } from './pii-test-helpers.ts';

const typed = (text: string, type: string) => found(text).filter((finding) => finding.startsWith(`${type}:`));

test('a header names its column in any spelling: case, blanks, underscores and dots aside (en, ko)', () => {
  assert.equal(columnKindOf('Date of Birth'), 'DATE_OF_BIRTH');
  assert.equal(columnKindOf('D.O.B.'), 'DATE_OF_BIRTH');
  assert.equal(columnKindOf(' 출생연월일 '), 'DATE_OF_BIRTH');
  assert.equal(columnKindOf('user_id'), 'USERNAME');
  assert.equal(columnKindOf('여권번호'), 'PASSPORT');
  assert.equal(columnKindOf('"Phone"'), 'PHONE');
  assert.equal(columnKindOf('amount'), undefined);
});

test("an order's or a contract's party by its role heads its name, phone and login columns (ko, en)", () => {
  assert.equal(columnKindOf('수취인명'), 'person');
  assert.equal(columnKindOf('주문자 성명'), 'person');
  assert.equal(columnKindOf('수취인연락처1'), 'PHONE');
  assert.equal(columnKindOf('구매자ID'), 'USERNAME');
  assert.equal(columnKindOf('buyer_id'), 'USERNAME');
  // A store's own columns name none.
  assert.equal(columnKindOf('상품명'), undefined);
  assert.equal(columnKindOf('판매자연락처'), undefined);
  const orders =
    '상품주문번호,수취인명,수취인연락처1,구매자ID,결제금액\n2025102048117301,"남궁 민","010 · 2267 · 9034",mini_ng93,"52,800"\n' +
    '2025102048117302,"Tanaka Yuki","+81 90-4417-2638",yuki_t.kr,"61,300"\n2025102048117303,"이*윤","010-****-1182",l***7,"19,900"';
  // A masked name names no one.
  assert.deepEqual(typed(orders, 'PERSON'), ['PERSON:남궁 민', 'PERSON:Tanaka Yuki']);
  assert.deepEqual(typed(orders, 'USERNAME'), ['USERNAME:mini_ng93', 'USERNAME:yuki_t.kr']);
  assert.deepEqual(typed('order_id,buyer_id,total\nA-1001,harper.lane88,129.00', 'USERNAME'), ['USERNAME:harper.lane88']);
});

test('dates of birth, passports and plates under their headers (ko, en)', () => {
  const passengers =
    'No\t성명\t영문명\t생년월일\t여권번호\n1\t강태우\tKANG TAEWOO\t1990.03.14\tM48372915\n2\t오서아\tOH SEOA\t1993.09.02\tM317R4820';
  assert.deepEqual(typed(passengers, 'DATE_OF_BIRTH'), ['DATE_OF_BIRTH:1990.03.14', 'DATE_OF_BIRTH:1993.09.02']);
  assert.deepEqual(typed(passengers, 'PASSPORT'), ['PASSPORT:M48372915', 'PASSPORT:M317R4820']);
  const family =
    '가족관계증명서\n구분 | 성명 | 출생연월일 | 성별\n배우자 | 노수정 | 1986년 10월 02일 | 여\n자녀 | 제갈은호 | 2014년 08월 09일 | 남';
  assert.deepEqual(typed(family, 'DATE_OF_BIRTH'), ['DATE_OF_BIRTH:1986년 10월 02일', 'DATE_OF_BIRTH:2014년 08월 09일']);
  const sailing =
    'Sailing: Oban 09:55\nSurname\tForename\tDOB\tVehicle\nMacLeod\tIain\t14/02/1958\tSK63 HBD\nBhatt\tAnirban\t09/11/1994\tFoot passenger';
  assert.deepEqual(typed(sailing, 'DATE_OF_BIRTH'), ['DATE_OF_BIRTH:14/02/1958', 'DATE_OF_BIRTH:09/11/1994']);
  assert.deepEqual(typed(sailing, 'VEHICLE_PLATE'), ['VEHICLE_PLATE:SK63 HBD']);
});

test('usernames, accounts, phones, card expiries, SINs and IMEIs under their headers (ko, en)', () => {
  assert.deepEqual(
    typed('user_id,last_login_ip,joined\nmoonlight_92,211.234.118.47,2021-03-04\nsoyeon.b,175.223.10.88,2023-07-30', 'USERNAME'),
    ['USERNAME:moonlight_92', 'USERNAME:soyeon.b'],
  );
  assert.deepEqual(typed('timestamp\tuser\tsrc_ip\tstatus\n2024-05-02T08:14:22Z\tm.kovacs\t81.174.22.109\tOK', 'USERNAME'), [
    'USERNAME:m.kovacs',
  ]);
  assert.deepEqual(typed('id,name,phone,bank,account,amount\n1,소윤호,010-4182-9937,신한,110-391-582047,250000', 'BANK_ACCOUNT'), [
    'BANK_ACCOUNT:110-391-582047',
  ]);
  assert.deepEqual(typed('| Member No | Name | Phone |\n|---|---|---|\n| M-0412 | Joseph Rono | 0710 448 209 |', 'PHONE'), [
    'PHONE:0710 448 209',
  ]);
  assert.deepEqual(typed('txn_id,cardholder,pan,exp,amount\nT-99120,Olivia Grant,4637956309454631,08/26,129.99', 'CARD_EXPIRY'), [
    'CARD_EXPIRY:08/26',
  ]);
  assert.deepEqual(typed('employee_id;last_name;first_name;sin;province\n10442;Bouchard;Émilie;607866662;MB', 'CA_SIN'), [
    'CA_SIN:607866662',
  ]);
  assert.deepEqual(typed('자산번호 | 사용자 | 장비 | IMEI\nIT-0418 | 변시우 | 갤럭시 S23 | 356842109371562', 'IMEI'), [
    'IMEI:356842109371562',
  ]);
  // A quoted comma is part of its field: the columns after it keep their places.
  assert.deepEqual(typed('name,address,phone\n"Kim Minsu","Seoul, Gangnam",010 4182 9937', 'PHONE'), ['PHONE:010 4182 9937']);
});

test('a column under a like header that holds something else is not read as identifiers (en, ko)', () => {
  for (const text of [
    // An expiry with no card beside it is a product's.
    'sku,item,exp\nA-1,Milk,08/26\nA-2,Yoghurt,09/26',
    '품목,수량,유효기간\n우유,3,08/26',
    // Models under "vehicle", numbers under "user_id", companies under "account", results under "status".
    'driver,vehicle\nshift A,2016 Honda Civic\nshift B,Foot passenger',
    'user_id,plan\n10442,basic\n10443,pro',
    'account,owner,region\nAcme Corp,sales,EMEA\nGlobex,ops,APAC',
    '결과,점수\n합격,87\n불합격,54',
    'dob,note\nunknown,walk-in\nn/a,phone order',
  ])
    assert.deepEqual(found(text), [], text);
});

test('a stream carries the header of any typed table still open, not only a table of names (en, ko)', () => {
  assert.equal(openTableHeader('user_id,ip\nmoonlight_92,211.234.118.47\nkj'), 'user_id,ip');
  assert.equal(openTableHeader('안내\n\n구분 | 생년월일\n본인 | 1990.03.14\n자'), '구분 | 생년월일');
  assert.equal(openTableHeader('sku,item,exp\nA-1,Milk,08/26\nA'), undefined);
});

test("a JSON object's fields are read by their keys, as a table's cells by their headers (en, ko)", () => {
  const booking =
    '{"booking_ref":"QK7PZM","passengers":[{"name":"Abdullah Al-Rashid","dob":"1982-03-22","passport":"P7730418"}],"payment":{"card":"3569159564190693","exp":"07/27","cvv":"552"}}';
  assert.deepEqual(found(booking), [
    'PERSON:Abdullah Al-Rashid',
    'DATE_OF_BIRTH:1982-03-22',
    'PASSPORT:P7730418',
    'CREDIT_CARD:3569159564190693',
    'CARD_EXPIRY:07/27',
    'CARD_CVV:552',
  ]);
  const webhook =
    '// PG 결제 실패 webhook\n{"card":{"number":"6233681964061108","expiry":"0826","holder":"LIU WEI"},"buyer":{"생년월일":"1990.03.14"}}';
  assert.deepEqual(typed(webhook, 'CARD_EXPIRY'), ['CARD_EXPIRY:0826']);
  assert.deepEqual(typed(webhook, 'DATE_OF_BIRTH'), ['DATE_OF_BIRTH:1990.03.14']);
  assert.deepEqual(typed('{"db_host": "10.0.4.21", "db_user": "svc_billing"}', 'USERNAME'), ['USERNAME:svc_billing']);
  // A product's expiry, a role called "user" and a token's epoch "exp" are not a card's or a login's.
  for (const text of [
    '{"sku":"A-1","exp":"08/26"}',
    '{"role":"user","plan":"pro"}',
    '{"exp":1735689600,"sub":"42"}',
    '{"상품":"우유","유효기간":"08/26"}',
  ])
    assert.deepEqual(found(text), [], text);
});

test("a health number's column by its province's or country's name and a chart's column by its bare word (en, ko)", () => {
  assert.deepEqual(
    found('Time | Patient | DOB | OHIP # | Chart #\n09:05 | Leticia Barros-Souza | 1984-02-19 | 4471-208-936-PX | BW-0098832'),
    ['PERSON:Leticia Barros-Souza', 'DATE_OF_BIRTH:1984-02-19', 'HEALTH_INSURANCE:4471-208-936-PX', 'MEDICAL_RECORD:BW-0098832'],
  );
  assert.deepEqual(found('성명 | NHS No | 차트\n김하늘 | 485 772 0396 | K1193847'), [
    'PERSON:김하늘',
    'HEALTH_INSURANCE:485 772 0396',
    'MEDICAL_RECORD:K1193847',
  ]);
});

test("a tab after a tab is an empty cell, and South Asia's A/C and a mobile wallet's number head their columns (en, ko)", () => {
  const sheet =
    'ID\tName\tDays\tbKash no.\tBank A/C\nDK-7-0121\tMd. Shafiqul Islam\t25\t01819 227 305\t1502 1020 4471 8\nDK-7-0133\tNasrin Akter\t26\t\t2050 0311 0097 22';
  assert.deepEqual(typed(sheet, 'BANK_ACCOUNT'), ['BANK_ACCOUNT:1502 1020 4471 8', 'BANK_ACCOUNT:2050 0311 0097 22']);
  assert.deepEqual(typed(sheet, 'PHONE'), ['PHONE:01819 227 305']);
  const korean = '사번\t이름\t휴대폰\t계좌번호\nA-01\t김하늘\t\t110-482-917305';
  assert.deepEqual(typed(korean, 'BANK_ACCOUNT'), ['BANK_ACCOUNT:110-482-917305']);
  assert.deepEqual(columnKindOf('Bank A/C No.'), 'BANK_ACCOUNT');
  assert.deepEqual(columnKindOf('GCash'), 'PHONE');
});

test("a call record's parties, an audit's actor, an admin's login and a team's chat handle under their headers (en, ko)", () => {
  const cdr =
    'record_type|start_time|duration_s|a_number|b_number|imei\nMOC|2024-06-02T14:11:08Z|412|447911482306|34655120948|359994512557845';
  assert.deepEqual(typed(cdr, 'PHONE'), ['PHONE:447911482306', 'PHONE:34655120948']);
  const audit = 'timestamp,actor,actor_ip,action,target\n2024-06-10T08:01:12Z,jsantos,177.92.14.203,user.disable,lena';
  assert.deepEqual(typed(audit, 'USERNAME'), ['USERNAME:jsantos']);
  assert.deepEqual(typed('ts|admin_id|client_ip|action\n2026-04-09 08:47:12|cs_kimyr|118.235.14.77|VIEW_DETAIL', 'USERNAME'), [
    'USERNAME:cs_kimyr',
  ]);
  assert.deepEqual(typed('| Week | Primary | Slack |\n|---|---|---|\n| 2024-06-24 | Hannah Okoro | @hokoro |', 'USERNAME'), [
    'USERNAME:@hokoro',
  ]);
});

test("an XML record's values by their element's or attribute's name, a licence's number by its element (en, ko)", () => {
  const rental =
    '<Driver>\n  <BirthDate>1988-01-29</BirthDate>\n  <License state="CO" number="16-284-7391" expires="2028-01-29"/>\n' +
    '  <Phone>1-800-654-3131</Phone>\n</Driver>\n<Vehicle>\n  <Plate state="CO">BXK-4192</Plate>\n</Vehicle>';
  assert.deepEqual(found(rental), ['DATE_OF_BIRTH:1988-01-29', 'DRIVER_LICENSE:16-284-7391', 'VEHICLE_PLATE:BXK-4192']);
  assert.deepEqual(typed('<차량><차량번호>12가3456</차량번호></차량>', 'VEHICLE_PLATE'), ['VEHICLE_PLATE:12가3456']);
  // A system's code in capitals under a login's element is no person's login.
  assert.deepEqual(typed('<wsse:Username>CM_HTL_LIS022</wsse:Username>', 'USERNAME'), []);
});

test("a form reader's fields by their key or label, and a FHIR name given as one object (ko, en)", () => {
  const ocr =
    '{"fields": [\n  {"key": "name", "label": "성명", "value": "편지훈", "confidence": 0.992},\n' +
    '  {"key": "birth", "label": "생년월일", "value": "1990.03.14"},\n  {"key": "issuer", "label": "발급기관", "value": "서울특별시경찰청장"}\n]}';
  assert.deepEqual(found(ocr), ['PERSON:편지훈', 'DATE_OF_BIRTH:1990.03.14']);
  assert.deepEqual(found('{"resourceType": "RelatedPerson", "relationship": [{ "text": "모" }], "name": { "text": "남유경" }}'), [
    'PERSON:남유경',
  ]);
});

test("a list of a business's stores holds its own addresses and lines; a patient queue with a store column does not (ko, en)", () => {
  const stores =
    'store_id,store_name,address,tel,open_hours\nST-0101,브루랩 강남역점,서울특별시 강남구 강남대로 396 1층,02-558-1120,07:30-22:00\n' +
    'ST-0114,브루랩 판교점,경기도 성남시 분당구 판교역로 235 N동 1층,031-8017-2290,08:00-21:00';
  assert.deepEqual(found(stores), []);
  const queue = 'rx_number,patient_name,dob,mobile,store\nRX7730412,"Harjit Sandhu",1956-10-02,+1 905 384 2217,Brampton #12';
  assert.deepEqual(typed(queue, 'PHONE'), ['PHONE:+1 905 384 2217']);
});

test("a MySQL console's table under its ruled header, a call record's MSISDNs, and register numbers under their headers (en, ko)", () => {
  const console =
    'mysql> SELECT id, full_name, phone FROM customers;\n+--------+---------------------+--------------+\n' +
    '| id     | full_name           | phone        |\n+--------+---------------------+--------------+\n' +
    '| 220418 | Darragh Mc Guinness | 086 917 3352 |\n+--------+---------------------+--------------+';
  assert.deepEqual(typed(console, 'PHONE'), ['PHONE:086 917 3352']);
  assert.deepEqual(typed('record_type|call_id|a_msisdn|b_msisdn\nMOC|CDR2406110000418|447911482730|34612807455', 'PHONE'), [
    'PHONE:447911482730',
    'PHONE:34612807455',
  ]);
  const ledger =
    '거래처코드\t상호\t사업자등록번호\t법인등록번호\t대표자\nC-10375\t(주)다온푸드시스템\t814-10-81361\t110111-2250928\t어지환';
  // A corporation's number under its header is no resident's, though it has the shape of one.
  assert.deepEqual(found(ledger), ['BRN:814-10-81361', 'CRN:110111-2250928', 'PERSON:어지환']);
});

test("a card's or a member's number inside a health cover's object is the plan's; a payment card's is a card (ko, en)", () => {
  const claim =
    '{"patient":{"name":"임준서"},\n "insurance":{"type":"건강보험","card_no":"41829305617"},\n "payment":{"cardNo":"4111111111111111"}}';
  assert.deepEqual(typed(claim, 'HEALTH_INSURANCE'), ['HEALTH_INSURANCE:41829305617']);
  const denial =
    '{"claimId": "CLM-20931", "status": "DENIED",\n  "member": {\n    "memberId": "ZGP729104836",\n    "groupNumber": "0084127"}}';
  assert.deepEqual(typed(denial, 'HEALTH_INSURANCE'), ['HEALTH_INSURANCE:ZGP729104836']);
  // A gym's member object, where no health is spoken of, holds a login or an id, not a plan's number.
  assert.deepEqual(typed('{"member": {"memberId": "GYM-88120", "tier": "gold"}}', 'HEALTH_INSURANCE'), []);
});
