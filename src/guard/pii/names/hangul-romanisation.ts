// The Latin spellings a Korean name takes in logins and handles ("하서연" as "seoyeon", "syha", "ha.seoyeon"): each
// syllable as a pattern of the spellings people use (Revised Romanisation, McCune-Reischauer and the passport habits:
// 윤 as "yoon" or "yun", 이 as "lee" or "yi"), since no one system holds them all.

// Spellings of each jamo, in Unicode's order of initials, medials and finals; ㅇ as an initial is silent.
const initials = [
  'g|k',
  'kk|gg|k',
  'n',
  'd|t',
  'tt|dd',
  'r|l',
  'm',
  'b|p',
  'pp|bb',
  's|sh',
  'ss|s',
  '',
  'j|ch',
  'jj',
  'ch|c',
  'k',
  't',
  'p',
  'h',
];
const medials = [
  ...['a', 'ae|e', 'ya', 'yae', 'eo|u|o', 'e', 'yeo|yu|yo', 'ye', 'o|oh', 'wa', 'wae', 'oe|oi|we', 'yo', 'u|oo|woo'],
  ...['wo|weo', 'we', 'wi', 'yu|yoo', 'eu|u', 'ui|eui|i', 'i|ee|y'],
];
const finals = [
  ...['', 'k|g', 'k', 'k', 'n', 'n', 'n', 't|d', 'l|r', 'k', 'm', 'l', 'l', 'l', 'p', 'l', 'm', 'p|b', 'p', 't|s', 't'],
  ...['ng', 't', 't', 'k', 't', 'p', 't'],
];

/** Surnames whose usual spellings no jamo rule gives ("lee", "park", "choi", "ahn"). */
const surnameSpellings: ReadonlyMap<string, string> = new Map([
  ['이', 'lee|yi|rhee|ri|i'],
  ['박', 'park|pak|bak'],
  ['최', 'choi|choe'],
  ['정', 'jung|jeong|chung'],
  ['조', 'cho|jo'],
  ['안', 'ahn|an'],
  ['노', 'noh|roh|no'],
  ['류', 'ryu|yoo|yu|ryoo|lew'],
  ['유', 'yoo|yu|ryu'],
  ['백', 'baek|paik|back'],
  ['손', 'son|sohn'],
  ['신', 'shin|sin'],
  ['심', 'shim|sim'],
  ['오', 'oh|o'],
  ['남궁', 'namgung|namgoong|namkung'],
  ['황보', 'hwangbo'],
  ['제갈', 'jegal'],
  ['선우', 'sunwoo|seonwoo|seonu'],
]);

const firstSyllable = 0xac00;
const lastSyllable = 0xd7a3;

/**
 * A regular-expression source that matches the Latin spellings of a Hangul syllable, or of a surname when `asSurname`.
 *
 * @example
 * new RegExp(`^(?:${syllableSpellings('연')})$`).test('yeon'); // true
 * new RegExp(`^(?:${syllableSpellings('이', { asSurname: true })})$`).test('lee'); // true
 */
export function syllableSpellings(syllables: string, options: { asSurname?: boolean } = {}): string {
  const listed = options.asSurname === true ? surnameSpellings.get(syllables) : undefined;
  if (listed !== undefined) return listed;
  return [...syllables].map((syllable) => jamoSpellings(syllable, (spellings) => `(?:${spellings})`).join('')).join('');
}

/**
 * A regular-expression source for the first letter a syllable or a surname is spelled with: a login's initials ("kjw" for
 * 김지완, "nk" for 남궁).
 *
 * @example
 * new RegExp(`^(?:${initialSpellings('완')})$`).test('w'); // true
 */
export function initialSpellings(syllables: string, options: { asSurname?: boolean } = {}): string {
  const listed = options.asSurname === true && syllables.length === 1 ? surnameSpellings.get(syllables) : undefined;
  if (listed !== undefined) return `[${[...new Set(listed.split('|').map((spelling) => spelling.charAt(0)))].join('')}]`;
  return [...syllables].map((syllable) => `[${[...initialLetters(syllable)].join('')}]`).join('');
}

/** The first letters of a syllable's spellings: its initial's, or its medial's when the initial is silent. */
function initialLetters(syllable: string): Set<string> {
  const [initial, medial] = jamoSpellings(syllable, (spellings) => spellings);
  const spellings = initial === '' ? medial! : initial!;
  return new Set(spellings.split('|').map((spelling) => spelling.charAt(0)));
}

/** The spellings of a syllable's initial, medial and final, each passed through `wrap` (finals left out when none). */
function jamoSpellings(syllable: string, wrap: (spellings: string) => string): string[] {
  const code = syllable.charCodeAt(0);
  if (code < firstSyllable || code > lastSyllable) return [];
  const offset = code - firstSyllable;
  const initial = initials[Math.floor(offset / 588)]!;
  const medial = medials[Math.floor((offset % 588) / 28)]!;
  const final = finals[offset % 28]!;
  return [initial === '' ? '' : wrap(initial), wrap(medial), ...(final === '' ? [] : [wrap(final)])];
}
