// The store's policy numbers in one place: the tools enforce them and the knowledge documents quote them, so both always agree.
import type { LoyaltyTier } from './schemas/index.ts';

export const storePolicy = {
  /** Change-of-mind returns and exchanges: days after delivery. */
  returnWindowDays: 14,
  /** Orders below this (items only, KRW) pay the shipping fee. */
  freeShippingThreshold: 50_000,
  shippingFee: 3_000,
  /** Most units of one item in one order. */
  maximumQuantityPerItem: 10,
  /** Points are worth ₩1 each and can pay for a whole order once the balance covers it. */
  minimumPointsPayment: 1_000,
  pointsValidityYears: 5,
  /** Points per litre of fuel at a station (all tiers). */
  stationPointsPerLitre: 5,
  /** Share of the item total earned as points when an order is delivered, by tier. */
  earnRates: { basic: 0.01, silver: 0.015, gold: 0.02, platinum: 0.03 } satisfies Record<LoyaltyTier, number>,
  /** Points earned in the last 12 months to reach a tier. */
  tierThresholds: { basic: 0, silver: 30_000, gold: 100_000, platinum: 300_000 } satisfies Record<LoyaltyTier, number>,
  /** Refunds to cards appear after this many business days, as card issuers settle them. */
  cardRefundBusinessDays: '3–5',
  /** EV charging memberships: full refund within this many days when no charging session was used. */
  membershipCoolingOffDays: 7,
  /** Customer centre. */
  supportPhone: '1588-0000',
  supportHours: { ko: '매일 09:00–18:00', en: 'daily 09:00–18:00 KST' },
} as const;

export const tierLabels: Record<LoyaltyTier, { ko: string; en: string }> = {
  basic: { ko: '베이직', en: 'Basic' },
  silver: { ko: '실버', en: 'Silver' },
  gold: { ko: '골드', en: 'Gold' },
  platinum: { ko: '플래티넘', en: 'Platinum' },
};

/** The shipping fee an order with this item total pays. */
export function shippingFeeFor(itemTotal: number): number {
  return itemTotal >= storePolicy.freeShippingThreshold ? 0 : storePolicy.shippingFee;
}
