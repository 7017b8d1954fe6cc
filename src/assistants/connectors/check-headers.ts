// Header values must be Latin-1 (fetch refuses others); a bad configured header is found at creation, not mid-call.
import { GenstackError } from '../../core/index.ts';

/**
 * Throws GenstackError('config_invalid') naming the header that fetch would refuse.
 * @example
 * checkHeaders({ headers: { authorization: 'Bearer abc' }, source: "http tool 'orders'" });
 */
export function checkHeaders(options: { headers: Record<string, string>; source: string }): void {
  for (const [name, value] of Object.entries(options.headers)) {
    try {
      new Headers({ [name]: value });
    } catch (error) {
      throw new GenstackError({
        code: 'config_invalid',
        message: `${options.source}: header '${name}' is not a valid HTTP header (names are tokens, values Latin-1 only)`,
        param: name,
        cause: error,
      });
    }
  }
}
