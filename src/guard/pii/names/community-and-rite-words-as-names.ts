// Korean words of games' guilds and trust & safety queues, of building sites, of funerals and weddings, and everyday replies
// that the name searches read as a surname and a given name when one stands where a name would: a guild's posts ("길마
// 관리용"), a report queue's fields ("| 신고ID |", "| 오신고 |"), a crane's papers ("장비 반입", "면허(기중기)"), a
// funeral home's rooms and parties ("안치실 | 1일 90,000원", "연고자 확인"), a reply in a family chat ("고모: 고마워."), a
// province ("지역제한이 경기도인데요"), and a particle glued to a closing bracket ("카톡(mina_seoul)이나 …").
// None is a person's name, so a finding that is the whole word is dropped before its repeats are read.
import { provinceNames } from '../addresses/korean-address-words.ts';
import type { PiiFinding } from '../types.ts';

const wordsThatAreNoNames: ReadonlySet<string> = new Set([
  // A guild's master and vice-master, a report and a false report, boosting, and the messengers a scam moves a chat to.
  ...['길마', '부길마', '신고', '오신고', '부스팅', '라인', '인스타', '디코'],
  // A site's equipment and crane, its labour cost, a yard's hull-block shop, a check before placement, a consent ticked,
  // and a crew leaders' or a care home's chat room ("형틀팀 반장방", "입주민 공지방").
  ...['장비', '기중기', '노무비', '선각부', '배치전', '동의함', '손목형', '반장방', '공지방', '단톡방'],
  // A funeral home's rooms and the next of kin, a columbarium's verbs of enshrining, and a wedding's two families.
  ...['안치실', '입관실', '빈소', '연고자', '모셔져', '모시고', '양가'],
  // A wedding's couple and their parents and guests, as a guest list's column of relations writes them ("박미자,신랑 어머니"),
  // and a shop's official goods ("name": "공식 굿즈 키링").
  ...['신랑', '신부', '혼주', '하객', '공식'],
  // Replies and thanks in a chat, which open a turn where a name could ("오케이 내가 전달할게", "고마워.", "사랑해 ㅠㅠ").
  ...['오케이', '고마워', '고마워요', '사랑해', '사랑해요'],
]);

/** Particles that follow a closing bracket with no blank ("…(ID)이나 엄마 번호"), which read as a given name alone. */
const particlesAfterBracket: ReadonlySet<string> = new Set(['이나', '이랑', '으로', '이라', '이든', '이며', '이고', '이면']);

/** Whether a finding is one of those words, a province, or a particle right after a closing bracket. */
function isWordAsName(text: string, finding: PiiFinding): boolean {
  if (wordsThatAreNoNames.has(finding.text) || provinceNames.has(finding.text)) return true;
  const before = text.charCodeAt(finding.start - 1);
  return (before === 0x29 || before === 0x5d) && particlesAfterBracket.has(finding.text);
}

/**
 * The findings that are not such words, in place when none is.
 *
 * @example
 * const found = [{ type: 'PERSON', start: 0, end: 2, text: '길마', score: 0.7, recognizer: 'x' }];
 * withoutCommunityAndRiteWords('길마 관리용', found); // []
 */
export function withoutCommunityAndRiteWords(text: string, findings: PiiFinding[]): PiiFinding[] {
  return findings.some((finding) => isWordAsName(text, finding)) ? findings.filter((finding) => !isWordAsName(text, finding)) : findings;
}
