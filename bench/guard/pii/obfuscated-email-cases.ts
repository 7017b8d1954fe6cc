// Email addresses written to slip past a filter, in the forms customers use in Korean and English chats, and sentences
// with the same words ("at", "dot", 골뱅이, 닷컴, a site's name) that hold no address. Scored for genstack and the peer.

import { measureCases, type Scan, type TypedCase } from './typed-case-counts.ts';

const locals = ['minsu', 'minsu.kim', 'jane_park', 'kevin92', 'jiwoo-han'];
/** Each way of writing an address: the local part and the domain's name and top-level part in. */
const writings: ReadonlyArray<(local: string, name: string, top: string) => string> = [
  (local, name, top) => `${local} at ${name} dot ${top}`,
  (local, name, top) => `${local}(at)${name}.${top}`,
  (local, name, top) => `${local}[at]${name}[dot]${top}`,
  (local, name, top) => `${local} AT ${name} DOT ${top}`,
  (local, name, top) => `${local}@${name} dot ${top}`,
  (local, name, top) => `${local} 골뱅이 ${name}.${top}`,
  (local, name, top) => `${local}골뱅이${name}쩜${top}`,
  (local, name, top) => `${local} 앳 ${name}.${top}`,
];
const domains: ReadonlyArray<readonly [name: string, top: string]> = [
  ['gmail', 'com'],
  ['naver', 'com'],
  ['daum', 'net'],
  ['outlook', 'com'],
];
const frames: ReadonlyArray<(email: string) => string> = [
  (email) => `my email is ${email}`,
  (email) => `send the receipt to ${email} please`,
  (email) => `메일은 ${email} 이에요`,
  (email) => `영수증은 ${email} 로 보내 주세요`,
];
/** Addresses in Hangul and with a plain dot after "at", which need an email word before them or a Korean domain. */
const more = [
  'my email is minsu.kim at gmail.com',
  'Email: jsmith at yahoo.co.uk',
  'contact me: kevin92 at naver.com',
  'minsu 골뱅이 네이버 닷컴으로 연락 주세요',
  '메일 jiwoo 골뱅이 다음 닷넷 이에요',
  'jane 앳 지메일 닷컴 으로 보내 주세요',
];

/** Sentences with the same words that hold no address. */
const negatives = [
  'Look at naver.com for the rates',
  'email me at gmail.com',
  'I have an account at naver.com',
  'See you at 3.30 pm',
  'Meet me at the cafe. Thanks',
  'the dot on the map (about here) e.g. the park',
  'I will be at home dot dot dot',
  'I bought it at amazon.com last week',
  'prices at coupang.com are lower',
  'we met at Google. Then at naver.com',
  'the ".com" bubble was at its peak in 2000',
  'add a dot at the end of the sentence',
  '민수 골뱅이 어디 갔어?',
  '닷컴 버블 때 얘기예요',
  '앳된 얼굴이네요',
  '네이버 닷컴에서 검색해 보세요',
  'www.naver.com 에서 확인했어요',
  '골뱅이 무침 맛집 추천해 주세요',
  '다음 주에 at home 서비스 신청할게요',
  '쿠팡.com 가격이 더 싸요',
];

/**
 * @example
 * obfuscatedEmailCases().positives[0]; // { text: 'my email is minsu at gmail dot com', type: 'EMAIL', value: 'minsu at gmail dot com' }
 */
export function obfuscatedEmailCases(): { positives: TypedCase[]; negatives: string[]; negativeType: string } {
  const positives = locals.flatMap((local) =>
    writings.flatMap((write) =>
      domains.flatMap(([name, top]) => {
        const value = write(local, name, top);
        return frames.map((frame) => ({ text: frame(value), type: 'EMAIL', value }));
      }),
    ),
  );
  for (const text of more) positives.push({ text, type: 'EMAIL', value: emailIn(text) });
  return { positives, negatives, negativeType: 'EMAIL' };
}

/** The address of a sentence of `more`: from the local part to the top-level part. */
function emailIn(text: string): string {
  return /[a-z][\w.-]*(?: at | AT |[ ]?골뱅이[ ]?| 앳 ).*?(?:\.co\.uk|\.com|닷컴|닷넷)/.exec(text)![0];
}

/**
 * @example
 * await measureObfuscatedEmails({ genstack: scanWithGenstack, peer: (text) => peer.scan(text) });
 */
export async function measureObfuscatedEmails(scanners: { genstack: Scan; peer: Scan }) {
  return measureCases(obfuscatedEmailCases(), scanners);
}
