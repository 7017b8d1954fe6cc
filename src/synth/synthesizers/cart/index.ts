// Public surface of the CART synthesizer.
export { cartSynthesizer, createCartSynthesizer } from './cart-synthesizer.ts';
export { defaultCartOptions, type CartOptions, type ColumnOrderStrategy } from './cart-options.ts';
export type { CartColumnSchema, CartParams, CartTreeParams } from './cart-params.ts';
