// Checks loaded CART params before sampling, so a damaged model file fails with a clear message instead of bad rows.
import { GenstackError } from '../../../core/errors.ts';
import type { CartParams } from './cart-params.ts';

/**
 * @example
 * validateCartParams(JSON.parse(saved)); // throws GenstackError 'invalid_request' when the shape is wrong
 */
export function validateCartParams(params: CartParams): void {
  const fail = (problem: string): never => {
    throw new GenstackError({ code: 'invalid_request', message: `The CART model is damaged: ${problem}.` });
  };
  if (params?.version !== 1) fail('unknown version');
  const columnCount = params.columns?.length ?? 0;
  if (!Array.isArray(params.order) || !Array.isArray(params.trees) || params.trees.length !== params.order.length)
    fail('order and trees differ in length');
  if ([...params.order].sort((a, b) => a - b).some((column, index) => column !== index) || params.order.length !== columnCount)
    fail('the visiting order is not a permutation of the columns');
  params.trees.forEach((tree, position) => {
    const nodes = tree.feature?.length ?? 0;
    if (nodes === 0 || [tree.split, tree.left, tree.right].some((array) => array?.length !== nodes))
      fail(`tree ${position} has arrays of different lengths`);
    const before = new Set(params.order.slice(0, position));
    tree.feature.forEach((feature, node) => {
      if (feature >= 0 && !before.has(feature)) fail(`tree ${position} splits on a column generated after it`);
      const children = [tree.left[node] ?? 0, tree.right[node] ?? 0];
      if (feature >= 0 && children.some((child) => !(child > node && child < nodes)))
        fail(`tree ${position} node ${node} has bad children`);
    });
  });
}
