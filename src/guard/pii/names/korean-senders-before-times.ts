// Finds the people of a workplace chat pasted as a messenger prints it, each message opening with its sender's full name and
// the time, then the words on the same line ("안도현 10:02  SAP RFC 호출 타임아웃 계속 나요", "권피터 10:05  방화벽 …"): a
// schedule's lines ("간담회 14:00  3층") open with a time too, so two senders or more must each open two lines or more.
import type { PiiFinding } from '../types.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { isPlausibleKoreanName } from './korean-names.ts';
import { hasCommonGivenName } from './korean-given-name-syllables.ts';
import { isCommonKoreanNoun } from './korean-common-nouns.ts';

const recognizerName = 'korean-sender-before-time';

/** A line's three or four Hangul syllables, a blank, a time, then words after a blank. */
const senderThenTime = /^([가-힣]{3,4})[ \t]+\d{1,2}:\d{2}[ \t]+(?=\S)/gm;

/**
 * The senders of such a chat, each where it opens a line, 0.7. Remembered for the last text.
 *
 * @example
 * findKoreanSendersBeforeTimes('안도현 10:02  배포 언제?\n권피터 10:05  목요일요\n안도현 10:06  ㅇㅋ\n권피터 10:07  넵')
 *   .map((finding) => finding.text); // ['안도현', '권피터', '안도현', '권피터']
 */
export const findKoreanSendersBeforeTimes = rememberLastText((text: string): readonly PiiFinding[] => {
  const lines = new Map<string, number[]>();
  senderThenTime.lastIndex = 0;
  for (let match = senderThenTime.exec(text); match !== null; match = senderThenTime.exec(text)) {
    const name = match[1]!;
    const starts = lines.get(name) ?? [];
    starts.push(match.index);
    lines.set(name, starts);
  }
  if (lines.size < 2) return [];
  const senders = [...lines].filter(([name, starts]) => starts.length >= 2 && isPlausibleKoreanName(name) && !isCommonKoreanNoun(name));
  // A given name of rarer syllables speaks where another sender's name is a common one ("권피터" beside "안도현").
  if (senders.length < 2 || !senders.some(([name]) => hasCommonGivenName(name))) return [];
  return senders.flatMap(([name, starts]) =>
    starts.map((start) => ({ type: 'PERSON', start, end: start + name.length, text: name, score: 0.7, recognizer: recognizerName })),
  );
});
