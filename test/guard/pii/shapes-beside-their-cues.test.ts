// Values read by their own shape next to a looser cue, where no listed frame holds them: a login-shaped word after a
// login word on its line, a foreign national number in its country's grouping, a birth date after a person's name or
// later on a line that spoke of a birth date; a card's code, a hospital's number, an insurer's member ID and a licence's
// number a few words after their labels; a label's guess corrected in so many words; a passport's number further on in a
// text about passports; a password-shaped word after a password's word; an answer's value with words after it; a SIN a
// note or a sentence from its label; a card's expiry in a payment gateway's data; an account after a bank abroad.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe('shapes beside their cues', () => {
  test('a login-shaped word shortly after a login word on its line (en, ko)', () => {
    assertFound(
      [
        ['깃랩은 hsbaek92 계정이라 그건 잘 됩니다', ['USERNAME:hsbaek92']],
        ['디코 닉 바꿨어 dlalstj_07 로 검색하면 나옴', ['USERNAME:dlalstj_07']],
        ['AD/그룹웨어 계정 생성: hj.ryu (메일은 내일)', ['USERNAME:hj.ryu']],
        ['Login failures for target account: ops_kimjh (locked after 5)', ['USERNAME:ops_kimjh']],
        ["It's showing as tadeyemi83 on the online banking login.", []],
        ['your online banking login reset? It is showing as tadeyemi83.', ['USERNAME:tadeyemi83']],
        ['my kakao id changed → hae.won_77 ✨', ['USERNAME:hae.won_77']],
        ['Summary: 계정 잠김 해제 요청\nReporter: winter.yoo (CS팀)', ['USERNAME:winter.yoo']],
        ['login alerts, on-call paged: m.kowalczyk (incident #P4R7QX)', ['USERNAME:m.kowalczyk']],
      ],
      'USERNAME',
    );
  });

  test('what a login word may stand before and is no login: keys, files, hosts, an order, a password (en, ko)', () => {
    assertFound(
      [
        ['login failed user=jdoe88 reason=bad_password attempts=3', ['USERNAME:jdoe88']],
        ['user_id,username,display_name,email,last_login', []],
        ['계정 잠금, authorized_keys 점검 완료', []],
        ['Login OK: [jh.kwon] (from client wlc02 port 0)', ['USERNAME:jh.kwon']],
        ['주문 ID(웹): abc_123', []],
        ['Security passcode (required for all account changes): marmot22', []],
        ['account report attached as march_report.pdf', []],
        ['계정 정보는 help.desk@example.com 으로 문의', []],
      ],
      'USERNAME',
    );
  });

  test("a foreign national number in its country's grouping, with no label before it (en, ko)", () => {
    assertFound(
      [
        ['I called my wife and Uncle Emeka 0812 660 4471 this morning', ['PHONE:0812 660 4471']],
        ['its Rangi, lost my old sim. this is me now → 021 448 3392', ['PHONE:021 448 3392']],
        ['Merci,\nÉlodie\n06 12 48 93 70', ['PHONE:06 12 48 93 70']],
        ['창고 담당: 山本 健二 (Yamamoto Kenji) 090-2718-5503', ['PHONE:090-2718-5503']],
        ['Mobile for technician: 0157 3829 1146   Keep landline number: yes', ['PHONE:0157 3829 1146']],
        ['SMS resend requested user=hyunwoo.k msisdn=821093370482', ['PHONE:821093370482']],
        ['Contact: 82-10-4471-9038 (M)   kimsy0603@naver.com', ['PHONE:82-10-4471-9038']],
      ],
      'PHONE',
    );
    // A SIN in threes, a British free line, a Korean free line, a deposit's reference and a date with its hour are not.
    assertFound(
      [
        ['SIN: you sent 046 454 286 - confirmed', []],
        ['Questions? 0808 164 1088 (free), Mon-Fri', []],
        ['무료수신거부 080-870-1234', []],
        ['order 821093370482 shipped', []],
        ['protected with the DPS under reference 0391-8827-4410.', []],
        ['Admission: 02-03-2026 22:40 via emergency', []],
      ],
      'PHONE',
    );
  });

  test("a birth date after a person's name on its line, or after a birth word however the sentence runs (en, ko)", () => {
    assertFound(
      [
        ['1) PARK JIHO / 1988.02.14 / M39204716', ['DATE_OF_BIRTH:1988.02.14']],
        ['환자: 국옥분 님 (만 81세, 1943.08.16)', ['DATE_OF_BIRTH:1943.08.16']],
        [
          'my DOB in the offer letter is printed as 14-08-1996, it should be 14-06-1996.',
          ['DATE_OF_BIRTH:14-08-1996', 'DATE_OF_BIRTH:14-06-1996'],
        ],
        [
          '생년월일이 학교 시스템엔 2001.09.30, 여권엔 30 SEP 2001 로 되어 있어서',
          ['DATE_OF_BIRTH:2001.09.30', 'DATE_OF_BIRTH:30 SEP 2001'],
        ],
        // A child's date in a row's cells after the name.
        ['환아: 오서준 / 남 / 2019.07.03', ['DATE_OF_BIRTH:2019.07.03']],
      ],
      'DATE_OF_BIRTH',
    );
    // A date of another kind after the name or the birth word, a recent date beside a name, and a rebirth are not.
    assertFound(
      [
        ['Sarah Kim joined on 2011.03.02 as a clerk', []],
        ['김민수 고객님 2025.03.14 방문 예약', []],
        ['사번,성명,부서,입사일,휴대폰\nE1042,배수아,재무팀,2019-03-04,010-3392-1187', []],
        ['Her date of birth is on file; the card was issued 2015-06-01.', []],
        ['rebirth 1985-03-12', []],
      ],
      'DATE_OF_BIRTH',
    );
  });

  test("a card's code a few words after its label (en, ko)", () => {
    assertFound(
      [
        ['card 4539 1488 0343 6467 and cvc would be 123', ['CARD_CVV:123']],
        ['카드 4539 1488 0343 6467 cvc 는 뒤에 123 이요', ['CARD_CVV:123']],
        ['카드 4539 1488 0343 6467 보안코드 세자리는 123', ['CARD_CVV:123']],
        ['the CVV code failed 2 times', []],
      ],
      'CARD_CVV',
    );
  });

  test("a hospital's number a few words after its label in a clinical text (en, ko)", () => {
    assertFound(
      [
        ['병원 등록번호 새로 나왔어요, 00847213번이요.', ['MEDICAL_RECORD:00847213']],
        ['서울아산병원이고 등록번호는 영수증에 31208447 이렇게 적혀 있어요.', ['MEDICAL_RECORD:31208447']],
        ['오사카 병원 다녔는데 진찰권 번호가 0427-5516 이고', ['MEDICAL_RECORD:0427-5516']],
        ["Zainab's (DOB 12/03/2021, file no. 0048213) 3-year check is at the clinic", ['MEDICAL_RECORD:0048213']],
        ['MRN assigned: LFM-0061842', ['MEDICAL_RECORD:LFM-0061842']],
        ['her hosp no. RJ1-K773310.', ['MEDICAL_RECORD:RJ1-K773310']],
        ['Ward: 7B   MRN: B-12', []],
        // Another label between, or no clinical word: not a hospital's.
        ['병원 등록번호랑 연락처 010-2231-4410 알려주세요', []],
        ['중개사무소 등록번호 11620-2019-00241', []],
      ],
      'MEDICAL_RECORD',
    );
  });

  test("an insurer's bare ID after the plan's name on its line, and any insurer's print after a member's label (en)", () => {
    assertFound(
      [
        ['Ins: Aetna  ID W228401937  BIN 610502  PCN MEDDADV', ['HEALTH_INSURANCE:W228401937']],
        ['Subscriber: Daniel Okonjo   ID: XJB417702884', ['HEALTH_INSURANCE:XJB417702884']],
        ['switched to BCBS in January. new ID is XKP 903618442 01', ['HEALTH_INSURANCE:XKP 903618442 01']],
        ['Member ID: GSH-4417-0082-193-01      Card valid to: 31/12/2026', ['HEALTH_INSURANCE:GSH-4417-0082-193-01']],
        ['insurance: policy/member no. 7714-098823-01, ends 31.03.2026', ['HEALTH_INSURANCE:7714-098823-01']],
        ['Medicare MBI: 4TR7-KH2-PJ61', ['HEALTH_INSURANCE:4TR7-KH2-PJ61']],
        ['Member ID: B-12 (plan tier)', []],
        ['Primary: Aetna PPO   Group ID 0048211', []],
        ['Retirement Plan   Participant ID: 00718824', []],
      ],
      'HEALTH_INSURANCE',
    );
  });

  test("a licence's number a few words after its label, past its state or its class (en)", () => {
    assertFound(
      [
        ['my licence is QLD, no. 087 412 956 – do u need the card', ['DRIVER_LICENSE:087 412 956']],
        ['CDL: Class A, state AZ, no. D07318842, endorsements N/T', ['DRIVER_LICENSE:D07318842']],
        ["Driver's license # / State: 104418830 / TN", ['DRIVER_LICENSE:104418830']],
        ['Sponsor licence no. 6XZ8RM7F2   Application ref: 2017', []],
        ['운전면허 갱신은 다음 달, 연락처 010-2231-4410', []],
      ],
      'DRIVER_LICENSE',
    );
  });

  test("a label's guess corrected in so many words is the corrected value too (en, ko)", () => {
    assertFound(
      [
        ['I sent to 2087731465 (UBA) instead of 2087731456.', ['BANK_ACCOUNT:2087731465', 'BANK_ACCOUNT:2087731456']],
        ['Account No: 2087 114 639 (sorry, it should read 2087114693)', ['BANK_ACCOUNT:2087 114 639', 'BANK_ACCOUNT:2087114693']],
        ['입금 계좌 2087731465 로 보냈는데 오타예요, 2087731456 이 맞아요', ['BANK_ACCOUNT:2087731465', 'BANK_ACCOUNT:2087731456']],
        // No correction's words between: a guess grounds no other number.
        ['account 8034417729 and the invoice 8034417792', ['BANK_ACCOUNT:8034417729']],
      ],
      'BANK_ACCOUNT',
    );
  });

  test('a login-shaped word that opens the answer to a question for a login, and a login again without its underscore (en, ko)', () => {
    assertFound(
      [
        ['Agent: And your online username?\nCustomer: dre.castillo86 but i think i changed it', ['USERNAME:dre.castillo86']],
        [
          '깃허브 아이디도 답장으로 줘 레포 초대하게\n[14:05] 진서아: seoa_jin\n[14:07] 백도윤: dy_baek 이요',
          ['USERNAME:seoa_jin', 'USERNAME:dy_baek'],
        ],
        [
          'login ID is sungmin_kr93\nAgent: I am seeing sungminkr93 without the underscore',
          ['USERNAME:sungmin_kr93', 'USERNAME:sungminkr93'],
        ],
        // No question for a login before the turn: a scope's or a checksum's name.
        ['Token created for the account\nScopes: read_orders, write_fulfillments', []],
      ],
      'USERNAME',
    );
  });

  test('a passport-shaped number further on in a text about passports (en, ko)', () => {
    assertFound(
      [
        [
          "for registration, my passport number is C4567821 and my husband's is C3908154 (Le Quang Huy).",
          ['PASSPORT:C4567821', 'PASSPORT:C3908154'],
        ],
        ['여권 갱신했어요. 그리고 동생 것도 바뀌었는데 새 번호는 M70418853 이에요', ['PASSPORT:M70418853']],
        // Nine bare digits count only a sentence or two from the word.
        [`passport renewed last spring.${' We moved house and changed banks since.'.repeat(4)} Ref 132948571`, []],
      ],
      'PASSPORT',
    );
  });

  test("a password-shaped word after a password's word on its line or the line before (en, ko)", () => {
    assertFound(
      [
        ['do u need my password, its Koala!Sunset22', ['PASSWORD:Koala!Sunset22']],
        ['와이파이 비번도 혹시 몰라서 kimfam2024!! 로 바꿨어요', ['PASSWORD:kimfam2024!!']],
        ['reason=bad_password attempt=3/5', []],
        ['password reset, case #RC-5529017', []],
        ['order DS220+ arrived; password reset done', []],
        ['password reset link sent to jo.kim2024@example.com', []],
      ],
      'PASSWORD',
    );
  });

  test('a value given in answer with words after it (en, ko)', () => {
    assertFound([
      ['AGENT: Can I grab your membership number?\nCALLER: Yep, 70 4418 2963 is the membership number.', ['HEALTH_INSURANCE:70 4418 2963']],
      [
        'Agent: do you have the new member ID?\nCaller: Uh, it says W482917365 on the card, group 0047712.',
        ['HEALTH_INSURANCE:W482917365'],
      ],
      ['상담원: 여권번호 알려주세요\n고객: M29045713 이요 맞을 거예요', ['PASSPORT:M29045713']],
      // A phone's area code in brackets is no card's code.
      [
        "Agent: and the 3 digits on the back of the card?\nCustomer: that's my old phone, it's (469) 802-3375 now",
        ['PHONE:(469) 802-3375'],
      ],
    ]);
  });

  test('a SIN a note or a sentence away from its label, by its check digit (en, ko)', () => {
    assertFound(
      [
        ['SIN (for the credit check only): 713 820 595', ['CA_SIN:713 820 595']],
        [
          '임시 SIN이 946 218 377 인데 PR 받으면 바뀌나요? 와이프는 원래 시민권자라 463-802-157 이고요',
          ['CA_SIN:946 218 377', 'CA_SIN:463-802-157'],
        ],
        // A YAML or JSON key writes it in lower case.
        ['employee:\n  legal_name: "Priya Raman"\n  sin: "630 987 642"\n  dob: 1992-04-18', ['CA_SIN:630 987 642']],
        ['캐나다 직원 yaml: sin: 630 987 642 / 입사 2024-03-01', ['CA_SIN:630 987 642']],
        // Service Canada's sample card is issued to no one, but forms and test data copy it as a SIN: grouped right after its
        // label it is given as one; run together it is another number.
        ['SIN: 046 454 286', ['CA_SIN:046 454 286']],
        ['SIN: 046454286', []],
      ],
      'CA_SIN',
    );
  });

  test("a card's expiry in a payment gateway's data, and after a label with a note (en, ko)", () => {
    assertFound(
      [
        ['cardNo=5409831220475515, cardExp=2703, cvc=318', ['CARD_EXPIRY:2703']],
        ['{"cardNo":"5433290188627106","expiry":"2908"}', ['CARD_EXPIRY:2908']],
        ['Card No.: 4637 5102 8841 5202\nExp. date(유효기간): 04 / 28      CVC: 739', ['CARD_EXPIRY:04 / 28']],
        ['카드번호 9410-6182-3347-5510\n유효기간(MM/YY): 11/26', ['CARD_EXPIRY:11/26']],
      ],
      'CARD_EXPIRY',
    );
  });

  test('an account number right after a bank abroad (en, ko)', () => {
    assertFound(
      [
        ['pls send to my Techcombank 19034827716012', ['BANK_ACCOUNT:19034827716012']],
        ['Coogan trust account: Wells Fargo #7204418836 (15% of gross)', ['BANK_ACCOUNT:7204418836']],
        ['환불은 Monzo 51829307 로 부탁드려요', ['BANK_ACCOUNT:51829307']],
        ['Wells Fargo branch opened in 2019, call 5550100', []],
      ],
      'BANK_ACCOUNT',
    );
  });
});

test("a column, a table or a function in code is no login; a login with a log's note after it still is (en, ko)", () => {
  for (const text of [
    'mysql> SELECT id, full_name, email, card_last4 FROM customers WHERE created_at > NOW()',
    'statement: SELECT c.id, c.status, o.order_no FROM customers c LEFT JOIN orders o ON o.customer_id = c.id',
    '슬로우 쿼리: select m.member_id, o.order_no from member m join orders o on o.member_id = m.member_id',
    '    user = User.objects.create_user(**form.cleaned_data)',
  ])
    assertFound([[text, []]], 'USERNAME');
  assertFound(
    [['sshd[40211]: pam_unix(sshd:session): session opened for user kyungho.lee(uid=1027) by (uid=0)', ['USERNAME:kyungho.lee']]],
    'USERNAME',
  );
});

test("an idempotency key, a checkout session's id, a customer's number and an ASCII table's header are no secret, login or phone (en, ko)", () => {
  assertFound([
    ['curl https://api.example.com/v1/charges -H "Idempotency-Key: 5d1b7e0c-2f9a-4c61-9e3d-a8b0f4c27e15"', []],
    ['{"id": "req_Vb81kQ2fHs0pLm", "idempotency_key": "ord-IE-55190-pay"}', []],
    ['{"object":{"id":"cs_live_a1B2c3D4e5F6g7H8","amount_total":4800}}', []],
    ['{"meter":"M-77120","cust_no":"0391-2274-01"}\n고객 마스터 조회: cust_no: 0391-2274-01', []],
    ['| id     | full_name        | email           | card_last4 |', []],
  ]);
  // A real key after its label still is one.
  assertFound([['STRIPE_SECRET_KEY=sk_live_51HxQ2mLk9vR7tZpW3nB8cD4eF6gH', ['SECRET:sk_live_51HxQ2mLk9vR7tZpW3nB8cD4eF6gH']]]);
});
