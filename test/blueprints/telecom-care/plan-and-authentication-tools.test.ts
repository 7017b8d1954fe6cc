// get_plan, compare_plans and authenticate_customer on a real SQLite database, in Korean and English.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import type { IndividualCustomer } from '../../../src/blueprints/telecom-care/schemas/customer-schema.ts';
import type { BusinessCustomer } from '../../../src/blueprints/telecom-care/schemas/customer-schema.ts';
import { expectFailure, hangul, openTelecomFixture } from './telecom-fixture.ts';

const fixture = openTelecomFixture();
after(() => fixture.close());
const ko = fixture.context({ language: 'ko' });
const en = fixture.context({ language: 'en' });

type PlanView = { planId: string; name: string; monthlyFee: number; monthlyFeeText: string; data: string; segment: string };

describe('get_plan', () => {
  test('finds a plan by id, by Korean name and by English name with typos and spacing variants', async () => {
    assert.equal(((await fixture.call('get_plan', { plan: '5g-standard' }, en)) as PlanView).planId, '5G-STANDARD');
    const korean = (await fixture.call('get_plan', { plan: '5G스탠다드 요금제' }, ko)) as PlanView;
    assert.equal(korean.planId, '5G-STANDARD');
    assert.equal(korean.name, '5G 스탠다드');
    assert.equal(korean.monthlyFeeText, '월 ₩59,000 (부가세 별도)');
    assert.equal(korean.data, '24GB, 소진 후 1Mbps');
    const english = (await fixture.call('get_plan', { plan: 'busines 5G unlimted' }, en)) as PlanView;
    assert.equal(english.planId, 'BIZ-5G-UNLIMITED');
    assert.equal(english.monthlyFeeText, '₩79,000 per month (VAT excluded)');
  });

  test('an unknown plan fails with not_found and names the closest plans, in the user language', async () => {
    const korean = await expectFailure(fixture.call('get_plan', { plan: '우주 요금제 9000' }, ko), 'not_found');
    assert.match(korean, /요금제를 찾지 못했습니다/u);
    const english = await expectFailure(fixture.call('get_plan', { plan: 'galaxy mega plan' }, en), 'not_found');
    assert.match(english, /^No plan matches 'galaxy mega plan'\. Closest: /u);
  });
});

describe('compare_plans', () => {
  test('compares named plans side by side', async () => {
    const result = (await fixture.call('compare_plans', { plans: ['5G 라이트', '5G-PLUS-110', 'LTE Slim 6'] }, ko)) as {
      mode: string;
      plans: PlanView[];
      cheapest: string;
      mostData: string;
      feeDifference: string;
    };
    assert.equal(result.mode, 'comparison');
    assert.deepEqual(
      result.plans.map((plan) => plan.planId),
      ['5G-LITE', '5G-PLUS-110', 'LTE-SLIM-6'],
    );
    assert.equal(result.cheapest, 'LTE-SLIM-6');
    assert.equal(result.mostData, '5G-PLUS-110');
    assert.equal(result.feeDifference, '₩36,000');
  });

  test('recommends the cheapest open plans that meet data and budget needs', async () => {
    const result = (await fixture.call('compare_plans', { needs: { dataGb: 20, budget: 60_000, network: '5G' } }, en)) as {
      plans: PlanView[];
      segment: string;
    };
    assert.equal(result.segment, 'individual');
    assert.ok(result.plans.length > 0);
    for (const plan of result.plans) {
      assert.ok(plan.monthlyFee <= 60_000, plan.planId);
      assert.equal(plan.segment, 'individual');
    }
    assert.ok(result.plans.some((plan) => plan.planId === '5G-STANDARD'));
    const fees = result.plans.map((plan) => plan.monthlyFee);
    assert.deepEqual(
      fees,
      [...fees].sort((first, second) => first - second),
    );
  });

  test('recommends business plans to an authenticated business, and says so when the budget is too low', async () => {
    const business = fixture.data.customers.find((customer) => customer.type === 'business')!;
    const context = fixture.context({ language: 'ko', customerId: business.customerId });
    const result = (await fixture.call('compare_plans', { needs: { dataGb: 500, budget: 10_000 } }, context)) as {
      plans: PlanView[];
      note?: string;
    };
    assert.ok(result.plans.every((plan) => plan.segment === 'business'));
    assert.ok(result.plans.some((plan) => plan.planId === 'BIZ-LTE-UNLIMITED'));
    assert.match(result.note ?? '', /₩10,000 이하/u);
  });

  test('without plans or needs it asks for them', async () => {
    assert.match(await expectFailure(fixture.call('compare_plans', {}, en), 'invalid_arguments'), /two or more plans/u);
  });
});

describe('authenticate_customer', () => {
  const individual = fixture.data.customers.find(
    (customer): customer is IndividualCustomer =>
      customer.type === 'individual' &&
      fixture.data.lines.some((line) => line.customerId === customer.customerId && line.status !== 'cancelled'),
  )!;
  const ownLine = fixture.data.lines.find((line) => line.customerId === individual.customerId && line.status !== 'cancelled')!;
  const business = fixture.data.customers.find((customer): customer is BusinessCustomer => customer.type === 'business')!;

  test('is the one tool that authenticates and needs no authentication itself', () => {
    const tool = fixture.tool('authenticate_customer');
    assert.equal(tool.authenticates, true);
    assert.equal(tool.requiresAuthentication, false);
    assert.equal(tool.changesState, false);
  });

  test('verifies an individual by line number and birth date, however they are typed', async () => {
    const result = await fixture.call(
      'authenticate_customer',
      { phoneNumber: `+82 ${ownLine.number.slice(1)}`, birthDate: individual.birthDate.replace(/-/gu, '.') },
      fixture.context({ language: 'ko', conversationId: 'auth-individual' }),
    );
    assert.deepEqual(result, { customerId: individual.customerId, name: individual.name, type: 'individual' });
  });

  test('verifies a business by business number and the account or contact email', async () => {
    const context = fixture.context({ language: 'en', conversationId: 'auth-business' });
    const digits = business.businessNumber.replace(/-/gu, '');
    assert.deepEqual(
      await fixture.call('authenticate_customer', { businessNumber: digits, email: business.email.toUpperCase() }, context),
      {
        customerId: business.customerId,
        name: business.name,
        type: 'business',
      },
    );
    const byContact = (await fixture.call(
      'authenticate_customer',
      { businessNumber: business.businessNumber, email: business.contactPerson.email },
      context,
    )) as {
      customerId: string;
    };
    assert.equal(byContact.customerId, business.customerId);
  });

  test('fails with one message whichever detail is wrong, in Korean and English', async () => {
    const context = fixture.context({ language: 'ko', conversationId: 'auth-wrong' });
    const wrongBirthDate = await expectFailure(
      fixture.call('authenticate_customer', { phoneNumber: ownLine.number, birthDate: '1900-01-01' }, context),
      'authentication_failed',
    );
    const unknownNumber = await expectFailure(
      fixture.call('authenticate_customer', { phoneNumber: '010-0000-0001', birthDate: individual.birthDate }, context),
      'authentication_failed',
    );
    assert.equal(wrongBirthDate, unknownNumber);
    assert.match(wrongBirthDate, hangul);
    const english = await expectFailure(
      fixture.call(
        'authenticate_customer',
        { businessNumber: business.businessNumber, email: 'someone@else.com' },
        fixture.context({ language: 'en', conversationId: 'auth-wrong-en' }),
      ),
      'authentication_failed',
    );
    assert.equal(english, 'We could not verify you with those details. Please check them and try again.');
  });

  test('a business number cannot be used with an individual, nor a birth date with a business line', async () => {
    const context = fixture.context({ language: 'en', conversationId: 'auth-cross' });
    await expectFailure(
      fixture.call('authenticate_customer', { businessNumber: business.businessNumber, email: individual.email }, context),
      'authentication_failed',
    );
    const businessLine = fixture.data.lines.find((line) => line.customerId === business.customerId)!;
    await expectFailure(
      fixture.call('authenticate_customer', { phoneNumber: businessLine.number, birthDate: '1980-01-01' }, context),
      'authentication_failed',
    );
  });

  test('asks for the right pair of details when they are incomplete', async () => {
    const message = await expectFailure(fixture.call('authenticate_customer', { phoneNumber: ownLine.number }, ko), 'invalid_arguments');
    assert.match(message, /생년월일/u);
  });

  test('stops after five failed attempts in a conversation, even with the right details', async () => {
    const context = fixture.context({ language: 'en', conversationId: 'auth-guessing' });
    for (let attempt = 0; attempt < 5; attempt += 1)
      await expectFailure(
        fixture.call('authenticate_customer', { phoneNumber: ownLine.number, birthDate: `1990-01-0${attempt + 1}` }, context),
        'authentication_failed',
      );
    await expectFailure(
      fixture.call('authenticate_customer', { phoneNumber: ownLine.number, birthDate: individual.birthDate }, context),
      'too_many_attempts',
    );
  });
});
