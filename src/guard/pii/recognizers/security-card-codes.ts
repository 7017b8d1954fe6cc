// A Korean bank's security card (보안카드) codes, as a victim of a phone scam repeats what they read out ("보안카드 17번 3041
// 22번 8876", "보안카드 번호 05번: 38, 31번: 62"): each of the card's numbered codes authorises a transfer as a password does.
import type { PiiFinding } from '../types.ts';
import { overlapsAny } from '../resolve-overlaps.ts';
import { characterPairWords, mayHoldAnyWord } from '../character-pairs.ts';
import { createFinding } from './create-finding.ts';

const recognizer = 'credential';
const cardWords = characterPairWords('보안카드');
const cardName = /보안[ \t]?카드/g;
/** How far after the card's name, on its line, its first numbered code may stand ("보안카드 번호도 물어봐서 … 17번 3041"). */
const firstCodeReach = 40;
/**
 * One of the card's numbered codes: the slot's number (one or two digits and 번), a particle or a colon perhaps, then the
 * code's two to four digits; not a part of a longer number.
 */
const numberedCode = /(?<![\d-])\d{1,2}[ \t]?번(?:[ \t]*(?:은|는|:|：|=|->|→))?[ \t]*(\d{2,4})(?![\d-])/y;
/** Between the codes of one read-out: blanks, a comma, a slash or 그리고. */
const codesJoin = /[ \t]*(?:[,/][ \t]*|그리고[ \t]+)?/y;

/**
 * The security card codes of `text` read out after the card's name, each 0.8; spans in `taken` are skipped.
 *
 * @example
 * findSecurityCardCodes('보안카드 17번 3041 22번 8876', []).map((code) => code.text); // ['3041', '8876']
 * findSecurityCardCodes('보안카드 재발급은 3번 창구에서', []); // []
 */
export function findSecurityCardCodes(text: string, taken: readonly PiiFinding[]): PiiFinding[] {
  if (!mayHoldAnyWord(text, cardWords)) return [];
  let codes: PiiFinding[] | undefined;
  cardName.lastIndex = 0;
  for (let name = cardName.exec(text); name !== null; name = cardName.exec(text)) {
    let at = firstCodeAt(text, name.index + name[0].length);
    while (at !== -1) {
      numberedCode.lastIndex = at;
      const code = numberedCode.exec(text);
      if (code === null) break;
      const finding = createFinding({
        type: 'PASSWORD',
        text: code[1]!,
        start: numberedCode.lastIndex - code[1]!.length,
        score: 0.8,
        recognizer,
      });
      if (!overlapsAny(taken, finding)) (codes ??= []).push(finding);
      codesJoin.lastIndex = numberedCode.lastIndex;
      codesJoin.exec(text);
      at = codesJoin.lastIndex;
    }
    cardName.lastIndex = Math.max(cardName.lastIndex, at);
  }
  return codes ?? [];
}

/** Where the first numbered code after the card's name starts on its line, within reach; -1 where none does. */
function firstCodeAt(text: string, nameEnd: number): number {
  const lineEnd = text.indexOf('\n', nameEnd);
  const reach = text.slice(nameEnd, Math.min(lineEnd === -1 ? text.length : lineEnd, nameEnd + firstCodeReach));
  const slot = /(?<![\d-])\d{1,2}[ \t]?번(?![호지])/.exec(reach);
  return slot === null ? -1 : nameEnd + slot.index;
}
