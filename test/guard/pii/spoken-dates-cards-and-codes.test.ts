// Birth dates said in words after their label or in answer (English ordinals and a year's apostrophe, Sino-Korean
// numerals), an unlabelled message's request answered by a named sender, the debit and domestic card networks, a card's
// details pasted as "card / MMYY / code", codes read digit by digit or "at the back", an ITIN typed outside the IRS's
// ranges, values corrected with a slip, webhook addresses and logins written as the twentieth round wrote them.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe('spoken dates, cards and codes', () => {
  test('a birth date said in words after its label, however long the sentence runs (en)', () => {
    assertFound([
      [
        'Her date of birth is the second of February nineteen forty-one if you need it for security.',
        ['DATE_OF_BIRTH:second of February nineteen forty-one'],
      ],
      [
        'Date of birth? Fourteenth of March nineteen fifty-one. And the house phone is',
        ['DATE_OF_BIRTH:Fourteenth of March nineteen fifty-one'],
      ],
      [
        "you'll be wanting my date of birth, that's the twelfth of April nineteen fifty-eight, and the landline",
        ['DATE_OF_BIRTH:twelfth of April nineteen fifty-eight'],
      ],
      ['born on a Tuesday in the spring', []],
    ]);
  });

  test('a birth date said in answer: two ordinals, a year after an apostrophe, Sino-Korean numerals (en, ko)', () => {
    assertFound([
      ['AGENT: And date of birth?\nCALLER: Fourteenth of the third, eighty-two.', ['DATE_OF_BIRTH:Fourteenth of the third, eighty-two']],
      [
        "AGENT: Can I take your date of birth for security?\nCALLER: twenty-third of November, '86",
        ["DATE_OF_BIRTH:twenty-third of November, '86"],
      ],
      [
        '상담원: 본인 확인 위해 성함이랑 생년월일 말씀 부탁드립니다.\n고객: 오정숙이고요 육십팔년 삼월 십사일이요.',
        ['PERSON:오정숙', 'DATE_OF_BIRTH:육십팔년 삼월 십사일'],
      ],
      ['생년월일은 칠십팔년 시월 이십일일입니다', ['DATE_OF_BIRTH:칠십팔년 시월 이십일일']],
      // A date said in words with no birth word is any day's.
      ['이천이십오년 삼월 십사일에 개업했어요', []],
    ]);
  });

  test("a request in a message without a sender, answered on the sender's line (ko, en)", () => {
    assertFound([
      ['입사 서류 중에 여권 사본이 빠졌어요. 여권번호만 먼저 보내주셔도 돼요.\n> 지원: 네! M29045713 입니다.', ['PASSPORT:M29045713']],
      ['Could you send me your date of birth?\n\nMe: 12/03/1985', ['DATE_OF_BIRTH:12/03/1985']],
      // The line before asks for nothing.
      ['Thanks for your order.\nMe: 12/03/1985', []],
    ]);
  });

  test('debit and domestic card networks beside a card word; none without one (en, ko)', () => {
    assertFound([
      ['Maestro 6759 6498 2643 8453', ['CREDIT_CARD:6759 6498 2643 8453']],
      ['RuPay card 6080 0000 0000 0003', ['CREDIT_CARD:6080 0000 0000 0003']],
      ['Mir 카드 2200 0000 0000 0004 로 결제', ['CREDIT_CARD:2200 0000 0000 0004']],
      ['Verve card 5061 0000 0000 0000 004', ['CREDIT_CARD:5061 0000 0000 0000 004']],
      ['order 6080 0000 0000 0003', []],
    ]);
  });

  test("a card's details pasted as card / MMYY / code, and codes read digit by digit or at the back (en, ko)", () => {
    assertFound([
      ['Card 4539 1488 0343 6467 / 0927 / 318', ['CREDIT_CARD:4539 1488 0343 6467', 'CARD_EXPIRY:0927', 'CARD_CVV:318']],
      // Four digits with no code after them are a year, not an expiry.
      ['Card 4539 1488 0343 6467 / 2025 / 318', ['CREDIT_CARD:4539 1488 0343 6467']],
      ['security code is 4 1 7 on my card', ['CARD_CVV:4 1 7']],
      ['보안코드는 5 8 2', ['CARD_CVV:5 8 2']],
      ['code at the back 417', ['CARD_CVV:417']],
      ['the numbers on the reverse: 318', ['CARD_CVV:318']],
      ['Parking at the back 4172 spaces', []],
    ]);
  });

  test('an ITIN its label names, though its group is not assigned; the same digits unlabelled are none (en)', () => {
    assertFound([
      ['Co-borrower: Hana Whitaker   ITIN 946-93-3372', ['PERSON:Hana Whitaker', 'US_ITIN:946-93-3372']],
      ['ticket 946-93-3372', []],
    ]);
  });

  test('a value corrected or read back with one digit changed or two swapped; a weak guess is no ground (en, ko)', () => {
    assertFound([
      [
        'Customer: passport PA7730419\nCustomer: sorry typo, PA7730418\nAgent: Thanks, updated to PA7730418.',
        ['PASSPORT:PA7730419', 'PASSPORT:PA7730418', 'PASSPORT:PA7730418'],
      ],
      ['Mobile: 98230 61174 (earlier entered as 98230 61147 - corrected)', ['PHONE:98230 61174', 'PHONE:98230 61147']],
      ['연락처 010-4471-2093 맞죠? 아 010-4471-2039 이에요', ['PHONE:010-4471-2093', 'PHONE:010-4471-2039']],
      // A date under an account column's header is the next row's date, and no account to correct.
      [
        '거래일시 | 내용 | 상대계좌\n2025-03-02 10:31 | 이체 | 우리 1002-846-339127\n2025-03-03 08:00 | 통신료',
        ['BANK_ACCOUNT:1002-846-339127'],
      ],
    ]);
  });

  test('webhook addresses, a login over two lines, codes still the same, portfolio and Korean nicknames, Riot IDs (en, ko)', () => {
    assertFound([
      [
        'SLACK_WEBHOOK_URL=https://hooks.slack.com/services/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',
        ['SECRET:https://hooks.slack.com/services/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'],
      ],
      [
        'host 43.201.87.154 / port 5432\nuser stg_admin\npw Wd9!rKe2#pLq',
        ['IP_ADDRESS:43.201.87.154', 'USERNAME:stg_admin', 'PASSWORD:Wd9!rKe2#pLq'],
      ],
      ['Is the side gate code still 4471?', ['PASSWORD:4471']],
      ['the password is still wrong', []],
      ['Behance: yerin_ng', ['USERNAME:yerin_ng']],
      ['요청자: 염지수 / AD계정 js.yeom', ['PERSON:염지수', 'USERNAME:js.yeom']],
      ['판매자 닉네임 애플조아77 이고 카톡 아이디는 ipad_deal99', ['USERNAME:애플조아77', 'USERNAME:ipad_deal99']],
      ['롤은 그대로 쪼꼬민서#KR1', ['USERNAME:쪼꼬민서#KR1']],
      ['닉네임 변경 3회', []],
    ]);
  });

  test("a Korean form's short birth date with the year first (ko)", () => {
    assertFound([['본인확인 완료 (생년월일 79-03-28, 휴대폰 010 8820 1743 인증)', ['DATE_OF_BIRTH:79-03-28', 'PHONE:010 8820 1743']]]);
  });

  test("a list of people with their cells apart by slashes: the name and a grown person's date (ko)", () => {
    assertFound([
      [
        '희망일: 5월\n1) 권혁수 / 1962.07.19 / 건강보험증번호 1-6204718325',
        ['PERSON:권혁수', 'DATE_OF_BIRTH:1962.07.19', 'HEALTH_INSURANCE:1-6204718325'],
      ],
      ['대상자\n 1) 설지호 / 개발본부 / 1990.06.17 / 010-3318-4920', ['PERSON:설지호', 'DATE_OF_BIRTH:1990.06.17', 'PHONE:010-3318-4920']],
      // A date of the last fourteen years is the day someone joined; an everyday word opens no person's row.
      ['신규 입사\n- 김민수 / 2024.03.02 / 입사', ['PERSON:김민수']],
      ['- 배송 / 2024.03.02 / 010-1234-5678', ['PHONE:010-1234-5678']],
    ]);
  });

  test('birth dates after another birth date: "and mine is", "him" (en); member numbers with a dependant suffix or slashes (en)', () => {
    assertFound([
      [
        'Her date of birth was August 3, 1941, and mine is March 19, 1944. The automatic',
        ['DATE_OF_BIRTH:August 3, 1941', 'DATE_OF_BIRTH:March 19, 1944'],
      ],
      ['we share a birthday: me 14 Aug 1998, him 14 Aug 2003, so', ['DATE_OF_BIRTH:14 Aug 1998', 'DATE_OF_BIRTH:14 Aug 2003']],
      ['DOB 11/07/1990, delivered 28/02/2024', ['DATE_OF_BIRTH:11/07/1990']],
      ['Subscriber ID: 00184 29365 01   Group: 08812-0004', ['HEALTH_INSURANCE:00184 29365 01']],
      ['please bring your HMO card, Hygeia member no. HYG/0442917/01, and', ['HEALTH_INSURANCE:HYG/0442917/01']],
      ['rollback initiated by m.kowalczyk at 04:27', ['USERNAME:m.kowalczyk']],
      ['a review requested by customer', []],
    ]);
  });

  test("mobiles in Ireland's and South Africa's grouping; a Korean bank's grouping is no card (en)", () => {
    assertFound([
      ['no use 087 209 5531, the other one is my work', ['PHONE:087 209 5531']],
      ['My mobile is 086 771 3029 and his is 083 205 6618 if anything.', ['PHONE:086 771 3029', 'PHONE:083 205 6618']],
      ['수신거부 080 123 4567', []],
      ['Auto-debit: Hana Bank 391-910284-76507, holder', ['BANK_ACCOUNT:391-910284-76507']],
    ]);
  });

  test('keys and logins as configs, routers and staff lists write them (en, ko)', () => {
    assertFound([
      ['"Authorization":"Basic bGl2ZV9za183SHEyTHo5VnhSNG1XcDBzVDNuQ2s4Og=="', ['SECRET:bGl2ZV9za183SHEyTHo5VnhSNG1XcDBzVDNuQ2s4Og==']],
      ['Basic information about the plan', []],
      ['캐시됨 → glpat-Xq7vR2mLk9TzW4bNc8Ys 폐기 후', ['SECRET:glpat-Xq7vR2mLk9TzW4bNc8Ys']],
      ['host는 stg-db-01 포트 5432\nid: dev_hoon\npw: Wq7!mZ2r#Kd9', ['USERNAME:dev_hoon', 'PASSWORD:Wq7!mZ2r#Kd9']],
      ['사번,성명,그룹웨어ID,초기PW\nD2158,추예린,yr.choo,Ds!2025-0407a', ['PERSON:추예린', 'USERNAME:yr.choo', 'PASSWORD:Ds!2025-0407a']],
      ['Wi-Fi: SSID NowakBecker_5G   WPA2 key: kx7R-29pq-LT4m-0dw8', ['PASSWORD:kx7R-29pq-LT4m-0dw8']],
      ['Zugang: persönliches Kennwort 73018842', ['PASSWORD:73018842']],
      ['and the wifi key says kT7vR9pzQx2m', ['PASSWORD:kT7vR9pzQx2m']],
      ['카톡 ID 바꿨어 → yoonah_k0707', ['USERNAME:yoonah_k0707']],
      ['새로 팠음 디코는 그대로 moonpie.zz', ['USERNAME:moonpie.zz']],
      [' - ERP(SAP) ID: RASW01 / 초기 비밀번호: Sap#7731kq', ['USERNAME:RASW01', 'PASSWORD:Sap#7731kq']],
      ['Secondary: none   Medicaid RID: 100384726519', ['HEALTH_INSURANCE:100384726519']],
      ['MRN: 0839904   Medical card no.: 90417263B (GMS)', ['MEDICAL_RECORD:0839904', 'HEALTH_INSURANCE:90417263B']],
      [
        'AGENT: member number?\nCALLER: It is H-M-4-4-0-2-9-1-7.\nAGENT: HM4402917, grand.',
        ['HEALTH_INSURANCE:H-M-4-4-0-2-9-1-7', 'HEALTH_INSURANCE:HM4402917'],
      ],
    ]);
  });

  test('logins in logs, exports and JSON records: operators, record authors, audit keys, access logs (en, ko)', () => {
    assertFound([
      ['timestamp,event,operator,msisdn\n2024-11-28 10:14:22,MNP_REQ,kjh0113,010-2951-6607', ['USERNAME:kjh0113', 'PHONE:010-2951-6607']],
      ['{"fee_kes":6500,"created_by":"reception.amina"}', ['USERNAME:reception.amina']],
      // A system's own account is no person's.
      ['{"approved_by":"workflow-auto","created_by":"SYSTEM"}', []],
      ['AUDIT role change by=priya.venkat target=m.kessler', ['USERNAME:priya.venkat', 'USERNAME:m.kessler']],
      ['cancel reason=CODE_07 by=counter_user:won0412', ['USERNAME:won0412']],
      ['81.144.203.17 - jessamy.r [07/Nov/2024:09:14:03 +0000] "GET / HTTP/1.1" 200', ['IP_ADDRESS:81.144.203.17', 'USERNAME:jessamy.r']],
      ['81.144.203.17 - - [07/Nov/2024:09:14:03 +0000] "GET / HTTP/1.1" 200', ['IP_ADDRESS:81.144.203.17']],
      ['Customer: I log in as tobiwan_kenobi, email is', ['USERNAME:tobiwan_kenobi']],
    ]);
  });

  test("the twenty-second round's forms: env passwords, codes changed by an arrow, CBU, calls back, profiles (en, ko)", () => {
    assertFound([
      ['DB_USER=svc_batch\nDB_PASS=Qw!92mLr#tz', ['USERNAME:svc_batch', 'PASSWORD:Qw!92mLr#tz']],
      ['db_pass=tacoTuesday!88', ['PASSWORD:tacoTuesday!88']],
      ['log in to the HR portal with user ID rmenon and temporary password Wlc#4471 today', ['USERNAME:rmenon', 'PASSWORD:Wlc#4471']],
      ['출입 비밀번호: 2580 → 7294로 변경 요청', ['PASSWORD:2580', 'PASSWORD:7294']],
      ['공동현관 출입번호: 1209\n출고 예정일은 1월 16일입니다.', ['PASSWORD:1209']],
      ['send it to CBU 0720168788000037495210, titular Valentina Rojas', ['BANK_ACCOUNT:0720168788000037495210', 'PERSON:Valentina Rojas']],
      ['tracking 0720168788000037495210', []],
      ['Notes: stop 2 rang back 11:40 from 01 451 8830, wants redelivery', ['PHONE:01 451 8830']],
      ['asked daughter Adaeze to bring her; daughter on 0813 774 2098', ['PERSON:Adaeze', 'PHONE:0813 774 2098']],
      ['[연세○○내과] 남궁서연님(79.11.30) 4월 2일(수) 오전 8시 수면위내시경 예약', ['PERSON:남궁서연', 'DATE_OF_BIRTH:79.11.30']],
      [
        "the last fella's name. date of birth, em, ninth of November nineteen eighty-seven. and",
        ['DATE_OF_BIRTH:ninth of November nineteen eighty-seven'],
      ],
      ['포트폴리오: behance.net/hb_eunchae', ['USERNAME:hb_eunchae']],
      ['see https://www.instagram.com/p/Cx12abc/ and instagram.com/yoonah.film', ['USERNAME:yoonah.film']],
    ]);
  });

  test('the twenty-third round\'s forms: owners of an ID, env and key=value logins, numbers after "it\'s" or "(no." (en, ko)', () => {
    assertFound([
      ['출력일시 2025.05.07 14:22 / 조회자 ID: dgma1203', ['USERNAME:dgma1203']],
      ['신청 ID: daonchoi88', ['USERNAME:daonchoi88']],
      ['my K app ID: nhung.nguyen98', ['USERNAME:nhung.nguyen98']],
      ['아 그리고 사내 메신저 ID는 seoyeon.k 로 만들어주시면', ['USERNAME:seoyeon.k']],
      ['order ID is 20240511-88', []],
      ['ADMIN_LOGIN_ID=ops_hyejin\nADMIN_LOGIN_PW=Hyejin041', ['USERNAME:ops_hyejin', 'PASSWORD:Hyejin041']],
      ['installment=0, buyerId=hoa_ng92, buyerTel=01022937615', ['USERNAME:hoa_ng92', 'PHONE:01022937615']],
      ['Username: prakash_iyer77   Last login: 10-03-2026 21:44:09 IST', ['USERNAME:prakash_iyer77']],
      ["He'll bring his driving licence (no. 180447215) and a copy", ['DRIVER_LICENSE:180447215']],
      ["might need his licence, it's 14882037. gate code is 4471", ['DRIVER_LICENSE:14882037', 'PASSWORD:4471']],
      ['Her husband can be reached on 0805 772 1930.', ['PHONE:0805 772 1930']],
      ['Registered phone is 138 1726 4093 but now I am in Korea', ['PHONE:138 1726 4093']],
      ['LUTH/22/018734, DOB 12/03/1968, NHIA no 10294857, called re', ['DATE_OF_BIRTH:12/03/1968', 'HEALTH_INSURANCE:10294857']],
    ]);
  });

  test('a list of people and their logins where a text collects logins (ko)', () => {
    assertFound([
      // The people too, by the logins spelled from their names.
      [
        '깃허브 레포 초대할 아이디 취합함\n민지원 jiwon.min0312\n오태윤 oty_1122',
        ['PERSON:민지원', 'USERNAME:jiwon.min0312', 'PERSON:오태윤', 'USERNAME:oty_1122'],
      ],
      ['장보기 목록\n우유 2L\n계란 30구', []],
    ]);
  });

  test("the twenty-fourth round's forms: corrected birth dates, names with sex and date, birthday lists, accounts after checking (en, ko)", () => {
    assertFound([
      ['- his DOB is 06/14/1986 (the form said 06/14/1968, typo on his end', ['DATE_OF_BIRTH:06/14/1986', 'DATE_OF_BIRTH:06/14/1968']],
      ['생년월일이 2002-10-05 로 나와 있는데 실제로는 2002-01-05 입니다', ['DATE_OF_BIRTH:2002-10-05', 'DATE_OF_BIRTH:2002-01-05']],
      [
        '수검자: 반소희 (여, 1968.04.02)\n건보증 No.: 72014839261',
        ['PERSON:반소희', 'DATE_OF_BIRTH:1968.04.02', 'HEALTH_INSURANCE:72014839261'],
      ],
      [
        '생일이랑 번호 필요함!!\n권하람 2004.03.19 010-4029-7713\n설민재 030911 01085520347',
        ['PERSON:권하람', 'DATE_OF_BIRTH:2004.03.19', 'PHONE:010-4029-7713', 'PERSON:설민재', 'DATE_OF_BIRTH:030911', 'PHONE:01085520347'],
      ],
      ['Customer: checking, 4100 2938 5576', ['BANK_ACCOUNT:4100 2938 5576']],
      ['Direct deposit: routing 122187238, savings 7301 0048 5521', ['BANK_ACCOUNT:7301 0048 5521']],
      ['보내는 사람 From: 기민서 (eBay ID: minseo_vinyl_kr)', ['PERSON:기민서', 'USERNAME:minseo_vinyl_kr']],
      ['Mobil für Rückfragen: 0157 38214460', ['PHONE:0157 38214460']],
    ]);
  });

  test('a German compound ending in Kennwort, a console logged into (en)', () => {
    assertFound([
      ['Kundenkennwort (Hotline): Sonnenblume7', ['PASSWORD:Sonnenblume7']],
      ['Logged into the console as dev.yusuf.k and the account', ['USERNAME:dev.yusuf.k']],
    ]);
  });

  test("the twenty-fifth round's forms: a named person's date after 'and', rows after a field's label, Geb., spaced and eight-digit dates (en, ko, de)", () => {
    assertFound([
      ["my DOB is 1989-02-14 and Owen's is August 2, 1990.", ['DATE_OF_BIRTH:1989-02-14', 'PERSON:Owen', 'DATE_OF_BIRTH:August 2, 1990']],
      [
        '시승 신청서\n신청인: 라윤석 / 1990.08.14\n운전면허번호: 13-17-204118-52',
        ['PERSON:라윤석', 'DATE_OF_BIRTH:1990.08.14', 'DRIVER_LICENSE:13-17-204118-52'],
      ],
      ['Name: Mateusz Wróblewski\nGeb. 14.02.1991 in Gdańsk', ['PERSON:Mateusz Wróblewski', 'DATE_OF_BIRTH:14.02.1991']],
      ['Date of Birth / Date de naissance: 1974 / 11 / 28   Sex: F', ['DATE_OF_BIRTH:1974 / 11 / 28']],
      ['REF: PT 0077188 / DOB 02111975', ['DATE_OF_BIRTH:02111975']],
      ['Konto-Nr.: 0412556780', ['BANK_ACCOUNT:0412556780']],
      ['payment keeps failing in the app, my id is hyejin.k0412. card is', ['USERNAME:hyejin.k0412']],
      ['my id is wrong', []],
    ]);
  });
});
