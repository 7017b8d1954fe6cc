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

/**
 * A DM thread's heading that names one account after a dash, alone on the text's first line ("Instagram DMs —
 * @salon.bloom.hannam", "[인스타그램 DM — @nail_byeol_studio]"): the inbox whose thread it is, a business answering its
 * customers; a heading that names two people ("DMs · @a and @b", "DM @a -> Support") names no inbox.
 */
const inboxHeading =
  /^[ \t[]*(?:(?:instagram|insta|IG|인스타그램|인스타)[ \t]*)?(?:DMs?|direct[ \t]+messages|다이렉트[ \t]*메시지)[ \t]*[—–-][ \t]*@([A-Za-z0-9_.]{3,30})[ \t\]]*(?:\r?\n|$)/i;

/**
 * The account a DM thread's heading names as its inbox, without its @; undefined when there is none.
 *
 * @example
 * inboxHandle('Instagram DMs — @salon.mist\n\nyuna.k_: hi'); // 'salon.mist'
 * inboxHandle('Instagram · DMs · @dev.okonjo and @mireille.bt'); // undefined
 */
export function inboxHandle(text: string): string | undefined {
  if (!text.includes('@')) return undefined;
  return inboxHeading.exec(text)?.[1];
}
