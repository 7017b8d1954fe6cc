// list_lines, get_line, get_data_usage and run_line_diagnostics on a real SQLite database: own lines only, in Korean and English.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import type { Line, Plan } from '../../../src/blueprints/telecom-care/index.ts';
import { expectFailure, hangul, openTelecomFixture } from './telecom-fixture.ts';

const fixture = openTelecomFixture();
after(() => fixture.close());
const { customers, lines, plans } = fixture.data;
const planById = new Map(plans.map((plan) => [plan.planId, plan]));
const as = (line: Line, language: 'ko' | 'en') => fixture.context({ language, customerId: line.customerId });
const find = (predicate: (line: Line, plan: Plan) => boolean) => {
  const line = lines.find((candidate) => predicate(candidate, planById.get(candidate.planId)!));
  assert.ok(line, 'a sample line for this case');
  return line;
};

describe('list_lines', () => {
  const business = customers
    .filter((customer) => customer.type === 'business')
    .map((customer) => ({ customer, count: lines.filter((line) => line.customerId === customer.customerId).length }))
    .sort((first, second) => second.count - first.count)[0]!;

  test('lists every line of a business, with paging', async () => {
    const context = fixture.context({ language: 'ko', customerId: business.customer.customerId });
    const firstPage = (await fixture.call('list_lines', { limit: 10 }, context)) as {
      total: number;
      lines: { number: string; planName: string }[];
      more: boolean;
    };
    assert.equal(firstPage.total, business.count);
    assert.ok(business.count >= 20);
    assert.equal(firstPage.lines.length, 10);
    assert.equal(firstPage.more, true);
    assert.match(firstPage.lines[0]!.planName, hangul);
    const rest = (await fixture.call('list_lines', { limit: 100, offset: 10 }, context)) as { lines: { number: string }[]; more: boolean };
    assert.equal(rest.lines.length, business.count - 10);
    assert.equal(rest.more, false);
    const all = [...firstPage.lines, ...rest.lines].map((line) => line.number);
    assert.equal(new Set(all).size, business.count);
  });

  test('filters by status and gives plan names in English', async () => {
    const suspended = find((line) => line.status === 'suspended');
    const result = (await fixture.call('list_lines', { status: 'suspended' }, as(suspended, 'en'))) as {
      lines: { number: string; status: string; planName: string }[];
    };
    assert.ok(result.lines.some((line) => line.number === suspended.number));
    assert.ok(result.lines.every((line) => line.status === 'suspended'));
    assert.doesNotMatch(result.lines[0]!.planName, hangul);
  });
});

describe('get_line', () => {
  test('shows the plan, device and suspension of an own line', async () => {
    const lost = find((line) => line.suspension?.reason === 'lost');
    const korean = (await fixture.call('get_line', { number: lost.number.replace(/-/gu, '') }, as(lost, 'ko'))) as {
      number: string;
      status: string;
      suspension: { reasonText: string };
      plan: { planId: string };
      device: { model: string };
    };
    assert.equal(korean.number, lost.number);
    assert.equal(korean.status, 'suspended');
    assert.equal(korean.suspension.reasonText, '분실 정지');
    assert.equal(korean.plan.planId, lost.planId);
    const english = (await fixture.call('get_line', { number: lost.number }, as(lost, 'en'))) as { suspension: { reasonText: string } };
    assert.equal(english.suspension.reasonText, 'lost phone');
  });

  test("refuses another customer's line with not_your_record, and an unknown number with not_found", async () => {
    const [mine, theirs] = [lines[0]!, lines.find((line) => line.customerId !== lines[0]!.customerId)!];
    const korean = await expectFailure(fixture.call('get_line', { number: theirs.number }, as(mine, 'ko')), 'not_your_record');
    assert.match(korean, hangul);
    const english = await expectFailure(fixture.call('get_line', { number: theirs.number }, as(mine, 'en')), 'not_your_record');
    assert.match(english, /not on your account/u);
    await expectFailure(fixture.call('get_line', { number: '010-0000-0000' }, as(mine, 'en')), 'not_found');
    await expectFailure(fixture.call('get_line', { number: '02-555-1234' }, as(mine, 'en')), 'invalid_arguments');
  });

  test('refuses without an authenticated customer', async () => {
    await expectFailure(
      fixture.call('get_line', { number: lines[0]!.number }, fixture.context({ language: 'en' })),
      'authentication_required',
    );
  });
});

describe('get_data_usage', () => {
  test('a capped line shows used and remaining data with top-ups counted', async () => {
    const line = find((candidate, plan) => plan.dataGb !== null && candidate.addOns.length > 0 && candidate.status === 'active');
    const plan = planById.get(line.planId)!;
    const topUp = line.addOns.reduce((sum, addOn) => sum + addOn.gb, 0);
    const usage = (await fixture.call('get_data_usage', { number: line.number }, as(line, 'en'))) as {
      allowanceGb: number;
      topUpGb: number;
      usedGb: number;
      remainingGb: number;
      daysLeft: number;
      summary: string;
    };
    assert.equal(usage.topUpGb, topUp);
    assert.equal(usage.allowanceGb, plan.dataGb! + topUp);
    assert.equal(usage.remainingGb, Math.round(Math.max(0, plan.dataGb! + topUp - line.dataUsedGb) * 100) / 100);
    assert.equal(usage.daysLeft, 11);
    assert.match(usage.summary, /Nov 30, 2026/u);
  });

  test('a throttled line says the speed limit and suggests a top-up (Korean)', async () => {
    const line = find(
      (candidate, plan) =>
        plan.dataGb !== null && plan.throttleMbps === 1 && candidate.addOns.length === 0 && candidate.dataUsedGb > plan.dataGb,
    );
    const usage = (await fixture.call('get_data_usage', { number: line.number }, as(line, 'ko'))) as {
      overAllowance: boolean;
      remainingGb: number;
      summary: string;
    };
    assert.equal(usage.overAllowance, true);
    assert.equal(usage.remainingGb, 0);
    assert.match(usage.summary, /1Mbps로 제한/u);
    assert.match(usage.summary, /데이터 충전/u);
  });

  test('an unlimited line reports usage without an allowance', async () => {
    const line = find((_candidate, plan) => plan.dataGb === null);
    const usage = (await fixture.call('get_data_usage', { number: line.number }, as(line, 'en'))) as {
      allowanceGb: null;
      remainingGb: null;
      summary: string;
    };
    assert.equal(usage.allowanceGb, null);
    assert.equal(usage.remainingGb, null);
    assert.match(usage.summary, /unlimited plan/u);
  });

  test('after the cycle ends, usage starts again from zero', async () => {
    const line = find((candidate) => candidate.dataUsedGb > 1);
    const december = { ...as(line, 'en'), now: () => new Date('2026-12-02T09:00:00+09:00') };
    const usage = (await fixture.call('get_data_usage', { number: line.number }, december)) as {
      usedGb: number;
      cycle: { start: string; end: string };
    };
    assert.equal(usage.usedGb, 0);
    assert.deepEqual(usage.cycle, { start: '2026-12-01', end: '2026-12-31' });
  });
});

describe('run_line_diagnostics', () => {
  type Diagnosis = {
    overall: string;
    checks: { check: string; status: string; detail: string }[];
    nextSteps: string[];
    recommendTicket: boolean;
  };
  const status = (diagnosis: Diagnosis, check: string) => diagnosis.checks.find((entry) => entry.check === check)?.status;

  test('finds MMS switched off on the network and recommends a ticket (Korean)', async () => {
    const line = find(
      (candidate) => !candidate.network.provisioning.mms && candidate.status === 'active' && candidate.network.outage === null,
    );
    const diagnosis = (await fixture.call('run_line_diagnostics', { number: line.number, symptom: 'mms' }, as(line, 'ko'))) as Diagnosis;
    assert.equal(diagnosis.overall, 'problem');
    assert.equal(status(diagnosis, 'mms-provisioning'), 'problem');
    assert.equal(diagnosis.recommendTicket, true);
    assert.deepEqual(diagnosis.nextSteps, [], 'phone settings cannot fix a network-side fault');
    assert.match(diagnosis.checks.find((entry) => entry.check === 'mms-provisioning')!.detail, /MMS가 설정되어 있지 않습니다/u);
  });

  test('reports an area outage with its cause and restoration time (English)', async () => {
    const line = find((candidate) => candidate.network.outage !== null && candidate.status === 'active');
    const diagnosis = (await fixture.call(
      'run_line_diagnostics',
      { number: line.number, symptom: 'no-service' },
      as(line, 'en'),
    )) as Diagnosis;
    const outage = diagnosis.checks.find((entry) => entry.check === 'area-outage')!;
    assert.equal(outage.status, 'problem');
    assert.match(outage.detail, /Outage in .*expected back by Nov 20, 2026 (18|14):00/u);
  });

  test('a healthy line gets the manual’s steps for the symptom: APN reset for mobile data', async () => {
    const line = find(
      (candidate, plan) =>
        candidate.status === 'active' &&
        candidate.network.outage === null &&
        candidate.network.simState === 'ok' &&
        Object.values(candidate.network.provisioning).every(Boolean) &&
        (plan.dataGb === null || candidate.dataUsedGb < plan.dataGb) &&
        !fixture.data.bills.some((bill) => bill.customerId === candidate.customerId && bill.status === 'overdue'),
    );
    const english = (await fixture.call(
      'run_line_diagnostics',
      { number: line.number, symptom: 'mobile-data' },
      as(line, 'en'),
    )) as Diagnosis;
    assert.equal(english.overall, 'ok');
    assert.ok(english.nextSteps.some((step) => step.includes('airplane mode')));
    assert.ok(english.nextSteps.some((step) => step.includes('internet.hangyeol.kr')));
    const korean = (await fixture.call(
      'run_line_diagnostics',
      { number: line.number, symptom: 'mobile-data' },
      as(line, 'ko'),
    )) as Diagnosis;
    assert.ok(korean.nextSteps.some((step) => step.includes('비행기 모드')));
  });

  test('a suspended line and roaming not set up are problems', async () => {
    const suspended = find((candidate) => candidate.suspension?.reason === 'non-payment');
    const diagnosis = (await fixture.call(
      'run_line_diagnostics',
      { number: suspended.number, symptom: 'roaming' },
      as(suspended, 'en'),
    )) as Diagnosis;
    assert.equal(status(diagnosis, 'line-status'), 'problem');
    assert.equal(status(diagnosis, 'billing'), 'warning');
    if (!suspended.roaming.enabled) assert.equal(status(diagnosis, 'roaming'), 'problem');
  });

  test('is read-only and refuses other customers’ lines', async () => {
    const tool = fixture.tool('run_line_diagnostics');
    assert.equal(tool.changesState, false);
    const [mine, theirs] = [lines[0]!, lines.find((line) => line.customerId !== lines[0]!.customerId)!];
    await expectFailure(fixture.call('run_line_diagnostics', { number: theirs.number }, as(mine, 'ko')), 'not_your_record');
  });
});
