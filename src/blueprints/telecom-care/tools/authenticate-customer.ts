// authenticate_customer: individuals by one of their mobile numbers + date of birth, businesses by business number + account email.
import { z } from 'zod';
import type { RecordCollections } from '../../records/types.ts';
import type { Customer } from '../schemas/customer-schema.ts';
import type { Line } from '../schemas/line-schema.ts';
import { defineTool, fail, normalizeMobileNumber } from './tool-support.ts';

const parameters = z.object({
  phoneNumber: z.string().optional().describe('Individuals: a mobile number of one of their lines, e.g. 010-1234-5678'),
  birthDate: z.string().optional().describe('Individuals: date of birth, YYYY-MM-DD (YYYYMMDD and YYYY.MM.DD also accepted)'),
  businessNumber: z.string().optional().describe('Businesses: business registration number, 123-45-67890'),
  email: z.string().optional().describe("Businesses: the account's registered email or the contact person's email"),
});

/** Failed attempts allowed per conversation before the assistant must hand over to a person (credential guessing). */
const maximumAttempts = 5;

function normalizeBirthDate(input: string): string | undefined {
  const digits = input.replace(/\D/gu, '');
  return /^(19|20)\d{6}$/u.test(digits) ? `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6)}` : undefined;
}

function normalizeBusinessNumber(input: string): string | undefined {
  const digits = input.replace(/\D/gu, '');
  return /^\d{10}$/u.test(digits) ? `${digits.slice(0, 3)}-${digits.slice(3, 5)}-${digits.slice(5)}` : undefined;
}

/**
 * @example
 * const tool = authenticateCustomerTool(records);
 * await tool.run({ phoneNumber: '010-2345-6789', birthDate: '1985-03-07' }, context); // { customerId, name, type }
 */
export function authenticateCustomerTool(records: RecordCollections) {
  const failures = new Map<string, number>();
  let businessIndex: { version: number; byNumber: Map<string, Customer> } | undefined;
  const businessByNumber = (businessNumber: string) => {
    const version = records.version('customers');
    if (businessIndex?.version !== version) {
      const byNumber = new Map<string, Customer>();
      for (const customer of records.all<Customer>('customers'))
        if (customer.type === 'business') byNumber.set(customer.businessNumber, customer);
      businessIndex = { version, byNumber };
    }
    return businessIndex.byNumber.get(businessNumber);
  };

  const find = (args: z.output<typeof parameters>): Customer | undefined => {
    if (args.businessNumber !== undefined && args.email !== undefined) {
      const number = normalizeBusinessNumber(args.businessNumber);
      const customer = number === undefined ? undefined : businessByNumber(number);
      const email = args.email.trim().toLowerCase();
      if (customer?.type !== 'business') return undefined;
      return customer.email.toLowerCase() === email || customer.contactPerson.email.toLowerCase() === email ? customer : undefined;
    }
    const number = normalizeMobileNumber(args.phoneNumber ?? '');
    const birthDate = normalizeBirthDate(args.birthDate ?? '');
    if (number === undefined || birthDate === undefined) return undefined;
    const line = records.get<Line>('lines', number);
    if (!line || line.status === 'cancelled') return undefined;
    const customer = records.get<Customer>('customers', line.customerId);
    return customer?.type === 'individual' && customer.birthDate === birthDate ? customer : undefined;
  };

  return defineTool({
    name: 'authenticate_customer',
    description:
      'Verify who the customer is before any account data: individuals give a mobile number of their own line and their date of birth; businesses give their business registration number and the account email. Returns the customer id, name and type.',
    parameters,
    changesState: false,
    requiresAuthentication: false,
    authenticates: true,
    run: (args, context) => {
      const individual = args.phoneNumber !== undefined && args.birthDate !== undefined;
      const business = args.businessNumber !== undefined && args.email !== undefined;
      if (!individual && !business)
        fail(context, 'invalid_arguments', {
          ko: '개인 고객은 휴대폰 번호와 생년월일을, 법인 고객은 사업자등록번호와 계정 이메일을 알려 주세요.',
          en: 'Individuals: please give your mobile number and date of birth. Businesses: your business registration number and account email.',
        });
      if ((failures.get(context.conversationId) ?? 0) >= maximumAttempts)
        fail(context, 'too_many_attempts', {
          ko: '본인 확인 시도 횟수를 초과했습니다. 상담사를 연결해 드리겠습니다.',
          en: 'Too many verification attempts. Let me connect you with an agent.',
        });
      const customer = find(args);
      if (!customer) {
        failures.set(context.conversationId, (failures.get(context.conversationId) ?? 0) + 1);
        // One message for every mismatch: which field was wrong stays unknown to whoever is guessing.
        return fail(context, 'authentication_failed', {
          ko: '입력하신 정보로 본인 확인을 할 수 없습니다. 정보를 다시 확인해 주세요.',
          en: 'We could not verify you with those details. Please check them and try again.',
        });
      }
      failures.delete(context.conversationId);
      return { customerId: customer.customerId, name: customer.name, type: customer.type };
    },
  });
}
