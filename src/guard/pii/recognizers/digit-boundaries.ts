// Regex fragments that keep a digit pattern from starting or ending inside a longer number, code or word.

/**
 * Not after a letter or digit, not after `X-` (a product or order code such as `SKU-…`) and not after `1.` or `1,`
 * (the tail of a decimal or a grouped price).
 */
export const digitStart = String.raw`(?<![0-9A-Za-z]|[0-9A-Za-z]-|\d[.,])`;

/** Not before a letter or digit, and not before `-1` or `.1` (the number goes on). */
export const digitEnd = String.raw`(?![0-9A-Za-z]|[-.]\d)`;
