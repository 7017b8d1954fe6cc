// top_up_data, set_roaming, suspend_line, resume_line and change_plan: summaries, writes and every state rule, in Korean and English.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import type { Customer, Line, Plan } from '../../../src/blueprints/telecom-care/index.ts';
import { expectFailure, openTelecomFixture } from './telecom-fixture.ts';

const fixture = openTelecomFixture();
after(() => fixture.close());
const { customers, lines, plans, bills } = fixture.data;
const planById = new Map(plans.map((plan) => [plan.planId, plan]));
const customerById = new Map(customers.map((customer) => [customer.customerId, customer]));
const used = new Set<string>();
/** A fresh sample line for each case, so one test's writes never meet another's. */
const take = (predicate: (line: Line, plan: Plan, customer: Customer) => boolean): Line => {
  const line = lines.find(
    (candidate) =>
      !used.has(candidate.number) &&
      !bills.some((bill) => bill.customerId === candidate.customerId && bill.status === 'overdue') &&
      predicate(candidate, planById.get(candidate.planId)!, customerById.get(candidate.customerId)!),
  );
  assert.ok(line, 'a sample line for this case');
  used.add(line.number);
  return line;
};
const as = (line: Line, language: 'ko' | 'en') => fixture.context({ language, customerId: line.customerId });
const stored = (line: Line) => fixture.records.get<Line>('lines', line.number)!;

describe('top_up_data', () => {
  test('summarises price with VAT and expiry, then adds the top-up (Korean)', async () => {
    const line = take((candidate, plan) => candidate.status === 'active' && plan.dataGb !== null && candidate.addOns.length === 0);
    const plan = planById.get(line.planId)!;
    const summary = await fixture.summarize('top_up_data', { number: line.number, gb: 5 }, as(line, 'ko'));
    assert.equal(
      summary,
      [
        `${line.number} 회선(${plan.name.ko})에 데이터 5GB를 충전합니다.`,
        '· 요금: ₩12,000 + 부가세 ₩1,200 = ₩13,200, 다음 청구서에 청구',
        '· 사용 기한: 2026년 11월 30일까지 (남은 양은 이월되지 않습니다)',
      ].join('\n'),
    );
    const result = (await fixture.call('top_up_data', { number: line.number, gb: 5 }, as(line, 'ko'))) as { priceText: string };
    assert.equal(result.priceText, '₩13,200');
    assert.deepEqual(
      stored(line).addOns.map((addOn) => [addOn.gb, addOn.price, addOn.expiresOn]),
      [[5, 12_000, '2026-11-30']],
    );
  });

  test('refuses unlimited plans, sizes not on the price list, suspended lines and the monthly cap (English)', async () => {
    const unlimited = take((candidate, plan) => candidate.status === 'active' && plan.dataGb === null);
    assert.match(
      await expectFailure(fixture.call('top_up_data', { number: unlimited.number, gb: 5 }, as(unlimited, 'en')), 'not_allowed'),
      /unlimited plan/u,
    );
    const capped = take((candidate, plan) => candidate.status === 'active' && plan.dataGb !== null && candidate.addOns.length === 0);
    assert.match(
      await expectFailure(fixture.call('top_up_data', { number: capped.number, gb: 3 }, as(capped, 'en')), 'invalid_arguments'),
      /1 GB, 2 GB, 5 GB, 10 GB, 20 GB/u,
    );
    const suspended = take((candidate, plan) => candidate.status === 'suspended' && plan.dataGb !== null);
    await expectFailure(fixture.call('top_up_data', { number: suspended.number, gb: 1 }, as(suspended, 'en')), 'invalid_state');
    await fixture.call('top_up_data', { number: capped.number, gb: 20 }, as(capped, 'en'));
    await fixture.call('top_up_data', { number: capped.number, gb: 20 }, as(capped, 'en'));
    const message = await expectFailure(fixture.call('top_up_data', { number: capped.number, gb: 20 }, as(capped, 'ko')), 'limit_reached');
    assert.match(message, /최대 50GB/u);
    assert.equal(stored(capped).addOns.length, 2);
  });
});

describe('set_roaming', () => {
  test('turns roaming on for a country named in Korean, with the zone’s daily pass in the summary (English)', async () => {
    const line = take((candidate, plan) => candidate.status === 'active' && !candidate.roaming.enabled && plan.roaming.zones.length === 0);
    const summary = await fixture.summarize('set_roaming', { number: line.number, enabled: true, country: '일본' }, as(line, 'en'));
    assert.match(summary, new RegExp(`^Turn roaming on for ${line.number} in Japan \\(Asia\\) from Nov 20, 2026\\.`, 'u'));
    assert.match(summary, /daily pass of ₩9,000 for each day you use data \(2 GB a day, then 400 kbps\)/u);
    await fixture.call('set_roaming', { number: line.number, enabled: true, country: '일본' }, as(line, 'en'));
    assert.deepEqual(stored(line).roaming, { enabled: true, country: 'JP', since: '2026-11-20' });
  });

  test('a plan with included roaming says so; turning off works once (Korean)', async () => {
    const line = take(
      (candidate, plan) => candidate.status === 'active' && !candidate.roaming.enabled && plan.roaming.zones.includes('europe'),
    );
    const plan = planById.get(line.planId)!;
    const summary = await fixture.summarize('set_roaming', { number: line.number, enabled: true, country: 'France' }, as(line, 'ko'));
    assert.ok(summary.includes(`${plan.name.ko} 요금제에 포함된 로밍 데이터 월 ${plan.roaming.dataGbPerMonth}GB`), summary);
    await fixture.call('set_roaming', { number: line.number, enabled: true, country: 'FR' }, as(line, 'ko'));
    await fixture.call('set_roaming', { number: line.number, enabled: false }, as(line, 'ko'));
    assert.equal(stored(line).roaming.enabled, false);
    assert.match(
      await expectFailure(fixture.call('set_roaming', { number: line.number, enabled: false }, as(line, 'ko')), 'invalid_state'),
      /이미 꺼져/u,
    );
  });

  test('refuses a country without roaming and a missing destination', async () => {
    const line = take((candidate) => candidate.status === 'active');
    assert.match(
      await expectFailure(
        fixture.call('set_roaming', { number: line.number, enabled: true, country: 'Atlantis' }, as(line, 'en')),
        'unsupported_country',
      ),
      /not offered in 'Atlantis'/u,
    );
    await expectFailure(fixture.call('set_roaming', { number: line.number, enabled: true }, as(line, 'ko')), 'invalid_arguments');
  });
});

describe('suspend_line and resume_line', () => {
  test('a lost phone is suspended at once and free, then resumed (Korean)', async () => {
    const line = take((candidate) => candidate.status === 'active');
    const summary = await fixture.summarize('suspend_line', { number: line.number, reason: 'lost' }, as(line, 'ko'));
    assert.match(summary, new RegExp(`^${line.number} 회선을 분실 정지합니다`, 'u'));
    assert.match(summary, /요금 없음/u);
    await fixture.call('suspend_line', { number: line.number, reason: 'lost' }, as(line, 'ko'));
    assert.deepEqual(stored(line).suspension, { reason: 'lost', since: '2026-11-20', plannedEnd: null });
    await expectFailure(fixture.call('suspend_line', { number: line.number, reason: 'stolen' }, as(line, 'ko')), 'invalid_state');
    const resume = await fixture.summarize('resume_line', { number: line.number }, as(line, 'ko'));
    assert.match(resume, /분실 정지를 해제하고 2026년 11월 20일부터 다시 사용합니다/u);
    await fixture.call('resume_line', { number: line.number }, as(line, 'ko'));
    assert.equal(stored(line).status, 'active');
    assert.deepEqual(stored(line).suspensionHistory.at(-1), { reason: 'lost', from: '2026-11-20', to: '2026-11-20' });
  });

  test('an active line cannot be resumed', async () => {
    const line = take((candidate) => candidate.status === 'active');
    assert.equal(
      await expectFailure(fixture.call('resume_line', { number: line.number }, as(line, 'en')), 'invalid_state'),
      'The line is already active.',
    );
    assert.equal(
      await expectFailure(fixture.call('resume_line', { number: line.number }, as(line, 'ko')), 'invalid_state'),
      '이미 사용 중인 회선입니다.',
    );
  });

  test('a temporary suspension lists its dates and fee, is limited to 90 days and twice a year (English)', async () => {
    const line = take((candidate) => candidate.status === 'active' && candidate.suspensionHistory.length === 0);
    const summary = await fixture.summarize(
      'suspend_line',
      { number: line.number, reason: 'customer-request', until: '2027-01-31' },
      as(line, 'en'),
    );
    assert.match(summary, /From Nov 20, 2026 to Jan 31, 2027/u);
    assert.match(summary, /₩3,500 a month \(VAT excluded, prorated\)/u);
    await expectFailure(
      fixture.call('suspend_line', { number: line.number, reason: 'customer-request', until: '2027-06-30' }, as(line, 'en')),
      'invalid_arguments',
    );
    const twice = take((candidate) => candidate.status === 'active');
    fixture.records.update<Line>('lines', twice.number, (record) => ({
      ...record,
      suspensionHistory: [
        { reason: 'customer-request', from: '2026-02-01', to: '2026-02-10' },
        { reason: 'customer-request', from: '2026-07-01', to: '2026-07-10' },
      ],
    }));
    const message = await expectFailure(
      fixture.call('suspend_line', { number: twice.number, reason: 'customer-request' }, as(twice, 'en')),
      'limit_reached',
    );
    assert.match(message, /2 times a year/u);
    await fixture.call('suspend_line', { number: twice.number, reason: 'lost' }, as(twice, 'en'));
    assert.equal(stored(twice).status, 'suspended');
  });

  test("another customer's line cannot be suspended", async () => {
    const mine = take((candidate) => candidate.status === 'active');
    const theirs = take((candidate) => candidate.status === 'active' && candidate.customerId !== mine.customerId);
    await expectFailure(fixture.call('suspend_line', { number: theirs.number, reason: 'lost' }, as(mine, 'ko')), 'not_your_record');
    assert.equal(stored(theirs).status, 'active');
  });
});

describe('change_plan', () => {
  const changeable = (line: Line, plan: Plan, customer: Customer) =>
    line.status === 'active' &&
    line.planChangedAt === null &&
    line.contract === null &&
    line.device.network === '5G' &&
    customer.type === 'individual' &&
    plan.contractMonths === 0;

  test('summarises both plans, the effective date and the proration, then changes the plan (Korean)', async () => {
    const line = take((candidate, plan, customer) => changeable(candidate, plan, customer) && plan.planId === '5G-STANDARD');
    const summary = await fixture.summarize('change_plan', { number: line.number, plan: '5G 플러스 110' }, as(line, 'ko'));
    assert.equal(
      summary.split('\n').slice(0, 3).join('\n'),
      [
        `${line.number} 회선의 요금제를 변경합니다: 5G 스탠다드 (월 ₩59,000) → 5G 플러스 110 (월 ₩69,000), 부가세 별도.`,
        '· 적용일: 2026년 11월 20일 (오늘)',
        // 19 days of ₩59,000 and 11 days of ₩69,000 in a 30-day month.
        '· 이번 달 요금은 일할 계산: 5G 스탠다드 19일 ₩37,367 + 5G 플러스 110 11일 ₩25,300',
      ].join('\n'),
    );
    const result = (await fixture.call('change_plan', { number: line.number, plan: '5G 플러스 110' }, as(line, 'ko'))) as {
      planId: string;
      effectiveDate: string;
    };
    assert.deepEqual([result.planId, result.effectiveDate], ['5G-PLUS-110', '2026-11-20']);
    assert.equal(stored(line).planId, '5G-PLUS-110');
    assert.equal(stored(line).planChangedAt, '2026-11-20');
    const again = await expectFailure(
      fixture.call('change_plan', { number: line.number, plan: '5G Lite' }, as(line, 'en')),
      'plan_change_limit',
    );
    assert.match(again, /once a billing month/u);
  });

  test('moving to a commitment plan starts a commitment, shown in the summary (English)', async () => {
    const line = take((candidate, plan, customer) => changeable(candidate, plan, customer) && plan.planId !== '5G-PREMIUM');
    const summary = await fixture.summarize('change_plan', { number: line.number, plan: '5G-PREMIUM' }, as(line, 'en'));
    assert.match(summary, /Commitment: 24 months from today to Nov 20, 2028, 25% off the monthly fee/u);
    await fixture.call('change_plan', { number: line.number, plan: '5G-PREMIUM' }, as(line, 'en'));
    assert.deepEqual(stored(line).contract, { months: 24, startDate: '2026-11-20', endDate: '2028-11-20' });
  });

  test('business plans are for business accounts only, and business lines stay on business plans', async () => {
    const individual = take((candidate, plan, customer) => changeable(candidate, plan, customer));
    assert.equal(
      await expectFailure(
        fixture.call('change_plan', { number: individual.number, plan: 'BIZ-5G-STANDARD' }, as(individual, 'en')),
        'segment_mismatch',
      ),
      'Business plans are for business accounts only.',
    );
    const business = take(
      (candidate, plan, customer) => candidate.status === 'active' && customer.type === 'business' && candidate.planChangedAt === null,
    );
    assert.equal(
      await expectFailure(
        fixture.call('change_plan', { number: business.number, plan: 'LTE-SLIM-6' }, as(business, 'ko')),
        'segment_mismatch',
      ),
      '법인 회선은 법인 요금제로만 바꿀 수 있습니다.',
    );
    assert.equal(stored(business).planId, business.planId);
  });

  test('closed plans, age limits, LTE devices and active commitments are refused', async () => {
    const line = take(
      (candidate, plan, customer) =>
        changeable(candidate, plan, customer) && customer.type === 'individual' && customer.birthDate < '1980-01-01',
    );
    await expectFailure(fixture.call('change_plan', { number: line.number, plan: '5G-ALLTIME-2023' }, as(line, 'en')), 'plan_closed');
    assert.match(
      await expectFailure(fixture.call('change_plan', { number: line.number, plan: '5G 청년 무제한' }, as(line, 'ko')), 'age_not_eligible'),
      /만 34세 이하/u,
    );
    const lte = take(
      (candidate, plan, customer) =>
        candidate.status === 'active' &&
        candidate.planChangedAt === null &&
        candidate.contract === null &&
        candidate.device.network === 'LTE' &&
        customer.type === 'individual' &&
        plan.planId !== 'LTE-TABLET-10',
    );
    assert.match(
      await expectFailure(fixture.call('change_plan', { number: lte.number, plan: '5G-STANDARD' }, as(lte, 'en')), 'device_not_supported'),
      /LTE device/u,
    );
    const committed = take(
      (candidate, _plan, customer) =>
        candidate.status === 'active' && candidate.planChangedAt === null && candidate.contract !== null && customer.type === 'individual',
    );
    assert.match(
      await expectFailure(
        fixture.call('change_plan', { number: committed.number, plan: 'LTE-SLIM-6' }, as(committed, 'en')),
        'contract_active',
      ),
      /agent/u,
    );
    await expectFailure(fixture.call('change_plan', { number: line.number, plan: line.planId }, as(line, 'en')), 'invalid_state');
  });
});
