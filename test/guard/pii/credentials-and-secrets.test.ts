// Passwords, PINs, card security codes and expiry dates, and usernames after their labels, and API keys and tokens by their published shapes: found in
// Korean and English text, while the same labels without a value (a reset, a count, a word) stay clean.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found } from './pii-test-helpers.ts';
import { credentialCases } from '../../../bench/guard/pii/credential-cases.ts';

test('a password, a PIN or a card security code after its label is found (ko, en)', () => {
  for (const [text, expected] of [
    ['비밀번호는 1234예요', 'PASSWORD:1234'],
    ['비번 abc123! 입니다', 'PASSWORD:abc123!'],
    ['비밀번호를 qwer1234로 바꿨어요', 'PASSWORD:qwer1234'],
    ['카드 보안코드 321 이에요', 'CARD_CVV:321'],
    ['my password is Summer2024!', 'PASSWORD:Summer2024!'],
    ['Password: hunter2', 'PASSWORD:hunter2'],
    ['my PIN number is 4321.', 'PASSWORD:4321'],
    ['my pin is 9876', 'PASSWORD:9876'],
    ['CVC 123', 'CARD_CVV:123'],
    ['cvv: 0456', 'CARD_CVV:0456'],
    // A card's security code, and the first two digits of a card PIN that Korean card payments ask for.
    ['card security code 123', 'CARD_CVV:123'],
    ['the security code on the back is 456', 'CARD_CVV:456'],
    ['카드 비밀번호 앞 2자리는 12입니다', 'PASSWORD:12'],
    ['비밀번호 앞 두자리 34', 'PASSWORD:34'],
  ] as const)
    assert.deepEqual(found(text), [expected], text);
});

test("a card's expiry date after its label is found where a card is spoken of (ko, en)", () => {
  for (const [text, expected] of [
    ['카드번호 4111-1111-1111-1111 유효기간 12/27', ['CREDIT_CARD:4111-1111-1111-1111', 'CARD_EXPIRY:12/27']],
    ['카드 유효기간은 27년 12월이에요', ['CARD_EXPIRY:27년 12월']],
    ['유효기간(MM/YY) 08/26, 카드 뒷면 CVC 123', ['CARD_EXPIRY:08/26', 'CARD_CVV:123']],
    ['카드 만료일 2027-12 맞아요', ['CARD_EXPIRY:2027-12']],
    ['내 카드 5555-5555-5555-4444 유효 12/26', ['CREDIT_CARD:5555-5555-5555-4444', 'CARD_EXPIRY:12/26']],
    ['카드 유효기한 2027-12', ['CARD_EXPIRY:2027-12']],
    ['cvv: 0456 exp 12/27', ['CARD_CVV:0456', 'CARD_EXPIRY:12/27']],
    ['Visa ending 4242, exp. 08/2026', ['CARD_EXPIRY:08/2026']],
    ['my card expiration date is 0826', ['CARD_EXPIRY:0826']],
    ['VALID THRU 08/26 on my Mastercard', ['CARD_EXPIRY:08/26']],
    ['the card is valid through 2027-12', ['CARD_EXPIRY:2027-12']],
  ] as const)
    assert.deepEqual(found(text), expected, text);
  // A coupon's, points' or a licence's expiry, a question, a whole date, and "exp" with no card in sight.
  for (const text of [
    '쿠폰 유효기간 12/31까지예요',
    '쿠폰 유효 12/31',
    '카드 포인트 유효기간 12/31',
    '유효기간이 언제까지예요?',
    'the card expires 12/27/2024',
    'exp 12/27',
    'my experience with the card 12/27 was bad',
  ])
    assert.deepEqual(found(text), [], text);
  assert.deepEqual(found("Driver's licence F5715900; expires 06/30."), ['DRIVER_LICENSE:F5715900']);
});

test("a label without a value is no credential, nor a word that shares a key's prefix (ko, en)", () => {
  // The bench's clean sentences ("비밀번호 재설정", "my password is wrong", "sk-1 size"), and two more.
  for (const text of [
    ...credentialCases().negatives,
    'the superpassword 1234 plan',
    'pin the order 1234 to the top',
    'the security code for the gate is 1234',
    'your security code is 123456',
  ])
    assert.deepEqual(found(text), [], text);
});

test('a username or a social handle after its label is found; the label alone or with a word is none (ko, en)', () => {
  for (const [text, expected] of [
    ['아이디 minsu1234 로 로그인이 안 돼요', 'USERNAME:minsu1234'],
    ['인스타 @minsu.kim 으로 연락 주세요', 'USERNAME:@minsu.kim'],
    ['카톡 아이디는 minsu99 예요', 'USERNAME:minsu99'],
    ['my username is jdoe_99', 'USERNAME:jdoe_99'],
    ['login ID: jdoe2024', 'USERNAME:jdoe2024'],
    ['my instagram is @jane.doe', 'USERNAME:@jane.doe'],
  ] as const)
    assert.deepEqual(found(text), [expected], text);
  for (const text of ['아이디 찾기가 안 돼요', '계정 잠금 해제해 주세요', 'my username is wrong', '아이폰 15 샀어요'])
    assert.deepEqual(found(text), [], text);
});

test("a user ID, and a bare ID that is the customer's own, is a username; an order's or a device's ID is not (ko, en)", () => {
  for (const [text, expected] of [
    ['제 ID는 minsu1234 입니다', 'USERNAME:minsu1234'],
    ['회원 ID: kim_minsu 로 가입했어요', 'USERNAME:kim_minsu'],
    ['my ID is minsu1234', 'USERNAME:minsu1234'],
    ['User ID jsmith88', 'USERNAME:jsmith88'],
    ['user id: jdoe88, please reset it', 'USERNAME:jdoe88'],
  ] as const)
    assert.deepEqual(found(text), [expected], text);
  for (const text of ['주문 ID는 ORD-2024-1234', 'order ID: abc12345', 'ID card 12345 분실', 'ID 찾기가 안 돼요', 'the user id was wrong'])
    assert.deepEqual(found(text), [], text);
});

test('a handle after TikTok, Snapchat or Venmo, and a PIN after the count of its digits, are found (en, ko)', () => {
  for (const [text, expected] of [
    ['TikTok: minsu_99', 'USERNAME:minsu_99'],
    ['my tiktok is @minsu.dance', 'USERNAME:@minsu.dance'],
    ['Venmo @minsu-kim-3 로 보내 주세요', 'USERNAME:@minsu-kim-3'],
    ['계좌 비번 4자리 1234 입니다', 'PASSWORD:1234'],
    ['PIN (4 digits): 4821', 'PASSWORD:4821'],
  ] as const)
    assert.deepEqual(found(text), [expected], text);
  for (const text of ['비밀번호 4자리 입력하세요', 'password 8 digits or more', 'tiktok is so fun'])
    assert.deepEqual(found(text), [], text);
});

test('API keys, tokens and private keys are found by their shapes (en, ko)', () => {
  const githubToken = `ghp_${'aB3'.repeat(12)}`;
  const privateKey = '-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA7\n-----END RSA PRIVATE KEY-----';
  for (const [text, secret] of [
    ['aws key AKIAIOSFODNN7EXAMPLE', 'AKIAIOSFODNN7EXAMPLE'],
    ['OPENAI_API_KEY=sk-proj-abcdefghijklmnopqrstuvwx1234', 'sk-proj-abcdefghijklmnopqrstuvwx1234'],
    [`토큰은 ${githubToken} 이에요`, githubToken],
    ['슬랙 봇 토큰 xoxb-1234567890-abcdefghij 확인해 주세요', 'xoxb-1234567890-abcdefghij'],
    [
      'Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w',
      'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w',
    ],
    [`키 파일:\n${privateKey}\n끝`, privateKey],
  ] as const)
    assert.deepEqual(found(text), [`SECRET:${secret}`], text);
  for (const text of ['AKIA is a word here', 'eyJ alone']) assert.deepEqual(found(text), [], text);
});

test('a key or a token of any issuer is found after its label, as .env files and chats write it (en, ko)', () => {
  for (const [text, secret] of [
    ['AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYzz1KEY', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzz1KEY'],
    ['"client_secret": "9f8e7d6c5b4a39281706f5e4d3c2b1a0"', '9f8e7d6c5b4a39281706f5e4d3c2b1a0'],
    ['my api key is Xk29fLm3Qp8Rt7Vw, it stopped working', 'Xk29fLm3Qp8Rt7Vw'],
    ['refresh_token=1//0gdXyz12ABCdefGHIjkl', '1//0gdXyz12ABCdefGHIjkl'],
    ['API key: Xk29fLm3Qp8Rt7Vw 입니다', 'Xk29fLm3Qp8Rt7Vw'],
    ['토큰: a1b2c3d4e5f6g7h8i9j0 으로 호출했어요', 'a1b2c3d4e5f6g7h8i9j0'],
    ['시크릿 키: Zq81LmN0pR4sT7uV9wXy', 'Zq81LmN0pR4sT7uV9wXy'],
  ] as const)
    assert.deepEqual(found(text), [`SECRET:${secret}`], text);
  // A placeholder, a mask, a word, a label without a value, and a key's public id.
  for (const text of [
    'DB_TOKEN=your-token-here-please',
    'api_key: xxxxxxxxxxxxxxxxxxxx',
    'SECRET_KEY=changeme',
    'auth token: authentication_required_now',
    'the token is expired, please refresh',
    'secretary: the front desk 2F',
    '토큰이 만료되었습니다',
    'API 키 발급은 어디서 하나요?',
  ])
    assert.deepEqual(found(text), [], text);
});

test('a GitHub or GitLab handle after the site name is a username, the site in a sentence is not (en, ko)', () => {
  assert.deepEqual(found('Email: jhseo.dev@gmail.com\nGitHub ID: jhseo-dev'), ['EMAIL:jhseo.dev@gmail.com', 'USERNAME:jhseo-dev']);
  assert.deepEqual(found('제 깃랩 GitLab: minsu-kim 입니다'), ['USERNAME:minsu-kim']);
  assert.deepEqual(found('We use GitHub Actions for CI'), []);
});

test("a quoted key and value, and a handle a few words after an app's name (ko, en)", () => {
  const typed = (text: string) => found(text, { types: ['USERNAME', 'PASSWORD'] });
  assert.deepEqual(typed('야 나 인스타 새로 팠어 @yoonah.film 팔로우 ㄱㄱ'), ['USERNAME:@yoonah.film']);
  assert.deepEqual(typed('{"id":88124,"username":"tolu_bakes","email":"tolu@example.com"}'), ['USERNAME:tolu_bakes']);
  assert.deepEqual(typed('{"db_host":"10.0.4.21","db_password": "Qw8#mLp2!vTz", "pool": 4}'), ['PASSWORD:Qw8#mLp2!vTz']);
  // An e-mail after the app's name is no handle.
  assert.deepEqual(typed('인스타 계정 문의드려요 help@shop.example 로 답변 부탁'), []);
});

test('a password after a word of change or keeping is found; the change alone is none (ko, en)', () => {
  assert.deepEqual(found('[누나] [오후 6:30] 현관 비번 바꿨어 472918'), ['PASSWORD:472918']);
  assert.deepEqual(found('와이파이 비번은 그대로 sunflower0917'), ['PASSWORD:sunflower0917']);
  assert.deepEqual(found('I already reset the password to Wrzesien#2024 twice.'), ['PASSWORD:Wrzesien#2024']);
  assert.deepEqual(found('password changed to hunter22'), ['PASSWORD:hunter22']);
  for (const text of ['비밀번호 변경했어요 감사합니다', 'the password to my account expired', 'password changed to something else'])
    assert.deepEqual(found(text), [], text);
});

test('a login name in a log, a path, a domain or after a game or app is found; prose around the same words is not (en, ko)', () => {
  assert.deepEqual(found('Failed password for invalid user admin99 from 10.0.0.5'), ['USERNAME:admin99', 'IP_ADDRESS:10.0.0.5']);
  assert.deepEqual(found('user=jdoe88 action=login'), ['USERNAME:jdoe88']);
  assert.deepEqual(found('C:\\Users\\jkim\\Documents\\report.xlsx'), ['USERNAME:jkim']);
  assert.deepEqual(found('/home/minsu_kim/.ssh/id_rsa 파일 권한 확인'), ['USERNAME:minsu_kim']);
  assert.deepEqual(found('CORP\\jdoe logged in'), ['USERNAME:jdoe']);
  assert.deepEqual(found('my xbox gamertag is ShadowFox221'), ['USERNAME:ShadowFox221']);
  assert.deepEqual(found('im down, add me, steam is lilbean_04'), ['USERNAME:lilbean_04']);
  assert.deepEqual(found('디스코드 minji#4821 로 추가해줘 discord'), ['USERNAME:minji#4821']);
  // A Markdown heading's hashes open no tag; the tag under it is still read.
  assert.deepEqual(found('## 게임 친구 모집\n디스코드 minji#4821 로 추가해줘'), ['USERNAME:minji#4821']);
  assert.deepEqual(found('## Squad\nValorant: Haneul#KR1'), ['USERNAME:Haneul#KR1']);
  assert.deepEqual(found('## 요금 안내\n## Plans and fees'), []);
  assert.deepEqual(found('reddit u/throwaway_4412'), ['USERNAME:u/throwaway_4412']);
  assert.deepEqual(found('Cash App $jwhit22'), ['USERNAME:$jwhit22']);
  for (const text of [
    'see you on steam tonight',
    'the user is happy',
    'Steam Deck 512GB',
    'Play on Xbox Series X',
    'issue #1234 fixed',
    'C:\\Users\\Public\\x',
  ])
    assert.deepEqual(found(text), [], text);
});

test('a handle alone in prose is a username; an email, a decorator, a group mention or a price is not (en, ko)', () => {
  assert.deepEqual(found("Kai: sent. also @mira.codes said she's joining"), ['PERSON:Kai', 'USERNAME:@mira.codes']);
  assert.deepEqual(found("DM me here (I'm @dana_skis on Insta too)"), ['USERNAME:@dana_skis']);
  assert.deepEqual(found('follow @minji on insta'), ['USERNAME:@minji']);
  assert.deepEqual(found('인스타 계정 @seoyeon.k 팔로우해'), ['USERNAME:@seoyeon.k']);
  for (const text of [
    'hey @minji',
    '@everyone standup in 5',
    '@media (max-width: 600px) { a {} }',
    'npm i @types/node',
    'price @3.99 each',
    'meet @10am',
  ])
    assert.deepEqual(found(text), [], text);
});

test("a card's code by its other names and by where it is printed (en, ko)", () => {
  for (const [text, code] of [
    ['the 3 digits on the back are 123', '123'],
    ['the code on the back is 4821', '4821'],
    ['card verification value 123', '123'],
    ['CVN 123', '123'],
    ['CVC 번호는 318', '318'],
    ['카드 뒷면 3자리 307이에요', '307'],
  ] as const)
    assert.deepEqual(found(text), [`CARD_CVV:${code}`], text);
  assert.deepEqual(found('I put the box on the back seat 123'), []);
});

test('how a login or a password is, in everyday words joined by hyphens, is none; a passphrase is one (en, ko)', () => {
  for (const text of [
    'Note: the username is case-sensitive.',
    'PIN is case-insensitive',
    '비밀번호는 case-sensitive 이니 주의하세요',
    '참고로 username is case-sensitive 입니다',
  ])
    assert.deepEqual(found(text), [], text);
  assert.deepEqual(found('Your username is jkim_2231 and the password is case-sensitive.'), ['USERNAME:jkim_2231']);
  assert.deepEqual(found('password: correct-horse-battery-staple'), ['PASSWORD:correct-horse-battery-staple']);
  assert.deepEqual(found('와이파이 비번: blue-sky-tree'), ['PASSWORD:blue-sky-tree']);
});

test("a code's label may say where it came from or who gave it; 공동현관 may be followed by an English word (en, ko)", () => {
  for (const [text, expected] of [
    ['Keeping her number? yes, transfer PIN from the old carrier is 604418', 'PASSWORD:604418'],
    ['Freedom account PIN given by customer: 2906', 'PASSWORD:2906'],
    ['and the 공동현관 code is still 3816?', 'PASSWORD:3816'],
    ['공동현관 password 는 1204# 입니다', 'PASSWORD:1204#'],
  ] as const)
    assert.deepEqual(found(text), [expected], text);
  for (const text of ['transfer PIN from the old carrier is needed', '공동현관 code 알려주세요']) assert.deepEqual(found(text), [], text);
});

test('a word of letters alone after a password\'s colon is a passphrase; a word that says how it is, or one after "is", is none (en, ko)', () => {
  for (const [text, expected] of [
    ['Password for callers: bluebell', 'PASSWORD:bluebell'],
    ['Collection password: BLUEBERRY', 'PASSWORD:BLUEBERRY'],
    ['Wireless password (on sticker): xpqmtvdkrhwa', 'PASSWORD:xpqmtvdkrhwa'],
    ['Account security passcode (required for all account changes): marmot22', 'PASSWORD:marmot22'],
    ['공유기 비밀번호: xpqmtvdkrhwa', 'PASSWORD:xpqmtvdkrhwa'],
    ['전화 인증 암호: bluebell 로 등록했어요', 'PASSWORD:bluebell'],
  ] as const)
    assert.deepEqual(found(text), [expected], text);
  for (const text of ['Password: required', 'Password: unknown', 'Your new password is strong', '비밀번호: temporary', 'Password: reset'])
    assert.deepEqual(found(text), [], text);
});

test("a handle that opens a colleague's message, one the writer gives as their own, one after 유튜브; group mentions none (en, ko)", () => {
  assert.deepEqual(found('@dmitri.v handover from nights: Line 3 CNC (Haas VF-4) threw alarm 108 twice'), ['USERNAME:@dmitri.v']);
  assert.deepEqual(found('rotating them now but still. (its me @vexnine)'), ['USERNAME:@vexnine']);
  assert.deepEqual(found('채널: 유튜브 @seoyunING 구독자 3만'), ['USERNAME:@seoyunING']);
  for (const text of ['@media screen and (max-width: 600px) {', 'this is @support right?', '@mods 제 글 좀 지워주세요', "@app.route('/')"])
    assert.deepEqual(found(text), [], text);
});

test('a door code in capitals, and the code a new one replaced, are passwords (en, ko)', () => {
  assert.deepEqual(found('DELIVERY NOTE: GATE CODE 2580, LEAVE AT SIDE DOOR'), ['PASSWORD:2580']);
  assert.deepEqual(found('Account PIN: 0920 (changed in store today, was 1188)'), ['PASSWORD:0920', 'PASSWORD:1188']);
  assert.deepEqual(found("Account PIN: 0921 (changed from 5522 at customer's request)"), ['PASSWORD:0921', 'PASSWORD:5522']);
  assert.deepEqual(found('공동현관 비밀번호 3816 (기존 2580)'), ['PASSWORD:3816', 'PASSWORD:2580']);
  // A year in a note is no code.
  assert.deepEqual(found('PIN 1234 (valid from 2024)'), ['PASSWORD:1234']);
  assert.deepEqual(found('DELIVERY DEPT 2580'), []);
});

test("a release's version, a document in an ID field and a system's own accounts are no credentials (en, ko)", () => {
  assert.deepEqual(found('ticket #4471, can someone pin 2.7.9 for the release branch?'), []);
  assert.deepEqual(found('ID: passport (BRA) GJ527418   Tel. 010-9214-3367'), ['PASSPORT:GJ527418', 'PHONE:010-9214-3367']);
  assert.deepEqual(found('sshd[9912]: Failed password for invalid user oracle from 103.145.13.88 port 40662 ssh2'), [
    'IP_ADDRESS:103.145.13.88',
  ]);
  assert.deepEqual(found('서버 로그: Failed password for invalid user jkim_ops from 10.2.3.4'), [
    'USERNAME:jkim_ops',
    'IP_ADDRESS:10.2.3.4',
  ]);
});

test("a template's placeholder, a masked email's domain and a numbered key are read as what they are (en, ko)", () => {
  assert.deepEqual(found('{"db": {"host": "${DB_HOST}", "password": "${DB_PASSWORD}"}}'), []);
  assert.deepEqual(found('DATABASE_URL=postgres://app:<password>@localhost:5432/orders_dev'), []);
  assert.deepEqual(found('reset link sent to k****@yahoo.com, valid 30 min'), []);
  assert.deepEqual(found('가입 시 등록하신 s*****@naver.com 으로 발송됩니다'), []);
  assert.deepEqual(found('{"cvc":"482","password2":"4711"}'), ['CARD_CVV:482', 'PASSWORD:4711']);
});

test("a door's code keyed in the answer to a question about the door is a password (ko, en)", () => {
  assert.deepEqual(found('[기사님] 공동현관 번호 알 수 있을까요?\n[나] 네네 3719 누르고 호출 누르시면 돼요~'), ['PASSWORD:3719']);
  assert.deepEqual(found('Courier: 공동현관 비번 알려주시면 문앞에 둘게요\nMe: 네 #2580* 누르시면 돼요'), ['PASSWORD:#2580*']);
  // A menu's key, and digits keyed with no door spoken of, are none.
  assert.deepEqual(found('ARS 안내: 1번 누르시면 상담원 연결'), []);
  assert.deepEqual(found('주문 조회는 20240512 누르시면 됩니다'), []);
});

test("a second-hand marketplace's nicknames: 당근's chat header and manner temperature, 번개장터's shop name (ko, en)", () => {
  assert.deepEqual(found('[당근채팅] 감자도리 님과의 대화\n감자도리: 아직 판매중인가요?\n나: 네\n감자도리: 좋아요!'), [
    'USERNAME:감자도리',
    'USERNAME:감자도리',
    'USERNAME:감자도리',
  ]);
  assert.deepEqual(found('Pasted from Daangn:\n포근한감자77 (37.2℃): is it still for sale?\n나: yes'), ['USERNAME:포근한감자77']);
  // A chat without Hangul may hold the temperature too: the gate asks a text without Hangul for the sign alone.
  assert.deepEqual(found('Copied from the app:\npixel_runner99 (36.8℃): is it still for sale?\nme: yes'), ['USERNAME:pixel_runner99']);
  assert.deepEqual(found('Scam report - 판매자 상점명: 스위치팝니다0412, never shipped'), ['USERNAME:스위치팝니다0412']);
  // A temperature that no nickname opens a line with is a reading.
  assert.deepEqual(found('Server room at 21.5℃ (22.0℃ yesterday)'), []);
});

test("a Wi-Fi QR code's payload gives its network's password (en, ko)", () => {
  assert.deepEqual(found('Guest QR payload: WIFI:S:Hartley-Guest;T:WPA;P:Teal-Kettle-4471;H:false;;'), ['PASSWORD:Teal-Kettle-4471']);
  assert.deepEqual(found('게스트하우스 QR: WIFI:T:WPA;S:달빛하우스_5G;P:moon\\;light22;;'), ['PASSWORD:moon\\;light22']);
  assert.deepEqual(found('WIFI:T:nopass;S:Cafe-Free;;'), []);
});
