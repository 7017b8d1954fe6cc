// Counting for the bench's case sets outside the evaluation set: cases found with their type and exact span, and texts
// flagged where nothing should be.

export type Spans = readonly { type: string; start: number; end: number }[];
export type Scan = (text: string) => Promise<Spans> | Spans;

/** A text that holds one value of `type`, written as `value`. */
export interface TypedCase {
  text: string;
  type: string;
  value: string;
}

/**
 * Cases whose value is found with its type and exact span.
 * @example
 * await countFound([{ text: 'CVC 123', type: 'CARD_CVV', value: '123' }], scanWithGenstack); // 1
 */
export async function countFound(cases: readonly TypedCase[], scan: Scan): Promise<number> {
  let found = 0;
  for (const { text, type, value } of cases)
    if ((await scan(text)).some((finding) => finding.type === type && text.slice(finding.start, finding.end) === value)) found += 1;
  return found;
}

/**
 * Texts with a finding (of `type` when given): in a set of texts that hold none, each is a false positive.
 * @example
 * await countFlagged(['비밀번호 재설정'], scanWithGenstack); // 0
 */
export async function countFlagged(texts: readonly string[], scan: Scan, type?: string): Promise<number> {
  let flagged = 0;
  for (const text of texts) if ((await scan(text)).some((finding) => type === undefined || finding.type === type)) flagged += 1;
  return flagged;
}

/**
 * Both counts for genstack and the peer.
 * @example
 * await measureCases({ positives, negatives }, { genstack: scanWithGenstack, peer });
 */
export async function measureCases(
  cases: { positives: readonly TypedCase[]; negatives: readonly string[]; negativeType?: string },
  scanners: { genstack: Scan; peer: Scan },
) {
  const { positives, negatives, negativeType } = cases;
  return {
    found: {
      texts: positives.length,
      genstack: await countFound(positives, scanners.genstack),
      peer: await countFound(positives, scanners.peer),
    },
    flagged: {
      texts: negatives.length,
      genstack: await countFlagged(negatives, scanners.genstack, negativeType),
      peer: await countFlagged(negatives, scanners.peer, negativeType),
    },
  };
}
