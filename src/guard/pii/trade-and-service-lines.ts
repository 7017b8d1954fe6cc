// An organisation's line told by its trade's name or by whom the line serves, written right before the number: a business
// named by its trade ("Brightwater Hotels (0161 …)", "Jade Lotus Spa · 02-…", "Northgate Search | 02-…", "Riverbend Staffing —
// Payroll\n01632 …", "the 67th Precinct (718-…"), a place's line for its guests or its enquiries ("The surgery number is …",
// "Guesthouse phone for guests: …", "general enquiries are …", "Enquiries: Parking Appeals Team 3, …", "Team line …", "spa
// line …", "Centre direct line: …", "by fax to …", "24h emergency: …", a website's "… or call …", a service number's
// "(international +82 …)"), and in Korean a front desk's, a team's shared line or a venue's contact ("프론트 051-…", "인사팀
// 공용 02-…", "레스토랑 연락처는 …"). Whoever answers it, the line is the organisation's; the caller keeps mobiles, and a
// person named between the words and the number keeps it theirs. A team's 직통 and a bare 문의는 are left to a signer's own
// line and to a clerk's reply, which name a person's as often.
import { characterPairWords, mayHoldAnyWord } from './character-pairs.ts';
import type { FindingsByLine } from './findings-by-line.ts';
import type { PiiFinding } from './types.ts';

/** Trades whose word ends or opens a business's name. */
const trade = String.raw`(?:Spa|Gym|Salon|Atelier|Wellness|Travel|Tours?|Coach(?:es|lines)?|Staffing|Search|Recruitment|Hotels?|Resorts?|Guesthouse|Hostel|Florist|Parts|Precinct|Bakery|Catering|Limousines?|Ferries|Airways)`;
/** A capitalised word of a business's name, or its number ("67th", "Asia", "Jeonju", "&"). */
const nameWord = String.raw`(?:[A-Z][\w'’.-]*|\d+(?:st|nd|rd|th)|&)`;
/** A business's name holding its trade's word, then its town or its desk perhaps ("…, Songdo", "… — Accounts", "…, Ticketing"). */
const tradeName = String.raw`\b${trade}\b(?:[ \t]+${nameWord}){0,3}(?:,[ \t]*[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?|[ \t]+[—–-][ \t]+[A-Z][a-z]+)?`;
/** What stands between the name and the number: a bracket, a comma, a dot, a bar or a line break, and a phone's word. */
const tradeNameTail = String.raw`[ \t]*(?:\(|[,·|]|\n)[ \t]*(?:(?:Tel|TEL|tel|T|Ph|Phone)\.?[ \t]*[:：]?[ \t]*)?\(?$`;
const tradeNameBefore = new RegExp(tradeName + tradeNameTail);

/** Not someone's own: "my surgery number", "her office phone". */
const notPersons = String.raw`(?<!\b(?:[Mm]y|[Hh]is|[Hh]er|[Yy]our|[Tt]heir|[Hh]ome|[Oo]wn) )`;
const place = String.raw`(?:[Ss]urgery|[Pp]recinct|[Cc]ouncil|[Cc]onsulate|[Ee]mbassy|[Ff]acility|[Ss]pa|[Gg]ym|[Ss]alon|[Hh]otel|[Gg]uesthouse|[Rr]esort|[Rr]estaurant|[Cc]ent(?:re|er)|[Tt]eam|[Rr]eception)`;
const served = String.raw`(?:guests|customers|clients|members|visitors|residents|patients|the public)`;
const servicePhrases = [
  // "The surgery number is", "Guesthouse phone for guests:", "International Center direct line:", "Facility line", "Team line".
  String.raw`${notPersons}\b${place}(?: (?:direct|main|front[- ]desk|general))? (?:number|line|phone|tel\.?)(?: for ${served})?(?: (?:is|are|on|at))?`,
  // "The main reception number is".
  String.raw`\b(?:main )?reception(?: desk)? (?:number|line)(?: is)?`,
  // "general enquiries are", "Enquiries: Parking Appeals Team 3, …", "Public enquiries: Mapo PS civil affairs, …".
  String.raw`\b(?:[Gg]eneral|[Pp]ublic|[Gg]uest) (?:enquiries|inquiries)(?: (?:are|is|on|at))?|\b(?:[Ee]nquiries|[Ii]nquiries)(?: (?:are|on|at))`,
  String.raw`\b(?:[Gg]eneral |[Pp]ublic |[Gg]uest )?(?:[Ee]nquiries|[Ii]nquiries)[ \t]*[:：][^\n\d@:：]{2,40}(?:\d{1,2})?,`,
  // A dispatch desk said in a sentence ("Dispatch is …"), a round-the-clock emergency line, a fax sent to.
  String.raw`\b[Dd]ispatch (?:is|on|at)|\b24(?:h|\/7|-hour) emergency|\b(?:by )?fax (?:to|on|at)`,
  // A venue's line after its name's comma ("the Myeongdong noodle restaurant, tel …") and a desk kept for a group ("residents' desk").
  String.raw`\b(?:restaurant|hotel|spa|salon|clinic|shop|caf[eé]|venue),[ \t]*tel\.?|\b[a-z]+s['’] desk`,
  // A website, then "or call" ("Renew at mycouncil.gov.uk/bins or call …"); not a person's mailbox ("jane@gmail.com or call …").
  String.raw`(?<![@\w.-])[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|uk|kr|edu|io)(?:\/[^\s]*)? or (?:call|ring|phone)`,
  // A service's short number, then its number from abroad ("… 1355 (international …", "1588-1234 (해외 …").
  String.raw`(?<![\d-])(?:1[5-8]\d\d-?\d{4}|1\d{2,3})[ \t]*\((?:international|overseas|from abroad|해외)[ \t]*[:：]?`,
  // A venue the concierge booked or a florist it chose, named before its line in brackets ("booked at Hanok Galbi (…",
  // "Our florist Petalworks (…").
  String.raw`\b(?:booked|reserved|table) (?:at|with) (?:[A-Z][\w'’-]*[ \t]+){0,3}[A-Z][\w'’-]*[ \t]*\(|\b(?:[Oo]ur|[Tt]he) (?:florist|caterer|bakery|photographer's studio|partner restaurant|driver service) (?:[A-Z][\w'’-]*[ \t]+){0,2}[A-Z][\w'’-]*[ \t]*\(`,
  // A council, a consulate or an embassy named in a Korean sentence ("council 전화 …").
  String.raw`\b(?:[Cc]ouncil|[Cc]onsulate|[Ee]mbassy)[ \t]*(?:전화|번호|연락처)(?:는|은)?`,
  // Korean: a front desk's line, a team's shared or direct line, a team's cell in a signature, a venue's contact, an enquiry.
  String.raw`프[런론]트(?:[ \t]?(?:데스크|직통|번호|전화))?(?:는|은)?|[가-힣](?:팀|실|과)[ \t]?공용(?:[ \t]?(?:번호|전화))?`,
  String.raw`(?:레스토랑|식당|호텔|리조트|펜션|스파|살롱|미용실|네일(?:샵|숍)?|게스트하우스)[ \t]?(?:연락처|전화(?:번호)?|번호)(?:는|은)?`,
];
/**
 * A word every service phrase holds, in lower case (`characterPairWords` folds ASCII capitals): a text with none of them
 * skips the phrases' search before each of its numbers.
 */
const servicePhraseWords = characterPairWords(
  ...['surgery', 'precinct', 'council', 'consulate', 'embassy', 'facility', 'spa', 'gym', 'salon', 'hotel', 'guesthouse'],
  ...['resort', 'restaurant', 'centre', 'center', 'team', 'reception', 'enquiries', 'inquiries', 'dispatch', 'emergency'],
  ...['fax', 'clinic', 'shop', 'cafe', 'café', 'venue', "' desk", '’ desk', 'or call', 'or ring', 'or phone', 'international'],
  ...['overseas', 'abroad', '해외', 'booked', 'reserved', 'table', 'florist', 'caterer', 'bakery', 'photographer'],
  ...['driver service', '프런트', '프론트', '공용', '레스토랑', '식당', '호텔', '리조트', '펜션', '스파', '살롱', '미용실', '네일'],
  '게스트하우스',
);
const servicePhraseBefore = new RegExp(String.raw`(?:${servicePhrases.join('|')})[ \t]*[:：,]?[ \t]*\(?$`);

/** How far before the number the words may start, over one line break for a signature's name. */
const reach = 72;

/**
 * Whether the number of `phone` follows a business's trade name or a service's words with no one named between.
 *
 * @example
 * followsTradeOrServiceWords('Spa: Jade Lotus Spa · 02-734-5561', { start: 22, end: 34, text: '02-734-5561', type: 'PHONE', score: 0.8, recognizer: 'phone' }, () => FindingsByLine.of('', [])); // true
 */
export function followsTradeOrServiceWords(text: string, phone: PiiFinding, index: () => FindingsByLine): boolean {
  const lineStart = text.lastIndexOf('\n', phone.start - 1) + 1;
  const servicePhrase = mayHoldAnyWord(text, servicePhraseWords)
    ? servicePhraseBefore.exec(text.slice(Math.max(lineStart, phone.start - reach), phone.start))
    : null;
  if (servicePhrase !== null)
    return !namedBetween(index().on(lineStart), Math.max(lineStart, phone.start - reach) + servicePhrase.index, phone.start);
  // A trade's name on the line above when the number opens its own ("Riverbend Staffing — Payroll\n01632 …").
  const from = Math.max(
    phone.start - lineStart <= 8 && lineStart > 0 ? text.lastIndexOf('\n', lineStart - 2) + 1 : lineStart,
    phone.start - reach,
  );
  const name = tradeNameBefore.exec(text.slice(from, phone.start));
  if (name === null) return false;
  const nameStart = from + name.index;
  const nameLine = text.lastIndexOf('\n', nameStart - 1) + 1;
  // A person's name read inside the business's own name ("Hotel Mirae Haeundae") is the business's; one over its trade's
  // word, or after the name, is someone's.
  const tradeEnd = nameStart + /^\S+/.exec(name[0])![0].length;
  const nameEnd = nameStart + name[0].length - (/[ \t]*(?:\(|[,·|]|\n)[^]*$/.exec(name[0])?.[0].length ?? 0);
  const people = [...index().on(nameLine), ...index().on(lineStart)];
  return !namedBetween(people, nameStart, tradeEnd) && !namedBetween(people, nameEnd, phone.start);
}

/** Whether a person's name found on the line starts between `from` and `to`, or holds the words' start. */
function namedBetween(found: readonly PiiFinding[], from: number, to: number): boolean {
  return found.some((person) => person.type === 'PERSON' && person.end > from && person.start < to);
}
