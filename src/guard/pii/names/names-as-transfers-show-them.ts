// Korean full names as a bank transfer shows its sender: after the depositor's label with a topic particle or in quotes
// ("입금자명은 표정연으로 해주세요", "입금자 '노승찬'으로 돈 들어왔어요"), and a quoted name with the instrumental before a
// verb of showing or arriving ("토스로 보냈는데 '신재석'으로 떴을 거야", "'한도윤'으로 찍혀요").
import { rememberLastText } from '../last-text-memo.ts';
import type { PiiFinding } from '../types.ts';
import { createFinding } from '../recognizers/create-finding.ts';
import { isLikelyKoreanFullNameOfUsualLength } from './korean-names.ts';
import { characterPairWords, mayHoldAnyWord } from '../character-pairs.ts';
import { holdsWordBesideBlank, wordsBesideBlanks } from './words-beside-blanks.ts';

const recognizerName = 'korean-name-as-transfer-shows-it';

/**
 * A depositor's or a sender's label, a topic or an object particle or a blank, then the name, in quotes or not, and the
 * instrumental particle the transfer's name takes ("입금자명은 표정연으로", "입금자 '노승찬'으로", "보내는 분 “하윤서”로").
 */
const labelThenName =
  /(?<![가-힣])(?:입금자명?|송금인명?|입금자 ?이름|보내는 ?분(?: 성함| 이름)?)(?:[은는을를]|[ \t]*[:：])?[ \t]*(['"‘“]?)([가-힣]{3,4}?)(['"’”]?)(?:으로|로)(?![가-힣]{0,1}서)/g;
/** A quoted name and the instrumental, then a verb of a transfer's display or arrival ("'신재석'으로 떴을 거야"). */
const quotedNameBeforeDisplay =
  /(['"‘“])([가-힣]{3,4}?)(['"’”])(?:으로|로)[ \t]*(?:떴|뜰|뜨|떠|찍|표시|나오|나와|나올|들어|입금|보냈|보낼|송금)/g;

/**
 * The names a transfer shows, each once.
 *
 * @example
 * findNamesAsTransfersShowThem("입금자 '노승찬'으로 돈 들어왔어요").map((finding) => finding.text); // ['노승찬']
 * findNamesAsTransfersShowThem('입금자명은 회사명으로 해주세요'); // []
 */
export const findNamesAsTransfersShowThem = rememberLastText((text: string): readonly PiiFinding[] => {
  const findings: PiiFinding[] = [];
  for (const pattern of [labelThenName, quotedNameBeforeDisplay]) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      const [, open, name, close] = match;
      // A quote opened must be closed, and none stand alone.
      if (open!.length !== close!.length || !isLikelyKoreanFullNameOfUsualLength(name!)) continue;
      const start = match.index + match[0].indexOf(open! + name! + close!) + open!.length;
      if (findings.some((finding) => finding.start === start)) continue;
      findings.push(createFinding({ type: 'PERSON', text: name!, start, score: 0.7, recognizer: recognizerName }));
    }
  }
  return findings;
});

/** The labels of `labelThenName`, by the word each opens with. */
const labelWords = characterPairWords('입금자', '송금인', '보내는');
/** The quotes that close a name in `labelThenName` and `quotedNameBeforeDisplay`. */
const closingQuotes = wordsBesideBlanks({ marks: `'"’”` });

/** Whether the text may hold such a name: a depositor's or a sender's word, or a closing quote before 으로 or 로. */
export function mayHoldNameAsTransferShowsIt(text: string): boolean {
  return (
    (mayHoldAnyWord(text, labelWords) && (text.includes('입금자') || text.includes('송금인') || text.includes('보내는'))) ||
    (holdsWordBesideBlank(text, closingQuotes) && /['"’”]으?로/.test(text))
  );
}
