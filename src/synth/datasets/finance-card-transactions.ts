// The finance-card-transactions dataset: 90 days of a Korean card issuer's transactions with about 1.5% labelled fraud.
import type { RawTable } from '../table/types.ts';
import { seededRandom } from '../../core/seeded-random.ts';
import { formatDateTime } from './calendar-format.ts';
import { drawCardCustomers } from './card-customers.ts';
import { drawFraudBursts } from './card-fraud-bursts.ts';
import { drawLegitimateSpending } from './card-legitimate-spending.ts';
import { cardChannels, merchantCategories } from './card-merchant-categories.ts';
import { createTransactionBuffer } from './card-transaction-buffer.ts';
import { deriveSeed, padNumber } from './random-tools.ts';

export const cardTransactionColumns = [
  'transaction_id',
  'customer_id',
  'timestamp',
  'amount',
  'merchant_category',
  'channel',
  'region',
  'is_foreign',
  'customer_age',
  'card_type',
  'is_fraud',
];

// The window starts on Wednesday 1 January 2025 (times are KST wall-clock, written without a zone).
const windowStart = Date.UTC(2025, 0, 1);
/** Average transactions per cardholder over the 90 days. */
const transactionsPerCustomer = 15;

/**
 * @example
 * generateCardTransactions({ rows: 1000, seed: 7 }).rows[0]; // ['TX-10412345', 'C-10231', '2025-01-01 00:03:12', '4500', '편의점', …]
 */
export function generateCardTransactions(options: { rows: number; seed: number }): RawTable {
  const random = seededRandom(deriveSeed(options.seed, 'finance-card-transactions'));
  const customers = drawCardCustomers(random, Math.max(1, Math.round(options.rows / transactionsPerCustomer)));
  const fraudCount = options.rows < 2 ? 0 : Math.round(options.rows * (0.012 + 0.006 * random()));
  const buffer = createTransactionBuffer(options.rows);
  drawLegitimateSpending(random, { customers, count: options.rows - fraudCount, buffer });
  drawFraudBursts(random, { customers, count: fraudCount, buffer });

  const order = Int32Array.from({ length: buffer.count }, (_, index) => index);
  order.sort((left, right) => (buffer.second[left] ?? 0) - (buffer.second[right] ?? 0) || left - right);
  const firstId = 10_000_001 + Math.floor(random() * 1_000_000);
  const rows: string[][] = [];
  order.forEach((index, position) => {
    const customer = customers[buffer.customer[index] ?? 0];
    rows.push([
      `TX-${padNumber(firstId + position, 8)}`,
      customer?.id ?? '',
      formatDateTime(windowStart + (buffer.second[index] ?? 0) * 1000),
      String(buffer.amount[index] ?? 0),
      merchantCategories[buffer.category[index] ?? 0]?.name ?? '',
      cardChannels[buffer.channel[index] ?? 0] ?? 'chip',
      customer?.region ?? '',
      buffer.foreign[index] === 1 ? 'true' : 'false',
      String(customer?.age ?? ''),
      customer?.cardType ?? '',
      buffer.fraud[index] === 1 ? 'true' : 'false',
    ]);
  });
  return { columns: [...cardTransactionColumns], rows };
}
