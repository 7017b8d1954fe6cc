// Numbers written with words or Korean magnitudes: 3만 5천, 1억 2천만, 1.5k, 세 개, twenty-one.

const bigUnits: Record<string, number> = { 만: 1e4, 억: 1e8, 조: 1e12 };
const smallUnits: Record<string, number> = { 십: 10, 백: 100, 천: 1000 };

/**
 * Parses digits mixed with Korean magnitudes.
 * @example
 * parseKoreanAmount('3만 5천'); // 35000
 * parseKoreanAmount('1억 2천만'); // 120000000
 * parseKoreanAmount('1.5만'); // 15000
 */
export function parseKoreanAmount(text: string): number | undefined {
  let total = 0;
  let section = 0;
  let seen = false;
  for (const match of text.matchAll(/(\d[\d,]*(?:\.\d+)?)?\s*([십백천만억조]*)/gu)) {
    const [, digits, units = ''] = match;
    if (!digits && !units) continue;
    seen = true;
    let value = digits ? Number(digits.replace(/,/gu, '')) : 1;
    for (const unit of units) {
      const small = smallUnits[unit];
      if (small) {
        value *= small;
        continue;
      }
      section += value;
      value = 0;
      total += section * (bigUnits[unit] ?? 1);
      section = 0;
    }
    section += value;
  }
  return seen ? total + section : undefined;
}

/** English number words zero–nineteen. */
export const englishOnes: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const englishTens: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** Regular-expression source matching English number words (one … ninety-nine, a dozen). */
export const englishNumberWordPattern = `(?:a\\s+dozen|dozen|(?:${Object.keys(englishTens).join('|')})(?:[-\\s](?:${Object.keys(englishOnes).slice(1, 10).join('|')}))?|${Object.keys(englishOnes).join('|')})`;

/**
 * @example
 * parseEnglishNumberWords('twenty-one'); // 21
 * parseEnglishNumberWords('a dozen'); // 12
 */
export function parseEnglishNumberWords(text: string): number | undefined {
  const words = text.toLowerCase().split(/[-\s]+/u);
  if (words.includes('dozen')) return 12;
  let value = 0;
  for (const word of words) {
    const number = englishOnes[word] ?? englishTens[word];
    if (number === undefined) return undefined;
    value += number;
  }
  return value;
}

const koreanNative: Record<string, number> = {
  한: 1,
  하나: 1,
  두: 2,
  둘: 2,
  세: 3,
  셋: 3,
  석: 3,
  네: 4,
  넷: 4,
  다섯: 5,
  여섯: 6,
  일곱: 7,
  여덟: 8,
  아홉: 9,
  열: 10,
  열한: 11,
  열두: 12,
  열세: 13,
  열네: 14,
  열다섯: 15,
  스무: 20,
  스물: 20,
};

/** Regular-expression source matching Korean native numbers used before counters (한, 두, 세 … 스무). */
export const koreanNativeNumberPattern = `(?:${Object.keys(koreanNative)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;

/** @example parseKoreanNativeNumber('세'); // 3 */
export function parseKoreanNativeNumber(word: string): number | undefined {
  return koreanNative[word];
}
