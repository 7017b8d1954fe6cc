// One record of customers.json: a customer with a Korean address, saved payment methods and loyalty points.
import { z } from 'zod';
import { idSchema, zipSchema } from './shared-schemas.ts';

export const loyaltyTiers = ['basic', 'silver', 'gold', 'platinum'] as const;
export type LoyaltyTier = (typeof loyaltyTiers)[number];

export const paymentMethodSchema = z.object({
  id: idSchema,
  type: z.enum(['card', 'bank', 'points']),
  /** What the customer calls it: '신한카드', 'KB국민은행 계좌이체', '누리 포인트'. */
  label: z.string().min(1),
  last4: z
    .string()
    .regex(/^\d{4}$/u, 'four digits')
    .optional(),
});

export const addressSchema = z.object({
  zip: zipSchema,
  /** '서울특별시', '수원시' */
  city: z.string().min(1),
  /** '강남구', '영통구' */
  district: z.string().min(1),
  /** Road-name address: '테헤란로 152' */
  street: z.string().min(1),
  /** Apartment, floor or unit: '101동 1203호' */
  line2: z.string().min(1).optional(),
});

export const customerSchema = z.object({
  customerId: idSchema,
  name: z.string().min(1),
  email: z.email(),
  phone: z.string().regex(/^0\d{1,2}-\d{3,4}-\d{4}$/u, "a Korean phone number such as '010-1234-5678'"),
  address: addressSchema,
  paymentMethods: z.array(paymentMethodSchema),
  loyaltyPoints: z.number().int().nonnegative(),
  tier: z.enum(loyaltyTiers),
});

export type Customer = z.output<typeof customerSchema>;
export type PaymentMethod = z.output<typeof paymentMethodSchema>;
export type Address = z.output<typeof addressSchema>;
