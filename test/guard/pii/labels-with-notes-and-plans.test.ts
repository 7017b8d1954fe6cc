// The structured values the ninth and tenth rounds of hand-written texts showed: a label with a note in brackets before
// its colon, a Korean health card after 증번호 or a subject particle, a province's plan by its capitals, a hospital's unit
// record number, British numbers by their range and grouping, codes said later or in brackets, logins of logs and records.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe('labels with notes, plans and record numbers', () => {
  test('a note in brackets between a label and its colon (en, ko)', () => {
    assertFound([
      ['CVV (3 digits on back): 417', ['CARD_CVV:417']],
      ['계좌번호(Account No.): 784120395', ['BANK_ACCOUNT:784120395']],
      ['게임 ID(로그인): dragonslayer_kr07 / 서버: 루나', ['USERNAME:dragonslayer_kr07']],
      ['Hospital record no. (NHC): 2260418', ['MEDICAL_RECORD:2260418']],
      ['Provincial health insurance (RAMQ) no.: TREM 7110 0611', ['HEALTH_INSURANCE:TREM 7110 0611']],
      // An order's login field stays an order's.
      ['주문 ID(웹): abc_123', []],
    ]);
  });

  test('health cards: Korean numbers after 증번호 or 번호가, German and Canadian plans by name (ko, en)', () => {
    assertFound(
      [
        ['제 건강보험증 번호가 5-1128473091 이에요.', ['HEALTH_INSURANCE:5-1128473091']],
        ['국민건강보험 유학생 가입: 증번호 7-2034618820 확인 완료', ['HEALTH_INSURANCE:7-2034618820']],
        ['TK 공보험이요, Versichertennummer 가 K847203916 이에요', ['HEALTH_INSURANCE:K847203916']],
        ['Front desk msg: Mrs Wróblewska, OHIP 5284-917-306-KT, asking for a copy', ['HEALTH_INSURANCE:5284-917-306-KT']],
        ['온타리오 OHIP 번호 6317-482-905-KT 로 환급 신청', ['HEALTH_INSURANCE:6317-482-905-KT']],
        ['AHCIP #: 49382-1057', ['HEALTH_INSURANCE:49382-1057']],
        // A card's version code and a dependant's suffix are part of the number as the card prints it.
        ['Ontario Health Card: 9087 554 218 AB (version code expired)', ['HEALTH_INSURANCE:9087 554 218 AB']],
        ['Insurance: Cigna Global, member ID U48210937 01 (direct billing approved)', ['HEALTH_INSURANCE:U48210937 01']],
        ['Subscriber: ANTOINETTE V BRISCOE   Member ID: 918442730-00', ['HEALTH_INSURANCE:918442730-00']],
        ['보험사 Cigna Global, member ID 40218837-01 로 직접 청구', ['HEALTH_INSURANCE:40218837-01']],
        ['caller: Grace Nwachukwu, member ID W284 6619 037, calling about denied claim', ['HEALTH_INSURANCE:W284 6619 037']],
        // A licence's or an ID card's 증번호 is no health card's.
        ['자격증번호 12345678901', []],
      ],
      'HEALTH_INSURANCE',
    );
  });

  test("a hospital's unit record number, 등록번호 beside a ward's words or an age (en, ko)", () => {
    assertFound(
      [
        ['Patient: HENDERSON, Mark   URN: 1129384   DOB: 03/11/1961', ['MEDICAL_RECORD:1129384']],
        ['D.O.B. 03-Mar-1949\nUR No: 00711842 (Wollongong Hosp)', ['MEDICAL_RECORD:00711842']],
        ['- 712호 1bed 표순덕 님 (등록번호 30771942): 새벽 3시 BT 38.4', ['MEDICAL_RECORD:30771942']],
        ['- 702호 1번 어순자 님 (82세, 등록번호 20931184) 밤새 수면 양호', ['MEDICAL_RECORD:20931184']],
        ["and her hospital no. from St James's is K0928374 if that helps", ['MEDICAL_RECORD:K0928374']],
        ['Updated. Your chart number with us is 2218-0457 for future reference.', ['MEDICAL_RECORD:2218-0457']],
        ['YOUR NUMBER 1234567', []],
        ['사업자등록번호 1234567890', []],
      ],
      'MEDICAL_RECORD',
    );
  });

  test('British mobiles by their range with +44, lines written 5-3-3, home and fixed lines, a phone named by its account (en)', () => {
    assertFound(
      [
        ['Group leader mobile while abroad: +44 7700 914 382', ['PHONE:+44 7700 914 382']],
        ['whatsapp +44 7911 914382', ['PHONE:+44 7911 914382']],
        ['Tel: 01672 870 415   Mob: 07812 559 304', ['PHONE:01672 870 415', 'PHONE:07812 559 304']],
        ['Mobile: 0437 115 862   Home: (08) 9335 4071', ['PHONE:0437 115 862', 'PHONE:(08) 9335 4071']],
        ['Fixed line: 030 274 8193', ['PHONE:030 274 8193']],
        ['CP#: 0917 482 3356', ['PHONE:0917 482 3356']],
        // A bracket around the whole number is no area code's.
        ['mentor teacher Ana Fifita (021 661 0985)', ['PHONE:021 661 0985']],
        ['Agent: And the mobile number on the account is 0412 660 318?\nCustomer: correct', ['PHONE:0412 660 318']],
      ],
      'PHONE',
    );
    assertFound([['Agent: And the mobile number on the account is 0412 660 318?', []]], 'BANK_ACCOUNT');
  });

  test('birth years, passports in other languages, 통장 번호, Kentucky licences (ko, en)', () => {
    assertFound([
      ['고객명: 소명호 님 (생년 790314, 만 46세)', ['PERSON:소명호', 'DATE_OF_BIRTH:790314']],
      ['Documento: Passaporto   N.: 91847265   Rilasciato da', ['PASSPORT:91847265']],
      ['Pasaporte nº: XDA123456', ['PASSPORT:XDA123456']],
      ['농협통장 번호는 301 0472 8815 91 이거맞지', ['BANK_ACCOUNT:301 0472 8815 91']],
      ["I-9: List B - KY driver's license T02-481-937, exp 02/11/2030", ['DRIVER_LICENSE:T02-481-937']],
    ]);
  });

  test("codes said later, in brackets, on an Amex's front or after an arrow; asked by where they are printed (en, ko)", () => {
    assertFound([
      ['Key safe is by the back door, code is 7391. Boiler is in the loft', ['PASSWORD:7391']],
      ['key in key safe by side door, code 2580. Dog friendly', ['PASSWORD:2580']],
      ['2024-09-04 통화 중 고객이 CVC 번호(271)를 불러줌', ['CARD_CVV:271']],
      ['pay by amex, code on front 5712 thanks', ['CARD_CVV:5712']],
      ['처리: 비밀번호 초기화 완료. 임시 PW → Erp!7741cloud\n', ['PASSWORD:Erp!7741cloud']],
      ['Agent: and the digits on the signature strip?\nCaller: 318\nAgent: Thank you.', ['CARD_CVV:318']],
    ]);
  });

  test("a card's code under more names, birth words of other languages, licences by their own words (ko, en)", () => {
    assertFound([
      ['카드 보안번호: 318', ['CARD_CVV:318']],
      ['card verification number 318', ['CARD_CVV:318']],
      ['amex card CID 1234', ['CARD_CVV:1234']],
      ['보안번호 1234 입력', []],
      ['Fecha de nacimiento: 12/03/1985', ['DATE_OF_BIRTH:12/03/1985']],
      [
        '제1운전자: 제갈윤호 / 1988.11.03 / 면허 11-17-482903-62 (1종 보통)',
        ['PERSON:제갈윤호', 'DATE_OF_BIRTH:1988.11.03', 'DRIVER_LICENSE:11-17-482903-62'],
      ],
      ['Bonjour, je suis la fille (née le 04/07/1985) de Mme Roussel', ['DATE_OF_BIRTH:04/07/1985', 'PERSON:Roussel']],
      ['- BERGSTRÖM ELIAS, figlio, nato il 14/02/2012\n', ['DATE_OF_BIRTH:14/02/2012']],
      ['Licence: German Führerschein no. J010X7M4K21 (with English translation)', ['DRIVER_LICENSE:J010X7M4K21']],
    ]);
  });

  test("hospital numbers by capitals and Korean visit numbers; a Korean health card's 1-10 digits beside care words (en, ko)", () => {
    assertFound(
      [
        ['IP No: 24/118733 Ward 4 hospital', ['MEDICAL_RECORD:24/118733']],
        ['Reg. No.: 4471-0928   Patient: Mateo', ['MEDICAL_RECORD:4471-0928']],
        ['내원번호 20231234', ['MEDICAL_RECORD:20231234']],
        ['병원 ID 20231234', ['MEDICAL_RECORD:20231234']],
        // A case number without a clinical word is any office's.
        ['Case No: 2024-118733 for your claim', []],
      ],
      'MEDICAL_RECORD',
    );
    assertFound(
      [
        ['나: 근데 건강보험증 번호도 넣으래 파란 카드 있자나 거기 1-7730295168 이거 맞지?', ['HEALTH_INSURANCE:1-7730295168']],
        ['주문번호 1-2304758812 배송', []],
      ],
      'HEALTH_INSURANCE',
    );
  });

  test("accounts in boxes and New Zealand's groups, European lines grouped freely, a number said a few words on or asked as 'the new number' (en)", () => {
    assertFound([
      ['Bank/building society account number: 3 1 9 2 6 4 0 8\nBranch sort code: 20 - 45 - 77', ['BANK_ACCOUNT:3 1 9 2 6 4 0 8']],
      ['Repayments: $412.60 fortnightly from 06-0142-0873391-00 (your everyday acct)', ['BANK_ACCOUNT:06-0142-0873391-00']],
      ['Jürgen Weißmüller\nTel. 0221 48 39 117', ['PERSON:Jürgen Weißmüller', 'PHONE:0221 48 39 117']],
      ['AGENT: Perfect. Claim number is 0231-774-56. An adjuster will call', []],
      ["Hi love, Nana's new number at the village is (08) 9384 2217, she's in room 14.", ['PHONE:(08) 9384 2217']],
      [
        "Customer: I need to update my passport number, I renewed it.\nAgent: No problem. What's the new number and expiry date?\nCustomer: 548173926, expires 02/2035",
        ['PASSPORT:548173926'],
      ],
    ]);
  });

  test('logins said with "was", in a session log, after who pushed or entered a record, in a form after an app (en, ko)', () => {
    assertFound(
      [
        ['Login on your website was pjverhoeven89, e-mail on file', ['USERNAME:pjverhoeven89']],
        ['Mar 1 02:14:09 host systemd-logind[702]: New session 4418 of user r.achterberg.', ['USERNAME:r.achterberg']],
        ['Commit 4f9c2a7 pushed by d.kapoor (Divya Kapoor) on 2026-03-05', ['USERNAME:d.kapoor']],
        ['HR entered by: p.chowdhury   2024-11-12', ['USERNAME:p.chowdhury']],
        ['라이더앱 ID: jjunseo_rider', ['USERNAME:jjunseo_rider']],
        ['성명 장서윤 | 회원ID sy.jang0412 | 생일 4/12', ['USERNAME:sy.jang0412']],
        ['kakao id: minji0412', ['USERNAME:minji0412']],
        ['my ig is jaylen.k', ['USERNAME:jaylen.k']],
        ['add me on snap: kayy.marie_', ['USERNAME:kayy.marie']],
        ['oh snap is that right', []],
        ['the account name is jsmith42', ['USERNAME:jsmith42']],
        ['Account name: John Smith', []],
        ['Mar 1 02:14:09 review of user feedback', []],
        ['sshd[20417]: Connection closed by 45.133.172.90 port 51822', []],
      ],
      'USERNAME',
    );
  });
});
