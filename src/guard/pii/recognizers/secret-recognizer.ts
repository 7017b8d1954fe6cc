// Finds API keys, access tokens and private keys by the shapes their issuers publish (the prefixes secret scanners such as
// gitleaks look for): a developer pasting code or a log into a prototype must not send them to a remote model.
import type { PiiFinding, PiiRecognizer } from '../types.ts';
import { textFeatures, textTrigger } from '../text-features.ts';
import { createFinding } from './create-finding.ts';
import { rememberLastText } from '../last-text-memo.ts';

const name = 'secret';
const secretPattern = new RegExp(
  [
    String.raw`(?:AKIA|ASIA)[0-9A-Z]{16}`, // AWS access key id
    String.raw`gh[pousr]_[A-Za-z0-9]{36,255}`, // GitHub tokens
    String.raw`github_pat_[A-Za-z0-9_]{22,255}`,
    String.raw`sk-(?:ant-|proj-)?[A-Za-z0-9_-]{20,}`, // OpenAI and Anthropic keys
    String.raw`(?:sk|rk)_(?:live|test)_[0-9A-Za-z]{16,}`, // Stripe
    String.raw`xox[abprs]-[A-Za-z0-9-]{10,}`, // Slack
    String.raw`AIza[0-9A-Za-z_-]{35}`, // Google API key
    String.raw`eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}`, // a JSON web token
    String.raw`-----BEGIN (?:[A-Z]+ )*PRIVATE KEY-----[\s\S]*?-----END (?:[A-Z]+ )*PRIVATE KEY-----`,
  ]
    .map((source) => `${source}(?![A-Za-z0-9_-])`)
    .join('|'),
  'g',
);

const noFindings: PiiFinding[] = [];

/**
 * The keys and tokens in `text`; remembered for the last text.
 *
 * @example
 * findSecrets('aws_access_key_id = AKIAIOSFODNN7EXAMPLE').map((finding) => finding.text); // ['AKIAIOSFODNN7EXAMPLE']
 */
export const findSecrets = rememberLastText((text: string): PiiFinding[] => {
  let findings = noFindings;
  secretPattern.lastIndex = 0;
  for (let match = secretPattern.exec(text); match !== null; match = secretPattern.exec(text)) {
    // A key starts a token: checked in code, since a look-behind before each alternative is tried at every position.
    if (isTokenCharacter(text.charCodeAt(match.index - 1))) continue;
    (findings === noFindings ? (findings = []) : findings).push(
      createFinding({ type: 'SECRET', text: match[0], start: match.index, score: 0.95, recognizer: name }),
    );
  }
  return findings;
});

/**
 * Whether `triggers` hold a key's prefix pair and `text` a key.
 *
 * @example
 * holdsSecret('token ghp_' + 'a'.repeat(36), textFeatures('token ghp_' + 'a'.repeat(36)).triggers); // true
 */
export function holdsSecret(text: string, triggers: number): boolean {
  return (triggers & textTrigger.secretShape) !== 0 && findSecrets(text).length > 0;
}

/**
 * @example
 * secretRecognizer.find('OPENAI_API_KEY=sk-proj-abcdefghijklmnopqrstuvwx', {})[0]?.type; // 'SECRET'
 */
export const secretRecognizer: PiiRecognizer = {
  name,
  types: ['SECRET'],
  mightMatch: (text) => holdsSecret(text, textFeatures(text).triggers),
  find: (text) => findSecrets(text),
};

/** [A-Za-z0-9_-]: a character of a key or of the token around it. */
function isTokenCharacter(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f || code === 0x2d
  );
}
