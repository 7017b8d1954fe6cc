// Cardholders: age, home 시도, credit or check card, how much and how often they spend, and which merchants they prefer.
import { koreanRegions } from './korean-regions.ts';
import { merchantCategories } from './card-merchant-categories.ts';
import { cumulativeWeights, integerBetween, logNormal, pickIndex, type Random } from './random-tools.ts';
import { standardNormal } from '../stats/index.ts';

export interface CardCustomer {
  id: string;
  age: number;
  region: string;
  cardType: '신용' | '체크';
  /** Multiplies category median tickets: this customer's usual spend level. */
  spendLevel: number;
  /** Relative number of transactions. */
  activity: number;
  /** Cumulative weights over `merchantCategories`. */
  categoryPreference: Float64Array;
}

const regionWeights = cumulativeWeights(koreanRegions.map((region) => region.population));
// Cardholders by age band (19–29, 30s, 40s, 50s, 60s, 70–85).
const ageBands = [
  { minimum: 19, maximum: 29 },
  { minimum: 30, maximum: 39 },
  { minimum: 40, maximum: 49 },
  { minimum: 50, maximum: 59 },
  { minimum: 60, maximum: 69 },
  { minimum: 70, maximum: 85 },
] as const;
const ageBandWeights = cumulativeWeights([17, 19, 22, 21, 14, 7]);

function drawCustomer(random: Random, id: string): CardCustomer {
  const age = integerBetween(random, ageBands[pickIndex(random, ageBandWeights)] ?? ageBands[0]);
  // Young adults mostly hold check cards; credit cards dominate from the forties on.
  const checkShare = Math.min(0.75, Math.max(0.2, 0.75 - 0.012 * (age - 20)));
  const cardType = random() < checkShare ? '체크' : '신용';
  const primeAge = age >= 30 && age < 60 ? 1.15 : 1;
  const spendLevel = logNormal(random, { median: primeAge * (cardType === '신용' ? 1.15 : 0.85), sigma: 0.35 });
  const preference = merchantCategories.map(
    (category) => category.weight * Math.exp((category.youthTilt * (40 - age)) / 20 + 0.45 * standardNormal(random)),
  );
  return {
    id,
    age,
    region: koreanRegions[pickIndex(random, regionWeights)]?.name ?? '서울',
    cardType,
    spendLevel,
    activity: logNormal(random, { median: 1, sigma: 0.7 }),
    categoryPreference: cumulativeWeights(preference),
  };
}

/**
 * `count` cardholders with ids 'C-10001', 'C-10002', …
 * @example
 * drawCardCustomers(seededRandom(1), 100)[0]?.cardType; // '신용' or '체크'
 */
export function drawCardCustomers(random: Random, count: number): CardCustomer[] {
  return Array.from({ length: count }, (_, index) => drawCustomer(random, `C-${10_001 + index}`));
}
