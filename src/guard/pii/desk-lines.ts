// A desk's, a team's or a site's shared line, told by the word written right before the number: "main 864-…", "Service
// (928) …", "call security 937-…", "the DC desk at …", "Plant emergency line is …", "인사팀 031-…", "당직실: 052-…", "CS
// 대표 라인은 055-…", "예약: 031-…", "(발신 031-…)" above a shop's text message, or a team's mailbox before it
// ("privacy@beautypoint.co.kr / 02-…"). Whoever answers such a line, it is the organisation's, not a person's; a staff
// member's own direct line or mobile is written with a person's word instead ("direct", "직통", "my cell").
import { isRoleMailbox } from './recognizers/role-mailboxes.ts';

/**
 * The desk's words that end right before the value (a colon, a comma or an opening bracket between them): a site's main
 * line, a showroom's service or sales desk, a workshop, security, a desk, a named kind of shared line, a control room, a
 * roadside assistance line; a Korean team (팀) or a duty, dispatch or control room (당직실, 배차실, 상황실; not 사무실, which
 * is often someone's own office), with the room's extension first perhaps ("보전 당직실:
 * 내선 4119 / 041-…"), a representative line (대표 번호), a booking line (예약:) and a text message's sender (발신). Not
 * after a person's possessive: "my main number" and "his direct line" are theirs.
 */
const deskWordBefore = new RegExp(
  String.raw`(?:` +
    [
      String.raw`(?<!\b(?:[Mm]y|[Hh]is|[Hh]er|[Yy]our|[Tt]heir) )\b(?:[Mm]ain|MAIN)(?: (?:number|line|office|switchboard))?`,
      String.raw`\b(?:Service|SERVICE|Sales(?: floor)?|SALES|Workshop|Parts)`,
      String.raw`\b(?:[Ss]ite |[Pp]lant |[Gg]ate )?[Ss]ecurity(?: gatehouse| desk| office)?(?: on| at| is)?`,
      // A desk reached at a line, not someone's own desk phone ("call me direct or desk 02-…" is theirs).
      String.raw`\bDesk[ \t]*:|\b(?:the|our|[A-Z]{2,}|[a-z]+(?<!\b(?:my|his|her|your|their|or|and))) desk (?:at|on|is)`,
      String.raw`(?<!\b(?:[Mm]y|[Hh]is|[Hh]er|[Yy]our|[Tt]heir) )\b(?:emergency|pre-approval|[Cc]all-off|team|dept\.?|department|business|store|booking|service|sales|parts) line(?: \(24h\))?(?: is)?`,
      // The organisation speaking of its own line ("Our 24/7 line is …", "Our goods-in line is …"), not a household of its
      // home line; a dispatch desk.
      String.raw`\b(?:[Oo]ur|OUR) (?!(?:home|house|family|own|new|old|phone)\b)(?:[\w/-]+ ){0,2}line(?: is)?|\b(?:[Dd]ispatch|DISPATCH)`,
      String.raw`\b[Cc]ontrol room(?: \(24h\))?|\bHR office|\b(?:[Ee]nquiries|[Ii]nquiries)[ \t]*[:：][ \t]*store|\b(?:roadside )?assistance(?: at| on)?`,
      String.raw`(?:[가-힣]팀|(?:당직|배차|상황|관제|방재|통제|경비|민원|행정|관리)실)\)?(?:[ \t]*비상[ \t]?연락(?:처|망)?)?(?:[ \t]*[:：])?(?:[ \t]*내선[ \t]*\d{2,5}[ \t]*/)?`,
      String.raw`현장[ \t]?사무소`,
      String.raw`대표[ \t]?(?:라인|번호|전화)(?:은|는)?|예약[ \t]*[:：]|\(발신`,
    ].join('|') +
    String.raw`)[ \t]*[:：,]?[ \t]*\(?$`,
);

/**
 * A mailbox right before the value, a slash, a dot or "or call" between: "privacy@beautypoint.co.kr / 02-6205-1180",
 * "reply to quotes@… or call 0161 …".
 */
const mailboxBefore = /([\w.+-]+)@([\w-]+(?:\.[\w-]+)+)[ \t]*(?:[/|·]|or (?:call|ring|phone))[ \t]*$/;

/** How far before the value its desk's words may start. */
const reach = 48;

/**
 * Whether the value at `start` follows a desk's, a team's or a site's words, or a team's mailbox, on its line.
 *
 * @example
 * followsDeskWords('Lost badges: call security 937-555-0102.', 27); // true
 * followsDeskWords('Ken Marsh, my direct line 859-404-7713', 26); // false
 */
export function followsDeskWords(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(Math.max(lineStart, start - reach), start);
  if (deskWordBefore.test(before)) return true;
  const mailbox = mailboxBefore.exec(before);
  return mailbox !== null && isRoleMailbox(mailbox[1]!, mailbox[2]!);
}
