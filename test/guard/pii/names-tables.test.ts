// Names in a table pasted as text (CSV, tab-separated, Markdown): the cells of a column whose header names people, in
// Korean and English; a column called "name" of things stays clean.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openTableHeader } from '../../../src/guard/pii/index.ts';
import { found } from './pii-test-helpers.ts';

const persons = (text: string) => found(text).filter((value) => value.startsWith('PERSON:'));

test('the cells under a header of names are names, in CSV, tab-separated and Markdown tables (ko, en)', () => {
  assert.deepEqual(found('아래 명단입니다\n이름,부서,연락처\n김민수,영업팀,010-1234-5678\n박서연,인사팀,010-2222-3333'), [
    'PERSON:김민수',
    'PHONE:010-1234-5678',
    'PERSON:박서연',
    'PHONE:010-2222-3333',
  ]);
  assert.deepEqual(found('| 성명 | 연락처 |\n|---|---|\n| 홍길동 | 010-1234-5678 |'), ['PERSON:홍길동', 'PHONE:010-1234-5678']);
  assert.deepEqual(found('name,phone,email\nKim Minsu,010-1234-5678,minsu@example.com'), [
    'PERSON:Kim Minsu',
    'PHONE:010-1234-5678',
    'EMAIL:minsu@example.com',
  ]);
  assert.deepEqual(found('customer_name\tplan\n"Lee Jiwon"\t5G Premium\nPARK MINJUN\tLTE Basic'), [
    'PERSON:Lee Jiwon',
    'PERSON:PARK MINJUN',
  ]);
});

test('a column called "name" of products, and prose with commas, hold no names (en, ko)', () => {
  for (const text of [
    'product,name,price\nP-1,Galaxy S24,1200\nP-2,Pixel Nine,900',
    'name,qty\nApple Pie,3',
    '이름,가격\n갤럭시,1200\n아이폰,1500',
    '이름,수량,가격\n사과,3,5000\n배,2,4000',
    'Thanks, see the name list below\nWe will call you, Monday',
  ])
    assert.deepEqual(found(text), [], text);
});

test('a table after a blank line anywhere in a document or a reply is read, each of several (ko, en)', () => {
  const reply =
    '안녕하세요.\n요청하신 자료입니다.\n\n아래는 이번 달 가입 고객 목록입니다.\n확인 부탁드립니다.\n\n' +
    '| 이름 | 등급 |\n|---|---|\n| 김민수 | 골드 |\n| 이서연 | 실버 |\n\nThe second list follows.\n\n' +
    'name,phone\nKim Minsu,010-1234-5678\n';
  assert.deepEqual(found(reply), ['PERSON:김민수', 'PERSON:이서연', 'PERSON:Kim Minsu', 'PHONE:010-1234-5678']);
  // A quoted comma is part of its field, not a column.
  assert.deepEqual(found('name,address\n"Kim Minsu","Seoul, Gangnam"\n"Lee Jiwon","Busan"'), ['PERSON:Kim Minsu', 'PERSON:Lee Jiwon']);
  // A Markdown list, a heading and prose after blank lines are not headers, whatever words they hold.
  for (const text of [
    '요금 안내\n\n## 이름, 주소 변경\n- 이름, 주소는 앱에서 바꿀 수 있어요\n- 정기결제, 자동이체 예시\n',
    'Intro\n\n- name, phone and email are required\n- Galaxy Tab, for example\n',
    'Intro\n\nContact names, phones\n\nGalaxy Tab, Pixel Nine\n',
  ])
    assert.deepEqual(found(text), [], text);
});

test('openTableHeader: the header of a table of names still open at the end of a text', () => {
  assert.equal(openTableHeader('명단\n\n| 이름 | 등급 |\n|---|---|\n| 김민수 | 골드 |\n| 이'), '| 이름 | 등급 |');
  assert.equal(openTableHeader('name,plan\nJane Doe,5G\nKev'), 'name,plan');
  assert.equal(openTableHeader('| 이름 | 등급 |\n| 김민수 | 골드 |\n\n감사합니다.'), undefined);
  assert.equal(openTableHeader('product,name\nP-1,Galaxy\nP-2'), 'product,name');
  // Until a first row has arrived whole, the header is no table's yet: the scan window still holds it then.
  assert.equal(openTableHeader('name,plan\nJane'), undefined);
  assert.equal(openTableHeader('배송 언제 와요?'), undefined);
});

test('a table separated by semicolons, as European spreadsheets export CSV, is read like a comma-separated one (en, ko)', () => {
  assert.deepEqual(found('employee_id;last_name;first_name;province\n10442;Bouchard;Émilie;MB\n10451;Kaur;Jasleen;NS'), [
    'PERSON:Bouchard',
    'PERSON:Émilie',
    'PERSON:Kaur',
    'PERSON:Jasleen',
  ]);
  assert.deepEqual(found('사번;성명;부서\nE1042;김민수;재무팀\nE1043;이서연;총무팀'), ['PERSON:김민수', 'PERSON:이서연']);
  assert.deepEqual(found('id;product;price\n1;Galaxy S24;1200'), []);
});

test("a role's name column, a header's qualifier, a roster's SURNAME, Given and a column of names no list holds (en, ko)", () => {
  assert.deepEqual(
    persons(
      'consignment_no,consignee_name,consignee_phone\nKE-NBO-558201,Wanjiru Kamau,+254 722 418 903\nKE-NBO-558202,Otieno Brian Ouma,0733 902 115',
    ),
    ['PERSON:Wanjiru Kamau', 'PERSON:Otieno Brian Ouma'],
  );
  assert.deepEqual(persons('| No | NAME (as in passport) | DOB |\n|---|---|---|\n| 1 | TANAKA HIROSHI | 12 MAY 1956 |'), [
    'PERSON:TANAKA HIROSHI',
  ]);
  assert.deepEqual(persons('Staff ID\tName\tDept\nLGS-0112\tADEBAYO, Oluwaseun\tOperations\nLGS-0118\tNWOSU, Chukwuemeka\tFinance'), [
    'PERSON:ADEBAYO, Oluwaseun',
    'PERSON:NWOSU, Chukwuemeka',
  ]);
  assert.deepEqual(persons('name,phone\nYetunde Balogun,+234 803 445 1290\nFatoumata Diallo,+221 77 634 20 18'), [
    'PERSON:Yetunde Balogun',
    'PERSON:Fatoumata Diallo',
  ]);
  assert.deepEqual(persons('수령인_name,연락처\n김민수,010-1234-5678'), ['PERSON:김민수']);
  for (const text of ['name,price\nGalaxy S24,1200000\nApple Watch,500000', 'product_name,qty\nSmart Plug,3'])
    assert.deepEqual(persons(text), [], text);
});

test("a Korean system's name keys in JSON and in a log's key=value pairs, and a Korean name where a login would be (ko, en)", () => {
  assert.deepEqual(found('level=INFO svc=loan appl_no=LN2411200093 cust_nm=배수아 income=48000000'), ['PERSON:배수아']);
  assert.deepEqual(found('{"customerNo": "C2024110388", "nameKo": "오지윤", "grade": "VIP"}'), ['PERSON:오지윤']);
  assert.deepEqual(found('{"subject": "백업코드 재발급 요청", "assignee": "최민혁"}'), ['PERSON:최민혁']);
  assert.deepEqual(found('{"referrer": "정우람", "point": 12800}'), ['PERSON:정우람']);
  assert.deepEqual(found('req body={mid=T0004417, amount=128500, buyerName=NGUYEN THI HOA, installment=0}'), ['PERSON:NGUYEN THI HOA']);
  // A product's or a team's name under the same keys is none; a login where one belongs stays a login.
  for (const text of ['prod_nm=사과즙 qty=2', '{"assignee": "정산팀", "referrer": "네이버"}', 'sort=name&order=asc'])
    assert.deepEqual(found(text), [], text);
  assert.deepEqual(found('{"assignee": "jkim88", "status": "open"}'), ['USERNAME:jkim88']);
});

test("a Python dict's quoted keys, a YAML record's keys and a bank message's Korean keys name their values (ko, en)", () => {
  assert.deepEqual(found("payload={'order_id': 'O-2211', 'recv_name': '마서진', 'qty': 2}"), ['PERSON:마서진']);
  assert.deepEqual(found('{"employeeId":"US-00452","legalName":"Ana Lucía Ortega","taxIdType":"ITIN"}'), ['PERSON:Ana Lucía Ortega']);
  assert.deepEqual(found('employee:\n  emp_no: CA-T-0188\n  legal_name: "Okafor, Chinedu"\n  dept: Ops'), ['PERSON:Okafor, Chinedu']);
  assert.deepEqual(found('candidate:\n  name_ko: "조던 휘트필드"\n  stage: 2'), ['PERSON:조던 휘트필드']);
  assert.deepEqual(found('[REQ] 출금계좌=110357284016 출금계좌주=황보민재 이체금액=000001500000'), [
    'BANK_ACCOUNT:110357284016',
    'PERSON:황보민재',
  ]);
  // A product under a name key, and a letter's label line, are read as before.
  assert.deepEqual(found('item:\n  name: "Smart Plug Mini"\n  qty: 3'), []);
  assert.deepEqual(found("{'prod_nm': '사과즙', 'qty': 2}"), []);
});

test('a Korean name in Latin letters whose surname is an English word, and a surname opening with its particles, fill a name field (ko, en)', () => {
  assert.deepEqual(found('{"customerNo": "C2024110388", "name": "Oh Jiyun", "nameKo": "오지윤"}'), ['PERSON:Oh Jiyun', 'PERSON:오지윤']);
  assert.deepEqual(persons('이름,연락처\nSong Minji,010-1234-5678\nJiyun Oh,010-2222-3333'), ['PERSON:Song Minji', 'PERSON:Jiyun Oh']);
  assert.deepEqual(persons('{"first_name": "Joost", "last_name": "van der Meulen", "city": "Utrecht"}'), [
    'PERSON:Joost',
    'PERSON:van der Meulen',
  ]);
  assert.deepEqual(persons('surname,first_name,연락처\ndos Santos,Mariana,010-1234-5678'), ['PERSON:dos Santos', 'PERSON:Mariana']);
  // Under a key that names things as often as people, particles before an unlisted word are a title, not a surname.
  for (const text of ['{"name": "la Bamba", "price": 12000}', '{"product_name": "Oh Yeah"}']) assert.deepEqual(persons(text), [], text);
});

test('a column headed "name" beside an age and a sex, or a birth date, holds people whatever their names (ko, en)', () => {
  const ticket = '# | Name | Age | Gender | Booking status\n1 | R SELVAKUMAR | 41 | M | CNF/S7/19\n2 | S KAVIN | 9 | M | CNF/S7/23';
  assert.deepEqual(persons(ticket), ['PERSON:R SELVAKUMAR', 'PERSON:S KAVIN']);
  assert.deepEqual(persons('이름,나이,성별\n김민수,41,남\n사과즙,2,없음'), ['PERSON:김민수']);
  assert.deepEqual(persons('name\tdob\nNandini Rao\t1984-02-01'), ['PERSON:Nandini Rao']);
  // An age alone may be a wine's or a machine's.
  for (const text of ['Name | Age\nApple Watch | 2', 'name,age,price\nOld Tawny,20,65000']) assert.deepEqual(persons(text), [], text);
});

test("the name a person goes by, a name object's parts, a parcel's receiver and sender are names in JSON (ko, en)", () => {
  assert.deepEqual(persons('{"studentId": "S2023-04417", "name": {"given": "Priyanka", "family": "Raghunathan"}}'), [
    'PERSON:Priyanka',
    'PERSON:Raghunathan',
  ]);
  assert.deepEqual(persons('{"firstName": "Magdalena", "preferredName": "Magda", "지점": "서울"}'), ['PERSON:Magdalena', 'PERSON:Magda']);
  assert.deepEqual(persons('{"given": "2024-01-02", "font": {"family": "Roboto"}}'), []);
  assert.deepEqual(persons('{"shipTo": {"receiver": "이경순", "phone": "010 5518 0724"}, "sender": "Kevin Park"}'), [
    'PERSON:이경순',
    'PERSON:Kevin Park',
  ]);
  assert.deepEqual(persons('{"receiver": "물류센터", "sender": "Samsung SDS"}'), []);
});
