// How single CSV cells are read: which spellings mean "missing", what counts as a number, which token pairs are booleans.

/**
 * Spellings read as a missing value. 'None' is deliberately absent: it is a real category in many tables
 * (birdstrikes' "Effect Amount of damage" = None).
 */
const missingTokens = new Set(['', 'NA', 'N/A', 'n/a', 'null', 'NULL', 'NaN', '#N/A']);

/**
 * True when a cell holds no value (empty, blank or a missing spelling such as 'NA').
 * @example
 * isMissingToken('N/A'); // true
 * isMissingToken('None'); // false
 */
export function isMissingToken(value: string): boolean {
  if (missingTokens.has(value)) return true;
  const trimmed = value.trim();
  return trimmed === '' || (trimmed !== value && missingTokens.has(trimmed));
}

// Optional sign, digits with or without 1,234 grouping, optional fraction, optional exponent.
const numberPattern = /^[+-]?(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d*))?|\.(\d+))(?:[eE][+-]?\d+)?$/;

/**
 * Reads a number written as a plain decimal, with thousands separators or an exponent; null when it is not one.
 * @example
 * parseNumberToken('-1,234.50'); // -1234.5
 * parseNumberToken('12a'); // null
 */
export function parseNumberToken(value: string): number | null {
  const trimmed = value.trim();
  if (!numberPattern.test(trimmed)) return null;
  const parsed = Number(trimmed.includes(',') ? trimmed.replace(/,/g, '') : trimmed);
  return Number.isFinite(parsed) ? parsed : null;
}

/**
 * Decimal places written in a number token ('1.50' → 2, '1e3' → 0); the token must already be a number.
 * @example
 * decimalPlaces('3.140'); // 3
 */
export function decimalPlaces(value: string): number {
  const match = numberPattern.exec(value.trim());
  if (!match) return 0;
  return (match[1] ?? match[2] ?? '').length;
}

/** '007' or '-01': a zero-padded code (zip, account), which would lose its zeros as a number. */
export function hasLeadingZero(value: string): boolean {
  return /^[+-]?0\d/.test(value.trim());
}

/** Known boolean spellings as [true, false]. 0/1 is not here: such columns stay numeric unless forced. */
export const booleanPairs: readonly (readonly [string, string])[] = [
  ['true', 'false'],
  ['True', 'False'],
  ['TRUE', 'FALSE'],
  ['yes', 'no'],
  ['Yes', 'No'],
  ['YES', 'NO'],
  ['Y', 'N'],
  ['y', 'n'],
  ['T', 'F'],
  ['예', '아니오'],
  ['네', '아니요'],
  ['여', '부'],
  ['O', 'X'],
];

/** Pairs also accepted when a caller forces a column to boolean. */
const forcedBooleanPairs: readonly (readonly [string, string])[] = [...booleanPairs, ['1', '0'], ['1.0', '0.0']];

/**
 * The [trueToken, falseToken] pair the distinct tokens of a column come from, or null.
 * With one distinct token (a forced boolean column that is all 'yes') the pair holding it is returned.
 * @example
 * booleanPairOf(['아니오', '예']); // ['예', '아니오']
 */
export function booleanPairOf(tokens: readonly string[], options: { forced?: boolean } = {}): [string, string] | null {
  const pairs = options.forced ? forcedBooleanPairs : booleanPairs;
  if (tokens.length === 0 || tokens.length > 2) return null;
  if (!options.forced && tokens.length !== 2) return null;
  for (const [trueToken, falseToken] of pairs) {
    if (tokens.every((token) => token === trueToken || token === falseToken)) return [trueToken, falseToken];
  }
  return null;
}
