// Medical record numbers and health-insurance numbers: both exist only after their labels.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found } from './pii-test-helpers.ts';

test('finds medical record numbers after Korean and English labels', () => {
  assert.deepEqual(found('환자번호: 20231234 내원 예정'), ['MEDICAL_RECORD:20231234']);
  assert.deepEqual(found('병록번호 H-0048291'), ['MEDICAL_RECORD:H-0048291']);
  assert.deepEqual(found('MRN 00482913'), ['MEDICAL_RECORD:00482913']);
  assert.deepEqual(found('Patient ID: A1234567'), ['MEDICAL_RECORD:A1234567']);
  assert.deepEqual(found('chart no. 556677'), ['MEDICAL_RECORD:556677']);
  // The number on a hospital's patient card.
  assert.deepEqual(found('진료카드번호 12345678 로 접수했어요'), ['MEDICAL_RECORD:12345678']);
  assert.deepEqual(found('진료 카드 번호: 2023-004567'), ['MEDICAL_RECORD:2023-004567']);
});

test('등록번호 is a medical record number only in a clinical setting', () => {
  assert.deepEqual(found('외래 진료 등록번호 12345678'), ['MEDICAL_RECORD:12345678']);
  assert.deepEqual(found('회원 등록번호 12345678'), []);
  assert.deepEqual(found('환자 주민등록번호 850312-1234565'), ['RRN:850312-1234565']);
});

test('finds health-insurance numbers after their labels', () => {
  assert.deepEqual(found('건강보험증 번호 1-2345678901'), ['HEALTH_INSURANCE:1-2345678901']);
  assert.deepEqual(found('가입자번호: 12345678901'), ['HEALTH_INSURANCE:12345678901']);
  assert.deepEqual(found('Health insurance member ID: XJH123456789'), ['HEALTH_INSURANCE:XJH123456789']);
  // The eligibility number of the card and the Medical Aid (의료급여) number; a salary (급여) is no label.
  assert.deepEqual(found('건강보험 자격번호 5-1234567890'), ['HEALTH_INSURANCE:5-1234567890']);
  assert.deepEqual(found('의료급여 수급자 번호 12345678901 확인 부탁드립니다'), ['HEALTH_INSURANCE:12345678901']);
  assert.deepEqual(found('이번 달 급여 12345678원 입금'), []);
});

test('a UK NHS number after its label is a health-insurance number, not a phone (en, ko)', () => {
  assert.deepEqual(found('my NHS number is 943 476 5919'), ['HEALTH_INSURANCE:943 476 5919']);
  assert.deepEqual(found('NHS No: 9434765919'), ['HEALTH_INSURANCE:9434765919']);
  assert.deepEqual(found('영국 NHS 번호 943 476 5919 입니다'), ['HEALTH_INSURANCE:943 476 5919']);
  assert.deepEqual(found('The NHS 111 line is free'), []);
});

test("Northern Ireland's H&C number, Ireland's medical card and Ontario's health number under its French label (en, ko)", () => {
  assert.deepEqual(found('Caller rang, H&C no 327 114 9089, chart review'), ['HEALTH_INSURANCE:327 114 9089']);
  assert.deepEqual(found('Hosp. No.: 0917342   Medical card: 2217 4038'), ['MEDICAL_RECORD:0917342', 'HEALTH_INSURANCE:2217 4038']);
  assert.deepEqual(found('Numéro de carte Santé: 6620 115 384   Version: PD'), ['HEALTH_INSURANCE:6620 115 384']);
  assert.deepEqual(found('북아일랜드 H&C no 327 114 9089 로 조회해 주세요'), ['HEALTH_INSURANCE:327 114 9089']);
  assert.deepEqual(found('아일랜드 Medical card: 2217 4038 있어요'), ['HEALTH_INSURANCE:2217 4038']);
  // Without a number, or a firm's "& Co", nothing.
  assert.deepEqual(found('Medical card: yes, GP visit card: no'), []);
  assert.deepEqual(found('Tom & Co no 327 114 9089'), []);
});

test('건보, the everyday short form of 건강보험, labels a card number too; 건보료 (the premium) does not', () => {
  assert.deepEqual(found('건보 번호 78732690297, 본인 확인 완료'), ['HEALTH_INSURANCE:78732690297']);
  assert.deepEqual(found('건보: 1-6497158223'), ['HEALTH_INSURANCE:1-6497158223']);
  assert.deepEqual(found('건보료 12345678901 원 납부'), []);
  assert.deepEqual(found('NHIS number 12345678901, patient verified'), ['HEALTH_INSURANCE:12345678901']);
});

test('의료보험, the older name for health insurance, labels a card number too, spaced either way (ko, en)', () => {
  assert.deepEqual(found('의료보험번호 12345678901'), ['HEALTH_INSURANCE:12345678901']);
  assert.deepEqual(found('의료 보험증 번호: 1-2345678901'), ['HEALTH_INSURANCE:1-2345678901']);
  assert.deepEqual(found('건강보험 증번호 12345678901 입니다'), ['HEALTH_INSURANCE:12345678901']);
  assert.deepEqual(found('Health insurance card number 1-2345678901'), ['HEALTH_INSURANCE:1-2345678901']);
  assert.deepEqual(found('의료보험 적용돼요? 진료비 35,000원'), []);
});

test('an Australian Medicare number in its 4-5-1 grouping, with the card line after it, after its label (en, ko)', () => {
  assert.deepEqual(found('My Medicare number is 2123 45670 1'), ['HEALTH_INSURANCE:2123 45670 1']);
  assert.deepEqual(found('호주 Medicare 번호 2123 45670 1 2 입니다'), ['HEALTH_INSURANCE:2123 45670 1 2']);
  assert.deepEqual(found('order 2123 45670 1 shipped'), []);
});

test('record numbers in hyphenated groups, a bare 차트 in a clinical note, an Ontario health card (en, ko)', () => {
  assert.deepEqual(found('Patient No.: 1-2847-3306'), ['MEDICAL_RECORD:1-2847-3306']);
  assert.deepEqual(found('환아 진료 기록 (차트 C-23-118407)'), ['MEDICAL_RECORD:C-23-118407']);
  assert.deepEqual(found('Ontario Health Card: 5584-486-673-KT'), ['HEALTH_INSURANCE:5584-486-673-KT']);
  assert.deepEqual(found('호주 Medicare 카드 번호 2953 71843 1 로 청구 가능한가요'), ['HEALTH_INSURANCE:2953 71843 1']);
  // A music or a stock chart is no medical chart.
  for (const text of ['멜론 차트 2024 순위', '차트 1234위', '주식 차트 2025-11-30 기준', 'health card renewal on 2026-05-01'])
    assert.deepEqual(found(text), [], text);
});

test('without a label the same numbers are nothing', () => {
  assert.deepEqual(found('1-2345678901 and 20231234'), []);
  assert.deepEqual(found('the chart shows 556677 visits'), []);
});

test("a hospital's letters inside a record number and a label in brackets are read (en, ko)", () => {
  assert.deepEqual(found('UHID: SMH-2024-0187734\nPt: 58F'), ['MEDICAL_RECORD:SMH-2024-0187734']);
  assert.deepEqual(found('Expediente (MRN): 2024-MX-88312'), ['MEDICAL_RECORD:2024-MX-88312']);
  assert.deepEqual(found('환자번호(MRN): 2024-KR-00127'), ['MEDICAL_RECORD:2024-KR-00127']);
});

test("a hospital's number in brackets right after a patient's name in a ward's note (ko, en)", () => {
  assert.deepEqual(found('708호 2번 베드 진순옥 환자 (#10482277, F/82) 혈당 312 나와서 보고드렸어요'), [
    'PERSON:진순옥',
    'MEDICAL_RECORD:10482277',
  ]);
  assert.deepEqual(found('Ward 4 handover: Bed 2 Ana Ruiz (#4471920, 71F) post-op day 1'), ['PERSON:Ana Ruiz', 'MEDICAL_RECORD:4471920']);
  // Outside a clinical text the brackets hold something else.
  assert.deepEqual(found('팀 회식: 진순옥 님(20240512) 예약'), ['PERSON:진순옥']);
});

test('a value a few small words after its label, as people say it, is read as the label names it (en, ko)', () => {
  assert.deepEqual(found('Medicare number if you need it is 3184 27761 2, and I am number 1 on the card'), [
    'HEALTH_INSURANCE:3184 27761 2',
  ]);
  assert.deepEqual(found('her Medicare card changed, the new number is 2TW7-KP4-QJ91'), ['HEALTH_INSURANCE:2TW7-KP4-QJ91']);
  assert.deepEqual(found('엄마 PhilHealth po siya: 11-204557831-6 이에요'), ['HEALTH_INSURANCE:11-204557831-6']);
  // Words that end in no "is" or colon leave the number alone.
  assert.deepEqual(found('Medicare number is not needed for the 2953 71486 1 form'), []);
});

test("an Australian Medicare card's number by its grouping and check digit, and more insurers' members (en, ko)", () => {
  assert.deepEqual(found("Caller: 3579 18854 6, and I'm number 2 on the card"), ['HEALTH_INSURANCE:3579 18854 6']);
  assert.deepEqual(found('카드 번호 2953 71047 1 이고 이름은 곽수진'), ['HEALTH_INSURANCE:2953 71047 1', 'PERSON:곽수진']);
  // The check digit off: no card.
  assert.deepEqual(found('ref 3579 18855 6'), []);
  assert.deepEqual(found('Reception: And still with Bupa?\nCaller: Yep, member number 70418 3325.'), ['HEALTH_INSURANCE:70418 3325']);
  assert.deepEqual(found('Payer: Aetna PPO, member W284716639'), ['HEALTH_INSURANCE:W284716639']);
  assert.deepEqual(found('my mutuelle is Alan, member number ALN-7734019'), ['HEALTH_INSURANCE:ALN-7734019']);
  assert.deepEqual(found('Maxicare card no. 1190-0418-2276-5003 LOA approved'), ['HEALTH_INSURANCE:1190-0418-2276-5003']);
  assert.deepEqual(found('보험: Maxicare card no. 1190-0418-2276-5003'), ['HEALTH_INSURANCE:1190-0418-2276-5003']);
  // A gym's member and a team's member are no insured.
  assert.deepEqual(found('Gym: PureFit, member 88213490 since May'), []);
});
