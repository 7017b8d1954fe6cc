// Tables that let the feature pass notice, one lookup per Latin letter, whether an English name context word or label may occur.
import { textTrigger } from './trigger-syllables.ts';

// Every alternative of `contextHintPattern` in names/english-names.ts must hold one of these pairs or hint words (or one
// of `englishNameHintCharacters`), or a finding would be lost; each is the rarest in ordinary chat of its alternative.
const hintPairs = [
  ...['Mr', 'Ms', 'Mx', 'Mi'], // M[rsxi][ .]
  'Dr', // Dr[ .]
  'Pr', // Prof
  "'m", // I'm
  'ie', // atient
  'De', // Dear
  'ok', // poke
  'ak', // peaking
];
// A common pair counts only after the rest of its word group; no two of these share their last two characters.
const hintWords = [
  'ame', // ame is, ame's
  'I a', // I am
  'l m', // all me
  'his i', // his is
  'lde', // older
  'mer', // omer
];

/**
 * Characters that open a hint on their own (the feature pass tests their codes): a colon, a fullwidth colon, '=', a line
 * break (the closings "Regards,\n") and the typographic apostrophe of "I’m".
 */
export const englishNameHintCharacters = ':：=\n’';

// Every alternative of `englishTriggers` in recognizers/label-triggers.ts (case-insensitive) must hold one of these pairs.
const labelPairs = [
  ...['rt', 'bo'], // birth, born; chart
  ...['ob', '.o', 'dr', 'dl'], // dob, d.o.b, driver, dl
  ...['mr', 'di', 'mb'], // mrn, medical, member
  ...['ie', 'pi', 'lt'], // patient, hospital, health
  ...['ra', 'ub', 'nh', 'li'], // insurance, subscriber, nhis, licence
];

/** The low bits of a `latinPairBits` entry: 0, or one more than the index of the hint word whose last two characters the pair is. */
export const hintWordMask = 7;
/** The `textTrigger` bits a `latinPairBits` entry can hold. */
export const latinTriggerMask = textTrigger.englishNameHint | textTrigger.englishNameWord | textTrigger.englishLabel;
/** What must come right before the pair, for the hint word `entry & hintWordMask`. */
export const hintWordStarts: readonly string[] = ['', ...hintWords.map((word) => word.slice(0, -2))];

/**
 * One entry for two ASCII characters in a row, at `previous * 128 + current`: the trigger bits the pair sets, and a hint
 * word to confirm. Label pairs are entered in every case, the name pairs only as the pattern spells them.
 */
export const latinPairBits = new Uint8Array(128 * 128);
const enter = (pair: string, value: number) => {
  latinPairBits[pair.charCodeAt(0) * 128 + pair.charCodeAt(1)]! |= value;
};
for (const pair of hintPairs) enter(pair, textTrigger.englishNameHint | textTrigger.englishNameWord);
hintWords.forEach((word, index) => enter(word.slice(-2), index + 1));
for (const pair of labelPairs)
  for (const cased of [pair, pair.toUpperCase(), pair[0]! + pair[1]!.toUpperCase(), pair[0]!.toUpperCase() + pair[1]!])
    enter(cased, textTrigger.englishLabel);
