// Names vouched for by the identifier after them on their line: capitals in travellers' rows and registers, and a full
// name set apart before a dated DOB or "born".
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertPersons, persons } from './pii-test-helpers.ts';

test('a name in capitals before a passport, a birth date or a registration number is a person (en, ko)', () => {
  assertPersons([
    ['Here are our details:\nOKAFOR EMEKA  TP4417023  19APR1984\nOKAFOR ADAEZE  TP5520931  02DEC1987', ['OKAFOR EMEKA', 'OKAFOR ADAEZE']],
    ['Passenger data:\nRAHMAN FARIDA   DOB 11OCT1979   Passport A07731942   MYS', ['RAHMAN FARIDA']],
    ['APIS  GILL/HARNOOR  Passport PF2281740  AUS  Exp 03 Jan 2031', ['GILL/HARNOOR']],
    ['The car is registered in my name, BATBAYAR TSETSEG, ARC no. 910305-6283517, can I sell it?', ['BATBAYAR TSETSEG']],
    ['[상담메모] 고객 PHAM VAN LOC(외국인등록번호 930611-5123452) 요금제 변경 문의', ['PHAM VAN LOC']],
    ['동반자 명단\n1) 변하진 BYEON HAJIN | 여권 M58214739 | 1991-04-22', ['변하진', 'BYEON HAJIN']],
    ['Customer: me - ANA LUISA BAUTISTA DELOS REYES, PH passport P5530172A, DOB 02 Feb 1992', ['ANA LUISA BAUTISTA DELOS REYES']],
  ]);
});

test('capitals that are headings, labels or a sentence before an identifier are no name (en, ko)', () => {
  for (const text of [
    'PASSPORT NO  M58214739',
    'DATE OF BIRTH   1990-01-02',
    'PASSENGER DETAILS  DOB 11OCT1979',
    'Full name: see attached.  PLEASE NOTE  DOB 11/10/1979 must match',
    '여권 정보 확인 부탁드립니다 PASSPORT M58214739 1991-04-22',
    'the group RAHMAN FARIDA will join later',
  ])
    assert.deepEqual(persons(text), [], text);
});

test('a full name set apart before a dated DOB or "born" is a person, listed or not (en, ko)', () => {
  assertPersons([
    ['Referral is in for your father (Idwal Prydderch, DOB 04/05/1948), expect a letter.', ['Idwal Prydderch']],
    ['- Oksana Melnychuk, born 14 March 1966', ['Oksana Melnychuk']],
    ['Member: Tavita Leauanae   DOB: 21/07/1985', ['Tavita Leauanae']],
    ['초청 대상: Bolormaa Gantulga (born 9 June 1990), 몽골 여권 소지', ['Bolormaa Gantulga']],
  ]);
  for (const text of [
    'Nationality: Viet Nam   DOB: 2001-09-27',
    'Northwind Traders, born in a garage, now ships worldwide',
    'Sunrise Avenue, DOB required for every resident',
  ])
    assert.deepEqual(persons(text), [], text);
});

test('a Korean full name alone between the Latin words of a sentence is a person; a district or a brand is not (en, ko)', () => {
  assertPersons([
    ['Our landlord 구태현 says the deposit comes back next week', ['구태현']],
    ['보증금 refund goes to 남윤지, not me ㅋㅋ', ['남윤지']],
    ['if the transfer shows up as 변서율 on your side that is me', ['변서율']],
  ]);
  for (const text of ['the office is in 강서구 now', 'I bought a 설화수 set at 신세계 yesterday', 'the 부동산 contract is ready'])
    assert.deepEqual(persons(text), [], text);
});

test('a name after an arrow from a name takes its place, so it is a person too (ko, en)', () => {
  assertPersons([
    ['수령인 변경: 하윤재 → 모서진\n연락처: 010-2231-4408 → 010-9982-1137', ['하윤재', '모서진']],
    ['Named driver changed: Kevin Doyle -> Aoife Brennan', ['Kevin Doyle', 'Aoife Brennan']],
  ]);
  assert.deepEqual(persons('배송 상태: 준비중 → 배송완료'), []);
});

test('a popular Korean given name said alone with a particle, a call or nothing is a person; one that is also a word is not (ko)', () => {
  assertPersons([
    ['지호도 데리고 갈게', ['지호']],
    ['야 서준이 다은이한테 고백했대', ['서준', '다은']],
    ['하율이 오늘 하원은 할머니가 하실 거예요', ['하율']],
    ['민재야 내일 생일파티 와?', ['민재']],
  ]);
  for (const text of ['하늘이 맑다', '버그 재현 안 됨', '재원 8일', '통화자는 자녀 윤서아.'])
    assert.ok(!persons(text).some((name) => name.length === 2), text);
});

test('a romanised name before 언니, 오빠, 선배 or their romanisations is a person; a greeting is not (en, ko)', () => {
  assertPersons([
    ['Dahye 언니!! I sent the 회비 just now', ['Dahye']],
    ['Seojin oppa can you check the 단톡방?', ['Seojin']],
    // -ah or -ya after a romanised given name calls a friend by it; "Yoon-ah" is one name, "Coca-Cola" none.
    ['Hyunbin-ah I ordered the 에어팟 to your place', ['Hyunbin']],
    ['reply before 9 Dohyun-ah 😤', ['Dohyun']],
    ['Jiwon 선배 자료 공유 부탁드려요', ['Jiwon']],
  ]);
  for (const text of ['Hi 언니 ㅋㅋ 잘 지내?', 'Thanks unnie!!', 'Coca-Cola 2병, Yoon-a 매장']) assert.deepEqual(persons(text), [], text);
});

test("a Korean full name right before its owner's email or birth date is a person; a word with its particle is not (ko, en)", () => {
  assertPersons([
    ['발표 분담\n1. 서론 - 변지율 jiyul.byun@korea.ac.kr\n2. 본론 - 나', ['변지율']],
    ['Team list: 추하람 haram.choo@gmail.com, 기획', ['추하람']],
    ['가. 표은서 (1951.04.02.생), 독거', ['표은서']],
    // A field's slash or comma between, as an answer to "성함과 생년월일" lists them.
    ['상담사: 성함과 생년월일 여섯자리 부탁드립니다.\n고객: 윤재희 / 920708', ['윤재희']],
    ['Customer: name and DOB? 고객: 구순례, 1956년 4월 2일생이세요', ['구순례']],
  ]);
  for (const text of ['제 계정은 minsu77@naver.com 이에요', '담당자는 sales.kr@example.com 으로', '배송지, 920708 확인'])
    assert.deepEqual(persons(text), [], text);
});

test('a name in Han characters beside the same person in another script, or after a label asking for it, is a person (ko, en)', () => {
  assertPersons([
    ['수취인: 田中 由紀 (Yuki Tanaka)', ['田中 由紀', 'Yuki Tanaka']],
    ['성명(한자): 韓志勳    (영문): HAN JIHOON', ['韓志勳', 'HAN JIHOON']],
    ['Name (Kanji): 中村 由貴\nDate of Birth: 1988/11/04', ['中村 由貴']],
  ]);
  for (const text of ['東京都 office, Sarah Kim 会議 at 3', '会議室 B, 3F'])
    assert.ok(!persons(text).some((name) => /[\u4e00-\u9fff]/.test(name)), text);
});
