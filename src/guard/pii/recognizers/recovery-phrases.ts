// A crypto wallet's recovery phrase (BIP-39 seed words) pasted whole: twelve to twenty-four short lower-case words in a
// row ("velvet orbit canyon lunar …"), which give whoever reads them the wallet. Only where a wallet, a seed or a phrase is
// spoken of: a run of plain words elsewhere is a sentence.
import { rememberLastText } from '../last-text-memo.ts';
import type { PiiFinding, PiiRecognizer } from '../types.ts';
import { createFinding } from './create-finding.ts';

const name = 'recovery-phrase';

/** Words that speak of a wallet's recovery words, in English and Korean. */
const walletWords = /seed|recovery|mnemonic|phrase|wallet|words|restore|Ledger|Trezor|MetaMask|Phantom|지갑|시드|니모닉|복구|구문|단어/;

/**
 * Whether `text` speaks of a wallet's words; remembered for the last text, as `mightMatch` and `find` both ask.
 *
 * @example
 * mentionsRecoveryWords('my seed words are below'); // true
 */
const mentionsRecoveryWords = rememberLastText((text: string): boolean => walletWords.test(text));

/**
 * Twelve words or more of three to eight lower-case letters, one blank between each, not inside a longer run of words or
 * a file's path. A run is counted whole and then checked against the phrase lengths the standard allows.
 */
const wordRun = /(?<![A-Za-z'’_./-][ \t]?)(?:[a-z]{3,8} ){11,23}[a-z]{3,8}(?![A-Za-z'’_/-]| [A-Za-z])/g;

/** The phrase lengths BIP-39 allows: 128 to 256 bits of entropy. */
const phraseLengths: ReadonlySet<number> = new Set([12, 15, 18, 21, 24]);

/**
 * English words that no BIP-39 list holds and that any sentence of a dozen words holds: a run with one is prose.
 */
const proseWords: ReadonlySet<string> = new Set([
  ...['the', 'and', 'for', 'are', 'but', 'not', 'you', 'was', 'were', 'with', 'that', 'this', 'have', 'has', 'had'],
  ...['from', 'they', 'them', 'their', 'there', 'what', 'when', 'where', 'which', 'who', 'would', 'could', 'should'],
  ...['been', 'your', 'our', 'his', 'her', 'she', 'him', 'its', 'into', 'than', 'then', 'these', 'those', 'some', 'very'],
  ...['can', 'did', 'does', 'will', 'just', 'please', 'thanks', 'out', 'get', 'got', 'how', 'why', 'yes'],
]);

/**
 * The wallets' recovery phrases of `text` (0.85).
 *
 * @example
 * findRecoveryPhrases('seed: velvet orbit canyon lunar frost bridge pepper amber silent hollow mimic raven')[0]?.type; // 'SECRET'
 * findRecoveryPhrases('seed: we should move the coins now before the price drops again later this week').length; // 0
 */
export function findRecoveryPhrases(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  wordRun.lastIndex = 0;
  for (let run = wordRun.exec(text); run !== null; run = wordRun.exec(text)) {
    const words = run[0].split(' ');
    if (!phraseLengths.has(words.length) || words.some((word) => proseWords.has(word))) continue;
    // Twelve words with a repeat are a list or a chant; a phrase's words are all distinct as often as not, a sentence's not.
    if (new Set(words).size < words.length - 1) continue;
    findings.push(createFinding({ type: 'SECRET', text: run[0], start: run.index, score: 0.85, recognizer: name }));
  }
  return findings;
}

export const recoveryPhraseRecognizer: PiiRecognizer = {
  name,
  types: ['SECRET'],
  mightMatch: mentionsRecoveryWords,
  find: findRecoveryPhrases,
};
