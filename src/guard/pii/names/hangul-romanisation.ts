// The Latin spellings a Korean name takes in logins and handles ("하서연" as "seoyeon", "syha", "ha.seoyeon"): each
// syllable as the spellings people use (Revised Romanisation, McCune-Reischauer and the passport habits:
// 윤 as "yoon" or "yun", 이 as "lee" or "yi"), since no one system holds them all.

// Spellings of each jamo, in Unicode's order of initials, medials and finals; ㅇ as an initial is silent.
const initialSpellings = [
  ...['g|k', 'kk|gg|k', 'n', 'd|t', 'tt|dd', 'r|l', 'm', 'b|p', 'pp|bb', 's|sh'],
  ...['ss|s', '', 'j|ch', 'jj', 'ch|c', 'k', 't', 'p', 'h'],
];
const medialSpellings = [
  ...['a', 'ae|e', 'ya', 'yae', 'eo|u|o', 'e', 'yeo|yu|yo', 'ye', 'o|oh', 'wa', 'wae', 'oe|oi|we', 'yo', 'u|oo|woo'],
  ...['wo|weo', 'we', 'wi', 'yu|yoo', 'eu|u', 'ui|eui|i', 'i|ee|y'],
];
const finalSpellings = [
  ...['', 'k|g', 'k', 'k', 'n', 'n', 'n', 't|d', 'l|r', 'k', 'm', 'l', 'l', 'l', 'p', 'l', 'm', 'p|b', 'p', 't|s', 't'],
  ...['ng', 't', 't', 'k', 't', 'p', 't'],
];

// The same, split once: a name's forms are built per text.
const [initials, medials, finals] = [initialSpellings, medialSpellings, finalSpellings].map((table) =>
  table.map((spellings) => (spellings === '' ? [] : spellings.split('|'))),
) as [string[][], string[][], string[][]];

/** Surnames whose usual spellings no jamo rule gives ("lee", "park", "choi", "ahn"). */
const surnameSpellings: ReadonlyMap<string, readonly string[]> = new Map(
  (
    [
      ['이', 'lee|yi|rhee|ri|i'],
      ['박', 'park|pak|bak'],
      ['최', 'choi|choe'],
      ['임', 'lim|im|yim|rim'],
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
    ] as const
  ).map(([surname, spellings]) => [surname, spellings.split('|')]),
);

const firstSyllable = 0xac00;
const lastSyllable = 0xd7a3;

/** One place in a spelling: the strings that may stand there, one of them. */
export type SpellingSlot = readonly string[];

/**
 * The Latin spellings of Hangul syllables as slots, one per jamo (a listed surname's spellings as one): a word is such a
 * spelling when it is one string of each slot in turn.
 *
 * @example
 * syllableSlots('연'); // [['yeo', 'yu', 'yo'], ['n']]
 * syllableSlots('이', { asSurname: true }); // [['lee', 'yi', 'rhee', 'ri', 'i']]
 */
export function syllableSlots(syllables: string, options: { asSurname?: boolean } = {}): SpellingSlot[] {
  const listed = options.asSurname === true ? surnameSpellings.get(syllables) : undefined;
  if (listed !== undefined) return [listed];
  return [...syllables].flatMap(jamoSpellings);
}

/**
 * The first letters the syllables, or a surname, are spelled with, one slot per syllable: a login's initials ("kjw" for
 * 김지완, "nk" for 남궁).
 *
 * @example
 * initialSlots('완'); // [['w']]
 */
export function initialSlots(syllables: string, options: { asSurname?: boolean } = {}): SpellingSlot[] {
  const listed = options.asSurname === true && syllables.length === 1 ? surnameSpellings.get(syllables) : undefined;
  if (listed !== undefined) return [firstLetters(listed)];
  return [...syllables].map((syllable) => firstLetters(jamoSpellings(syllable)[0] ?? []));
}

/**
 * Whether a Latin word, in any case, spells the Hangul surname as people write it ("Jeong" for 정, "LIM" for 임).
 *
 * @example
 * spellsKoreanSurname('Kwon', '권'); // true
 * spellsKoreanSurname('Kim', '박'); // false
 */
export function spellsKoreanSurname(word: string, surname: string): boolean {
  return spellsSlots(word.toLowerCase(), syllableSlots(surname, { asSurname: true }));
}

/**
 * Whether `word` is one string of each slot in turn: depth first over (slot, offset) pairs.
 *
 * @example
 * spellsSlots('yeon', syllableSlots('연')); // true
 */
export function spellsSlots(word: string, slots: readonly SpellingSlot[]): boolean {
  const pending = [0, 0];
  while (pending.length > 0) {
    const at = pending.pop()!;
    const slot = pending.pop()!;
    if (slot === slots.length) {
      if (at === word.length) return true;
      continue;
    }
    for (const option of slots[slot]!) if (word.startsWith(option, at)) pending.push(slot + 1, at + option.length);
  }
  return false;
}

function firstLetters(spellings: readonly string[]): string[] {
  return [...new Set(spellings.map((spelling) => spelling.charAt(0)))];
}

/** The spellings of a syllable's initial (left out when silent), medial and final (left out when none). */
function jamoSpellings(syllable: string): string[][] {
  const code = syllable.charCodeAt(0);
  if (code < firstSyllable || code > lastSyllable) return [];
  const offset = code - firstSyllable;
  return [initials[Math.floor(offset / 588)]!, medials[Math.floor((offset % 588) / 28)]!, finals[offset % 28]!].filter(
    (spellings) => spellings.length > 0,
  );
}
