// The CART synthesizer object the pipeline registers, with a factory for tuned variants (benchmarks, tests).
import type { TabularSynthesizer } from '../types.ts';
import type { CartParams } from './cart-params.ts';
import { defaultCartOptions, type CartOptions } from './cart-options.ts';
import { fitCart } from './fit-cart.ts';
import { sampleCart } from './sample-cart.ts';

/**
 * A CART synthesizer with some options changed from the measured defaults.
 * @example
 * const coarse = createCartSynthesizer({ minLeafSize: () => 50 });
 * const params = coarse.fit(encoded, { seed: 1 });
 */
export function createCartSynthesizer(options: Partial<CartOptions> = {}): TabularSynthesizer<CartParams> {
  const resolved: CartOptions = { ...defaultCartOptions, ...options };
  return {
    name: 'cart',
    supportsConditions: false,
    fit: (table, context) => fitCart(table, context, resolved),
    sample: (params, context) => sampleCart(params, context),
  };
}

/**
 * Autoregressive CART synthesis (as R synthpop's "cart"): each column from a tree over the columns generated before it.
 * @example
 * const params = cartSynthesizer.fit(encoded, { seed: 1 });
 * const rows = cartSynthesizer.sample(params, { rows: 500, random: seededRandom(2) });
 */
export const cartSynthesizer: TabularSynthesizer<CartParams> = createCartSynthesizer();
