// Korean card merchant categories: typical ticket size (log-normal), price rounding, hours, channels and who shops there.
import type { HourProfileName } from './card-hour-profiles.ts';

export const cardChannels = ['chip', 'contactless', 'online', 'atm'] as const;
export type CardChannel = (typeof cardChannels)[number];

/** How a category's prices end: shelf prices in tens/hundreds of won, fuel often in round 10,000s, foreign amounts converted to any won. */
export type AmountRounding = 'ten' | 'hundred' | 'fuel' | 'ten-thousand' | 'won';

export interface MerchantCategory {
  name: string;
  /** Median ticket in KRW for an average customer, and the log-scale spread. */
  median: number;
  sigma: number;
  rounding: AmountRounding;
  hours: HourProfileName;
  /** Weights of chip / contactless / online / atm. */
  channels: readonly [number, number, number, number];
  /** Share of transactions at merchants abroad (direct purchases from overseas shops count). */
  foreignShare: number;
  /** Share of all card transactions in this category for an average customer. */
  weight: number;
  /** Positive: younger customers use it more; negative: older customers do (per 20 years of age). */
  youthTilt: number;
}

// prettier-ignore
export const merchantCategories: readonly MerchantCategory[] = [
  { name: '편의점', median: 6800, sigma: 0.65, rounding: 'ten', hours: 'late', channels: [0.45, 0.55, 0, 0], foreignShare: 0, weight: 18, youthTilt: 0.3 },
  { name: '마트', median: 42_000, sigma: 0.8, rounding: 'ten', hours: 'daytime', channels: [0.8, 0.2, 0, 0], foreignShare: 0, weight: 9, youthTilt: -0.3 },
  { name: '온라인쇼핑', median: 32_000, sigma: 0.95, rounding: 'ten', hours: 'evening', channels: [0, 0, 1, 0], foreignShare: 0.12, weight: 14, youthTilt: 0.35 },
  { name: '배달앱', median: 23_000, sigma: 0.4, rounding: 'hundred', hours: 'evening', channels: [0, 0, 1, 0], foreignShare: 0, weight: 8, youthTilt: 0.5 },
  { name: '주유소', median: 62_000, sigma: 0.35, rounding: 'fuel', hours: 'daytime', channels: [0.9, 0.1, 0, 0], foreignShare: 0, weight: 6, youthTilt: -0.1 },
  { name: '음식점', median: 24_000, sigma: 0.7, rounding: 'hundred', hours: 'meal', channels: [0.7, 0.3, 0, 0], foreignShare: 0, weight: 14, youthTilt: 0 },
  { name: '카페', median: 5800, sigma: 0.5, rounding: 'hundred', hours: 'morning', channels: [0.4, 0.6, 0, 0], foreignShare: 0, weight: 12, youthTilt: 0.45 },
  { name: '택시', median: 11_000, sigma: 0.55, rounding: 'hundred', hours: 'late', channels: [0.5, 0.5, 0, 0], foreignShare: 0, weight: 5, youthTilt: 0.1 },
  { name: '병원·약국', median: 14_000, sigma: 0.9, rounding: 'hundred', hours: 'daytime', channels: [0.9, 0.1, 0, 0], foreignShare: 0, weight: 5, youthTilt: -0.5 },
  { name: '백화점', median: 95_000, sigma: 0.9, rounding: 'hundred', hours: 'daytime', channels: [0.85, 0.15, 0, 0], foreignShare: 0, weight: 3, youthTilt: -0.1 },
  { name: '해외가맹점', median: 65_000, sigma: 1, rounding: 'won', hours: 'flat', channels: [0.45, 0, 0.55, 0], foreignShare: 1, weight: 2, youthTilt: 0.2 },
  { name: '현금인출', median: 100_000, sigma: 0.6, rounding: 'ten-thousand', hours: 'daytime', channels: [0, 0, 0, 1], foreignShare: 0, weight: 1.5, youthTilt: -0.2 },
];

/**
 * Index of a category by name (the fraud patterns refer to categories by name).
 * @example
 * merchantCategories[categoryIndex('카페')]?.median; // 5800
 */
export function categoryIndex(name: string): number {
  const index = merchantCategories.findIndex((category) => category.name === name);
  if (index < 0) throw new Error(`unknown merchant category '${name}'`);
  return index;
}

/**
 * Rounds a drawn amount the way the category's prices end; never below 100 won (ATM: 10,000 won).
 * @example
 * roundAmount(6834.2, 'hundred', random); // 6800
 */
export function roundAmount(amount: number, rounding: AmountRounding, random: () => number): number {
  switch (rounding) {
    case 'ten':
      return Math.max(100, Math.round(amount / 10) * 10);
    case 'hundred':
      return Math.max(100, Math.round(amount / 100) * 100);
    case 'ten-thousand':
      return Math.max(10_000, Math.round(amount / 10_000) * 10_000);
    case 'won':
      return Math.max(100, Math.round(amount));
    case 'fuel':
      // About half of Korean fill-ups are a round amount ("5만 원어치"); the rest are full tanks at any won.
      return random() < 0.5 ? Math.max(10_000, Math.round(amount / 10_000) * 10_000) : Math.max(1000, Math.round(amount));
  }
}
