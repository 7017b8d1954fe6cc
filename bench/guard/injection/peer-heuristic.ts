// The bench peer: a TypeScript port of Rebuff's published keyword heuristic (protectai/rebuff, Apache-2.0), English phrases only.
// Rebuff builds every "verb adjective object preposition" injection phrase, slides a window of the same word count over the
// input, and scores word matches adjusted by a Ratcliff/Obershelp similarity (Python's difflib.SequenceMatcher.ratio()).

const verbs = [
  'Ignore',
  'Disregard',
  'Skip',
  'Forget',
  'Neglect',
  'Overlook',
  'Omit',
  'Bypass',
  'Pay no attention to',
  'Do not follow',
  'Do not obey',
];
const adjectives = ['', 'prior', 'previous', 'preceding', 'above', 'foregoing', 'earlier', 'initial'];
const prepositions = ['', 'and start over', 'and start anew', 'and begin afresh', 'and start from scratch'];
const objects = [
  'content',
  'text',
  'instructions',
  'instruction',
  'directives',
  'directive',
  'commands',
  'command',
  'context',
  'conversation',
  'input',
  'inputs',
  'data',
  'message',
  'messages',
  'communication',
  'response',
  'responses',
  'request',
  'requests',
];

const maximumMatchedWords = 5;
/** Rebuff's default heuristic threshold. */
export const rebuffThreshold = 0.75;

function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]|_/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

const keywords = verbs.flatMap((verb) =>
  adjectives.flatMap((adjective) =>
    objects.flatMap((object) => prepositions.map((preposition) => normalize(`${verb} ${adjective} ${object} ${preposition}`))),
  ),
);
const keywordsByLength = new Map<number, string[][]>();
for (const keyword of new Set(keywords)) {
  const parts = keyword.split(' ');
  keywordsByLength.set(parts.length, [...(keywordsByLength.get(parts.length) ?? []), parts]);
}

/**
 * Rebuff's heuristic score in 0..1 (≥ 0.75 counts as an injection); exact wherever two or more words match.
 * @example
 * rebuffHeuristicScore('Ignore all previous commands') > 0.75; // true
 */
export function rebuffHeuristicScore(input: string): number {
  const words = normalize(input).split(' ');
  let highest = 0;
  for (const [length, keywordList] of keywordsByLength) {
    for (let start = 0; start + length <= words.length; start += 1) {
      const window = words.slice(start, start + length);
      const substring = window.join(' ');
      for (const parts of keywordList) {
        let matched = 0;
        for (let index = 0; index < length; index += 1) if (window[index] === parts[index]) matched += 1;
        if (matched === 0) continue;
        const base = 0.5 + 0.5 * Math.min(matched / maximumMatchedWords, 1);
        if (base <= highest) continue;
        // One matched word scores at most 0.6, far under the 0.75 threshold: skip the similarity there (speed only).
        if (matched === 1) {
          highest = Math.max(highest, base - 1 / (maximumMatchedWords * 2));
          continue;
        }
        const adjusted = base - similarity(substring, parts.join(' ')) * (1 / (maximumMatchedWords * 2));
        if (adjusted > highest) highest = adjusted;
      }
    }
  }
  return highest;
}

/** Ratcliff/Obershelp similarity, as difflib.SequenceMatcher(None, a, b).ratio() (without its junk heuristic). */
function similarity(a: string, b: string): number {
  const total = a.length + b.length;
  return total === 0 ? 1 : (2 * matchingCharacters(a, b)) / total;
}

function matchingCharacters(a: string, b: string): number {
  if (a.length === 0 || b.length === 0) return 0;
  let bestLength = 0;
  let bestA = 0;
  let bestB = 0;
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i += 1) {
    const current = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j += 1) {
      if (a[i - 1] === b[j - 1]) {
        const length = (previous[j - 1] ?? 0) + 1;
        current[j] = length;
        if (length > bestLength) [bestLength, bestA, bestB] = [length, i - length, j - length];
      }
    }
    previous = current;
  }
  if (bestLength === 0) return 0;
  return (
    bestLength +
    matchingCharacters(a.slice(0, bestA), b.slice(0, bestB)) +
    matchingCharacters(a.slice(bestA + bestLength), b.slice(bestB + bestLength))
  );
}
