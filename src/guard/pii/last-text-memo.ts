// Remembers a search's answer for the last text: the fast-path test asks first and the recogniser after it, with the same
// string (compared by pointer), so the second call is free. A map for the last text keeps a search's answers per value.

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

/**
 * A map kept for the last text only: the same map while the text stays the same, emptied when another comes. For answers
 * a search gives per text and per value (each address, each line), so a value repeated through a long text is read once.
 *
 * @example
 * const seen = mapForLastText<string, number>();
 * seen('a1b2').set('1', 1);
 * seen('a1b2').get('1'); // 1
 * seen('c3').size; // 0
 */
export function mapForLastText<Key, Value>(): (text: string) => Map<Key, Value> {
  let lastText: string | undefined;
  const map = new Map<Key, Value>();
  return (text) => {
    if (text !== lastText) {
      map.clear();
      lastText = text;
    }
    return map;
  };
}
