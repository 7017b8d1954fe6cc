// Whether an address is a place that visitors are sent to, as an invitation, a venue's notice, a clinic's or a shop's
// footer gives it: the way from a subway exit or its opening hours beside it, parking directions or an event's label
// before it, a hall, a chapel or a garden named right before it, an office that the sentence says is there, a company's
// guesthouse. No one invites strangers to their home with a station exit and opening hours.
import type { PiiFinding } from '../types.ts';

/**
 * The way from a station on foot inside the address or right after it ("… 612 (당산역 4번 출구 도보 3분)", "… (산본동) / 지하철
 * 4호선 산본역 2번 출구 도보 8분", "…, 5 min walk from Angel station", "… (Seongsu stn exit 4, …)").
 */
const directionsFromStation =
  /역[ \t]*\d{1,2}번[ \t]*출구|\b(?:stn|[Ss]tation)[ \t]+exit[ \t]*\d|출구(?:에서)?[ \t]*도보[ \t]*\d{1,2}[ \t]*분|\b\d{1,2}[ \t-]*min(?:ute)?s?['’]?[ \t]+walk[ \t]+from\b/;
const directionsReach = 48;

/** Opening or consulting hours opening the line under the address, or after it on its line ("진료시간 평일 09:30~", "Opening hours: …"). */
const hoursLine =
  /^[ \t]*[-•·※*]?[ \t]*(?:(?:진료|영업|운영|관람|면회)[ \t]*시간|(?:[Oo]pening|[Oo]ffice|[Cc]linic|[Vv]isiting)[ \t]+[Hh]ours\b)/;
const hoursAfterOnLine = /^[^\n]{0,8}?[|/·][ \t]*(?:(?:진료|영업|운영)[ \t]*시간|(?:[Oo]pening|[Oo]ffice)[ \t]+[Hh]ours\b)/;

/** Free parking offered right after the address ("…, Yongin. Parking 3h free.", "… · Free parking"), as a venue's booking gives it. */
const freeParkingAfter =
  /^[ \t]*[.,·|][ \t]*(?:[Ff]ree parking|[Pp]arking[ \t]+(?:\d{1,2}[ \t]*(?:h|hrs?|hours?)[ \t]+)?(?:is[ \t]+)?free)\b/;

/**
 * Parking directions before the address ("Parking is behind the building at …", "parking: use the lot at …", "use the public lot at …", "…
 * underground car park, …"), not at someone's own place ("parking at my house, …").
 */
const parkingBefore =
  /\b[Pp]arking\b(?:(?![ \t](?:my|his|her|their|your)\b)[^\n.!?]){0,40}?[ \t]at[ \t]+$|\b(?:[Pp]ublic|[Pp]arking|[Cc]ar)[ \t]+lot[ \t]+at[ \t]+$|\b(?:[Cc]ar park|[Pp]arking (?:lot|garage))[ \t]*,[ \t]*$/;

/**
 * An event's own label before its venue and address, on the label's line ("Ceremony: Sawtooth Garden, 11 …", "Visitation:
 * Thursday 7–9 pm, …"): a wedding's, a funeral's or a memorial's place.
 */
const eventLabelBefore =
  /(?:^|\n)[ \t]*[-•·*]?[ \t]*(?:Ceremony|Reception|Visitation|Viewing|Wake|Funeral|Burial|Interment|Memorial(?: [Ss]ervice)?|Celebration of [Ll]ife|예식|본식|피로연|발인|장지|빈소)[ \t]*[:：][^\n]{0,60}$/;

/**
 * A place where people gather, by the last word of its name, right before the address ("Harbourview Funeral Chapel, 339 …", "Sawtooth
 * Botanical Garden, 11 …", "Examination Hall 2, 138 …"), or any named place that a sentence says an event is at ("Playoffs 4/12–4/27 at LoL
 * Park, …").
 */
const gatheringPlaceBefore =
  /\b(?:Chapel|Church|Cathedral|Funeral Home|Crematorium|Cemetery|Botanical Gardens?|Arena|Stadium|Ballroom|Pavilion|Museum|Gallery|Theatre|Theater|Convention Center|Convention Centre|Banquet Hall|Event Hall|(?:Examination|Exam|Lecture|Conference|Meeting|Assembly|Exhibition) (?:Hall|Room|Centre|Center)(?:[ \t]+[A-Z0-9]{1,3})?)[ \t]*,[ \t]*$|\bat[ \t]+(?:the[ \t]+)?(?:[A-Z][\w'’&.-]*[ \t]+){1,3}(?:Park|Hall|Arena|Stadium|Centre|Center|Gardens?|Hotel|Club|Ballroom|Pavilion|Venue)[ \t]*,[ \t]*$/;

/**
 * A Korean hall, banquet room or hotel before a bracket that holds the address ("더시그니처홀 3층 그랜드볼룸 (서울 …", "○○장례식장
 * (…", "구민회관 대강당 (…"), and a company's guesthouse or training house ("회사 게스트하우스(전북 …").
 */
const koreanHallBefore =
  /(?:[가-힣]홀|볼룸|연회장|장례식장|호텔|리조트|강당|회관|체육관)[^\n(]{0,20}\([ \t]*$|(?:회사|본사|당사|공장)[ \t]*(?:게스트하우스|연수원|휴양소|수련원)[ \t]*[(:：][ \t]*$/;

/**
 * An office, a shop or a site that the sentence says is at the address ("(office is 250 W 34th St …", "our shop is at …", "the construction
 * site at …"), or a harbour's, a site's or a branch's office named in small letters before it ("Gamcheon harbour office, …"); a home office
 * is someone's home.
 */
const officeBefore =
  /(?<!\bhome[ \t])\b(?:office|shop|store|studio|clinic|warehouse|yard|plant|showroom)[ \t]+is[ \t]+(?:at[ \t]+)?$|\b(?:construction|building|work|job)[ \t]+site[ \t]+(?:at|on)[ \t]+$|\b(?:[Hh]arbou?r|[Pp]ort|[Ss]ite|[Ff]ield|[Bb]ranch|[Hh]ead|[Ss]ales|[Tt]icket|[Bb]ox|[Dd]istrict|[Rr]egional|[Pp]roject|[Ll]easing)[ \t]+office[ \t]*,[ \t]*$/;

/**
 * Whether `address` in `text` is a place visitors are sent to, by the words around it.
 *
 * @example
 * isPlaceForVisitors('서울 영등포구 국회대로 612 (당산역 4번 출구 도보 3분)', finding); // true
 */
export function isPlaceForVisitors(text: string, address: PiiFinding): boolean {
  const before = text.slice(Math.max(0, address.start - 80), address.start);
  if (parkingBefore.test(before) || eventLabelBefore.test(before) || gatheringPlaceBefore.test(before)) return true;
  if (koreanHallBefore.test(before) || officeBefore.test(before)) return true;
  const after = text.slice(address.end, address.end + directionsReach);
  if (directionsFromStation.test(address.text) || directionsFromStation.test(after.split('\n', 1)[0]!)) return true;
  if (hoursAfterOnLine.test(after) || freeParkingAfter.test(after)) return true;
  const newline = text.indexOf('\n', address.end);
  return newline !== -1 && hoursLine.test(text.slice(newline + 1, newline + 40));
}
