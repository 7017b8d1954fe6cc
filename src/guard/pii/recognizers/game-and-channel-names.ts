// The names a game, a stream or a community platform knows its users by, as support tickets, trust & safety reports and
// payout forms give them: a gamer tag or an in-game name after its label ("Gamer tag: Boreal_Tien", "캐릭터명 '검은달빛'"),
// a character, a seller or an account named in prose ("traded to character 'Frost_kkk'", "seller 노량진게임왕", "account is
// mira_dragon15"), a creator's channel ("channel name is yeonnie_plays", "스트리머: maplemochi"). Each is the account the
// person is found and reported by, a username as much as one given after a login's label.
import type { PiiFinding } from '../types.ts';
import { createFinding } from './create-finding.ts';
import { isPlausibleKoreanName } from '../names/korean-names.ts';
import { characterPairWords, mayHoldAnyWord } from '../character-pairs.ts';
import { isEverydayWording } from './everyday-wording.ts';
import { isOrganisationsHandle } from './organisations-handles.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { textFeature, textFeatures } from '../text-features.ts';

const name = 'game-or-channel-name';

/** A value as a platform allows it: Latin letters, digits, dots, underscores, hyphens and a tag's hash, or Hangul. */
const value = String.raw`([A-Za-z0-9_][\w.#-]{0,30}[A-Za-z0-9_]|[가-힣][가-힣A-Za-z0-9_]{1,19})`;

/**
 * Labels that name a player's or a member's handle and nothing else ("Gamer tag: TyFlux", "in-game name: Zephyrion",
 * "닉네임 : 시우킹2013", "캐릭터명 '검은달빛'"), then words that name an account, a character, a seller or a channel in prose
 * ("account is haru_dragon15", "character 'GoldFarm_kkk'", "seller 용산게임왕"), where a word of the sentence may follow
 * too. A second label may share the colon ("Gamer tag / registered handle:").
 */
const labelled = new RegExp(
  String.raw`(\b(?:[Gg]amer ?[Tt]ag|[Ii]n-?game name|IGN|[Pp]layer handle|[Rr]egistered handle|[Cc]haracter name|[Nn]ickname|[Aa]ccount(?: name)?|[Cc]haracter|[Cc]har|[Ss]eller(?: account)?|[Cc]hannel(?: name)?|[Cc]reator|[Ss]treamer|[Mm]ember|GitHub user|known online as|posts as|listed by)|게임[ \t]?닉네임|캐릭터명|캐릭터|사용할[ \t]사용자명|사용자명|사용자[ \t]이름|소환사명|신고[ \t]?회원|스트리머|파트너|매칭[ \t]상대|판매자[ \t]닉네임)(?:[ \t]*\/[ \t]*[A-Za-z가-힣][A-Za-z가-힣 ]{1,24}(?=[ \t]*[:：]))?([ \t]*[:：][ \t]*|[ \t]+(?:is|was)[ \t]+|[ \t]+)(['"‘“]?)${value}`,
  'g',
);

/** What a label lets stand after it. */
interface LabelReach {
  /** A Latin word of letters alone, capitalised or not ("TyFlux", "Zephyrion"), as a field's whole value. */
  plainLatin: boolean;
  /** A Hangul nickname ("흑월검객"). */
  hangul: boolean;
  /** The value must be quoted or after a colon: the word is common in other senses ("파트너 데스크"). */
  setApart: boolean;
}

/** A handle's own label, in English: a plain word after it is a handle. */
const handleOwnLabel = /^(?:[Gg]amer ?[Tt]ag|[Ii]n-?game name|IGN|[Pp]layer handle|[Rr]egistered handle|[Cc]haracter name)$/;
/** A handle's own label, in Korean. */
const koreanHandleLabel = /^(?:게임[ \t]?닉네임|캐릭터명|캐릭터|사용할[ \t]사용자명|사용자명|사용자[ \t]이름|소환사명)$/;
/** Korean words that name other things as often: the value must be set apart. */
const koreanProseWord = /^(?:신고[ \t]?회원|스트리머|파트너|매칭[ \t]상대|판매자[ \t]닉네임)$/;
/** English words after which a Hangul nickname is a handle ("seller 용산게임왕", "character 흑월검객", "nickname 도윤이최강"). */
const hangulAfterWord = /^(?:[Cc]haracter|[Cc]har|[Ss]eller|[Nn]ickname)$/;

function reachOf(label: string): LabelReach {
  if (handleOwnLabel.test(label)) return { plainLatin: true, hangul: true, setApart: false };
  if (koreanHandleLabel.test(label)) return { plainLatin: true, hangul: true, setApart: false };
  if (koreanProseWord.test(label)) return { plainLatin: true, hangul: true, setApart: true };
  return { plainLatin: false, hangul: hangulAfterWord.test(label), setApart: false };
}

// The gate's words by script: a text without Latin letters asks none of the Latin words, one without Hangul none of the
// Korean ones.
const latinGateWords = characterPairWords(
  ...['[timeout', '[ban', '[mute', '[kick', '[unban', 'gamer', 'game', 'ign', 'handle', 'char', 'nickname', 'account'],
  ...['seller', 'channel', 'creator', 'streamer', 'member', 'github', 'online as', 'posts as', 'listed by'],
);
const koreanGateWords = characterPairWords('닉네임', '캐릭터', '사용자', '소환사', '회원', '스트리머', '파트너');
// 매칭 is read only where the pairs of one of the words above, or of 상대, stand too.
const gateWords = characterPairWords(
  ...['[timeout', '[ban', '[mute', '[kick', '[unban', 'gamer', 'game', 'ign', 'handle', 'char', 'nickname', 'account'],
  ...['seller', 'channel', 'creator', 'streamer', 'member', 'github', 'online as', 'posts as', 'listed by'],
  ...['닉네임', '캐릭터', '사용자', '소환사', '회원', '스트리머', '파트너', '상대'],
);
// A label's word is followed by a blank, a colon or a second label's slash, so "charge", "membership" and "accounts" open
// no search.
const latinGateTest =
  /\[(?:timeout|ban|unban|mute|kick)|[Gg]amer|game|IGN|handle|[Cc]har(?:acter)?[ \t:：/]|[Nn]ickname|[Aa]ccount[ \t:：/]|[Ss]eller|[Cc]hannel|[Cc]reator|[Ss]treamer|[Mm]ember[ \t:：/]|GitHub|online as|posts as|listed by/;
const koreanGateTest = /닉네임|캐릭터|사용자|소환사|회원|스트리머|파트너/;

/**
 * Whether `text` may hold one of the labels or words: the character pairs first, then one search. Each Latin word is found
 * only in a text with a Latin letter (every one holds one, and its own pairs), each Korean word and 매칭 only in one with a
 * Hangul syllable.
 */
export function mayHoldGameOrChannelName(text: string): boolean {
  const flags = textFeatures(text).flags;
  if ((flags & (textFeature.lowerLatin | textFeature.upperLatin)) !== 0 && mayHoldAnyWord(text, latinGateWords) && latinGateTest.test(text))
    return true;
  if ((flags & textFeature.hangul) === 0) return false;
  if (mayHoldAnyWord(text, koreanGateWords) && koreanGateTest.test(text)) return true;
  return text.includes('매칭') && mayHoldAnyWord(text, gateWords);
}

/** Words that follow an account's word and are none: what happens to it, whose it is, what kind it is. */
const notHandles: ReadonlySet<string> = new Set([
  ...['number', 'holder', 'details', 'settings', 'data', 'info', 'page', 'owner', 'manager', 'team', 'type', 'name', 'level'],
  ...['id', 'ids', 'the', 'this', 'that', 'your', 'my', 'his', 'her', 'their', 'our', 'a', 'an', 'and', 'or', 'is', 'was'],
  ...['server', 'region', 'support', 'admin', 'official', 'none', 'unknown', 'n/a', 'tbd', 'same', 'below', 'above'],
]);

/** A Latin handle's marks: a digit, an underscore, a dot, a tag's hash, or a capital inside small letters ("TyFlux"). */
function isMarkedHandle(candidate: string): boolean {
  if (!/[a-z]/.test(candidate)) return false;
  return /[\d_.#]/.test(candidate) || /[a-z][A-Z]/.test(candidate);
}

/** Hangul a nickname is written in: three syllables or more that read as no Korean name, not a label's or a role's word. */
function isHangulNickname(candidate: string): boolean {
  if (!/^[가-힣][가-힣A-Za-z0-9_]{2,19}$/.test(candidate) || isPlausibleKoreanName(candidate)) return false;
  // A label's, a role's or a bank's word, a word with its particle, or a sentence's end ("캐릭터 정보는", "알려주세요").
  if (
    /(?:명|처|번호|주소|정보|계좌|이름|아이디|닉네임|레벨|서버|성함|님|씨|팀|센터|정지|신고|계정|은행|뱅크|증권|금고|카드사?|페이)$/.test(
      candidate,
    )
  )
    return false;
  if (/(?:[은는을를에]|에게|에서|으로|[요다])$/.test(candidate)) return false;
  return !/^(?:피의자|피해자|신고자|판매자|구매자|의뢰인|대리인|본인|보호자)/.test(candidate);
}

function readsAsHandle(candidate: string, reach: LabelReach): boolean {
  if (notHandles.has(candidate.toLowerCase()) || isOrganisationsHandle(candidate)) return false;
  // A mail address's or a site's name ("twitch.tv"), a game's level ("Lv.87"), a bank's name ("NongHyup") or an account's
  // code ("CM-IoT-20417") stands where a handle would.
  if (/\.(?:com|net|org|io|tv|gg|kr|co)$/i.test(candidate) || /^(?:lv|lvl|level)\.?\d/i.test(candidate)) return false;
  if (/bank|hyup|pay$|card$|wallet/i.test(candidate) || /^[A-Z]{2,}-/.test(candidate)) return false;
  if (/^[가-힣]/.test(candidate)) return reach.hangul && isHangulNickname(candidate);
  if (isMarkedHandle(candidate)) return true;
  if (!reach.plainLatin) return false;
  // After a handle's own label, a word alone counts unless it is an everyday one ("Gamer tag: TyFlux", "IGN: Zephyrion").
  return /[A-Za-z]{4,}/.test(candidate) && !isEverydayWording(candidate.toLowerCase()) && !/^\d+$/.test(candidate);
}

/** A Latin word of letters alone, or Hangul: a word a sentence may hold. */
function isPlainWord(candidate: string): boolean {
  return /^[A-Za-z]+$/.test(candidate) && !/[a-z][A-Z]/.test(candidate);
}

/** A chat moderator's command in brackets and the handle it names. */
const moderationCommand = /\[(?:timeout(?:[ \t]+\d{1,4}[smhd])?|ban|unban|mute|kick)[ \t]+([A-Za-z0-9_][\w.]{2,30}[A-Za-z0-9_])\]/g;

/** What closes a field's value: the line's end, a bracket's note, a cell's bar, a comma or a wide gap before the next field. */
const fieldEnd = /^(?:$|\r?\n|[ \t]*\(|[ \t]*[|,;]|[ \t]{2,}|[ \t]*\r?\n)/;

function opensLine(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return text.slice(lineStart, at).trim() === '';
}

/** What may follow a handle's value: not a mail address's at-sign, a path or a further word of a sentence's compound. */
const afterValue = /^(?:@|\/[\w]|\.[A-Za-z0-9])/;

/**
 * The handles the labels and the account words give, and every other place the text writes the same handle whole, 0.8.
 * Remembered for the last text.
 *
 * @example
 * findGameOrChannelNames('Gamer tag: Boreal_Tien\nDOB 1999-02-11').map((finding) => finding.text); // ['Boreal_Tien']
 * findGameOrChannelNames('my account is locked'); // []
 */
export const findGameOrChannelNames = rememberLastText((text: string): readonly PiiFinding[] => {
  if (!mayHoldGameOrChannelName(text)) return [];
  const findings: PiiFinding[] = [];
  const handles = new Set<string>();
  labelled.lastIndex = 0;
  for (let match = labelled.exec(text); match !== null; match = labelled.exec(text)) {
    const [, label, separator, opening, handle] = match as unknown as [string, string, string, string, string];
    const start = match.index + match[0].length - handle.length;
    // A word that is no handle may open the next phrase ("a streamer known online as …"): the search goes on from it.
    labelled.lastIndex = start;
    const reach = reachOf(label);
    const setApart = opening !== '' || separator.includes(':') || separator.includes('：');
    if (reach.setApart && !setApart) continue;
    const after = text.slice(start + handle.length, start + handle.length + 3);
    if (afterValue.test(after) || !readsAsHandle(handle, reach)) continue;
    // A plain word, or a chat's speaker labelled by their role ("Seller: 안녕하세요! 네 아직 판매중이에요", "Creator: 감사합니다!!"),
    // must end its field there: "Beneficiary nickname: Sunita tuition" goes on as a sentence.
    if ((isPlainWord(handle) || opensLine(text, match.index)) && opening === '' && !fieldEnd.test(after)) continue;
    handles.add(handle);
    if (!findings.some((finding) => finding.start === start))
      findings.push(createFinding({ type: 'USERNAME', text: handle, start, score: 0.8, recognizer: name }));
  }
  // A stream moderator's command names the member it acts on ("[timeout 10m tinybuilds]", "[ban xX_grim_Xx]").
  if (text.includes('[')) {
    moderationCommand.lastIndex = 0;
    for (let match = moderationCommand.exec(text); match !== null; match = moderationCommand.exec(text)) {
      const handle = match[1]!;
      const start = match.index + match[0].length - handle.length - 1;
      handles.add(handle);
      if (!findings.some((finding) => finding.start === start))
        findings.push(createFinding({ type: 'USERNAME', text: handle, start, score: 0.8, recognizer: name }));
    }
  }
  // The report names the handle again, bare ("We've suspended 노량진게임왕", "banned the receiving character Frost_kkk").
  for (const handle of handles) {
    if (handle.length < 4) continue;
    for (let at = text.indexOf(handle); at !== -1; at = text.indexOf(handle, at + handle.length)) {
      if (findings.some((finding) => finding.start === at) || !standsWhole(text, at, handle.length)) continue;
      findings.push(createFinding({ type: 'USERNAME', text: handle, start: at, score: 0.8, recognizer: name }));
    }
  }
  return findings.sort((left, right) => left.start - right.start);
});

/** Whether the text holds the handle as a word of its own, not inside a longer handle, an address or a word. */
function standsWhole(text: string, start: number, length: number): boolean {
  if (/[\w.@#/가-힣-]/.test(text.charAt(start - 1))) return false;
  const after = text.charAt(start + length);
  // A Korean particle may close the handle ("dark_fan_0427 영구 정지", "흑룡은"); another syllable makes a longer word.
  if (/[가-힣]/.test(after)) return /[은는이가을를의과와도로]/.test(after);
  return !/[\w@#/-]/.test(after) && !(after === '.' && /[A-Za-z0-9]/.test(text.charAt(start + length + 1)));
}
