// Structured identifiers in the forms other countries, systems and homes write them: a bank's code after an IBAN, a login
// in a URL, a door's code, a hospital's own labels, private insurers' numbers, a plate asked for, phones given in passing.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertFound, found } from './pii-test-helpers.ts';

describe('identifiers in more forms', () => {
  test("an IBAN with its bank's code after it, and a URL's login and password (en, ko)", () => {
    assertFound(
      [
        ['Faisal: SA74 4500 0000 1084 5229 1307 SAB, name on it', ['IBAN:SA74 4500 0000 1084 5229 1307']],
        ['송금 계좌 SA74 4500 0000 1084 5229 1307 SAB 입니다', ['IBAN:SA74 4500 0000 1084 5229 1307']],
      ],
      'IBAN',
    );
    assertFound([
      ['DATABASE_URL=postgres://orders_svc:Vq8!rT2mLp@db-prod-2.internal:5432/orders', ['USERNAME:orders_svc', 'PASSWORD:Vq8!rT2mLp']],
      ['배포 설정: https://deploy:S3cr3t!@git.example.com/repo', ['USERNAME:deploy', 'PASSWORD:S3cr3t!']],
      ['mail me at bob@example.com, see https://example.com', ['EMAIL:bob@example.com']],
    ]);
  });

  test("a login in a form's field, a system's ID and a door's, a gate's or a SIM's code (en, ko)", () => {
    assertFound([
      ['User ID: dkowalczyk   Workstation: LT-FIN-09', ['USERNAME:dkowalczyk']],
      ['- 그룹웨어 ID: nykwon / 임시 비밀번호: Hs!2024#0917', ['USERNAME:nykwon', 'PASSWORD:Hs!2024#0917']],
      ['key safe code is 1906, wifi is MarchmontGuest', ['PASSWORD:1906']],
      ['New SIM PUK: 58204471 (handed to customer only)', ['PASSWORD:58204471']],
      ['매장 뒷문 도어락 번호 바꿨어요 482719 입니다', ['PASSWORD:482719']],
      ['현관 비밀번호도 바꿨어 031582 야', ['PASSWORD:031582']],
    ]);
    for (const text of [
      'Username: required',
      'order ID: abc12345',
      'the gate code changed',
      '주문 ID: 12345',
      'Dial-in access code 448 201#',
    ])
      assert.deepEqual(found(text), [], text);
  });

  test("a hospital's and an insurer's own labels, and a corporate label's number (en, ko)", () => {
    assertFound([
      ['Hosp No: K1193847\nWard 7', ['MEDICAL_RECORD:K1193847']],
      ['Patient reg. no.: KSP/22/01884\nVisit date: 08/06/2024', ['MEDICAL_RECORD:KSP/22/01884']],
      ['[EMR] reserve ok pt_no=30418275 dept=ENT', ['MEDICAL_RECORD:30418275']],
      ['peanut allergy, NHI: ZKX4718', ['MEDICAL_RECORD:ZKX4718']],
      ['just quote your chart number, 55172. Thanks', ['MEDICAL_RECORD:55172']],
      ['환자 메모: UHID 2024/CH/118733 외래', ['MEDICAL_RECORD:2024/CH/118733']],
      ['Member/Card no.: MHG 7730 1185 02    Plan: SILVER', ['HEALTH_INSURANCE:MHG 7730 1185 02']],
      ['Techniker Krankenkasse   Insurance no.: L481209375', ['HEALTH_INSURANCE:L481209375']],
      ['보험 청구: Star Health member ID is 71042-88193', ['HEALTH_INSURANCE:71042-88193']],
      ['Corporate Registration No.: 110111-6634021', ['CRN:110111-6634021']],
    ]);
    assert.deepEqual(found('Gym member number 12345678'), []);
  });

  test('a plate after its registration mark or asked for, and an account after a bank abroad (en, ko)', () => {
    assertFound([
      ['Vehicle registration mark: KX19 HWD   Make: Vauxhall', ['VEHICLE_PLATE:KX19 HWD']],
      ["Agent: Thanks. Vehicle registration?\nCaller: CA 412-887, it's the white Hilux.", ['VEHICLE_PLATE:CA 412-887']],
      ['paid on the 10th to KEB Hana 620-184573-20907', ['BANK_ACCOUNT:620-184573-20907']],
      ['급여 계좌: FNB Cheque 62884109372 (branch 250655)', ['BANK_ACCOUNT:62884109372']],
    ]);
    assert.deepEqual(found('I love cheque 12345678 hmm'), []);
  });

  test("a travel document, a licence after its country's code, another service's live key, a password after its note (en, ko)", () => {
    assertFound([
      ['Travel document: PP K4127781M (SGP) exp 03JUL2031', ['PASSPORT:K4127781M']],
      ['Home licence: NL 5281937740 (cat. B)', ['DRIVER_LICENSE:5281937740']],
      ['새 키 공유: mlx_live_9c2f7a41e8b04d6fa3e1b7c5d28f0a96', ['SECRET:mlx_live_9c2f7a41e8b04d6fa3e1b7c5d28f0a96']],
      ['- Reset AD password to temporary: Tulip-Harbour-62! , user must change', ['PASSWORD:Tulip-Harbour-62!']],
      ['Wi-Fi name: FRITZ!Box 6660 WL   Wi-Fi key: 84917236502817339046', ['PASSWORD:84917236502817339046']],
      [
        '날씨 API 호출: https://api.example.org/weather?q=Busan&appid=3b7e9d21c4f84a0e9c6d15f2a8e07b4c',
        ['SECRET:3b7e9d21c4f84a0e9c6d15f2a8e07b4c'],
      ],
    ]);
    for (const text of [
      'Resolution code: RES-PWD-RESET.',
      'Account PIN (bill pay only): n/a',
      'run user_test_case_number_generator_function now',
    ])
      assert.deepEqual(found(text), [], text);
  });

  test("a table's header names its own columns: a business's line, a student number under another column's label (ko, en)", () => {
    assertFound(
      [
        ['주문번호,수령인,연락처\n20240521-0008847,(주)푸른식자재 구매팀,1644-8270', []],
        ['학번,성명,외국인등록번호,휴대폰\n2024310571,왕하오,010118-7172977,010-3104-8872', ['PHONE:010-3104-8872']],
        ['Student no,Name,Mobile\n2024310571,Wang Hao,0412 387 905', ['PHONE:0412 387 905']],
      ],
      'PHONE',
    );
    assert.deepEqual(
      found('학번,성명,외국인등록번호\n2024310571,왕하오,010118-7172977').filter((value) => value.startsWith('BRN')),
      [],
    );
  });

  test("a VIN by its check digit beside a car or under its column, plates of other languages, forums' authors, staff IDs (en, ko)", () => {
    assertFound([
      ['[00:00:53] AGENT: Can you read me the VIN off the door jamb?\n[00:01:10] CALLER: 5GAEVBKW9KJ204816', ['VIN:5GAEVBKW9KJ204816']],
      ['Fleet no.\tReg\tVIN\nNW-022\tLN21 OVC\tVF1MAF4S962418873', ['VEHICLE_PLATE:LN21 OVC', 'VIN:VF1MAF4S962418873']],
      ['차량 등록증 보고 쳤어요 1HGCM82633A004352', ['VIN:1HGCM82633A004352']],
      ['Is that the 2019 Buick Enclave, tag 4B72K19?', ['VEHICLE_PLATE:4B72K19']],
      ['Placas GUP-482-B right?', ['VEHICLE_PLATE:GUP-482-B']],
      ['Kennzeichen: M-OA 4417', ['VEHICLE_PLATE:M-OA 4417']],
      ['Anyone got same problem?\nPosted by ahbeng_kl88 | 3 hours ago', ['USERNAME:ahbeng_kl88']],
      ['[상담이력] 2024-12-09 / 상담사 ID cs_park21 / 인입: 리콜', ['USERNAME:cs_park21']],
      ['[엄마] 카드 유효기간 07/26 뒤에 세자리 418', ['CARD_EXPIRY:07/26', 'CARD_CVV:418']],
      ['the pin I put was 5821 but maybe', ['PASSWORD:5821']],
      ['수진자 메모 / 차트No. C-2011947', ['MEDICAL_RECORD:C-2011947']],
      ['Health number: 5584 117 906   Version: VC', ['HEALTH_INSURANCE:5584 117 906']],
    ]);
    for (const text of ['Order 1HGCM82633A004352 shipped', 'asset tag LT-01932', 'Posted by John yesterday', '뒤에 있어요 3자리 주차'])
      assert.deepEqual(found(text), [], text);
  });

  test('a phone given in passing: a number that is one, a wrong one, a direct line, one to port, one after an email (en, ko)', () => {
    assertFound(
      [
        ['WiFi not working since yesterday evening. number is 98450 23117', ['PHONE:98450 23117']],
        ['I sent 2,500 to the wrong number 0917 823 4410 instead of 0917 823 4401', ['PHONE:0917 823 4410', 'PHONE:0917 823 4401']],
        ['Could you ring me on my direct line, 01 626 4418, any morning', ['PHONE:01 626 4418']],
        ['I sent GHS 1,200 to my brother Kwabena on 024 551 8832 but', ['PHONE:024 551 8832']],
        ['sanne@devriesvertaalt.nl | 06 4117 2893', ['PHONE:06 4117 2893']],
        ['번호 이동 신청 — Number to port: 087 219 4486', ['PHONE:087 219 4486']],
        ['Ito po number ko 0917 824 3361, Jhoana po ito', ['PHONE:0917 824 3361']],
        ['his cel is 477 215 9034 just in case', ['PHONE:477 215 9034']],
        ["We'll SMS 082 517 3369 with updates.", ['PHONE:082 517 3369']],
      ],
      'PHONE',
    );
    assert.deepEqual(found('Order on 20240512 shipped'), []);
  });
});
