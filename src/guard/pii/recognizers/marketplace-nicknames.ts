// The nicknames of a second-hand marketplace's chat, as a customer pastes it: 당근's chat header ("[당근채팅] 감자도리 님과의
// 대화") and its manner temperature after a speaker ("포근한감자77 (37.2℃):"), 번개장터's shop name ("상점명: 스위치팝니다0412").
// A nickname is the account the other party is found and reported by, as much a login as one given after its label.
import type { PiiFinding } from '../types.ts';
import { createFinding } from './create-finding.ts';

const name = 'marketplace-nickname';

/** The chat's header names the other party. */
const chatHeader = /당근(?:마켓)?[ \t]?채팅\]?[ \t]*\|?[ \t]*([^\s[\]|:]{2,20})[ \t]*님과의[ \t]*대화/dg;
/** A speaker with 당근's manner temperature after the nickname, where a line opens. */
const speakerWithTemperature = /^([^\s:()[\]]{2,20})[ \t]*\(\d{1,2}(?:\.\d)?[ \t]?℃\)/dgm;
/** A shop's name in 번개장터 or a seller's nickname in a report. */
const shopName = /(?:상점명|상점[ \t]이름|판매자[ \t]?닉네임)[ \t]*[:：][ \t]*([^\s,/]{2,20})/dg;

/**
 * Whether `text` may hold one of the forms: three native searches, cheap enough for every chat turn.
 *
 * @example
 * mayHoldMarketplaceNickname('[당근채팅] 감자도리 님과의 대화'); // true
 */
export function mayHoldMarketplaceNickname(text: string): boolean {
  return text.includes('님과의') || text.includes('℃') || text.includes('상점');
}

/**
 * The nicknames the forms give, and every line that the same nickname opens as a speaker ("감자도리: 안녕하세요"), 0.8.
 *
 * @example
 * findMarketplaceNicknames('[당근채팅] 감자도리 님과의 대화\n감자도리: 안녕하세요').map((finding) => finding.start); // [7, 19]
 */
export function findMarketplaceNicknames(text: string): PiiFinding[] {
  if (!mayHoldMarketplaceNickname(text)) return [];
  const findings: PiiFinding[] = [];
  const nicknames = new Set<string>();
  for (const pattern of [chatHeader, speakerWithTemperature, shopName]) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      const nickname = match[1]!;
      const start = match.indices![1]![0];
      nicknames.add(nickname);
      if (!findings.some((finding) => finding.start === start))
        findings.push(createFinding({ type: 'USERNAME', text: nickname, start, score: 0.8, recognizer: name }));
    }
  }
  for (const nickname of nicknames) {
    for (let at = text.indexOf(`\n${nickname}`); at !== -1; at = text.indexOf(`\n${nickname}`, at + 1)) {
      const start = at + 1;
      const after = text.charAt(start + nickname.length);
      if ((after !== ':' && after !== ' ') || findings.some((finding) => finding.start === start)) continue;
      findings.push(createFinding({ type: 'USERNAME', text: nickname, start, score: 0.8, recognizer: name }));
    }
  }
  return findings.sort((left, right) => left.start - right.start);
}
