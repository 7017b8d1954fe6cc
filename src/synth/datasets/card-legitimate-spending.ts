// Everyday card spending: who pays (by activity), where (by the customer's preferences), when (category hours) and how much.
import type { CardCustomer } from './card-customers.ts';
import { hourProfiles } from './card-hour-profiles.ts';
import { merchantCategories, roundAmount } from './card-merchant-categories.ts';
import { pushTransaction, type CardTransactionBuffer } from './card-transaction-buffer.ts';
import { cumulativeWeights, logNormal, pickIndex, type Random } from './random-tools.ts';

export const windowDays = 90;
const secondsPerDay = 86_400;
const channelWeights = merchantCategories.map((category) => cumulativeWeights(category.channels));

/**
 * Appends `count` ordinary transactions of `customers` to `buffer`.
 * @example
 * drawLegitimateSpending(random, { customers, count: 19_700, buffer });
 */
export function drawLegitimateSpending(
  random: Random,
  options: { customers: readonly CardCustomer[]; count: number; buffer: CardTransactionBuffer },
): void {
  const activity = cumulativeWeights(options.customers.map((customer) => customer.activity));
  for (let drawn = 0; drawn < options.count; drawn += 1) {
    const customerIndex = pickIndex(random, activity);
    const customer = options.customers[customerIndex];
    if (!customer) continue;
    const categoryIndex = pickIndex(random, customer.categoryPreference);
    const category = merchantCategories[categoryIndex];
    if (!category) continue;
    const day = Math.floor(random() * windowDays);
    const hour = pickIndex(random, hourProfiles[category.hours]);
    const foreign = random() < category.foreignShare;
    const rawAmount = logNormal(random, { median: category.median * customer.spendLevel, sigma: category.sigma });
    pushTransaction(options.buffer, {
      customer: customerIndex,
      category: categoryIndex,
      channel: pickIndex(random, channelWeights[categoryIndex] ?? cumulativeWeights([1])),
      second: day * secondsPerDay + hour * 3600 + Math.floor(random() * 3600),
      // Purchases from overseas shops are billed in won converted from another currency, so they end in any digit.
      amount: roundAmount(rawAmount, foreign ? 'won' : category.rounding, random),
      foreign,
      fraud: false,
    });
  }
}
