// Schema of one record of customers.json: an individual (authenticated by line number + birth date) or a business (business number + account email).
import { z } from 'zod';
import { customerIdSchema, emailSchema, isoDateSchema, languageSchema, mobileNumberSchema } from './common-schemas.ts';

export const addressSchema = z.object({
  zip: z.string().regex(/^\d{5}$/u, 'a five-digit postal code'),
  city: z.string().min(1),
  district: z.string().min(1),
  street: z.string().min(1),
});

export const paymentMethodSchema = z.object({
  id: z.string().regex(/^PM-\d{6}-\d$/u, 'a payment method id such as PM-100001-1'),
  type: z.enum(['card', 'bank-account']),
  /** What the customer recognises: 'Shinhan card', 'KB Kookmin Bank'. */
  label: z.string().min(1),
  last4: z
    .string()
    .regex(/^\d{4}$/u)
    .optional(),
});

const customerBase = {
  customerId: customerIdSchema,
  name: z.string().min(1),
  email: emailSchema,
  /** Contact number for notices; an individual's is usually one of their own lines. */
  phone: mobileNumberSchema,
  address: addressSchema,
  paymentMethods: z.array(paymentMethodSchema).min(1),
  /** The method bills are charged to automatically on the due date; null: the customer pays each bill. */
  autopayMethodId: z.string().nullable(),
  language: languageSchema,
  joinedAt: isoDateSchema,
};

export const individualCustomerSchema = z.object({ ...customerBase, type: z.literal('individual'), birthDate: isoDateSchema });

export const businessCustomerSchema = z.object({
  ...customerBase,
  type: z.literal('business'),
  /** 사업자등록번호, 123-45-67890. */
  businessNumber: z.string().regex(/^\d{3}-\d{2}-\d{5}$/u, 'a business registration number as 123-45-67890'),
  contactPerson: z.object({ name: z.string().min(1), phone: mobileNumberSchema, email: emailSchema }),
});

export const customerSchema = z.discriminatedUnion('type', [individualCustomerSchema, businessCustomerSchema]);

export type Customer = z.output<typeof customerSchema>;
export type IndividualCustomer = z.output<typeof individualCustomerSchema>;
export type BusinessCustomer = z.output<typeof businessCustomerSchema>;
export type PaymentMethod = z.output<typeof paymentMethodSchema>;
