// A gate's words for `mayHoldAnyWord` that ask for each word's characters as well as its pairs. Pairs of Hangul syllables
// share the 1,024 pair slots unevenly (a pair's slot is its first code times 31 plus its second), so one pair may read as
// present in a fifth of short Korean chats; a word's every character must be in the text too, and asking for their slots
// (a second table) leaves almost none of those. A no is still always right: the text holds every pair and every
// character of any word it holds.
import { characterPairWords, type CharacterPairWords } from './character-pairs.ts';

/**
 * The slots of each word's pairs and of its characters, for `mayHoldAnyWord`: a word of one character is its character's
 * slot alone, as in `characterPairWords`.
 *
 * @example
 * const kinWords = characterPairWordsWithCharacters('누나', '언니');
 * mayHoldAnyWord('배송 언제 와요?', kinWords); // false
 */
export function characterPairWordsWithCharacters(...words: readonly string[]): CharacterPairWords {
  return words.map((word) => {
    const [pairs] = characterPairWords(word);
    const characters = characterPairWords(...word).map(([slot]) => slot!);
    return [...new Set([...pairs!, ...characters])];
  });
}
