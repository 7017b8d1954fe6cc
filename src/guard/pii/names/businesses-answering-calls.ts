// A call answered with the firm's name before the staff member's own, as a call centre's, an insurer's or a law firm's
// transcript writes its first turn ("AGENT (Marcus): Brightwave Wireless, this is Marcus.", "REP: Evergreen Mutual, this is
// Tomoko.", "PARALEGAL (Tasha Greene): Bauer Kim, this is Tasha."): the words that open a staff member's turn before
// ", this is <Name>" name the business that answers, not a person, even where they read as a full name.

/**
 * A staff side's label that opens the turn, a name in brackets perhaps after it, its colon, and the firm's first words
 * before the one read ("Bauer " before "Kim").
 */
const staffTurnOpening =
  /^[ \t]*(?:agent|rep|representative|operator|receptionist|paralegal|intake|advisor|adviser|specialist|associate|clerk|staff|csr|support|dispatcher|attendant|reception|concierge|tech|technician|pharmacist)(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*:[ \t]*(?:[A-Z][A-Za-z&'’.-]*[ \t]+){0,3}$/i;
/** What the answer goes on with: ", this is" and a capitalised name, ", you're speaking with" one, or one and "speaking". */
const staffIntroductionAfter =
  /^,[ \t]+(?:(?:this is|you['’]re speaking (?:with|to)|my name is)[ \t]+[A-Z]|[A-Z][a-z]{1,14}[ \t]+speaking\b)/;
/** Characters read after the words: the longest introduction ("you're speaking with") and a capital. */
const introductionReach = 28;

/**
 * Whether `span` opens a staff member's turn before their own introduction, so names the business that answers.
 *
 * @example
 * answersCallAsBusiness('AGENT: Northwind Mobile, this is Ray.', { start: 7, end: 23 }); // true
 * answersCallAsBusiness('Tom, this is Sarah from accounts.', { start: 0, end: 3 }); // false
 */
export function answersCallAsBusiness(text: string, span: { start: number; end: number }): boolean {
  if (text.charCodeAt(span.end) !== 0x2c || !staffIntroductionAfter.test(text.slice(span.end, span.end + introductionReach))) return false;
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  return staffTurnOpening.test(text.slice(lineStart, span.start));
}
