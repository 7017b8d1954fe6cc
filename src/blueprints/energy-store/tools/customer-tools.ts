// authenticate_customer (email, or name + postcode) and get_loyalty_points.
import { z } from 'zod';
import type { AssistantTool } from '../../../assistants/index.ts';
import { normalizeText } from '../../../models/builtin/index.ts';
import type { RecordCollections } from '../../records/types.ts';
import { collections } from '../data-files.ts';
import type { Customer, LoyaltyTier } from '../schemas/index.ts';
import { storePolicy, tierLabels } from '../store-policy.ts';
import { signedInCustomer } from './account-access.ts';
import { failure } from './tool-text.ts';

const authenticateArguments = z.object({
  email: z.string().max(200).optional().describe('The email address the customer signed up with'),
  name: z.string().max(60).optional().describe("The customer's full name, e.g. '김서연' (use with zip)"),
  zip: z.string().max(10).optional().describe('The five-digit postcode of the customer’s address (use with name)'),
});

const nameKey = (name: string) => normalizeText(name).replace(/\s+/gu, '');
const cache = new WeakMap<RecordCollections, { version: number; byEmail: Map<string, Customer>; byNameAndZip: Map<string, Customer[]> }>();

function customerIndex(records: RecordCollections) {
  const version = records.version(collections.customers);
  const cached = cache.get(records);
  if (cached && cached.version === version) return cached;
  const byEmail = new Map<string, Customer>();
  const byNameAndZip = new Map<string, Customer[]>();
  for (const customer of records.all<Customer>(collections.customers)) {
    byEmail.set(customer.email.toLowerCase(), customer);
    const key = `${nameKey(customer.name)}|${customer.address.zip}`;
    byNameAndZip.set(key, [...(byNameAndZip.get(key) ?? []), customer]);
  }
  const index = { version, byEmail, byNameAndZip };
  cache.set(records, index);
  return index;
}

const tierOrder: LoyaltyTier[] = ['basic', 'silver', 'gold', 'platinum'];

export function customerTools(records: RecordCollections): AssistantTool[] {
  const authenticate: AssistantTool<z.output<typeof authenticateArguments>> = {
    name: 'authenticate_customer',
    description:
      "Verify the customer's identity before any account data: by the email they signed up with, or by full name plus five-digit postcode. Returns { customerId, name }. A failure never says which detail was wrong.",
    parameters: authenticateArguments,
    changesState: false,
    requiresAuthentication: false,
    authenticates: true,
    run: (args, context) => {
      const email = args.email?.trim().toLowerCase();
      const name = args.name?.trim();
      const zip = args.zip?.replace(/\D/gu, '');
      if (!email && !(name && zip))
        throw failure(context, 'invalid_arguments', {
          ko: '본인 확인을 위해 가입한 이메일, 또는 이름과 우편번호(5자리)를 알려 주세요.',
          en: 'To verify you, I need your email, or your full name and five-digit postcode.',
        });
      const index = customerIndex(records);
      const candidates = email
        ? [index.byEmail.get(email)].filter((customer) => customer !== undefined)
        : (index.byNameAndZip.get(`${nameKey(name ?? '')}|${zip}`) ?? []);
      if (candidates.length > 1)
        throw failure(context, 'authentication_ambiguous', {
          ko: '같은 정보로 등록된 계정이 여럿이에요. 가입한 이메일로 확인해 주세요.',
          en: 'More than one account matches; please verify with your email instead.',
        });
      const customer = candidates[0];
      if (!customer)
        throw failure(context, 'authentication_failed', {
          ko: '입력하신 정보로 본인 확인을 하지 못했어요. 가입한 이메일, 또는 이름과 우편번호를 다시 확인해 주세요.',
          en: "I couldn't verify you with those details. Please check your email, or your name and postcode.",
        });
      return { customerId: customer.customerId, name: customer.name };
    },
  };
  const loyalty: AssistantTool<Record<string, unknown>> = {
    name: 'get_loyalty_points',
    description: "The authenticated customer's Nuri points balance, member tier, online earn rate and the next tier's threshold.",
    parameters: z.object({}),
    changesState: false,
    requiresAuthentication: true,
    run: (_args, context) => {
      const customer = signedInCustomer(records, context);
      const next = tierOrder[tierOrder.indexOf(customer.tier) + 1];
      return {
        points: customer.loyaltyPoints,
        tier: customer.tier,
        tierName: tierLabels[customer.tier][context.language],
        earnRate: storePolicy.earnRates[customer.tier],
        ...(next ? { nextTier: next, nextTierThreshold: storePolicy.tierThresholds[next] } : {}),
        pointsValidityYears: storePolicy.pointsValidityYears,
      };
    },
  };
  return [authenticate, loyalty] as AssistantTool[];
}
