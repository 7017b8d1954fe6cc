// Finds the login and the password written into a URL ("postgres://orders_svc:Vq8!rT2mLp@db-prod-2.internal:5432/orders",
// "https://admin:hunter2@router.local"): connection strings pasted from a config or a log carry both, and the password is
// not an email's local part.
import type { PiiFinding, PiiRecognizer } from '../types.ts';
import { textFeature, textFeatures } from '../text-features.ts';
import { createFinding } from './create-finding.ts';

const name = 'url-credentials';
/** An environment variable, a template's field or a form's blank where a password goes: ${DB_PASSWORD}, $PASS, {{pw}}, <password>. */
const placeholder = /^(?:\$\{[^}]*\}|\$[A-Z_][A-Z0-9_]*|\{\{[^}]*\}\}|<[^>]*>|\*+|x+)$/i;

/** A scheme, "//", the login, a colon and the password, right before the '@' of the host; a comma ends a CSV's cell before it. */
const userinfoBeforeAt = /[A-Za-z][A-Za-z0-9+.-]{1,15}:\/\/([^\s:/@'",]{0,64})(?::([^\s/@'",]{1,128}))?$/;
/** How far before an '@' the scheme of its URL may stand. */
const userinfoReach = 220;

/**
 * The login and the password of the URL whose host starts after the '@' at `at`, or undefined when that '@' is not one.
 *
 * @example
 * urlUserinfoAt('postgres://svc:pw1@db', 18); // { user: { start: 11, end: 14 }, password: { start: 15, end: 18 } }
 */
export function urlUserinfoAt(
  text: string,
  at: number,
): { user: { start: number; end: number }; password?: { start: number; end: number } } | undefined {
  // Most '@' are an email's: no scheme's "://" stands before them, which a native search tells first.
  const windowStart = Math.max(0, at - userinfoReach);
  const window = text.slice(windowStart, at);
  const scheme = window.lastIndexOf('://');
  if (scheme === -1) return undefined;
  const match = userinfoBeforeAt.exec(window.slice(Math.max(0, scheme - 16)));
  if (match === null) return undefined;
  const [, user, password] = match;
  const userStart = at - match[0].length + match[0].lastIndexOf('//') + 2;
  const userEnd = userStart + user!.length;
  return {
    user: { start: userStart, end: userEnd },
    password: password === undefined || password === '' ? undefined : { start: userEnd + 1, end: at },
  };
}

/** The logins that Git hosts fix for a token in a URL: GitHub's, GitLab's and Bitbucket's. */
const tokenLogins: ReadonlySet<string> = new Set(['x-access-token', 'x-oauth-basic', 'oauth2', 'x-token-auth', 'gitlab-ci-token']);

/**
 * @example
 * urlCredentialsRecognizer.find('DATABASE_URL=postgres://orders_svc:Vq8!rT2mLp@db/orders', {}).map((finding) => finding.type); // ['USERNAME', 'PASSWORD']
 */
export const urlCredentialsRecognizer: PiiRecognizer = {
  name,
  types: ['USERNAME', 'PASSWORD'],
  mightMatch: (text) => (textFeatures(text).flags & textFeature.atSign) !== 0 && text.includes('://'),
  find(text) {
    const findings: PiiFinding[] = [];
    for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
      const userinfo = urlUserinfoAt(text, at);
      if (userinfo === undefined) continue;
      // A password without a login is rare; a login alone ("https://alice@git.example") is one still.
      const { user, password } = userinfo;
      // A template's placeholder for the password ("postgres://app:${DB_PASSWORD}@db") makes the URL a pattern: its login
      // is a service's name, and no secret stands in it.
      if (password !== undefined && placeholder.test(text.slice(password.start, password.end))) continue;
      // A password alone after the scheme ("redis://:hG4k…@10.20.31.52") has no login before its colon.
      // A host's fixed word for a token's login ("https://x-access-token:ghp_…@github.com", "oauth2:glpat-…") names no one.
      if (user.end > user.start && !tokenLogins.has(text.slice(user.start, user.end)))
        findings.push(
          createFinding({ type: 'USERNAME', text: text.slice(user.start, user.end), start: user.start, score: 0.85, recognizer: name }),
        );
      if (password !== undefined)
        findings.push(
          createFinding({
            type: 'PASSWORD',
            text: text.slice(password.start, password.end),
            start: password.start,
            score: 0.9,
            recognizer: name,
          }),
        );
    }
    return findings;
  },
};
