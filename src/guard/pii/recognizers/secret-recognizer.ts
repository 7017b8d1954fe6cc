// Finds API keys, access tokens and private keys by the shapes their issuers publish (the prefixes secret scanners such as
// gitleaks look for) and after a key's label ("AWS_SECRET_ACCESS_KEY=…"): a developer pasting code, a config or a log into a
// prototype must not send them to a remote model.
import type { PiiFinding, PiiRecognizer } from '../types.ts';
import { textFeatures, textTrigger } from '../text-features.ts';
import { createFinding } from './create-finding.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { isAsciiAlphanumeric } from './digit-boundaries.ts';
import { awsSecretAfterKeyId, isAwsKeyId } from './aws-secret-keys.ts';

const name = 'secret';
// The published shapes, then (captured) a key's label as .env files, configs and chats write it: SECRET (KEY), TOKEN, API
// KEY, ACCESS KEY, PRIVATE KEY, the KEY of a longer name ("AWS_SECRET_ACCESS_KEY", "client_secret" from its last word), 토큰,
// 시크릿 (키), 인증키 (a Korean open-data portal's API key). One pass for both: a long text costs one scan, whatever the alternatives.
const keyWord = String.raw`(?:[Kk]ey|KEY)`;
const secretPattern = new RegExp(
  [
    ...[
      String.raw`(?:AKIA|ASIA)[0-9A-Z]{16}`, // AWS access key id
      String.raw`gh[pousr]_[A-Za-z0-9]{36,255}`, // GitHub tokens
      String.raw`github_pat_[A-Za-z0-9_]{22,255}`,
      String.raw`sk-(?:ant-|proj-)?[A-Za-z0-9_-]{20,}`, // OpenAI and Anthropic keys
      String.raw`(?:sk|rk)_(?:live|test)_[0-9A-Za-z]{16,}`, // Stripe
      // Other services' keys in Stripe's style, a product's prefix before its kind perhaps ("pf_sk_live_…").
      String.raw`[a-z]{2,8}(?:_[a-z]{2,4})?_(?:live|test|prod)_(?=[A-Za-z]*\d)[0-9A-Za-z]{20,}`,
      String.raw`xox[abprs]-[A-Za-z0-9-]{10,}`, // Slack
      String.raw`AIza[0-9A-Za-z_-]{35}`, // Google API key
      String.raw`eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}`, // a JSON web token
      String.raw`SG\.[A-Za-z0-9_-]{16,32}\.[A-Za-z0-9_-]{32,64}`, // SendGrid
      String.raw`whsec_[A-Za-z0-9+/=]{24,}`, // Stripe's webhook signing secrets
      String.raw`npm_[A-Za-z0-9]{36}`, // npm access tokens
      String.raw`glpat-[A-Za-z0-9_-]{20}`, // GitLab personal access tokens
      // A bcrypt salt, the client secret some shops' commerce APIs issue in its shape ("$2a$04$" and 22 characters); a whole
      // hash (31 more) is a stored password's digest, which a database dump shows of every user and no one can log in with.
      String.raw`\$2[aby]?\$\d\d\$[./A-Za-z0-9]{22}(?![./])`,
      // A Telegram bot's token: the bot's number, a colon and its key ("7412839056:AAGq…"); whoever holds it runs the bot.
      String.raw`\d{8,10}:AA[A-Za-z0-9_-]{33}`,
      // A Discord bot's token: the bot's id in base64 (it starts M, N or O), a dot, six characters of time, a dot and its
      // HMAC; whoever holds it runs the bot.
      String.raw`[MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,40}`,
      // A Twitch stream key ("live_" and the channel's number, then its key): whoever holds it broadcasts as the channel.
      String.raw`live_\d{6,12}_[A-Za-z0-9]{20,40}`,
      // Slack's and Discord's webhook addresses: whoever holds one posts as the app.
      String.raw`https://hooks\.slack\.com/services/T[A-Z0-9]{6,12}/B[A-Z0-9]{6,12}/[A-Za-z0-9]{20,32}`,
      String.raw`https://(?:discord|discordapp)\.com/api/webhooks/\d{15,20}/[A-Za-z0-9_-]{50,80}`,
      String.raw`-----BEGIN (?:[A-Z]+ )*PRIVATE KEY-----[\s\S]*?-----END (?:[A-Z]+ )*PRIVATE KEY-----`,
    ].map((source) => `${source}(?![A-Za-z0-9_-])`),
    [
      String.raw`((?:[Ss]ecret|SECRET)(?:[ _-]?(?:(?:[Aa]ccess|ACCESS)[ _-]?)?${keyWord})?`,
      String.raw`[Tt]oken|TOKEN`,
      // A streaming platform's stream key, which broadcasts as the channel ("Stream key: k7q2-9ruw-…").
      String.raw`(?:[Aa]pi|API|[Aa]ccess|ACCESS|[Pp]rivate|PRIVATE|[Ss]tream|STREAM)[ _-]?${keyWord}`,
      // A key in a URL's query ("…/weather?q=Busan&appid=3b7e…"), a Korean open-data portal's among them
      // ("…/getRestDeInfo?serviceKey=Qm7v…%3D%3D&pageNo=1").
      String.raw`app_?id|APPID|[Ss]ervice_?[Kk]ey|SERVICE_?KEY`,
      String.raw`[_-]${keyWord})(?![A-Za-z0-9])`,
      String.raw`(토큰|시크릿(?:[ \t]*키)?|인증키|Bearer(?=[ \t])|Basic(?=[ \t]+[A-Za-z0-9+/]{16,}))`,
    ].join('|'),
  ].join('|'),
  'g',
);
/** Between a label and its key: a colon or an equals sign, a Korean particle or "is", or a blank after "Bearer" or "Basic". */
const secretSeparator = /["']?[ \t]*(?:[:=]|(?:은|는|이|가|is|was)(?=[ \t]))[ \t]*["']?|(?<=Bearer|Basic)[ \t]+/y;
/**
 * What a key is typed as: letters, digits and the marks of base64 and of tokens, sixteen characters at least; in a URL's
 * query its marks are escaped ("…%3D%3D").
 */
const secretValue = /(?:[A-Za-z0-9/+_.=-]|%[0-9A-Fa-f]{2}){16,512}/y;

const noFindings: PiiFinding[] = [];

/**
 * The keys and tokens in `text`, by their published shapes and after a key's label ("AWS_SECRET_ACCESS_KEY=…", "client
 * secret: …", "토큰: …"); remembered for the last text.
 *
 * @example
 * findSecrets('aws_access_key_id = AKIAIOSFODNN7EXAMPLE').map((finding) => finding.text); // ['AKIAIOSFODNN7EXAMPLE']
 */
export const findSecrets = rememberLastText((text: string): PiiFinding[] => {
  let findings = noFindings;
  let labelled = noFindings;
  secretPattern.lastIndex = 0;
  for (let match = secretPattern.exec(text); match !== null; match = secretPattern.exec(text)) {
    const label = match[1] ?? match[2];
    if (label !== undefined) {
      // The scan goes on from the label's end, so a value of a published shape after it is read as that shape.
      const value = keyAfterLabel(text, { start: match.index, label });
      if (value !== undefined) (labelled === noFindings ? (labelled = []) : labelled).push(value);
      continue;
    }
    // A key starts a token: checked in code, since a look-behind before each alternative is tried at every position.
    if (isTokenCharacter(text.charCodeAt(match.index - 1))) continue;
    (findings === noFindings ? (findings = []) : findings).push(
      createFinding({ type: 'SECRET', text: match[0], start: match.index, score: 0.95, recognizer: name }),
    );
    const pairedSecret = isAwsKeyId(match[0]) ? awsSecretAfterKeyId(text, match.index + match[0].length) : undefined;
    if (pairedSecret !== undefined) {
      findings.push(pairedSecret);
      secretPattern.lastIndex = pairedSecret.end;
    }
  }
  if (labelled === noFindings) return findings;
  for (const value of labelled)
    if (!findings.some((finding) => finding.start < value.end && value.start < finding.end))
      (findings === noFindings ? (findings = []) : findings).push(value);
  return findings.length > 1 ? findings.sort((left, right) => left.start - right.start) : findings;
});

const idempotencyBefore = /[Ii]dempotency[-_]?$/;

/** The key after a label that starts at `start`, when the value has a key's mix of characters. */
function keyAfterLabel(text: string, at: { start: number; label: string }): PiiFinding | undefined {
  // A label starts a word or a name's last part ("mytoken" is none; "_KEY" carries its own underscore).
  const first = at.label.charCodeAt(0);
  if (first !== 0x5f && first !== 0x2d && isAsciiAlphanumeric(text.charCodeAt(at.start - 1))) return undefined;
  // An idempotency key or token names a request, so that a retry is not paid twice: no secret ("Idempotency-Key: 5d1b…").
  if (idempotencyBefore.test(text.slice(Math.max(0, at.start - 13), at.start))) return undefined;
  secretSeparator.lastIndex = at.start + at.label.length;
  if (!secretSeparator.test(text)) return undefined;
  secretValue.lastIndex = secretSeparator.lastIndex;
  const value = secretValue.exec(text);
  // A full stop after the key ends the sentence ("Stream key: k7q2-9ruw-mx4d-0tfa-3bse. Backup login …"), not the key.
  const key = value?.[0].replace(/\.+$/, '');
  if (value === null || key === undefined || key.length < 16 || !looksLikeKey(key)) return undefined;
  return createFinding({ type: 'SECRET', text: key, start: value.index, score: 0.9, recognizer: name });
}

/**
 * A key mixes digits with letters, or upper with lower case, and is no placeholder ("your-api-key-here", "xxxxxxxx…",
 * "<token>") nor a word or a path ("authentication_required").
 */
function looksLikeKey(value: string): boolean {
  if (/x{6}|your|here|example[_-]|placeholder|changeme|redacted/i.test(value)) return false;
  const digits = /\d/.test(value);
  const lower = /[a-z]/.test(value);
  const upper = /[A-Z]/.test(value);
  return (digits && (lower || upper)) || (lower && upper && value.length >= 24);
}

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
