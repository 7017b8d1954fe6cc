// A brand's or an organisation's own social account ("@glowderm_official", "acme.official", "officialcityfc"): the
// account a customer writes to, as a company's desk line is; no person is found by it.

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
