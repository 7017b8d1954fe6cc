// The two people a one-to-one chat's pasted copy names in its heading, a double arrow between them ("[카톡] 비샬 ↔ 총무
// 차은석", "[카카오톡] 쇼흐루흐 ↔ 노경태 반장", "[카톡] 지수 ↔ 성호 삼촌 (런던)"), and the turns the heading's names open
// ("팜티투: 국장님 안녕하세요"): a migrant worker's, a carer's or a relative's name the lists hold no syllables of.
import type { PiiFinding } from '../types.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { isCommonKoreanNoun } from './korean-common-nouns.ts';
import { placeEndings } from './korean-name-words.ts';
import { sendersThatAreNoNames } from './speaker-names.ts';
import { transcribesLatinName } from './paired-spellings.ts';
import { isGivenNameCalledOut } from './vocative-names.ts';
import { isPlausibleKoreanName } from './korean-names.ts';
import { hasCommonGivenName } from './korean-given-name-syllables.ts';

const recognizerName = 'chat-heading-party';

/** A messenger's bracket, then the two sides of the chat, a double arrow between them, on the text's first line. */
const chatHeading =
  /^[ \t]*\[(?:카톡|카카오톡|문자|메시지|DM|라인|LINE|텔레그램|WhatsApp)\][ \t]*([^\n↔]{2,40}?)[ \t]*↔[ \t]*([^\n↔]{2,40}?)[ \t]*(?:\n|$)/;

/** The posts and kin a heading writes beside a side's name ("총무 차은석", "노경태 반장", "성호 삼촌"). */
const posts: ReadonlySet<string> = new Set([
  ...['총무', '반장', '소장', '국장', '팀장', '실장', '과장', '대리', '부장', '사장', '사장님', '원장', '센터장', '매니저', '기사'],
  ...['선생님', '쌤', '사모님'],
]);
const kin: ReadonlySet<string> = new Set([
  '삼촌',
  '이모',
  '고모',
  '외삼촌',
  '이모부',
  '고모부',
  '할머니',
  '할아버지',
  '형',
  '누나',
  '언니',
  '오빠',
]);
const postsAndKin: ReadonlySet<string> = new Set([...posts, ...kin]);

/**
 * The name of a heading's side: its one Hangul word of two to four syllables once the posts, the kin and a bracketed place
 * are set aside, no firm's, desk's, relative's or everyday word ("사랑나눔방문요양센터", "엄마" and "고객" name no one).
 */
function sideName(side: string): { offset: number; name: string; besidePost: boolean; besideKin: boolean } | undefined {
  const bracket = side.indexOf('(');
  const words = (bracket === -1 ? side : side.slice(0, bracket)).trimEnd().split(' ');
  const names = words.filter((word) => !postsAndKin.has(word));
  if (names.length !== 1) return undefined;
  const name = names[0]!;
  if (!/^[가-힣]{2,4}$/.test(name) || placeEndings.has(name.charCodeAt(name.length - 1))) return undefined;
  if (sendersThatAreNoNames.has(name) || isCommonKoreanNoun(name)) return undefined;
  return {
    offset: side.indexOf(name),
    name,
    besidePost: words.some((word) => posts.has(word)),
    besideKin: words.some((word) => kin.has(word)),
  };
}

/**
 * Whether the side is a person's: a post or kin beside the name ("총무 차은석", "성호 삼촌"); a name of two or three syllables
 * that opens the chat's turns, as a firm's of four rarely is not ("팜티투:", where "태산중기:" speaks for a crane hire); or
 * one the chat's Latin speaker spells ("비샬" beside "Bishal:"), whose name is then returned too.
 */
function personsSide(text: string, party: { name: string; besidePost: boolean; besideKin: boolean }): { latinName?: string } | undefined {
  const name = party.name;
  // A post beside a word of work or place names no one ("게스트 매니저", "현장 반장"): a full name stands beside a post, a
  // given name beside the kinship ("성호 삼촌").
  if (party.besidePost || party.besideKin)
    return isKoreanFullName(name) || (party.besideKin && isGivenNameCalledOut(name)) ? {} : undefined;
  // A trade's or a role's word speaks for its side as often ("작곡가:", "가수:", "통역사:").
  if (name.length <= 3 && !roleEndings.has(name.charCodeAt(name.length - 1)) && text.includes(`\n${name}:`))
    return name.length === 3 || isGivenNameCalledOut(name) ? {} : undefined;
  latinSpeaker.lastIndex = 0;
  for (let match = latinSpeaker.exec(text); match !== null; match = latinSpeaker.exec(text))
    if (transcribesLatinName([party.name], [match[1]!.toUpperCase()])) return { latinName: match[1]! };
  return undefined;
}

/** The last syllables of the words for a trade, a role or a party ("작곡가", "상담원", "보호자", "통역사", "반장"). */
const roleEndings: ReadonlySet<number> = new Set([...'가사자원생객인관민장'].map((syllable) => syllable.charCodeAt(0)));

/** A full name of the common given names' syllables ("차은석", "노경태"). */
function isKoreanFullName(name: string): boolean {
  return name.length >= 3 && isPlausibleKoreanName(name) && hasCommonGivenName(name);
}

/** A turn that a single Latin word opens, as a foreign worker's display name heads its messages ("Bishal: …"). */
const latinSpeaker = /\n([A-Z][a-z]{2,14}):/g;

/**
 * The names of a one-to-one chat's heading, and the turns they open, 0.75. Remembered for the last text.
 *
 * @example
 * findChatHeadingParties('[카톡] 비샬 ↔ 총무 차은석\n비샬: 감사해요').map((finding) => finding.text); // ['비샬', '차은석', '비샬']
 * findChatHeadingParties('[카톡] 고객센터 ↔ 고객'); // []
 */
export const findChatHeadingParties = rememberLastText((text: string): readonly PiiFinding[] => {
  if (!mayOpenWithChatHeading(text)) return [];
  const heading = chatHeading.exec(text);
  if (heading === null) return [];
  const findings: PiiFinding[] = [];
  for (const group of [1, 2]) {
    const side = heading[group]!;
    const party = sideName(side);
    const person = party === undefined ? undefined : personsSide(text, party);
    if (party === undefined || person === undefined) continue;
    const sideStart = heading.index + heading[0].indexOf(side, group === 2 ? heading[0].indexOf('↔') : 0);
    findings.push(finding({ start: sideStart + party.offset, name: party.name }));
    // The turns the name opens, as the chat's copy heads each message with its sender, in Hangul or in Latin letters.
    for (const name of person.latinName === undefined ? [party.name] : [party.name, person.latinName]) {
      const turn = `\n${name}:`;
      for (let at = text.indexOf(turn); at !== -1; at = text.indexOf(turn, at + 1)) findings.push(finding({ start: at + 1, name }));
    }
  }
  return findings;
});

/** Whether the text opens with a bracket and its first line holds a double arrow: read before the heading's search. */
export function mayOpenWithChatHeading(text: string): boolean {
  let start = 0;
  while (text.charCodeAt(start) === 0x20 || text.charCodeAt(start) === 0x09) start += 1;
  if (text.charCodeAt(start) !== 0x5b) return false;
  const arrow = text.indexOf('↔', start);
  if (arrow === -1) return false;
  const lineEnd = text.indexOf('\n', start);
  return lineEnd === -1 || arrow < lineEnd;
}

function finding(party: { start: number; name: string }): PiiFinding {
  return {
    type: 'PERSON',
    start: party.start,
    end: party.start + party.name.length,
    text: party.name,
    score: 0.75,
    recognizer: recognizerName,
  };
}
