// A chat console's speaker label that shows the customer by their login: "고객(dldmsgk_0407): 카드 바꾸려는데요",
// "Customer (mira.j92): hi". The role word says who speaks; the login in its brackets is that customer's account.
import { overlapsAny } from './resolve-overlaps.ts';
import type { PiiFinding } from './types.ts';

const recognizerName = 'login-in-speaker-label';
/**
 * A line's opening: a customer's or a member's role word, then a login in brackets and the speaker's colon. The login holds
 * a digit, a dot or an underscore, as a name in brackets ("고객(김민수):", "Customer (Mira):") does not.
 */
const speakerWithLogin =
  /^[ \t]*(?:고객|회원|구매자|이용자|사용자|[Cc]ustomer|[Mm]ember|[Uu]ser|[Cc]lient|[Bb]uyer)[ \t]?\((?=[A-Za-z0-9._-]*[\d._])([A-Za-z][A-Za-z0-9._-]{2,29})\)[ \t]*[:：]/gm;

/**
 * Adds to `candidates` the logins in the speaker labels of `text` that no candidate covers, 0.8.
 *
 * @example
 * const candidates: PiiFinding[] = [];
 * addLoginsInSpeakerLabels('고객(dldmsgk_0407): 카드 바꾸려구요', candidates);
 * candidates[0]?.text; // 'dldmsgk_0407'
 */
export function addLoginsInSpeakerLabels(text: string, candidates: PiiFinding[]): void {
  // Every such label holds a bracket before a colon; most texts hold no "(" and skip the search.
  if (!text.includes('(')) return;
  const found: PiiFinding[] = [];
  speakerWithLogin.lastIndex = 0;
  for (let match = speakerWithLogin.exec(text); match !== null; match = speakerWithLogin.exec(text)) {
    const login = match[1]!;
    const start = match.index + match[0].indexOf('(') + 1;
    const finding = { type: 'USERNAME' as const, start, end: start + login.length, text: login, score: 0.8, recognizer: recognizerName };
    if (!overlapsAny(candidates, finding)) found.push(finding);
  }
  for (const finding of found) candidates.push(finding);
}
