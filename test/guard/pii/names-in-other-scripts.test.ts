// Names in the scripts of the world and one person's spellings side by side: after a name's label, beside a name found,
// two spellings written together; a form's words, a heading in capitals, a city and a language's name are none.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { foundOfType as ofType } from './pii-test-helpers.ts';

describe('names in other scripts', () => {
  test("a name in its own script after a name's label or a language's name (en, ko)", () => {
    assert.deepEqual(ofType('Name in Mongolian: Батбаярын Энхжаргал\nSex: F', 'PERSON'), ['PERSON:Батбаярын Энхжаргал']);
    assert.ok(
      ofType('환자명(여권): AL KAABI SALEM   아랍어: سالم بن عبدالله الكعبي   생년월일 1964-08-21', 'PERSON').includes(
        'PERSON:سالم بن عبدالله الكعبي',
      ),
    );
    assert.deepEqual(
      ofType('Shokir: 등록증 이름은 SHUKUROV SHOKIR, 러시아어로 Шукуров Шокир예요', 'PERSON').includes('PERSON:Шукуров Шокир'),
      true,
    );
  });

  test('every spelling beside a name found, in brackets, after a slash or a dash, with the words that say which (en, ko)', () => {
    const crew = '1 | KYAW ZIN OO (ကျော်ဇင်ဦး) | Master | Myanmar | 12.02.1976 | MH482716';
    assert.deepEqual(ofType(crew, 'PERSON'), ['PERSON:KYAW ZIN OO', 'PERSON:ကျော်ဇင်ဦး']);
    const guest = 'Reception: Name on the reservation?\nGuest: Γιώργος Παπαδόπουλος — Giorgos Papadopoulos.';
    assert.deepEqual(ofType(guest, 'PERSON'), ['PERSON:Γιώργος Παπαδόπουλος', 'PERSON:Giorgos Papadopoulos']);
    const worker = '재해자: 쪼 진 툰 (KYAW ZIN HTUN / ကျော်ဇင်ထွန်း), 미얀마, E-9';
    assert.ok(ofType(worker, 'PERSON').includes('PERSON:ကျော်ဇင်ထွန်း'));
    const remittance = 'Worker: my mother ခင်မာလှ, English Khin Ma Hla. KBZ account 02730102501876231';
    assert.deepEqual(ofType(remittance, 'PERSON'), ['PERSON:ခင်မာလှ', 'PERSON:Khin Ma Hla']);
  });

  test("a Latin name after another script's label; a form's words, a heading, a city and languages are none (en, ko)", () => {
    assert.deepEqual(ofType('Kasikornbank 047-8-31925-6 (ชื่อบัญชี ANUCHA KAEWMANEE)', 'PERSON'), ['PERSON:ANUCHA KAEWMANEE']);
    assert.deepEqual(ofType('ДОГОВОР НАЙМА ЖИЛОГО ПОМЕЩЕНИЯ / RESIDENTIAL LEASE — English summary', 'PERSON'), []);
    assert.deepEqual(ofType('ICN → TAS Toshkent / Ташкент | HY512 | 17:40 | 455,000', 'PERSON'), []);
    assert.deepEqual(ofType('[기숙사 공지 (한국어 / Tiếng Việt / ภาษาไทย / नेपाली)]\n1. 12월 관리비 1인 ₩85,000', 'PERSON'), []);
  });
});

test("a Russian passport's groups, a birth date in 年月日, a migrant worker's bank abroad (en, ko)", () => {
  assert.deepEqual(ofType('Chief engineer IVANOV SERGEI. Passport 75 4182093. He lands KE 982', 'PASSPORT'), ['PASSPORT:75 4182093']);
  assert.deepEqual(ofType('Landlord: Kuznetsova Olga\n  passport 45 12 482716, issued by OVD, 2012', 'PASSPORT'), [
    'PASSPORT:45 12 482716',
  ]);
  assert.deepEqual(ofType('여권엔 KIM OLGA. 여권번호 75 4821936, 생년월일 1986년 2월 11일', 'PASSPORT'), ['PASSPORT:75 4821936']);
  assert.deepEqual(ofType('生年月日 / Date of birth: 1994年7月16日', 'DATE_OF_BIRTH'), ['DATE_OF_BIRTH:1994年7月16日']);
  assert.deepEqual(ofType('予約日 2025年3月8日', 'DATE_OF_BIRTH'), []);
  assert.deepEqual(ofType('그리고 송금 계좌 Sonali Bank 0112301004827', 'BANK_ACCOUNT'), ['BANK_ACCOUNT:0112301004827']);
  assert.deepEqual(ofType('Wire to ABA 021000021 for the New York branch', 'BANK_ACCOUNT'), []);
});

test("a name as a passport or a residence card prints it, and a manifest's SURNAME/GIVEN in a row with a birth date (en, ko)", () => {
  assert.deepEqual(ofType('Name as in passport NURLANOVA AIGERIM, in Russian', 'PERSON'), ['PERSON:NURLANOVA AIGERIM']);
  assert.deepEqual(ofType('Customer: Arjun Menon, on the passport it is MENON ARJUN, number Z7318406', 'PERSON'), [
    'PERSON:Arjun Menon',
    'PERSON:MENON ARJUN',
  ]);
  assert.ok(
    ofType('Tharshan: 제 이름 K. Tharshan, 외국인등록증엔 KANDASAMY THARSHAN이에요', 'PERSON').includes('PERSON:KANDASAMY THARSHAN'),
  );
  const manifest =
    'flight,date,seq,pax,native,nat,dob,passport\nKE695,2025-05-12,004,SOKOLOVA/ANNA,Соколова Анна,RUS,1979-07-21,75 4827163';
  assert.deepEqual(ofType(manifest, 'PERSON'), ['PERSON:SOKOLOVA/ANNA', 'PERSON:Соколова Анна']);
  assert.deepEqual(ofType('Benefits: OAS/GIS paid on 1979-07-21 per DOB', 'PERSON'), []);
});

test("a transcript's speakers by their roles are no one; the names they give are (en, ko)", () => {
  const call =
    'Counselor (Gimhae Migrant Worker Center): Your name please?\nWorker: สมชาย ใจดี. Somchai Jaidee.\nCounselor: Khun Somchai, your employer called.\nWorker: Yes.';
  assert.deepEqual(ofType(call, 'PERSON'), ['PERSON:สมชาย ใจดี', 'PERSON:Somchai Jaidee', 'PERSON:Somchai']);
  const intake = 'Recruiter: 여권 사본 보내주세요.\nCandidate: Name on the passport is THOMAS JAMES WHITFIELD.\nRecruiter: 감사합니다.';
  assert.deepEqual(ofType(intake, 'PERSON'), ['PERSON:THOMAS JAMES WHITFIELD']);
});

test("a foreigner's name in Hangul beside its Latin and native spellings, or after the words that say so; a label's word is none (en, ko)", () => {
  const roster = '| Name | Native | Visa |\n|---|---|---|\n| TEN VALERIY | Тен Валерий / 텐 발레리 | H-2 |';
  assert.ok(ofType(roster, 'PERSON').includes('PERSON:텐 발레리'));
  assert.ok(ofType('Guest: Yes, Chen Yi-chun. Koreans write 천이쥔 on my ARC lol', 'PERSON').includes('PERSON:천이쥔'));
  assert.ok(ofType('Name in Korean: 엔흐자르갈 바트바야르\nSex: F', 'PERSON').includes('PERSON:엔흐자르갈 바트바야르'));
  assert.deepEqual(ofType('고객 Nguyen Van Nam (외국인등록번호 950812-5318427)', 'PERSON'), ['PERSON:Nguyen Van Nam']);
});

test('a name in capitals said again as a name is, after every fuller name is found (en, ko)', () => {
  const chat = '방경수: 등록증 이름은요?\nShokir: 등록증 이름은 SHUKUROV SHOKIR예요\n방경수: Shokir 씨 고마워요';
  assert.deepEqual(ofType(chat, 'PERSON'), ['PERSON:방경수', 'PERSON:Shokir', 'PERSON:SHUKUROV SHOKIR', 'PERSON:방경수', 'PERSON:Shokir']);
  const thanks = 'Worker: AUNG KYAW MIN. Burmese name on the ARC.\nAgent: Thank you Aung Kyaw Min. Transaction SH-MM-3381204 sent.';
  assert.deepEqual(ofType(thanks, 'PERSON'), ['PERSON:AUNG KYAW MIN', 'PERSON:Aung Kyaw Min']);
  const statement = 'Account holder: PHAM THI THANH HUONG\n07/01/25  Thanh toan the 4370 **** 2282 GRAB 120,000';
  assert.deepEqual(ofType(statement, 'PERSON'), ['PERSON:PHAM THI THANH HUONG']);
});

test('a Han name before its kana spelling, and after a slash beside its Latin one (en, ko)', () => {
  const rental = 'Customer: Name 佐藤 健一, kana さとう けんいち, passport SATO KENICHI.';
  assert.ok(ofType(rental, 'PERSON').includes('PERSON:佐藤 健一'));
  assert.ok(ofType('환자: LIU JIANGUO / 刘建国 / 류젠궈    Sex/Age: M/61', 'PERSON').includes('PERSON:刘建国'));
});
