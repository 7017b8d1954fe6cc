// Values whose label stands a little further off or is spelled as other countries and configs spell it, and number
// plates whose shape alone is enough: round 27's structured misses.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { foundOfType as ofType } from './pii-test-helpers.ts';

describe('a label further off', () => {
  test('a card grouped 4-4-4-4 that passes Luhn answers the card word of the turn before (ko, en)', () => {
    assert.deepEqual(
      ofType('상담원: 카드번호 16자리 불러주시겠어요?\n고객: 구사일공... 아니 잠깐만. 9410 6710 2177 8223이요.', 'CREDIT_CARD'),
      ['CREDIT_CARD:9410 6710 2177 8223'],
    );
    assert.deepEqual(
      ofType('Agent: can you read me the card number please?\nCaller: hang on, found it. 9410 6710 2177 8223', 'CREDIT_CARD'),
      ['CREDIT_CARD:9410 6710 2177 8223'],
    );
    // Far from any card word, a domestic prefix is a code.
    assert.deepEqual(ofType('배송 조회 부탁드립니다. 송장 번호 9410 6710 2177 8223 입니다', 'CREDIT_CARD'), []);
  });

  test('a VIN a sentence after its label (en, ko)', () => {
    assert.deepEqual(ofType("I need the VIN for the recall check, can you confirm it's WVWZZZAWZJY047813?", 'VIN'), [
      'VIN:WVWZZZAWZJY047813',
    ]);
    assert.deepEqual(ofType('차대번호는 리콜 조회용으로 필요한데요 확인해보니 WVWZZZAWZJY047813 이렇게 나와요', 'VIN'), [
      'VIN:WVWZZZAWZJY047813',
    ]);
  });
});

describe('labels as other countries and configs spell them', () => {
  test("a config's ADMIN_USER, a French Digicode, and no contraction as a code (en, ko)", () => {
    assert.deepEqual(ofType('  ADMIN_USER: "nikos.p"\n  ADMIN_PASS: "W1nter-H4rbor"', 'USERNAME'), ['USERNAME:nikos.p']);
    assert.deepEqual(ofType('Digicode for the street door is 47B19', 'PASSWORD'), ['PASSWORD:47B19']);
    assert.deepEqual(ofType('파리 숙소 공동현관 Digicode: 47B19 이고 열쇠함은 2층이에요', 'PASSWORD'), ['PASSWORD:47B19']);
    assert.deepEqual(ofType("If the gate code doesn't work, call me", 'PASSWORD'), []);
    assert.deepEqual(ofType('연락처: 010-6620-4418 (위챗 sunhao_ic 로도 연락 가능)', 'USERNAME'), ['USERNAME:sunhao_ic']);
  });

  test("a hospital's admission number and a clinic's own number (en, ko)", () => {
    assert.deepEqual(ofType('Sent to hospital. Hospital admission no. ZY20250311-0472. Press locked out', 'MEDICAL_RECORD'), [
      'MEDICAL_RECORD:ZY20250311-0472',
    ]);
    assert.deepEqual(ofType('Koh Hui Min   F/34   DOB 09-Mar-1990   Clinic no. OFC-088214', 'MEDICAL_RECORD'), [
      'MEDICAL_RECORD:OFC-088214',
    ]);
    assert.deepEqual(ofType('싱가포르 병원 진료 접수 Clinic no. OFC-088214 로 됐어요', 'MEDICAL_RECORD'), ['MEDICAL_RECORD:OFC-088214']);
    assert.deepEqual(ofType('University admission no. 2024-118733', 'MEDICAL_RECORD'), []);
  });

  test("a health insurer's policy card after words of health cover (en, ko)", () => {
    assert.deepEqual(ofType('Her insurance is Star Health, policy card no. 11220034418870, can cashless be done?', 'HEALTH_INSURANCE'), [
      'HEALTH_INSURANCE:11220034418870',
    ]);
    assert.deepEqual(ofType('인도 건강보험 Star Health 이고 policy card no. 11220034418870 이에요', 'HEALTH_INSURANCE'), [
      'HEALTH_INSURANCE:11220034418870',
    ]);
    assert.deepEqual(ofType('Car policy card no. 11220034418870', 'HEALTH_INSURANCE'), []);
  });

  test('a secret after "was" (en, ko)', () => {
    assert.deepEqual(ofType("it's rotated anyway? secret was az0mTu80he2NptPRTwCKtGARgVa9EeoH/Omg6PlK", 'SECRET'), [
      'SECRET:az0mTu80he2NptPRTwCKtGARgVa9EeoH/Omg6PlK',
    ]);
    assert.deepEqual(ofType('유출된 AWS secret 은 az0mTu80he2NptPRTwCKtGARgVa9EeoH/Omg6PlK 입니다', 'SECRET'), [
      'SECRET:az0mTu80he2NptPRTwCKtGARgVa9EeoH/Omg6PlK',
    ]);
    assert.deepEqual(ofType('the secret was that nobody knew anything about it really', 'SECRET'), []);
  });
});

describe('plates', () => {
  test('a plate after "was" (en)', () => {
    assert.deepEqual(ofType('The other driver was Amira Suleiman, her plate was CRZA 119, and she gave me her number', 'VEHICLE_PLATE'), [
      'VEHICLE_PLATE:CRZA 119',
    ]);
    assert.deepEqual(ofType('the plate was fine', 'VEHICLE_PLATE'), []);
  });

  test('Chinese and Japanese plates by their shape alone (en, ko)', () => {
    assert.deepEqual(ofType("Sent to Dongguan People's Hospital in the plant car 粤S·D4Y728.", 'VEHICLE_PLATE'), [
      'VEHICLE_PLATE:粤S·D4Y728',
    ]);
    assert.deepEqual(ofType('| OS-07 | なにわ 400 す 21-58 | Kobayashi Ren |', 'VEHICLE_PLATE'), ['VEHICLE_PLATE:なにわ 400 す 21-58']);
    assert.deepEqual(ofType('오사카 지점 차는 大阪 480 あ 19-04 입니다', 'VEHICLE_PLATE'), ['VEHICLE_PLATE:大阪 480 あ 19-04']);
    assert.deepEqual(ofType('2024年3月5日 東京 2025年 京ABCDEF', 'VEHICLE_PLATE'), []);
  });
});

describe('numbers that name no person', () => {
  test("an organisation's lines by their words: main line, box office, attendance line, outage, free call (en)", () => {
    assert.deepEqual(ofType('HQ & factory: Gunpo-si\nMain line: +82 31-455-2270', 'PHONE'), []);
    assert.deepEqual(ofType('Box office: +351 213 240 580 (Tue–Sat 13:00–19:30)', 'PHONE'), []);
    assert.deepEqual(ofType('• Absences: please call the attendance line, 07 856 2104, before 9am.', 'PHONE'), []);
    assert.deepEqual(ofType('Questions: 09 70 81 42 00 (free call) · Outage: 09 72 67 50 67', 'PHONE'), []);
    assert.deepEqual(ofType('Mobile: 07841 226903', 'PHONE'), ['PHONE:07841 226903']);
  });

  test("a hospital's office, a guard room, a viewers' desk and a hotel's front desk (ko)", () => {
    assert.deepEqual(ofType('상기 금액은 부가세 포함입니다. 문의: 원무과 02-3410-0200', 'PHONE'), []);
    assert.deepEqual(ofType('게이트 출입증 발급 필요 (정문 경비실 031-8053-2200)', 'PHONE'), []);
    assert.deepEqual(ofType('호텔 연락처: +34 932 45 88 10 (24시간 프런트)', 'PHONE'), []);
    assert.deepEqual(ofType('제 번호 010-2222-3333 으로 주세요', 'PHONE'), ['PHONE:010-2222-3333']);
  });

  test("a parcel's number after the post office's courier, and any address 0.0.0.0 (ko, en)", () => {
    assert.deepEqual(ofType('[배송] 우체국택배 6070-2914-8835 / 11.12 발송', 'BANK_ACCOUNT'), []);
    assert.deepEqual(ofType('환불은 우체국 6070-2914-8835 으로 보내주세요', 'BANK_ACCOUNT'), ['BANK_ACCOUNT:6070-2914-8835']);
    assert.deepEqual(ofType('the bastion at 52.18.204.77 still allows 22 from 0.0.0.0/0', 'IP_ADDRESS'), ['IP_ADDRESS:52.18.204.77']);
    assert.deepEqual(ofType('방화벽이 0.0.0.0/0 전체 허용이고 서버 IP는 10.20.1.7 입니다', 'IP_ADDRESS'), ['IP_ADDRESS:10.20.1.7']);
  });

  test('a hire date after a birth date on its line (en)', () => {
    assert.deepEqual(ofType('Date of birth: 23/02/1990      Hire date: 01/03/2016', 'DATE_OF_BIRTH'), ['DATE_OF_BIRTH:23/02/1990']);
  });
});
