// Finds email addresses by jumping from '@' to '@' instead of running a backtracking regex over the whole text.
import type { PiiFinding, PiiRecognizer } from '../types.ts';
import { hasFeatures, textFeature, textFeatures } from '../text-features.ts';
import { createFinding } from './create-finding.ts';

const name = 'email';
const maxLocalLength = 64;
const domainPattern =
  /[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.[A-Za-z]{2,24}(?![A-Za-z0-9-])/y;

/**
 * @example
 * emailRecognizer.find('메일은 minsu.kim@example.co.kr 입니다', {})[0]?.text; // 'minsu.kim@example.co.kr'
 */
export const emailRecognizer: PiiRecognizer = {
  name,
  types: ['EMAIL'],
  mightMatch: (text) => hasFeatures(textFeatures(text), textFeature.atSign),
  find(text) {
    const findings: PiiFinding[] = [];
    let at = text.indexOf('@');
    while (at !== -1) {
      let start = at;
      while (start > 0 && at - start < maxLocalLength && isLocalCharacter(text.charCodeAt(start - 1))) start -= 1;
      // A local part never starts with a dot (the dot ended the previous sentence).
      while (text[start] === '.') start += 1;
      domainPattern.lastIndex = at + 1;
      const domain = domainPattern.exec(text);
      if (start < at && domain !== null) {
        const end = at + 1 + domain[0].length;
        findings.push(createFinding({ type: 'EMAIL', text: text.slice(start, end), start, score: 0.95, recognizer: name }));
        at = text.indexOf('@', end);
      } else {
        at = text.indexOf('@', at + 1);
      }
    }
    return findings;
  },
};

/** [A-Za-z0-9._%+-], a character of an address's local part; a code test, since a regex per character cost more. */
function isLocalCharacter(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x30 && code <= 0x39) ||
    code === 0x2e ||
    code === 0x5f ||
    code === 0x25 ||
    code === 0x2b ||
    code === 0x2d
  );
}
