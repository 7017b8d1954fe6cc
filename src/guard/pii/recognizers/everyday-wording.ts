// Everyday words where a login or a password would stand after "is": how it is ("my login is locked", "the password is
// case-sensitive"), not what it is.

/**
 * Words that follow "my login is" in prose: how the login is ("locked", "working", "case-sensitive") or a word of the
 * sentence ("still", "different"); a word with an everyday ending is one too, and any of four letters or fewer.
 */
const wordsAfterLoginIs: ReadonlySet<string> = new Set([
  ...['wrong', 'correct', 'incorrect', 'invalid', 'valid', 'locked', 'blocked', 'disabled', 'enabled', 'expired', 'required'],
  ...['optional', 'case', 'different', 'same', 'fine', 'broken', 'taken', 'available', 'missing', 'empty', 'blank', 'active'],
  ...['inactive', 'pending', 'still', 'also', 'actually', 'there', 'here', 'their', 'yours', 'unique', 'below', 'above'],
  ...['attached', 'shown', 'listed', 'printed', 'written', 'given', 'needed', 'reset', 'changed', 'gone', 'done', 'ready'],
  ...['okay', 'great', 'weird', 'strange', 'too', 'very', 'really', 'usually', 'always', 'never', 'probably', 'simply'],
  ...['just', 'your', 'their', 'what', 'which', 'that', 'this', 'the', 'not', 'now', 'new', 'old', 'right', 'wrong', 'under'],
  ...['linked', 'tied', 'associated', 'connected', 'registered', 'stored', 'saved', 'sent', 'emailed', 'texted', 'visible'],
  ...['hidden', 'short', 'long', 'too', 'similar', 'identical', 'separate', 'personal', 'private', 'public', 'shared'],
]);
const everydayEnding = /(?:ing|ed|ly|able|ible|tion|sion|ment|ness|ful|less|ous|ive|ity|ance|ence|ary|ory)$/;

/** A word of small letters alone that is an everyday word, or everyday words joined by a hyphen ("case-sensitive"). */
export function isEverydayWording(value: string): boolean {
  if (/^[a-z]+$/.test(value)) return value.length < 5 || isEverydayWord(value);
  return /^[a-z]+(?:-[a-z]+)+$/.test(value) && value.split('-').some(isEverydayWord);
}

function isEverydayWord(word: string): boolean {
  return wordsAfterLoginIs.has(word) || everydayEnding.test(word);
}

/**
 * Lower-case words joined by hyphens, every one an everyday word ("case-sensitive", "case-insensitive"): what a password
 * or a login is like. A passphrase holds a word of its own ("correct-horse-battery-staple").
 *
 * @example
 * isEverydayWordsJoined('case-sensitive'); // true
 * isEverydayWordsJoined('correct-horse-battery-staple'); // false
 */
export function isEverydayWordsJoined(value: string): boolean {
  return /^[a-z]+(?:-[a-z]+)+$/.test(value) && value.split('-').every(isEverydayWord);
}
