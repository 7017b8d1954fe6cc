// Checks the differential-privacy budget a caller passed before any data is touched.
import { GenstackError } from '../../../core/errors.ts';

/**
 * Returns ε when privacy is asked for, null when it is not; throws for a budget that is not a positive finite number.
 * @example
 * validateEpsilon(1); // 1
 * validateEpsilon(undefined); // null
 */
export function validateEpsilon(epsilon: number | undefined): number | null {
  if (epsilon === undefined) return null;
  if (typeof epsilon !== 'number' || !Number.isFinite(epsilon) || epsilon <= 0)
    throw new GenstackError({
      code: 'invalid_request',
      message: `epsilon must be a positive finite number (e.g. 1 or 0.1); got ${String(epsilon)}. Leave it out for no differential privacy.`,
      param: 'epsilon',
    });
  return epsilon;
}
