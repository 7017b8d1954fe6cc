// How far around a value the built-in recognisers read, so a stream that holds back this much scans every value whole.

/**
 * Characters of a streamed reply held back without custom types: longer than any built-in value with the context words
 * before it, a number spelled out in words included.
 */
export const builtInScanReach = 128;
