// Numbers read out in groups (hyphen-joined digit words between commas, a Korean number in words with commas, an answer
// said in short groups), passports in a traveller's row, phones behind an aside or a long form label or a subscriber key, licences in their issuer's print, hospital numbers by more labels, and logins spelled from a person the text names, in Latin
// letters or from a Hangul name.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe('numbers read out in groups', () => {
  test('digit words joined by hyphens inside groups that commas mark are one group each (en)', () => {
    assertFound(
      [
        [
          'AGENT: And a contact number in case we get cut off?\nCALLER: Oh-eight-seven, four-four-one, nine-two-six-three.',
          ['PHONE:Oh-eight-seven, four-four-one, nine-two-six-three'],
        ],
        [
          'the landline on the account is oh one three three, two four six, eight eight one nine. Thanks',
          ['PHONE:oh one three three, two four six, eight eight one nine'],
        ],
        ['Twenty-one, thirty-five and forty-two were the winning numbers', []],
      ],
      'PHONE',
    );
  });

  test('a Korean number said in words with commas between its groups (ko)', () => {
    assertFound(
      [
        ['상담원: 휴대폰 번호도 부탁드려요.\n고객: 공일공, 칠삼팔이, 공사일육이요.', ['PHONE:공일공, 칠삼팔이, 공사일육']],
        ['공일, 이삼, 사오 순서로 줄 서 주세요', []],
      ],
      'PHONE',
    );
  });

  test('an answer said in short groups is one value, and one of two values is not (en, ko)', () => {
    assertFound([
      ['AGENT: And the three digits on the back?\nCALLER: four, oh, eight\nAGENT: Lovely', ['CARD_CVV:four, oh, eight']],
      [
        "AGENT: Can I take your membership number?\nCALLER: Yeah it's 8 0 3 3, 2 1 9 4, 0 6.\nAGENT: Thanks",
        ['HEALTH_INSURANCE:8 0 3 3, 2 1 9 4, 0 6'],
      ],
      ['상담원: 카드 뒷면 CVC 번호 말씀해 주세요.\n고객: 4, 0, 8이요', ['CARD_CVV:4, 0, 8']],
      ['AGENT: What are the last two digits of your card?\nCALLER: 3, 4\nAGENT: ok', []],
    ]);
  });
});

describe('phones behind an aside, a long form label, a subscriber key or a name', () => {
  test('an aside in brackets before the colon, a label of many words, an MSISDN, a number right after its person (en, ko)', () => {
    assertFound(
      [
        ['Mobile number (porting from Telekom): 0176 28419375', ['PHONE:0176 28419375']],
        [
          'Rufnummer (Portierung von 1&1): 0621 43917208\nMobil für Rückfragen des Technikers: 0157 38214460',
          ['PHONE:0621 43917208', 'PHONE:0157 38214460'],
        ],
        ['GET /api/v2/topup?msisdn=2348035519274&amount=2000', ['PHONE:2348035519274']],
        ['Customer ID (new): 0176 28419375', []],
        ['휴대폰 (독일 번호): 0176 28419375', ['PHONE:0176 28419375']],
        ['고객번호 (신규): 0176 28419375', []],
        ['Emergency contact: father, R. Raghunathan - 94431 60287\n\nThanks & regards,', ['PHONE:94431 60287']],
        ['Referees: (1) Michael Tuhoe, Principal, 09 636 2205  (2) Heather Bryce', ['PHONE:09 636 2205']],
        ['비상연락처: 인도에 계신 아버지 R. Raghunathan - 94431 60287', ['PHONE:94431 60287']],
        ['조원 명단 이름,학번,lms아이디\n백승우,20221847,swbaek22', []],
      ],
      'PHONE',
    );
  });
});

describe("passports in a traveller's row", () => {
  test("a passport's shape after the traveller's name, with a date on the line (en, ko)", () => {
    assertFound(
      [
        ['다낭 패키지 동반자 정보 보내드려요.\n1) PARK JIHO / 1988.02.14 / M39204716\n잔금은 카드로 결제할게요', ['PASSPORT:M39204716']],
        ['ITINERARY PNR K7QX2M\nTravellers:\n1. DLAMINI/THANDIWE MS       ZA  A05839172   exp 2031-04-18', ['PASSPORT:A05839172']],
        ['고객: 용석진 / 생년월일 1977-02-25 / 회원번호 K88301472', []],
        ['Order for John Smith shipped 2024-05-01, tracking AB12345678', []],
      ],
      'PASSPORT',
    );
  });
});

describe("licences in their issuer's print", () => {
  test("Alberta's, New South Wales' and Czech numbers, a label cut short, an answer to 'I'll need a licence number' (en, ko)", () => {
    assertFound(
      [
        ["Named driver: Harpreet Singh Gill, Alberta operator's licence 184729-305, DOB 1987-06-22", ['DRIVER_LICENSE:184729-305']],
        ['Customer: NSW licence 1840 2937', ['DRIVER_LICENSE:1840 2937']],
        ['Driving licence: CZ, no. EF 918273, class B', ['DRIVER_LICENSE:EF 918273']],
        ['Drivers lic # / state: 7719204 / OR', ['DRIVER_LICENSE:7719204']],
        ['Oisín Kavanagh, DOB 12/02/2006, learner permit no. 406118752, held since last June.', ['DRIVER_LICENSE:406118752']],
        ['운전면허번호 11-12-345678-90 (1종 보통)', ['DRIVER_LICENSE:11-12-345678-90']],
        [
          "Agent: For the ID check I'll need a driver licence number and the state it's from\nCustomer: VIC, 048 213 776\nAgent: Great.",
          ['DRIVER_LICENSE:048 213 776'],
        ],
        ['Software licence 2024 2025 renewal', []],
        ['상담원: 면허번호 열두 자리 불러주시겠어요?\n고객: 경기 13 052817 40 이요.', ['DRIVER_LICENSE:경기 13 052817 40']],
        ['경기 13 052817 40 명 참석', []],
      ],
      'DRIVER_LICENSE',
    );
  });
});

describe('hospital numbers', () => {
  test("a unit's MRN, a patient's account, an in-patient number with the year first, a clinical word further off (en, ko)", () => {
    assertFound(
      [
        ["he's on 7B at Fiona Stanley, UMRN A4482771, DOB 12/4/1936. Visiting is 2-8pm.", ['MEDICAL_RECORD:A4482771']],
        ["Also asking us to chase St James's, her hosp no. there is RJ1-K773310. Pls call back", ['MEDICAL_RECORD:RJ1-K773310']],
        ['Provider: Tri-County Orthopedics   Patient acct #: TCO-7718204', ['MEDICAL_RECORD:TCO-7718204']],
        [
          'Hospital UHID: RH-1038842   IP no.: 26/IP/018834\nContact: husband',
          ['MEDICAL_RECORD:RH-1038842', 'MEDICAL_RECORD:26/IP/018834'],
        ],
        [
          'Medical Center - International Health Services\nReg. No.: 21584307   Name: Tomás Ferreira Alves (M/41)',
          ['MEDICAL_RECORD:21584307'],
        ],
        ['DOB 9/4/1938, UR number at Fiona Stanley 0847215. If they ask, ring me', ['MEDICAL_RECORD:0847215']],
        ['URN: 13/WY/01882/26\nStatement of witness', []],
        ['[소아병동 인계]\n환아: 문시우 (등록 22-407163 / 2019.02.11생)', ['MEDICAL_RECORD:22-407163']],
        ['진 료 확 인 서 (보험청구용)\n등록번호: 00731952    성명: 채윤서', ['MEDICAL_RECORD:00731952']],
        ['회원 등록 2024 12 01 완료', []],
        [
          '상담원: 병원과 환자등록번호 확인 부탁드립니다.\n고객: 서울아산병원이고 등록번호는 영수증에 3 1 2 0 8 4 4 7 이렇게 적혀 있어요.',
          ['MEDICAL_RECORD:3 1 2 0 8 4 4 7'],
        ],
        [
          '상담원: 환자분 등록번호 확인 부탁드립니다.\n고객: 잠시만요, 진료카드에 2140-8873 이라고 돼 있어요.',
          ['MEDICAL_RECORD:2140-8873'],
        ],
        ['상담원: 환자분 등록번호 확인 부탁드립니다.\n고객: 진료카드에 적힌 거 2024-018832 이거요?', ['MEDICAL_RECORD:2024-018832']],
      ],
      'MEDICAL_RECORD',
    );
  });
});

describe('logins spelled from a named person', () => {
  test('a given name and a surname, whole or as initials, in a lower-case word (en)', () => {
    assertFound(
      [
        ['New starter Kenji Moriyama, Finance. IT - his login should be kmoriyama for SSO.', ['USERNAME:kmoriyama']],
        ['rollback initiated by mkowalczyk (Marta Kowalczyk, on call)', ['USERNAME:mkowalczyk']],
        ['Marta Kowalczyk: write to mkowalczyk@firm.pl', []],
        ['Customer: my Coupang id is parkmj0720, can you change the recipient', ['USERNAME:parkmj0720']],
        ['the order id is ab12345, thanks', []],
        ['Login locked after 5 tries. Reset link sent to johanna@example.se by m.okafor', ['USERNAME:m.okafor']],
        ['%SYS-5-CONFIG_I: Configured from vty0 (211.234.118.52) by noc_jkh', ['USERNAME:noc_jkh']],
        ['Sent by train, arriving 10am', []],
        ['Looks like your login is actually rhartigan - the old one got merged', ['USERNAME:rhartigan']],
        ['your username is rokonkwohale (temporary password sent separately)', ['USERNAME:rokonkwohale']],
        ['my login is still locked, and the username is different now', []],
        ['my login is working again thanks', []],
        ['Customer password for hotline: Lindenblatt42', []],
        ['Failed password for invalid user admin99 from 10.0.0.5', ['USERNAME:admin99']],
        ['아이디는 sh_yoo2 예요, 제 login is sooyeon.han now', ['USERNAME:sh_yoo2', 'USERNAME:sooyeon.han']],
        ['Kenji Moriyama asked about the moriyama branch', []],
        // A joint may fall inside a word of the name; a login of another person's name is none of this one's.
        ['Access for Jose Alvarez (Finance) was granted to alva.rezj yesterday', ['USERNAME:alva.rezj']],
        ['Access for Jose Alvarez (Finance) was granted to jmartin yesterday', []],
      ],
      'USERNAME',
    );
  });

  test("a Hangul name's romanised spellings and initials (ko)", () => {
    assertFound(
      [
        ['보내는분: 하태림  010-8826-1430\n  (앱 예약 ID taerim_ha)', ['USERNAME:taerim_ha']],
        ['보안팀 메모: kjw.deploy 는 인프라팀 김재완 님 계정이며 정상 배포 작업 확인함.', ['USERNAME:kjw.deploy']],
        ['담당자 윤서진 과장님 사내 GitLab ID sjyoon 으로 초대 부탁드립니다', ['USERNAME:sjyoon']],
        ['담당자 윤서진 과장님께 kms 키 발급 요청드립니다', []],
        ['2025-05-06 02:14:07  kjw0521   김지완   185.220.101.47   FAIL(5)', ['USERNAME:kjw0521']],
        ['2025-05-06 02:14:07  app_v2   김지완   185.220.101.47   FAIL(5)', []],
        // A Latin name with accents, spelled without them.
        ['재무팀 José Álvarez 님 권한은 jalvarez 계정에 승인했습니다', ['USERNAME:jalvarez']],
      ],
      'USERNAME',
    );
  });
});
