// Names the card network a number belongs to from its prefix and length (IIN ranges).

export type CardIssuer =
  | 'visa'
  | 'mastercard'
  | 'amex'
  | 'jcb'
  | 'discover'
  | 'unionpay'
  | 'diners'
  | 'korean-domestic'
  | 'maestro'
  | 'mir'
  | 'rupay'
  | 'verve'
  | 'elo'
  | 'hipercard'
  | 'uzcard'
  | 'humo';

const issuerRules: ReadonlyArray<{ issuer: CardIssuer; prefix: RegExp; lengths: readonly number[] }> = [
  { issuer: 'visa', prefix: /^4/, lengths: [13, 16, 19] },
  { issuer: 'mastercard', prefix: /^(?:5[1-5]|222[1-9]|22[3-9]\d|2[3-6]\d\d|27[01]\d|2720)/, lengths: [16] },
  { issuer: 'amex', prefix: /^3[47]/, lengths: [15] },
  { issuer: 'jcb', prefix: /^35(?:2[89]|[3-8]\d)/, lengths: [16, 17, 18, 19] },
  { issuer: 'discover', prefix: /^(?:6011|65|64[4-9])/, lengths: [16, 17, 18, 19] },
  { issuer: 'unionpay', prefix: /^62/, lengths: [16, 17, 18, 19] },
  { issuer: 'diners', prefix: /^(?:30[0-5]|36|3[89])/, lengths: [14, 16] },
  // BC and other Korean domestic-only cards; a 9 prefix is also common in codes, so callers ask for context.
  { issuer: 'korean-domestic', prefix: /^9/, lengths: [16] },
  // Domestic and debit networks (Maestro, Russia's Mir, India's RuPay, Nigeria's Verve, Brazil's Elo and Hipercard, and
  // below Uzbekistan's Uzcard and Humo): their
  // ranges are wide enough to take in order and account numbers, so callers ask for a card word too.
  { issuer: 'maestro', prefix: /^(?:5018|5020|5038|5893|6304|6759|676[1-3]|6390)/, lengths: [12, 13, 14, 15, 16, 17, 18, 19] },
  { issuer: 'mir', prefix: /^220[0-4]/, lengths: [16, 17, 18, 19] },
  { issuer: 'rupay', prefix: /^(?:60|508|8[12])/, lengths: [16] },
  { issuer: 'verve', prefix: /^(?:506[01]|507[89]|6500)/, lengths: [16, 18, 19] },
  { issuer: 'elo', prefix: /^(?:4011|4312|4389|4514|4576|504[15]|506[67]|509|6277|636[23]|650|6516|6550)/, lengths: [16] },
  { issuer: 'hipercard', prefix: /^(?:606282|3841)/, lengths: [16, 19] },
  // Uzbekistan's Uzcard and Humo, the cards a remittance to Central Asia is paid to.
  { issuer: 'uzcard', prefix: /^8600/, lengths: [16] },
  { issuer: 'humo', prefix: /^9860/, lengths: [16] },
];

/** Networks whose numbers count only beside a card word: a 9 prefix and the domestic and debit networks above. */
export const issuersNeedingCardWord: ReadonlySet<CardIssuer> = new Set([
  'korean-domestic',
  'maestro',
  'mir',
  'rupay',
  'verve',
  'elo',
  'hipercard',
  'uzcard',
  'humo',
]);

/**
 * @example
 * cardIssuer('4111111111111111'); // 'visa'
 * cardIssuer('1234567812345678'); // undefined
 */
export function cardIssuer(digits: string): CardIssuer | undefined {
  // The length first: a cheaper test than the prefix pattern, and both must hold.
  return issuerRules.find((rule) => rule.lengths.includes(digits.length) && rule.prefix.test(digits))?.issuer;
}
