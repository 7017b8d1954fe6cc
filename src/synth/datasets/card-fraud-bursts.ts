// Card fraud as it shows up in transaction logs: short bursts on one card, mostly at night, online or abroad, far above usual spend.
import type { CardCustomer } from './card-customers.ts';
import { hourProfiles } from './card-hour-profiles.ts';
import { cardChannels, categoryIndex, merchantCategories, roundAmount, type CardChannel } from './card-merchant-categories.ts';
import { pushTransaction, type CardTransactionBuffer, type CardTransactionDraft } from './card-transaction-buffer.ts';
import { windowDays } from './card-legitimate-spending.ts';
import { cumulativeWeights, integerBetween, logNormal, pickIndex, type Random } from './random-tools.ts';

type FraudScheme = 'card-not-present' | 'counterfeit' | 'abroad' | 'cash-out';

const schemes: readonly FraudScheme[] = ['card-not-present', 'counterfeit', 'abroad', 'cash-out'];
const schemeWeights = cumulativeWeights([0.55, 0.22, 0.12, 0.11]);
const counterfeitCategories = ['마트', '백화점', '편의점', '주유소'].map(categoryIndex);
const counterfeitWeights = cumulativeWeights([0.3, 0.35, 0.2, 0.15]);
const online = categoryIndex('온라인쇼핑');
const abroad = categoryIndex('해외가맹점');
const cash = categoryIndex('현금인출');
const channel = (name: CardChannel) => cardChannels.indexOf(name);

interface BurstStep {
  random: Random;
  customer: CardCustomer;
  /** Position in the burst: fraudsters often test a stolen card with a tiny online payment first. */
  position: number;
}

function median(categoryIndexValue: number): number {
  return merchantCategories[categoryIndexValue]?.median ?? 50_000;
}

function cardNotPresent({ random, customer, position }: BurstStep): Omit<CardTransactionDraft, 'customer' | 'second'> {
  const category = random() < 0.7 ? online : abroad;
  const foreign = category === abroad || random() < 0.3;
  if (position === 0 && random() < 0.35)
    return { category, channel: channel('online'), amount: integerBetween(random, { minimum: 500, maximum: 3000 }), foreign, fraud: true };
  const raw = logNormal(random, { median: Math.max(150_000, median(category) * customer.spendLevel * 7), sigma: 0.6 });
  return { category, channel: channel('online'), amount: roundAmount(raw, foreign ? 'won' : 'ten', random), foreign, fraud: true };
}

function counterfeit({ random, customer }: BurstStep): Omit<CardTransactionDraft, 'customer' | 'second'> {
  const category = counterfeitCategories[pickIndex(random, counterfeitWeights)] ?? online;
  const shop = merchantCategories[category];
  // Copied cards buy resellable goods: gift cards at convenience stores and department stores, a full tank at most.
  const raw =
    shop?.name === '주유소'
      ? logNormal(random, { median: 95_000, sigma: 0.2 })
      : logNormal(random, { median: Math.max(100_000, median(category) * customer.spendLevel * 5), sigma: 0.5 });
  return {
    category,
    channel: channel(random() < 0.85 ? 'chip' : 'contactless'),
    amount: roundAmount(raw, shop?.rounding ?? 'ten', random),
    foreign: false,
    fraud: true,
  };
}

function drawStep(scheme: FraudScheme, step: BurstStep): Omit<CardTransactionDraft, 'customer' | 'second'> {
  const { random, customer } = step;
  if (scheme === 'card-not-present') return cardNotPresent(step);
  if (scheme === 'counterfeit') return counterfeit(step);
  if (scheme === 'abroad') {
    const raw = logNormal(random, { median: 350_000 * customer.spendLevel, sigma: 0.7 });
    return { category: abroad, channel: channel('chip'), amount: roundAmount(raw, 'won', random), foreign: true, fraud: true };
  }
  const raw = Math.min(1_000_000, logNormal(random, { median: 400_000, sigma: 0.35 }));
  return { category: cash, channel: channel('atm'), amount: roundAmount(raw, 'ten-thousand', random), foreign: false, fraud: true };
}

/**
 * Appends exactly `count` fraudulent transactions to `buffer`, as bursts of 1–8 on randomly chosen victims' cards.
 * @example
 * drawFraudBursts(random, { customers, count: 300, buffer });
 */
export function drawFraudBursts(
  random: Random,
  options: { customers: readonly CardCustomer[]; count: number; buffer: CardTransactionBuffer },
): void {
  let remaining = options.count;
  const lastStart = windowDays * 86_400 - 4 * 3600;
  while (remaining > 0) {
    const customerIndex = Math.floor(random() * options.customers.length);
    const customer = options.customers[customerIndex];
    if (!customer) break;
    const scheme = schemes[pickIndex(random, schemeWeights)] ?? 'card-not-present';
    let length = 1;
    while (length < 8 && random() < 0.55) length += 1;
    length = Math.min(length, remaining);
    const day = Math.floor(random() * windowDays);
    let second = Math.min(lastStart, day * 86_400 + pickIndex(random, hourProfiles.fraud) * 3600 + Math.floor(random() * 3600));
    for (let position = 0; position < length; position += 1) {
      pushTransaction(options.buffer, { customer: customerIndex, second, ...drawStep(scheme, { random, customer, position }) });
      // Minutes apart: the fraudster spends before the card is blocked.
      second += 60 + Math.floor(-420 * Math.log(1 - random()));
    }
    remaining -= length;
  }
}
