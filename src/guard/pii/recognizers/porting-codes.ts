// A UK mobile number's porting or cancellation code after its name ("Your PAC is FRT 559 021", "PAC (from your old
// network): PRC 448 219", "받은 PAC: VDF384921", "STAC 482117ABC"): whoever holds it can move the number to another
// network and take its calls and texts, as a password opens an account.
import type { PiiFinding } from '../types.ts';
import { overlapsAny } from '../resolve-overlaps.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { createFinding } from './create-finding.ts';

const recognizer = 'credential';
/** The codes' names: a Porting Authorisation Code and a Service Termination Authorisation Code, in capitals. */
const portingCodeName = /(?<![\w-])(?:PAC|STAC)(?:[ \t]+code)?(?![\w-])/g;
/**
 * The code a few words after its name on its line, no digit between: a PAC's three capitals and six digits, the digits
 * perhaps in two groups of three ("FRT 559 021"), or a STAC's six digits and three capitals.
 */
const codeAfterName = /[^\n\d]{0,40}?(?<![\w-])([A-Z]{3}[ \t]?\d{3}[ \t]?\d{3}|\d{6}[ \t]?[A-Z]{3})(?![\w-])/y;

/**
 * The porting codes of `text` after their names, each 0.85; spans in `taken` are skipped.
 *
 * @example
 * findPortingCodes('Your PAC is FRT 559 021, valid for 30 days.', []).map((code) => code.text); // ['FRT 559 021']
 * findPortingCodes('PAC requested by text to 65075', []); // []
 */
export function findPortingCodes(text: string, taken: readonly PiiFinding[]): PiiFinding[] {
  const codes = portingCodesIn(text);
  return taken.length === 0 ? codes : codes.filter((code) => !overlapsAny(taken, code));
}

const portingCodesIn = rememberLastText((text: string): PiiFinding[] => {
  if (!text.includes('PAC') && !text.includes('STAC')) return [];
  let codes: PiiFinding[] | undefined;
  portingCodeName.lastIndex = 0;
  for (let name = portingCodeName.exec(text); name !== null; name = portingCodeName.exec(text)) {
    codeAfterName.lastIndex = name.index + name[0].length;
    const code = codeAfterName.exec(text);
    if (code === null) continue;
    const start = codeAfterName.lastIndex - code[1]!.length;
    (codes ??= []).push(createFinding({ type: 'PASSWORD', text: code[1]!, start, score: 0.85, recognizer }));
  }
  return codes ?? [];
});
