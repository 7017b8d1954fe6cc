// Labels that more languages and forms put before a value: a Japanese hotel's passport and card fields, a German
// hospital's patient and insurance numbers, Korean's 도 after a label, a card's "valid to" after its number; speakers by
// desk and role; addresses as India, Spain and Brazil write them, and Spain's plates.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { foundOfType as ofType } from './pii-test-helpers.ts';

describe('labels of more languages and forms', () => {
  test("a passport's number after パスポート番号 or after 여권번호도 (ko, ja)", () => {
    assert.deepEqual(ofType('パスポート番号: M47206815 (체크인 시 사본 제출)', 'PASSPORT'), ['PASSPORT:M47206815']);
    assert.deepEqual(ofType("Maria Santos: 네 맞아요 ma'am. 여권번호도 P4471829B로 바뀌었어요, 갱신했거든요.", 'PASSPORT'), [
      'PASSPORT:P4471829B',
    ]);
  });

  test("a German hospital's Patienten-Nr. and a health insurer's Versicherten-Nr. (en, de)", () => {
    const bill =
      'Patient: Seo, Jun-ho · geb. 02.11.1984 · Patienten-Nr. 7300418825\nVersicherung: Techniker Krankenkasse, Versicherten-Nr. S482710593';
    assert.deepEqual(ofType(bill, 'MEDICAL_RECORD'), ['MEDICAL_RECORD:7300418825']);
    assert.deepEqual(ofType(bill, 'HEALTH_INSURANCE'), ['HEALTH_INSURANCE:S482710593']);
  });

  test("a card's expiry after 'valid to' or 有効期限 right after its number; a voucher's is none (en, ko)", () => {
    assert.deepEqual(ofType('Can you guarantee it with my JCB? 3566 9347 1164 7677, valid to 08/26.', 'CARD_EXPIRY'), [
      'CARD_EXPIRY:08/26',
    ]);
    assert.deepEqual(ofType('보증 카드: JCB 3568 1679 9708 5142 / 有効期限 2027年03月', 'CARD_EXPIRY'), ['CARD_EXPIRY:2027年03月']);
    assert.deepEqual(ofType('The voucher is valid until 08/26.', 'CARD_EXPIRY'), []);
  });
});

describe("a speaker's desk or role before the name", () => {
  test("a desk's words before a full name in a chat's bracket, not a group's title (ko)", () => {
    const chat = '[인사팀 윤하늘] 민재 씨, 10월 급여명세서 재발행했어요.\n[이민재] 감사합니다!\n[인사팀 윤하늘] 네~';
    assert.deepEqual(ofType(chat, 'PERSON').slice(0, 1), ['PERSON:윤하늘']);
    assert.deepEqual(ofType('[동탄맘 모여라] 🙏 아이 킥보드 찾아요\n오늘 오후 4시쯤 놀이터에서 잃어버렸어요', 'PERSON'), []);
  });

  test("a staff role and the agent's name in brackets, listed or not (en)", () => {
    const chat = 'Customer: my APIS is incomplete\nAgent (Jia Hui): Hi! Please send the passenger name as in the passport.';
    assert.deepEqual(ofType(chat, 'PERSON'), ['PERSON:Jia Hui']);
  });

  test('a Malay or Indonesian word of address before the name is no part of it (en)', () => {
    const group = [
      "Parents' WhatsApp group – 5 Bestari",
      'Cikgu Farah: Reminder: SPM trial results are out.',
      'Mr Ravi: Thank you cikgu, my son was sick on 12 Sept.',
      'Cikgu Farah: Noted, Mr Ravi. Please WhatsApp me directly.',
    ].join('\n');
    assert.ok(ofType(group, 'PERSON').includes('PERSON:Farah'));
    assert.ok(!ofType(group, 'PERSON').includes('PERSON:Cikgu Farah'));
  });

  test("a Korean surname before a foreign given name in Hangul fills a name's field; a desk does not (ko)", () => {
    assert.deepEqual(ofType('환자명: 김대니얼 (Daniel Kim) | 환자번호: 11820543', 'PERSON'), ['PERSON:김대니얼', 'PERSON:Daniel Kim']);
    assert.deepEqual(ofType('성명: 이제시카\n연락처: 010-2233-4455', 'PERSON'), ['PERSON:이제시카']);
    assert.deepEqual(ofType('담당: 인프라팀\n요청: 서버 점검', 'PERSON'), []);
  });
});

describe('addresses as more countries write them', () => {
  test("an Indian flat after a phone's groups, an Indian house's '#42', a Spanish 'C/' street, a Brazilian 'Rua' (en, ko)", () => {
    const order =
      'Customer: Rohit Deshmukh, +91 98204 17653, B-702 Sai Krupa CHS, Hiranandani Gardens, Powai, Mumbai 400076. Email rd@gmail.com';
    assert.deepEqual(ofType(order, 'ADDRESS'), ['ADDRESS:B-702 Sai Krupa CHS, Hiranandani Gardens, Powai, Mumbai 400076']);
    assert.deepEqual(ofType('Rahul: #42, 3rd Cross, HSR Layout Sector 2, Bengaluru, Karnataka 560102.', 'ADDRESS'), [
      'ADDRESS:#42, 3rd Cross, HSR Layout Sector 2, Bengaluru, Karnataka 560102',
    ]);
    assert.deepEqual(ofType('Lucía Ortega\nC/ de Sant Joan de la Salle 42, 3º 2ª, 08022 Barcelona\nlucia.o@gmail.com', 'ADDRESS'), [
      'ADDRESS:C/ de Sant Joan de la Salle 42, 3º 2ª, 08022 Barcelona',
    ]);
    assert.deepEqual(
      ofType('연락처는 +55 11 98734-2210, 배송지는 Rua Augusta, 1508, apto 72, Consolação, São Paulo - SP, 01304-001', 'ADDRESS'),
      ['ADDRESS:Rua Augusta, 1508, apto 72, Consolação, São Paulo - SP, 01304-001'],
    );
  });

  test("a Spanish plate beside a car's or a van's word; a part's code is none (en)", () => {
    const claim = 'Customer: Yes. My car is the Seat Arona 4827 KTB, the other car was a white van, 2291 LMZ, and he left a note.';
    assert.deepEqual(ofType(claim, 'VEHICLE_PLATE'), ['VEHICLE_PLATE:4827 KTB', 'VEHICLE_PLATE:2291 LMZ']);
    assert.deepEqual(ofType('Order 4 units of filter 4827 KTB for the warehouse', 'VEHICLE_PLATE'), []);
  });
});
