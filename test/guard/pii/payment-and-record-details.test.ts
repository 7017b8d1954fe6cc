// The details of a payment and a record in the forms the fifth round of hand-written texts showed: a card's code under its
// other names and its details on the next chat line, short accounts after a branch's code, licences of other states,
// insurers' and hospitals' own labels, a chat's sender shown by a handle, birth dates given in answer.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assertFound, found } from './pii-test-helpers.ts';

describe('payment and record details', () => {
  test("a card's number with its expiry after it, its code under other names, its details on the next line (en, ko)", () => {
    assertFound([
      // The expiry's month joins the card's groups; the card ends where Luhn holds.
      ['ok its 4539 1488 0343 6467 08/27 382', ['CREDIT_CARD:4539 1488 0343 6467', 'CARD_EXPIRY:08/27', 'CARD_CVV:382']],
      [
        'card no 5500 0000 0000 0004, valid thru 11/26, sec code 123',
        ['CREDIT_CARD:5500 0000 0000 0004', 'CARD_EXPIRY:11/26', 'CARD_CVV:123'],
      ],
      [
        '고객: 4539 1488 0343 6467\n고객: 09/27\n고객: 뒷면 3자리 481',
        ['CREDIT_CARD:4539 1488 0343 6467', 'CARD_EXPIRY:09/27', 'CARD_CVV:481'],
      ],
      ['Card number is 5412 7534 9021 8836, expires April 2026', ['CREDIT_CARD:5412 7534 9021 8836', 'CARD_EXPIRY:April 2026']],
    ]);
    assertFound(
      [
        ['CSC 507 on my visa', ['CARD_CVV:507']],
        ['the last three digits on the signature strip are 719', ['CARD_CVV:719']],
        ['보안코드(CVC): 382', ['CARD_CVV:382']],
        ['CVC는요 382 입니다', ['CARD_CVV:382']],
        ['카드 뒷면에 있는 숫자 3개요? 382요', ['CARD_CVV:382']],
        ['카드 뒤에 번호 3자리 382', ['CARD_CVV:382']],
        // Any number's last digits are no card's code without a card word.
        ['계좌 뒤 3자리 482', []],
        ['security number: 4412 for the alarm', []],
      ],
      'CARD_CVV',
    );
    assertFound([
      [
        "CALLER: And the expiry and the three digits on the back?\nCUSTOMER: Expires 09/27, and it's 614.",
        ['CARD_EXPIRY:09/27', 'CARD_CVV:614'],
      ],
      [
        '상담원: 카드번호 확인됐고요, 유효기간 월/년 순서로 말씀 부탁드립니다\n고객: 09/27\n고객: 뒷면 세자리는 418',
        ['CARD_EXPIRY:09/27', 'CARD_CVV:418'],
      ],
    ]);
  });

  test("accounts after a branch's routing code, a bank named after the number, a mistyped IBAN, a waybill (en, ko)", () => {
    assertFound(
      [
        ['Transit 01292 Institution 003 Account 5104437', ['BANK_ACCOUNT:5104437']],
        ['Bank: Westpac\nBSB: 032-001\nAccount: 174 922', ['BANK_ACCOUNT:174 922']],
        ['pls send to 0123456789 access bank', ['BANK_ACCOUNT:0123456789']],
        ['토스 1000-1234-5678 으로 보내주세요', ['BANK_ACCOUNT:1000-1234-5678']],
        ['my account 1234567 is locked', []],
        ['call 0123456789 on the bank holiday', []],
        ['신한 110-432-785214 예금주 정다은\n\n회수 송장 한진 5320-1948-8821 입니다.', ['BANK_ACCOUNT:110-432-785214']],
      ],
      'BANK_ACCOUNT',
    );
  });

  test('licences of other states and countries after their label (en, ko)', () => {
    assertFound(
      [
        ['ID 1: VIC driver licence 048 273 915', ['DRIVER_LICENSE:048 273 915']],
        ['ID type: QLD driver licence, no. 084 512 339', ['DRIVER_LICENSE:084 512 339']],
        ['Passport P4827163B, and license N04-15-027731.', ['DRIVER_LICENSE:N04-15-027731']],
        ['My driving licence number is B072RRE2I55 (class B)', ['DRIVER_LICENSE:B072RRE2I55']],
        ['Driver: Lucía Benítez Arroyo, DL California D4471902', ['DRIVER_LICENSE:D4471902']],
        ['DL Michigan R163 552 904 117', ['DRIVER_LICENSE:R163 552 904 117']],
        ['친구 Emily Tran 이고 미국 캘리포니아 면허 Y4827163 이에요', ['DRIVER_LICENSE:Y4827163']],
        ['licence renewed in March 2024 for 10 years', []],
        ['운전면허 2종 보통 취득', []],
      ],
      'DRIVER_LICENSE',
    );
  });

  test("insurers' and hospitals' own labels and numbers (en, ko)", () => {
    assertFound(
      [
        ['NHS no. (optional): 485 777 3457', ['HEALTH_INSURANCE:485 777 3457']],
        ['European health insurance card number is 80724000030067125593.', ['HEALTH_INSURANCE:80724000030067125593']],
        ['Private health cover: Bupa membership no. 8831 0047 62', ['HEALTH_INSURANCE:8831 0047 62']],
        ['Medicare MBI: 4TR7-KH2-PJ61', ['HEALTH_INSURANCE:4TR7-KH2-PJ61']],
        ['Insurance: Aetna, member ID W2948 81736, group 0078210', ['HEALTH_INSURANCE:W2948 81736']],
        ['Health card / member no.: 7012 4458 9931 0002', ['HEALTH_INSURANCE:7012 4458 9931 0002']],
        ['건보 증번호 : 4-1038275946', ['HEALTH_INSURANCE:4-1038275946']],
        ['Gym membership no. 8831 0047 62', []],
      ],
      'HEALTH_INSURANCE',
    );
    assertFound(
      [
        ['Your patient number is WMC/IP/045871, um', ['MEDICAL_RECORD:WMC/IP/045871']],
        ['patient code BN-240318-0072. Please bring it', ['MEDICAL_RECORD:BN-240318-0072']],
        ["transferred to St. Luke's ED, hospital no. SLH 2210984", ['MEDICAL_RECORD:SLH 2210984']],
        ['UHID (hospital): SMH/2025/0041877', ['MEDICAL_RECORD:SMH/2025/0041877']],
        ['Chart # 0058821-W', ['MEDICAL_RECORD:0058821-W']],
        ['영수증에 환자번호 3028 4417 이라고 돼있어요', ['MEDICAL_RECORD:3028 4417']],
      ],
      'MEDICAL_RECORD',
    );
  });

  test("a chat's sender shown by a handle, and a login said a few words after its label (en, ko)", () => {
    assertFound(
      [
        [
          '[2:42 pm] bec_h: cant log into the app\n[2:43 pm] Josh: no worries\n[2:44 pm] bec_h: lol oops',
          ['USERNAME:bec_h', 'USERNAME:bec_h'],
        ],
        ['jlee88: gg\nsam: gg wp\njlee88: rematch?', ['USERNAME:jlee88', 'USERNAME:jlee88']],
        ['[오후 2:41] minji_0823: 환불 언제 돼요?\n[오후 2:42] 상담원: 확인해 드릴게요', ['USERNAME:minji_0823']],
        ['says my username doesnt exist. its rebecca.hartigan91', ['USERNAME:rebecca.hartigan91']],
        ['Your network login will be mlachance2; the temporary password follows', ['USERNAME:mlachance2']],
        ['the login page is portal.example.com', []],
        ['e.g: a note\nnode.js: a runtime', []],
        ['level=info event=password_reset_sent', []],
      ],
      'USERNAME',
    );
    assertFound(
      [
        ['reason=bad_password attempts=3', []],
        ['db_password=Qw8#mLp2', ['PASSWORD:Qw8#mLp2']],
      ],
      'PASSWORD',
    );
  });

  test("birth dates given in answer, in travellers' rows, spoken after born, in spaced forms (en, ko)", () => {
    assertFound(
      [
        [
          '[4/11/24, 10:06] Ravi HDFC Loans: I need your DOB as per PAN and registered email\n[4/11/24, 10:09] Anil Kumar: 17-08-1979, anil.k@example.com',
          ['DATE_OF_BIRTH:17-08-1979'],
        ],
        [
          'Agent: For security can I take your full name and date of birth?\nCustomer: Sarah Louise Morgan, eleventh of June seventy-five.',
          ['DATE_OF_BIRTH:eleventh of June seventy-five'],
        ],
        [
          '[오전 10:06] 설계사: 배우자분 성함, 생년월일, 면허번호 주세요~\n[오전 10:09] 서경호: 배미란 / 83.04.17 / 11-09-384172-51',
          ['DATE_OF_BIRTH:83.04.17'],
        ],
        ['TANAKA HARUTO  TK4829173  12MAY1988\nTANAKA YUI  TR0937715  03SEP1990', ['DATE_OF_BIRTH:12MAY1988', 'DATE_OF_BIRTH:03SEP1990']],
        ['1. 곽민서 / KWAK MINSEO / 여권 M38127704 / 1987.04.12', ['DATE_OF_BIRTH:1987.04.12']],
        ["It's Jack, he was born the tenth of January 2000.", ['DATE_OF_BIRTH:tenth of January 2000']],
        ['Date of Birth: 30 / 09 / 1976', ['DATE_OF_BIRTH:30 / 09 / 1976']],
        ['생년월일 : 67. 10. 03   성별: M', ['DATE_OF_BIRTH:67. 10. 03']],
        // A passport's expiry, an issue date's column and the day a thing happened are no birth dates.
        ['Passport M12345678 | 2031-04-18', []],
        ['name | passport | issued\nKim | M12345678 | 2019-03-01', []],
        ['발생일시: 2024.08.19(월) 15:20', []],
      ],
      'DATE_OF_BIRTH',
    );
    assertFound([['biz_no=214-87-30915 corp_no=110111-6283047 ceo', ['BRN:214-87-30915', 'CRN:110111-6283047']]]);
  });

  test("a birthday said in chat, a form's spaced date, a Korean name's date in brackets, a ward's handover (en, ko)", () => {
    assertFound(
      [
        ["lol Ngozi's bday is 3 March 2001 not the 4th", ['DATE_OF_BIRTH:3 March 2001']],
        ['Date of birth: 14 06 1989   Payroll ID: 00731', ['DATE_OF_BIRTH:14 06 1989']],
        // The year first, said group by group.
        ['DOB 1952 07 03, member since 2019', ['DATE_OF_BIRTH:1952 07 03']],
        ['생년월일은 88 03 14 입니다', ['DATE_OF_BIRTH:88 03 14']],
        ['생년월일은 팔팔 공삼 일사 입니다', ['DATE_OF_BIRTH:팔팔 공삼 일사']],
        ['주문일 2024 06 14 배송 완료', []],
        ['피보험자는 제 아내 송하윤(1981.06.22)이고, 입원기간은 2/17~2/20입니다.', ['DATE_OF_BIRTH:1981.06.22']],
        ['계약일(2024.03.01) 기준', []],
        ['order 14 06 2024 shipped', []],
      ],
      'DATE_OF_BIRTH',
    );
    assertFound([['[인계] 712호 2bed 탁은서 F/68 등록번호 20115903', ['MEDICAL_RECORD:20115903']]], 'MEDICAL_RECORD');
    assertFound(
      [
        ['gate code for the school car park is 4471', ['PASSWORD:4471']],
        ['현관 비번은 별표 누르고 4719 입니다', ['PASSWORD:4719']],
        ['비밀번호 찾기 1588-1234', []],
      ],
      'PASSWORD',
    );
    assertFound(
      [
        ['내 카톡 아이디 바꿨다 sooah_0417 로 추가해', ['USERNAME:sooah_0417']],
        ['Prepared by ronan.g (IT Service Desk)', ['USERNAME:ronan.g']],
        ['generated by the system', []],
      ],
      'USERNAME',
    );
  });

  test('an answer that names another item after the one asked for, and a heading that ends in a month and a year (en, ko)', () => {
    assertFound(
      [['상담원: 여권번호도 확인 부탁드려요.\n고객: A03918274 요. 신청번호는 K250708A3391 이에요.', ['PASSPORT:A03918274']]],
      'PASSPORT',
    );
    assertFound([["St Aidan's Academy - Year 11 Mock Examinations, March 2026\nDate | Session", []]], 'ADDRESS');
  });

  test("a British plate as it is printed, a card's three digits, a config's user and a member's ID (en, ko)", () => {
    assertFound(
      [
        ['And the registration?\nCALLER: LK19 XWP.', ['VEHICLE_PLATE:LK19 XWP']],
        ['your Skoda Octavia (LB21 HMZ), ETA 35 mins', ['VEHICLE_PLATE:LB21 HMZ']],
        ['SKU AB12 CDE', []],
        ['Order WX71KJO', []],
      ],
      'VEHICLE_PLATE',
    );
    assertFound([['5355 8102 4476 9016, exp 08/27 and the 3 digits 418', ['CARD_CVV:418']]], 'CARD_CVV');
    assertFound(
      [
        ['host: 10.42.7.118 / port 5432\nuser: svc_billing / pw: Qm7', ['USERNAME:svc_billing']],
        ['User: thanks. see you', []],
        ['[카셰어링 사고접수] 회원ID jiwoo_h92 / 성명 한지우', ['USERNAME:jiwoo_h92']],
      ],
      'USERNAME',
    );
  });

  test('a card\'s code after "CVV number", a dash or "on my card", and after an expiry of one digit\'s month (en)', () => {
    assertFound(
      [
        ['card ends in 6467 and the CVV number is 582', ['CARD_CVV:582']],
        ['CVV code: 582', ['CARD_CVV:582']],
        ['cvv - 582', ['CARD_CVV:582']],
        ['the security code on my card is 582', ['CARD_CVV:582']],
        ['card 4539 1488 0343 6467 exp 9/27 code 582', ['CARD_CVV:582']],
        ['Visa 4539 1488 0343 6467, expiry 09/27, three-digit code 582', ['CARD_CVV:582']],
        ['pin - 2 attempts left', []],
      ],
      'CARD_CVV',
    );
  });
});

test("the expiry of a health, medical or ID card, or of a contract, is no payment card's (en, ko)", () => {
  for (const text of [
    'CDL Class A, DOT med card exp 09/2028, MVR pulled 03/24',
    'Health card: RAMQ (Quebec) exp 2029-11 - bill reciprocal',
    '건강보험 카드 유효기간 2027.05 까지입니다',
    '약정 만료: 2027.03 / 납부방법: 카드자동납부',
  ])
    assert.deepEqual(
      found(text).filter((finding) => finding.startsWith('CARD_EXPIRY')),
      [],
      text,
    );
  assert.deepEqual(found('카드 5365-1120-7748-3908 유효기간 05/28'), ['CREDIT_CARD:5365-1120-7748-3908', 'CARD_EXPIRY:05/28']);
  assert.deepEqual(found('Visa card ending 4417, exp 09/27 please update'), ['CARD_EXPIRY:09/27']);
});

test("a Slack export's sender line of a handle and a time, and a Chinese inpatient number (en, ko)", () => {
  assert.deepEqual(found('#it-helpdesk\n\nderek.m  10:14 AM\nhey, locked out again\n\nkim.it  10:15 AM\non it'), [
    'USERNAME:derek.m',
    'USERNAME:kim.it',
  ]);
  assert.deepEqual(found('#헬프데스크\nsoyeon.k  2:10 PM\n비번 초기화 부탁드려요'), ['USERNAME:soyeon.k']);
  assert.deepEqual(found('app.js  10:14\nerror at line 3'), []);
  assert.deepEqual(found('Suzhou Municipal Hospital, inpatient no. ZY2025110400317'), ['MEDICAL_RECORD:ZY2025110400317']);
  assert.deepEqual(found('소주시립병원 inpatient no. ZY2025110400317'), ['MEDICAL_RECORD:ZY2025110400317']);
  assert.deepEqual(found('Inpatient numbers rose 4% in 2025'), []);
});

test("a Brazilian account with its check digit, an HMO's card after its insurer's name, airtime bought for a number (en, ko)", () => {
  assert.deepEqual(found('Banco Inter (077), branch 0001, account 8841027-3'), ['BANK_ACCOUNT:8841027-3']);
  assert.deepEqual(found('누방크 입금 계좌 50217734-9 (agência 0001)'), ['BANK_ACCOUNT:50217734-9']);
  assert.deepEqual(found('order 8841027-3 shipped'), []);
  assert.deepEqual(found('HMO: Maxicare, card no. 1102-8830-7714-06, LOA 25-0309-5512'), ['HEALTH_INSURANCE:1102-8830-7714-06']);
  assert.deepEqual(found('11-Feb  AIRTIME MTN 08031472259 REF 91822047'), ['PHONE:08031472259']);
  assert.deepEqual(found('휴대폰 충전 airtime top-up to 08031472259 완료'), ['PHONE:08031472259']);
});

test("a maternity ward's 등록번호, a hospital's file no. and RN, a 실손 policy after 의료보험, a dependant's suffix (en, ko)", () => {
  assert.deepEqual(found('산모 등록번호 88120457이에요. 출생아 등록번호는 B2506-0311'), [
    'MEDICAL_RECORD:88120457',
    'MEDICAL_RECORD:B2506-0311',
  ]);
  assert.deepEqual(found('Hospital file no.: MWH/2025/041877'), ['MEDICAL_RECORD:MWH/2025/041877']);
  assert.deepEqual(found('her hospital RN 25-0048213, appointment APT-77120'), ['MEDICAL_RECORD:25-0048213']);
  assert.deepEqual(found('- 실손의료보험 증권번호: 2019-H-0448172'), ['HEALTH_INSURANCE:2019-H-0448172']);
  assert.deepEqual(found('Insurance: Cigna Global, policy no. CGI-40817722-03 (direct billing approved)'), [
    'HEALTH_INSURANCE:CGI-40817722-03',
  ]);
});
