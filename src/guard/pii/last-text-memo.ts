// Remembers a search's answer for the last text: the fast-path test asks first and the recogniser after it, with the same
// string (compared by pointer), so the second call is free.

/**
 * `search` with its answer for the last text remembered.
 *
 * @example
 * const findDigits = rememberLastText((text) => text.match(/\d+/g) ?? []);
 * findDigits('a1b2') === findDigits('a1b2'); // true: the same array
 */
export function rememberLastText<Answer>(search: (text: string) => Answer): (text: string) => Answer {
  let lastText: string | undefined;
  let lastAnswer: Answer | undefined;
  return (text) => {
    if (text !== lastText) {
      lastAnswer = search(text);
      lastText = text;
    }
    return lastAnswer as Answer;
  };
}
