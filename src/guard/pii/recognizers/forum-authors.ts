// The nicknames of a community post as a reader pastes it: its author ("작성자: 스포티지곰돌이 | 조회 1,284", "Quote from:
// kilowatt_karen on Apr 08", "opened by kwame-asante-dev"), the commenters under "댓글 3" or "Comments" ("ㄴ 차사랑9 : …"),
// and the same nickname again ("@차사랑9"). A nickname is the account its owner is found and written to by, as much a
// login as one given after its label.
import type { PiiFinding } from '../types.ts';
import { createFinding } from './create-finding.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { isPlausibleKoreanName } from '../names/korean-names.ts';

const name = 'forum-author';

/**
 * A post's author after the board's label (its ID perhaps: "작성자 ID: 리뷰요정쏘 / ★3"), or a quote's or an issue's, the
 * whole field: a bar, a slash, a bracket, a dot or the line's end after it ("작성자: 평일 저녁 7시 이후 가능해요" is the author's
 * reply, not a nickname).
 */
const authorLabel =
  /(?:작성자(?:[ \t]*(?:ID|아이디))?|글쓴이|닉네임|[Pp]osted by|Quote from|Originally [Pp]osted by|opened by)[ \t]*[:：]?[ \t]*([^\s|:：·,()[\]/]{2,30})(?=[ \t]*(?:[|·(\n/]|$)|[ \t]+(?:on|wrote|님)[ \t]|[ \t]{2,})/dg;
/** An issue's comment, its author in bold before "commented" ("**maintainer-lisa** commented"). */
const boldCommenter = /^\*\*([^\s*]{2,30})\*\*[ \t]+commented/dgm;
/** The line that opens a post's comments ("댓글 3", "Comments (2)", "Replies"). */
const commentsHeading = /^[ \t]*(?:댓글|Comments\b|Replies\b)[^\n]{0,12}$/m;
/** A commenter's line under it: a reply's mark, the nickname, then a colon ("ㄴ 차사랑9 : …", "gooddriver77 : …"). */
const commenterLine = /^[ \t]*(?:[ㄴ└↳][ \t]*)?([^\s:：]{2,30})[ \t]*[:：][ \t]/dgm;
/** A reply's line anywhere, its mark saying a comment follows without a heading ("└ gomtang77: 님 IMEI …"). */
const replyLine = /^[ \t]*[ㄴ└↳][ \t]*([^\s:：]{2,30})[ \t]*[:：][ \t]/dgm;
/** A post's or a comment's author on a line of its own before how long ago it was posted ("jess_in_hannam · 2h"). */
const authorBeforeAge =
  /^[ \t]*([^\s·:：]{2,30})[ \t]*·[ \t]*\d{1,2}[ \t]?(?:h|m|d|w|hrs?|mins?|시간|분|일)(?:[ \t]+ago|[ \t]*전)?[ \t]*$/dgm;

/** The words a post's author or its comments stand after, each a piece a native search finds. */
const forumWord = /작성자|글쓴이|댓글|osted by|uote from|pened by|\* commented|\nComments|\n[ \t]*[ㄴ└↳]|· ?\d/;

/**
 * Whether `text` may hold a post's author or its comments: one search for the words they stand after (eight native
 * searches read a long document eight times), remembered for the last text, as the fast path asks first and the search
 * after it.
 *
 * @example
 * mayHoldForumAuthor('작성자: 스포티지곰돌이 | 조회 1,284\n본문'); // true
 */
export const mayHoldForumAuthor = rememberLastText((text: string): boolean => forumWord.test(text));

/** What a board shows for no one in particular: "익명1", "Anonymous", "Guest". */
const anonymous = /^(?:익명|손님|ㅇㅇ|[Aa]nonymous|[Gg]uest|[Dd]eleted)\d*$/;

/**
 * A nickname as a board shows it, not a person's name: Latin with a digit, an underscore, a dot or an inner hyphen
 * ("EVnewbie42", "kwame-asante-dev"), or Hangul, digits and Latin of three characters or more that read as no Korean name
 * ("스포티지곰돌이", "차사랑9"), of four syllables or more when Hangul alone. "김민수" and "Sarah" are names, found as such.
 */
function isNickname(candidate: string): boolean {
  if (anonymous.test(candidate)) return false;
  if (/^[A-Za-z][A-Za-z0-9]*(?:[._-][A-Za-z0-9]+)+$|^[A-Za-z_]+\d{2,}$|^[a-z]+_[a-z0-9_]*$/.test(candidate)) return true;
  // A flat's or a block's number before the nickname's words ("1203동_출근러"), a place and 댁 or a child and 맘 ("송도댁",
  // "하율맘"), as residents' boards name their members.
  if (/^\d{2,5}[가-힣]?_[가-힣A-Za-z0-9_]+$|^[가-힣]{2,6}(?:댁|맘)$/.test(candidate)) return true;
  // Hangul alone of four syllables or more: "개발자" and "관리자" are words, not a board's nicknames.
  return /^[가-힣](?:[가-힣]{3,19}|[가-힣]*[A-Za-z0-9_][가-힣A-Za-z0-9_]*)$/.test(candidate) && !isPlausibleKoreanName(candidate);
}

/**
 * The authors and commenters a post names by nickname, and every place the same nickname stands again (after an @, or
 * opening a commenter's line), 0.8.
 *
 * @example
 * findForumAuthors('작성자: 스포티지곰돌이 | 조회 12\n본문\n댓글 1\ngooddriver77 : 저도요').map((finding) => finding.text); // ['스포티지곰돌이', 'gooddriver77']
 */
export function findForumAuthors(text: string): PiiFinding[] {
  if (!mayHoldForumAuthor(text) || !text.includes('\n')) return [];
  const nicknames = new Set<string>();
  // An author's field names a login, one in small letters alone too ("작성자: pixelmaniac").
  authorLabel.lastIndex = 0;
  for (let match = authorLabel.exec(text); match !== null; match = authorLabel.exec(text))
    if (isNickname(match[1]!) || /^[a-z]{5,30}$/.test(match[1]!)) nicknames.add(match[1]!);
  for (const pattern of [boldCommenter, replyLine, authorBeforeAge]) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) if (isNickname(match[1]!)) nicknames.add(match[1]!);
  }
  const heading = commentsHeading.exec(text);
  if (heading !== null) {
    commenterLine.lastIndex = heading.index + heading[0].length;
    for (let match = commenterLine.exec(text); match !== null; match = commenterLine.exec(text))
      if (isNickname(match[1]!)) nicknames.add(match[1]!);
  }
  const findings: PiiFinding[] = [];
  for (const nickname of nicknames)
    for (let at = text.indexOf(nickname); at !== -1; at = text.indexOf(nickname, at + nickname.length)) {
      // The whole word only: "gooddriver77" is not read inside "gooddriver777".
      if (isNicknameCharacter(text.charCodeAt(at - 1)) || isNicknameCharacter(text.charCodeAt(at + nickname.length))) continue;
      findings.push(createFinding({ type: 'USERNAME', text: nickname, start: at, score: 0.8, recognizer: name }));
    }
  return findings.sort((left, right) => left.start - right.start);
}

function isNicknameCharacter(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    code === 0x5f ||
    code === 0x2d ||
    (code >= 0xac00 && code <= 0xd7a3)
  );
}
