// One pass per text for the words that open a labelled value (birth, medical record, health insurance), shared by those recognisers.
import { textFeatures, textTrigger } from '../text-features.ts';

// Two passes beat one: V8 scans a short Korean alternation and a case-insensitive English one several times faster
// than a single mixed alternation (measured: ~500 MB/s each against ~70 MB/s together). A character loop over the
// English words ran slower still than this pattern.
const koreanTriggers =
  /생(?:년월일|년|일|신|[ \t]+년[ \t]+월[ \t]+일)|출생|태어|환자|병록|차트|의무|진료|진찰|등록|건[강보]|보험증(?!권)|증\s*번호|증권\s*번호|가입자|면허|의료\s*(?:급여|보험)|메디케어|(?:내원|입원|외래)\s*번호|병원\s*ID|요양\s*인정/g;
const englishTriggers =
  /b(?:irth|orn|-?day\b)|d(?:ob|\.o\.b|river|l\b|va\b)|cdl\b|hmo\b|m(?:rn|edic(?:al|are|aid)|ember)|uhid|patient|policy (?:card|no|number|#)|chart|h(?:osp|ealth)|philhealth|maxicare|intellicare|medicard|insurance|subscriber|nhi?[sf]|nhia?\b|pt_n|licen[cs](?:e|ia)|(?:kranken)?versicherten|identification number of the card|personal identification number|h&c|num[ée]ro de carte|certificate (?:no|number)|CHI (?:no|number)|p[oó]liza|polisnummer|adh[ée]rent/gi;
const lastScan: { text: string | undefined; positions: number[] } = { text: undefined, positions: [] };

/**
 * Where a trigger word starts, in text order; each recogniser then checks its own full label there with a sticky pattern.
 * Remembered for the last text, like the numeric runs.
 *
 * @example
 * labelTriggers('MRN 1234, 생년월일 1985-03-12'); // [0, 10]
 */
export function labelTriggers(text: string): readonly number[] {
  if (lastScan.text === text) return lastScan.positions;
  const positions: number[] = [];
  const features = textFeatures(text);
  // Each pattern runs only where the feature pass saw a pair of characters that every one of its words holds.
  if ((features.triggers & textTrigger.koreanLabel) !== 0) collect(text, { pattern: koreanTriggers, positions });
  if ((features.triggers & textTrigger.englishLabel) !== 0) collect(text, { pattern: englishTriggers, positions });
  if (positions.length > 1) positions.sort((left, right) => left - right);
  lastScan.text = text;
  lastScan.positions = positions;
  return positions;
}

function collect(text: string, options: { pattern: RegExp; positions: number[] }): void {
  const { pattern, positions } = options;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) positions.push(match.index);
}

/**
 * The labels that a sticky `pattern` recognises at trigger positions, skipping triggers inside a label already read
 * ("health insurance member ID" holds three triggers).
 *
 * @example
 * labelsAt('환자번호: 1234', /환자\s*번호/y).map((label) => label.text); // ['환자번호']
 */
export function labelsAt(text: string, pattern: RegExp): Array<{ text: string; index: number }> {
  const labels: Array<{ text: string; index: number }> = [];
  let coveredUntil = 0;
  for (const position of labelTriggers(text)) {
    if (position < coveredUntil) continue;
    pattern.lastIndex = position;
    const match = pattern.exec(text);
    if (match === null) continue;
    labels.push({ text: match[0], index: position });
    coveredUntil = position + match[0].length;
  }
  return labels;
}
