// Passwords, PINs, card security codes and expiry dates, and usernames after their labels, and API keys and tokens, in Korean and English
// messages, with the same labels where no value follows ("비밀번호 재설정", "my password is wrong"). Scored for genstack and
// the peer.
import { measureCases, type Scan, type TypedCase } from './typed-case-counts.ts';

const passwords = ['1234', '0000', 'qwer1234!', 'Summer2024!', 'hunter2', 'p@ssw0rd'];
const passwordFrames: ReadonlyArray<(value: string) => string> = [
  (value) => `비밀번호는 ${value}이에요`,
  (value) => `비번 ${value} 맞는데 로그인이 안 돼요`,
  (value) => `비밀번호를 ${value}로 바꿨어요`,
  (value) => `my password is ${value}`,
  (value) => `Password: ${value}`,
  (value) => `PIN ${value} doesn't work`,
];
const codes = ['123', '0456', '987'];
const codeFrames: ReadonlyArray<(value: string) => string> = [
  (value) => `카드 보안코드 ${value} 이에요`,
  (value) => `CVC ${value}`,
  (value) => `cvv: ${value} exp 12/27`,
  (value) => `the security code on the back of my card is ${value}`,
];
const expiries = ['12/27', '08/2026'];
const expiryFrames: ReadonlyArray<(value: string) => string> = [
  (value) => `카드번호 4111-1111-1111-1111 유효기간 ${value}`,
  (value) => `카드 유효기간은 ${value} 이에요`,
  (value) => `Visa ending 4242, exp ${value}`,
  (value) => `my card expires ${value}`,
];
/** A card's expiry in Korean words, as said on the phone. */
const spokenExpiries: readonly TypedCase[] = [
  { text: '카드 유효기간 27년 12월이요', type: 'CARD_EXPIRY', value: '27년 12월' },
  { text: '신용카드 만료일은 2028년 3월입니다', type: 'CARD_EXPIRY', value: '2028년 3월' },
];
const secrets = [
  'AKIAIOSFODNN7EXAMPLE',
  `ghp_${'aB3'.repeat(12)}`,
  'sk-proj-abcdefghijklmnopqrstuvwx1234',
  'sk_live_4eC39HqLyjWDarjtT1zdp7dc',
  'xoxb-1234567890-abcdefghij',
  'AIzaSyA1234567890abcdefghijklmnopqrstuv',
  'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w',
];
const secretFrames: ReadonlyArray<(value: string) => string> = [
  (value) => `API 키 ${value} 가 안 먹혀요`,
  (value) => `my key is ${value}, can you check it?`,
  (value) => `export TOKEN=${value}`,
];

/** Keys of no published shape, after their label as .env files, configs and chats write it. */
const labelledSecrets: readonly TypedCase[] = [
  { text: 'AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYzz1KEY', type: 'SECRET', value: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzz1KEY' },
  { text: '"client_secret": "9f8e7d6c5b4a39281706f5e4d3c2b1a0"', type: 'SECRET', value: '9f8e7d6c5b4a39281706f5e4d3c2b1a0' },
  { text: 'my api key is Xk29fLm3Qp8Rt7Vw, it stopped working', type: 'SECRET', value: 'Xk29fLm3Qp8Rt7Vw' },
  { text: 'API key: Xk29fLm3Qp8Rt7Vw 입니다', type: 'SECRET', value: 'Xk29fLm3Qp8Rt7Vw' },
  { text: '토큰: a1b2c3d4e5f6g7h8i9j0 으로 호출했어요', type: 'SECRET', value: 'a1b2c3d4e5f6g7h8i9j0' },
];

/** The labels without a value, and words that share a key's prefix. */
const negatives = [
  '비밀번호 재설정 메일이 안 와요',
  '비밀번호 4자리 맞나요',
  '비밀번호를 12번 틀렸어요',
  '암호화폐 1234개 샀어요',
  '보안코드 3자리는 카드 뒷면에 있어요',
  'my password is wrong',
  'password reset link please',
  'pin the order 1234 to the top',
  'the password is ******',
  'CVV is on the back',
  'ask for the desk-top model',
  '미국 ASIA 지역 데이터 요금',
  'sk-1 size please',
  'the security code for the gate is 1234',
  '비밀번호 앞 2자리만 기억나요',
  '아이디 찾기가 안 돼요',
  '계정 잠금 해제해 주세요',
  'my username is wrong',
  '아이폰 15 샀어요',
  // A key's label with a placeholder or a word after it.
  'DB_TOKEN=your-token-here-please',
  'api_key: xxxxxxxxxxxxxxxxxxxx',
  '토큰이 만료되었습니다',
  // Another thing's expiry, a question about one, and an offer's end date.
  '쿠폰 유효기간 12/31까지예요',
  '카드 포인트 유효기간 12/31',
  '카드 유효기간이 언제까지예요?',
  'the offer expires 12/31',
];

const usernames = ['minsu1234', 'jane.doe', 'kim_minsu', '@minsu.kim'];
const usernameFrames: ReadonlyArray<(value: string) => string> = [
  (value) => `아이디는 ${value} 이에요`,
  (value) => `인스타 ${value} 로 DM 주세요`,
  (value) => `my username is ${value}`,
  (value) => `login ID: ${value}, it says locked`,
];

/** The first two digits of a card PIN, which Korean card payments ask for instead of the whole PIN. */
const pinFirstDigits: readonly TypedCase[] = [
  { text: '카드 비밀번호 앞 2자리는 12입니다', type: 'PASSWORD', value: '12' },
  { text: '비밀번호 앞 두자리 34 맞아요', type: 'PASSWORD', value: '34' },
];

const fill = (type: string, values: readonly string[], frames: ReadonlyArray<(value: string) => string>): TypedCase[] =>
  values.flatMap((value) => frames.map((frame) => ({ text: frame(value), type, value })));

/**
 * @example
 * credentialCases().positives[0]; // { text: '비밀번호는 1234이에요', type: 'PASSWORD', value: '1234' }
 */
export function credentialCases(): { positives: TypedCase[]; negatives: string[] } {
  return {
    positives: [
      ...fill('PASSWORD', passwords, passwordFrames),
      ...fill('CARD_CVV', codes, codeFrames),
      ...fill('CARD_EXPIRY', expiries, expiryFrames),
      ...spokenExpiries,
      ...fill('SECRET', secrets, secretFrames),
      ...labelledSecrets,
      ...pinFirstDigits,
      ...fill('USERNAME', usernames, usernameFrames),
    ],
    negatives,
  };
}

/**
 * @example
 * await measureCredentials({ genstack: scanWithGenstack, peer: (text) => peer.scan(text) });
 */
export async function measureCredentials(scanners: { genstack: Scan; peer: Scan }) {
  return measureCases(credentialCases(), scanners);
}
