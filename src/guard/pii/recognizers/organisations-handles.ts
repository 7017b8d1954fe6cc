// A brand's or an organisation's own social account ("@glowderm_official", "acme.official", "officialcityfc", a salon's
// "Kakao channel @…"): the account a customer writes to, as a company's desk line is; no person is found by it.

/** "official" as a handle's word: alone, or joined to the brand's name by a dot, an underscore or nothing at either end. */
const officialWord = /(?:^|[._-])official(?:$|[._-])|^official|official$/i;

/**
 * Whether `handle` (with or without its @) is an organisation's official account.
 *
 * @example
 * isOrganisationsHandle('@glowderm_official'); // true
 * isOrganisationsHandle('dana_skis'); // false
 */
export function isOrganisationsHandle(handle: string): boolean {
  return officialWord.test(handle.startsWith('@') ? handle.slice(1) : handle);
}

/**
 * The words before an account that make it a business's: a KakaoTalk channel (which only businesses open), an official
 * account, or a shop's, a clinic's or "our" Instagram ("Kakao channel @hairbyondo", "공식 인스타그램 @…", "the clinic's
 * website / Instagram (@…)"), the handle straight after them on the same line.
 */
const businessChannelBefore =
  /(?:kakao(?:talk)?\s*(?:channel|plus\s*friend)|카카오(?:톡)?\s*채널|카톡\s*채널|플러스\s*친구|\bofficial\s+(?:instagram|insta|IG|account|page)|공식\s*(?:인스타그램|인스타|계정|채널)|(?:\bour|(?:clinic|salon|shop|studio|hotel|spa|store|centre|center|company|brand)['’]s)\s+(?:[a-z]+\s*\/\s*)?(?:instagram|insta|IG|page|account))[ \t:：]*\(?[ \t]*$/i;

/**
 * Whether the handle at `at` stands after a business channel's words.
 *
 * @example
 * followsBusinessChannelWords('Kakao channel @hairbyondo', 15); // true
 * followsBusinessChannelWords('my insta @dana_skis', 9); // false
 */
export function followsBusinessChannelWords(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return businessChannelBefore.test(text.slice(Math.max(lineStart, at - 60), at));
}
