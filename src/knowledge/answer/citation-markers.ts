// Finds the [n] citation markers of a model-written sentence: [1], [1][2], [1, 2] and [1,2].

const markerPattern = /\[(\d+(?:\s*,\s*\d+)*)\]/gu;

/**
 * Cited passage numbers in order of first appearance.
 * @example
 * citationNumbers('요금은 다음 달에 바뀝니다 [1][3].'); // [1, 3]
 * citationNumbers('Fees apply [2, 1].'); // [2, 1]
 */
export function citationNumbers(sentence: string): number[] {
  const numbers: number[] = [];
  for (const match of sentence.matchAll(markerPattern)) {
    for (const piece of (match[1] ?? '').split(',')) {
      const value = Number.parseInt(piece.trim(), 10);
      if (!numbers.includes(value)) numbers.push(value);
    }
  }
  return numbers;
}

/**
 * The sentence without its markers.
 * @example
 * withoutCitationMarkers('Fees apply [1].'); // 'Fees apply.'
 */
export function withoutCitationMarkers(sentence: string): string {
  return sentence
    .replace(markerPattern, '')
    .replace(/\s+([.?!,])/gu, '$1')
    .replace(/\s{2,}/gu, ' ')
    .trim();
}

/** Whether a piece is nothing but markers and punctuation (a "[1]" the splitter cut off after a period). */
export function isOnlyMarkers(piece: string): boolean {
  return piece.replace(markerPattern, '').replace(/[\s.?!,]/gu, '').length === 0 && citationNumbers(piece).length > 0;
}
