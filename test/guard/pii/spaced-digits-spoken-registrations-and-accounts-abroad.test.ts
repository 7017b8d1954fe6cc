// Round 30's shapes: numbers typed or scanned with a blank between their digits, registration, card and handset numbers
// read out in Korean digit words (다시 for a hyphen), birth dates in brackets after a household's names, passports under
// spaced or annotated labels, and accounts in Brazil's, Nigeria's and Britain's ways.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { found, foundOfType as ofType } from './pii-test-helpers.ts';

describe('a number with a blank between its digits, as a scan or a form writes it', () => {
  test('a resident number, a hospital number and a birth date (ko, en)', () => {
    assert.deepEqual(ofType('주민등록번호 : 6 2 0 4 1 7 - 2 9 1 5 8 9 2', 'RRN'), ['RRN:6 2 0 4 1 7 - 2 9 1 5 8 9 2']);
    const label = 'Pt name: ADEKUNLE-HAYES, BUKOLA      Hosp# : 0 0 4 8 2 1 7 3\nD.O.B: 1 9 / 0 7 / 1 9 5 8     Sex: F';
    assert.deepEqual(ofType(label, 'MEDICAL_RECORD'), ['MEDICAL_RECORD:0 0 4 8 2 1 7 3']);
    assert.deepEqual(ofType(label, 'DATE_OF_BIRTH'), ['DATE_OF_BIRTH:1 9 / 0 7 / 1 9 5 8']);
    assert.deepEqual(ofType('8  Social Insurance Number   5 3 6  6 8 0  9 9 4', 'CA_SIN'), ['CA_SIN:5 3 6  6 8 0  9 9 4']);
  });

  test('digits apart with no label are no identifier, and grouped numbers are read as before (en, ko)', () => {
    assert.deepEqual(found('Rooms 1 2 3 4 5 6 7 are free'), []);
    assert.deepEqual(found('좌석 1 2 3 4 5 6 7 번 비어 있어요'), []);
    assert.deepEqual(ofType('tel 010 1234 5678', 'PHONE'), ['PHONE:010 1234 5678']);
  });
});

describe('numbers read out in Korean digit words (ko), and in English ones (en)', () => {
  test('다시 read as a hyphen: a resident number, a licence, an account', () => {
    assert.deepEqual(
      ofType('상담사: 본인 확인을 위해 주민등록번호 말씀 부탁드립니다\n고객: 구삼공육일사 다시 일팔이이 팔육공이요', 'RRN'),
      ['RRN:구삼공육일사 다시 일팔이이 팔육공'],
    );
    assert.deepEqual(
      ofType(
        '직원: 운전자 면허번호 사전등록 해드릴까요\n고객: 네 면허번호가 일일 다시 일구 다시 이칠사팔일육 다시 삼공 이요',
        'DRIVER_LICENSE',
      ),
      ['DRIVER_LICENSE:일일 다시 일구 다시 이칠사팔일육 다시 삼공'],
    );
    assert.deepEqual(
      ofType('상담원: 해당 계좌번호 말씀해주시겠어요\n고객: 육일이사구오 다시 공사 다시 일칠칠삼공팔 이요', 'BANK_ACCOUNT'),
      ['BANK_ACCOUNT:육일이사구오 다시 공사 다시 일칠칠삼공팔'],
    );
  });

  test("a card's and a handset's number after a question that ends in 까요 (ko); a social security number (en)", () => {
    assert.deepEqual(ofType('상담원: 분실하신 카드 번호 알고 계실까요\n고객: 네 사팔일이 공육육구 오오육일 삼칠사일', 'CREDIT_CARD'), [
      'CREDIT_CARD:사팔일이 공육육구 오오육일 삼칠사일',
    ]);
    assert.deepEqual(ofType('상담사: 단말기 IMEI 알 수 있으실까요 비교해볼게요\n고객: 삼오이공구구 일일사공칠일 삼삼일이요', 'IMEI'), [
      'IMEI:삼오이공구구 일일사공칠일 삼삼일',
    ]);
    assert.deepEqual(
      ofType("AGENT: to reissue the tax form I'll need the full social\nCALLER: five one eight two two six two oh eight", 'US_SSN'),
      ['US_SSN:five one eight two two six two oh eight'],
    );
    assert.deepEqual(ofType('AGENT: can I have your card number?\nCALLER: one two three four five six seven', 'CREDIT_CARD'), []);
  });
});

describe('a birth date as six digits in brackets after a name (ko, en)', () => {
  test("a household's members", () => {
    assert.deepEqual(ofType('세대원: 강태오(640830) 이정미(680211)', 'DATE_OF_BIRTH'), ['DATE_OF_BIRTH:640830', 'DATE_OF_BIRTH:680211']);
    assert.deepEqual(ofType('Household: Kim Minsu (880314), Lee Jiyeon (900101)', 'DATE_OF_BIRTH'), [
      'DATE_OF_BIRTH:880314',
      'DATE_OF_BIRTH:900101',
    ]);
    assert.deepEqual(ofType('주문자 김민수(202401) 상품 준비중', 'DATE_OF_BIRTH'), []);
  });
});

describe("a passport under a form's spaced or annotated label (ko, en)", () => {
  test('a note in brackets and a label spaced to fill its column', () => {
    assert.deepEqual(ofType('여권번호(수기 입력란): P7304618B', 'PASSPORT'), ['PASSPORT:P7304618B']);
    assert.deepEqual(ofType('여    권: M70418293 (만료 2030. 4. 11.)', 'PASSPORT'), ['PASSPORT:M70418293']);
    assert.deepEqual(ofType('Passport (as printed): FX482913, valid until 2031', 'PASSPORT'), ['PASSPORT:FX482913']);
    assert.deepEqual(ofType('급여 권장 M70418293', 'PASSPORT'), []);
  });
});

describe('accounts abroad (en, ko)', () => {
  test("Brazil's conta after its agência, Nigeria's ten digits after the bank, a British account after the bank and sort code", () => {
    assert.deepEqual(ofType('to my Itaú account: agência 0412, conta 38917-5. Or Pix', 'BANK_ACCOUNT'), ['BANK_ACCOUNT:38917-5']);
    assert.deepEqual(ofType('브라질 계좌는 Itaú agência 0412, conta 38917-5 로 보내주세요', 'BANK_ACCOUNT'), ['BANK_ACCOUNT:38917-5']);
    assert.deepEqual(ofType('Originator: AISHA BELLO / GTBank / 0148823091', 'BANK_ACCOUNT'), ['BANK_ACCOUNT:0148823091']);
    assert.deepEqual(ofType('My account: Zenith Bank, NUBAN 2047739158, account name OKAFOR', 'BANK_ACCOUNT'), ['BANK_ACCOUNT:2047739158']);
    assert.deepEqual(ofType('Send your half to my Monzo 04-00-04 41829375 when you can', 'BANK_ACCOUNT'), [
      'BANK_ACCOUNT:04-00-04 41829375',
    ]);
    assert.deepEqual(ofType('Order 38917-5 ships from our agência in Porto', 'BANK_ACCOUNT'), []);
  });
});

describe('fewer false positives in round 30', () => {
  test("a firm that speaks in a chat, a firm's legal form, an identity form's fields (en, ko)", () => {
    const hotel =
      '[18/06/2024, 10:05] Hotel Arcadia Lisboa: Good morning!\n[18/06/2024, 10:07] Kenji Tanaka: thanks\n[18/06/2024, 10:40] Hotel Arcadia Lisboa: Thank you!';
    assert.deepEqual(ofType(hotel, 'PERSON'), ['PERSON:Kenji Tanaka']);
    assert.deepEqual(ofType('Bright Smiles Dental: 예약 확인드립니다\n민지: 네\nBright Smiles Dental: 감사합니다', 'PERSON'), [
      'PERSON:민지',
    ]);
    assert.deepEqual(ofType('Beneficiary: Atelier Lumière SAS', 'PERSON'), []);
    assert.deepEqual(ofType('Citizenship: U.S. Citizen\nDriver License: Texas 41872093', 'PERSON'), []);
  });

  test("a chat export's timestamp after a birth word is no birth date (ko, en)", () => {
    const kakao = '2024년 10월 9일 오후 2:03, 남편 : 출생신고 완료!! 주민번호 나왔어\n2024년 10월 9일 오후 2:03, 남편 : 241007-3108452';
    assert.deepEqual(ofType(kakao, 'DATE_OF_BIRTH'), []);
    assert.deepEqual(
      ofType('[12/03/2024, 19:02] Ana: my birthday party is at mine\n12/03/2024, 19:05 - Tolu: see you', 'DATE_OF_BIRTH'),
      [],
    );
  });

  test('a birth date asked with a PIN, and a part that names its own value (ko, en)', () => {
    assert.deepEqual(
      ofType(
        '상담원: 비밀번호 오류 해제 도와드리겠습니다. 성함이랑 생년월일 말씀해주세요\n고객: 한동욱이고요 칠오 공팔 이팔 이요',
        'DATE_OF_BIRTH',
      ),
      ['DATE_OF_BIRTH:칠오 공팔 이팔'],
    );
    const answer =
      'Agent: Your vehicle number and licence number please?\nCustomer: MH 12 KQ 4821. DL no. MH12 20110034567. DOB 12-08-1992';
    assert.deepEqual(ofType(answer, 'DATE_OF_BIRTH'), ['DATE_OF_BIRTH:12-08-1992']);
    assert.ok(!found(answer).includes('DRIVER_LICENSE:DOB 12-08-1992'));
  });

  test('a briefing session and goods in transit are no names (ko)', () => {
    assert.deepEqual(ofType('제목: 2025년 하반기 고용허가제 사업주 설명회 개최 알림', 'PERSON'), []);
    assert.deepEqual(ofType('운송장번호 5648 2291 0374 로 이동중입니다', 'PERSON'), []);
  });
});

describe('names in round 30', () => {
  test("a desk's introduction that runs on, or names its trade (en); a name after a licence read out (ko, en)", () => {
    assert.deepEqual(ofType('PHARMACIST: Greenway pharmacy this is Dana how can I help\nCALLER: hi', 'PERSON'), ['PERSON:Dana']);
    assert.deepEqual(ofType('NURSE: hi this is Carmen a nurse from Lakeshore Medical Center calling', 'PERSON'), ['PERSON:Carmen']);
    assert.deepEqual(ofType('This is Grace Cleaner how can I help you clean', 'PERSON'), []);
    assert.deepEqual(ofType('고객: 상대방 면허증도 찍었는데 28-09-174530-81 김민수 이라고 되어있어요', 'PERSON'), ['PERSON:김민수']);
    assert.deepEqual(ofType('Driver licence 28-09-174530-81 Cho Sangcheol, expiring 2030', 'PERSON'), ['PERSON:Cho Sangcheol']);
  });

  test("a name object's family and given parts, the given one in an array (en, ko)", () => {
    assert.deepEqual(ofType('{"name":[{"family":"Lee","given":["Seo-yeon"]}],"gender":"female"}', 'PERSON'), [
      'PERSON:Lee',
      'PERSON:Seo-yeon',
    ]);
    assert.deepEqual(ofType('{"환자":{"family":"Kim","given":["Minsu"]}}', 'PERSON'), ['PERSON:Kim', 'PERSON:Minsu']);
    assert.deepEqual(ofType('{"font":{"family":"Roboto","size":12}}', 'PERSON'), []);
  });

  test("a form's colon after the blanks that align it (en, ko)", () => {
    assert.deepEqual(ofType("Father's name  : RAJIV KUMAR SHARMA", 'PERSON'), ['PERSON:RAJIV KUMAR SHARMA']);
    assert.deepEqual(ofType('성    명  : 김민수', 'PERSON'), ['PERSON:김민수']);
    assert.deepEqual(ofType('Meeting at 12  : 30 today', 'PERSON'), []);
  });
});

describe('writers who introduce themselves', () => {
  test("a call's agent in lower case before 'can I get your name' (en); a desk's agent before 입니다 (ko)", () => {
    const call = 'AGENT: thank you for calling cardinal federal credit union this is marisol can I get your name\nCALLER: yeah';
    assert.deepEqual(ofType(call, 'PERSON'), ['PERSON:marisol']);
    assert.deepEqual(ofType('14:03 상담사: 안녕하세요 고객님, 상담사 하은입니다. 본인확인 위해 성함 부탁드려요', 'PERSON'), [
      'PERSON:하은',
    ]);
  });

  test('a student who gives the name in Hangul and its characters before 입니다 (ko); a word and its Hanja is none (ko, en)', () => {
    assert.deepEqual(ofType('박소라 선생님 안녕하세요. 저는 경영학과 3학년 류쓰위(刘思雨)입니다.', 'PERSON'), [
      'PERSON:박소라',
      'PERSON:류쓰위',
      'PERSON:刘思雨',
    ]);
    assert.deepEqual(ofType('저는 사업(事業) 담당입니다', 'PERSON'), []);
    assert.deepEqual(ofType('I am a student of 경영학(經營學) at Seoul', 'PERSON'), []);
  });
});
