// A stage name or a pen name after its Korean label, as an agency's, a label's or a web-novel platform's record writes it
// beside the legal name ("예명: 도니 (가칭)", "활동명 Gelli", "필명 세린달", "필명: 은하수고양이", "(활동명 Liv)"): a real person's
// name in public, which ties the record to the person as the legal name does. No list holds such names; the label is the cue.
import type { PiiFinding } from '../types.ts';
import { rememberLastText } from '../last-text-memo.ts';

const recognizerName = 'korean-stage-name';
const noFindings: readonly PiiFinding[] = [];

/**
 * The label, perhaps a colon, then one word of two to six Hangul syllables or a Latin name of one to three words ("LUNE",
 * "Kel Dee"), ending before a blank, a bracket, a comma, a slash, a bar or the line's end.
 */
const stageName =
  /(?:예명|활동명|필명)(?:[ \t]*\([^)\n]{1,10}\))?[ \t]*[:：]?[ \t]*([가-힣]{2,6}|[A-Z][A-Za-z]{1,15}(?:[ \t][A-Z][A-Za-z]{1,15}){0,2})(?=[ \t]*(?:[()/,|·\n]|$)|[ \t]+\()/g;
/** What a label's value may be that names no one: a yes or a no, a blank's word, "none" ("예명: 없음", "활동명: 미정"). */
const noNames: ReadonlySet<string> = new Set(['없음', '미정', '해당없음', '본명', '동일', '추후', 'None', 'TBD', 'TBC', 'Same']);

/**
 * The stage and pen names after their Korean labels, 0.75. Remembered for the last text.
 *
 * @example
 * findKoreanStageNames('성명: 배도윤\n예명: 도니 (가칭)').map((finding) => finding.text); // ['도니']
 * findKoreanStageNames('예명: 없음'); // []
 */
export const findKoreanStageNames = rememberLastText((text: string): readonly PiiFinding[] => {
  if (!mayHoldKoreanStageName(text)) return noFindings;
  const findings: PiiFinding[] = [];
  stageName.lastIndex = 0;
  for (let match = stageName.exec(text); match !== null; match = stageName.exec(text)) {
    const name = match[1]!;
    if (noNames.has(name)) continue;
    const start = match.index + match[0].length - name.length;
    findings.push({ type: 'PERSON', start, end: start + name.length, text: name, score: 0.75, recognizer: recognizerName });
  }
  return findings.length === 0 ? noFindings : findings;
});

/** Whether `text` holds one of the labels: native searches before the pattern. */
export function mayHoldKoreanStageName(text: string): boolean {
  return text.includes('예명') || text.includes('활동명') || text.includes('필명');
}
