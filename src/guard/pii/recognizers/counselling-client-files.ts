// A counselling or psychotherapy centre's number for its client ("Client file no.: HB-C-0772", "Your client file number
// is MC-24-1187", "내담자 번호: MS-2024-0388"): a record of care like a hospital's chart, under the centre's own words.
import type { PiiFinding } from '../types.ts';
import { characterPairWords, mayHoldAnyWord } from '../character-pairs.ts';
import { createFinding } from './create-finding.ts';
import { rememberLastText } from '../last-text-memo.ts';

// The label's first word, which the search needs whatever follows it ("client file no.", "clientnumber").
const clientFileWords = characterPairWords('client', '내담자');

/**
 * 내담자 (a counselling client) names the setting by itself; an English client's file or number is a law firm's or an
 * agency's as often, so it needs a word of counselling or therapy near it.
 */
const clientFileLabel =
  /(?<![A-Za-z])client[ \t]*(?:file[ \t]*(?:number|no\b\.?|#)?|number|no\b\.?)(?:[ \t]+(?:is|will be))?[ \t]*[:：#]?[ \t]*|내담자[ \t]*(?:번호|No\.?|ID)[ \t]*[:：]?[ \t]*/gi;
const recordNumber = /(?:[A-Z]{1,4}-){0,2}\d{2,8}(?:-[A-Z0-9]{1,8}){0,3}(?![\dA-Za-z-])/y;
/** A lawyer is counsel too, and a session or an intake is a bank's or a shelter's as often: not those. */
const counsellingWords = /counsel+(?:ing|or)|therap|psycholog|psychiatr|telehealth|심리|상담(?:센터|소|사)|회기/i;
/** How far from the label the words of counselling may stand: before it as far as a letter's heading, after it a few lines. */
const counsellingReachBefore = 600;
const counsellingReachAfter = 300;

/**
 * @example
 * counsellingClientFiles('Hanbit Counseling Center\nClient file no.: HB-C-0772')[0]?.text; // 'HB-C-0772'
 * counsellingClientFiles('Smith & Co. solicitors\nClient file no.: 2024-0771').length; // 0
 */
export const counsellingClientFiles = rememberLastText((text: string): readonly PiiFinding[] => {
  if (!mayHoldAnyWord(text, clientFileWords)) return [];
  const findings: PiiFinding[] = [];
  clientFileLabel.lastIndex = 0;
  for (let label = clientFileLabel.exec(text); label !== null; label = clientFileLabel.exec(text)) {
    const end = label.index + label[0].length;
    recordNumber.lastIndex = end;
    const number = recordNumber.exec(text);
    if (number === null || !/\d{3}/.test(number[0])) continue;
    const around = text.slice(Math.max(0, label.index - counsellingReachBefore), end + counsellingReachAfter);
    if (!label[0].startsWith('내담자') && !counsellingWords.test(around)) continue;
    findings.push(createFinding({ type: 'MEDICAL_RECORD', text: number[0], start: end, score: 0.8, recognizer: 'medical-record' }));
  }
  return findings;
});
