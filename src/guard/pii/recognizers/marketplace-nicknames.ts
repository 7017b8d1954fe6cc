// The nicknames of a second-hand marketplace's chat, as a customer pastes it: 당근's chat header ("[당근채팅] 감자도리 님과의
// 대화") and its manner temperature after a speaker ("포근한감자77 (37.2℃):"), 번개장터's shop name ("상점명: 스위치팝니다0412").
// An open chat's speakers are nicknames too ("[오픈채팅 - 파이썬 스터디]\n코딩하는감자: …"). A nickname is the account the
// other party is found and reported by, as much a login as one given after its label.
import type { PiiFinding } from '../types.ts';
import { createFinding } from './create-finding.ts';
import { isPlausibleKoreanName } from '../names/korean-names.ts';
import { characterPairWords, mayHoldAnyWord } from '../character-pairs.ts';
import { textFeature, textFeatures } from '../text-features.ts';

const name = 'marketplace-nickname';

/** The chat's header names the other party. */
const chatHeader = /당근(?:마켓)?[ \t]?채팅\]?[ \t]*\|?[ \t]*([^\s[\]|:]{2,20})[ \t]*님과의[ \t]*대화/dg;
/** A speaker with 당근's manner temperature after the nickname, where a line opens. */
const speakerWithTemperature = /^([^\s:()[\]]{2,20})[ \t]*\(\d{1,2}(?:\.\d)?[ \t]?℃\)/dgm;
/** A shop's name in 번개장터 or a seller's nickname in a report. */
const shopName = /(?:상점명|상점[ \t]이름|판매자[ \t]?닉네임)[ \t]*[:：][ \t]*([^\s,/]{2,20})/dg;
/**
 * A party to a sale or a lease named by nickname as the chat's speaker ("구매자 pixel_runner:", "판매자 스위치팝니다:",
 * "세입자(닉네임 이사준비중):", "판매자(hapjeong_seller):").
 */
const partyWithNickname =
  /^[ \t]*(?:[└ㄴ][ \t]*)?(?:구매자|판매자|구매희망자|세입자|집주인)[ \t]*(?:\((?:닉네임[ \t]*)?([^\s()]{2,20})\)|[ \t]([^\s:()]{2,20}))[ \t]*:/dgm;
/** A speaker in an open chat, where everyone speaks by nickname ("[오픈채팅 - 파이썬 스터디]\n코딩하는감자: 질문있어요"). */
const openChatSpeaker = /^[ \t]*([^\s:：()[\]]{2,20})[ \t]*[:：][ \t]/dgm;
const openChatWord = /오픈[ \t]?(?:채팅|톡|카톡)/;

/**
 * A nickname after its label, quoted or before a copula ("닉은 분당토끼맘이에요", "닉네임: 해피쿼카 |", "닉네임은 '정품만팝니다'였고").
 */
const nicknameLabel =
  /닉(?:네임)?(?:은|는|이|:|：)?[ \t]*[:：]?[ \t]*['"‘“]?([가-힣A-Za-z0-9_.]{2,20}?)(?=['"’”]|이에요|예요|입니다|이고|였고|였어요|[ \t]*[|,.)]|[ \t]*$)/dgm;

const forms = [chatHeader, speakerWithTemperature, shopName, partyWithNickname, nicknameLabel];
/** The forms whose place a word other than a nickname may fill (a name, a field's label): their value must read as one. */
const formsOfAnyWord: ReadonlySet<RegExp> = new Set([partyWithNickname, nicknameLabel, openChatSpeaker]);

const nicknameWords = characterPairWords('님과의', '℃', '상점', '닉', '오픈', '구매', '판매', '세입', '집주');
const withWords = characterPairWords('님과의');
const celsiusSign = characterPairWords('℃');
const shopWords = characterPairWords('상점');
const nicknameWord = characterPairWords('닉');
const openWords = characterPairWords('오픈');
const partyWords = characterPairWords('구매', '판매', '세입', '집주');

/**
 * Whether `text` may hold one of the forms: a few native searches, cheap enough for every chat turn; a party's word only
 * where a colon stands, as a speaker's does. Each search is made only where its own word's pairs stand, and a text
 * without Hangul can hold only the temperature's sign.
 *
 * @example
 * mayHoldMarketplaceNickname('[당근채팅] 감자도리 님과의 대화'); // true
 */
export function mayHoldMarketplaceNickname(text: string): boolean {
  // Every word but ℃ is Hangul.
  if ((textFeatures(text).flags & textFeature.hangul) === 0) return mayHoldAnyWord(text, celsiusSign) && text.includes('℃');
  return (
    mayHoldAnyWord(text, nicknameWords) &&
    ((mayHoldAnyWord(text, withWords) && text.includes('님과의')) ||
      (mayHoldAnyWord(text, celsiusSign) && text.includes('℃')) ||
      (mayHoldAnyWord(text, shopWords) && text.includes('상점')) ||
      (mayHoldAnyWord(text, nicknameWord) && text.includes('닉')) ||
      (mayHoldAnyWord(text, openWords) && openChatWord.test(text)) ||
      (mayHoldAnyWord(text, partyWords) && text.includes(':') && /구매자|판매자|구매희망자|세입자|집주인/.test(text)))
  );
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
  for (const pattern of openChatWord.test(text) ? [...forms, openChatSpeaker] : forms) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      const group = match[1] === undefined ? 2 : 1;
      const nickname = match[group]!;
      const start = match.indices![group]![0];
      if (formsOfAnyWord.has(pattern) && !isMarketNickname(nickname)) continue;
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

/** The roles an open chat shows its members by ("참여자", "방장"): no account's name. */
const openChatRoles: ReadonlySet<string> = new Set([
  '참여자',
  '참가자',
  '방장',
  '부방장',
  '관리자',
  '운영자',
  '멤버',
  '회원',
  '익명',
  '질문자',
]);

/** A party's standing: the household's head or member, the holder, the applicant, an agent or the party itself. */
const partyStanding = /^(?:세대주|세대원|본인|대리인|배우자|명의자|계약자|신청인|신청자|소유자|법인|개인|대표자?)$/;

/** The roles a chat's speaker may go by in a sale or a lease, with 님 perhaps. */
const partyRole = /^(?:구매자|판매자|구매희망자|세입자|집주인|임대인|임차인|매수인|매도인|거래자)님?$/;

/**
 * A nickname, not a person's name or a word: Latin with a digit, an underscore or a dot, or Hangul (with digits perhaps)
 * that reads as no Korean name, of three characters or more ("스위치팝니다", "분당토끼맘"; "이상철" is a name, found as such).
 */
function isMarketNickname(candidate: string): boolean {
  // A field's label after the party's word ("판매자 상점명:", "집주인 연락처:") names what follows.
  if (/(?:명|처|번호|주소|정보|계좌|이름|아이디|성함|닉네임)$/.test(candidate)) return false;
  // A team or an office that runs an open chat speaks by its role ("캐스팅팀: 2차 오디션은 6/29(일) …", "운영진:", "사무국:").
  if (/(?:팀|운영진|제작진|사무국|본부|센터|위원회)$/.test(candidate)) return false;
  // … and so do its bot and its members where the chat hides who they are, numbered or not ("운영봇: [점검] …", "참여자:
  // 점검 중에 …", "익명2:").
  if (/봇$/.test(candidate) || openChatRoles.has(candidate.replace(/\d+$/, ''))) return false;
  // A party that speaks by its role in a sale or a lease ("구매자: 직거래 가능하세요?", "판매자님:") names no account.
  if (partyRole.test(candidate)) return false;
  // A standing in brackets after the party's word says who the party is, not what it goes by ("구매자(세대주):", "세입자(본인):").
  if (partyStanding.test(candidate)) return false;
  if (/^[A-Za-z][A-Za-z0-9]*(?:[._][A-Za-z0-9]+)+$|^[A-Za-z_]+\d+$/.test(candidate)) return true;
  return /^[가-힣][가-힣A-Za-z0-9_]{2,19}$/.test(candidate) && !isPlausibleKoreanName(candidate);
}
