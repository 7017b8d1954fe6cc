// Sample lines: a plan that fits the owner (segment, age, device), usage this cycle, top-ups, roaming and troubleshooting states.
import { addDays, addMonths, ageOn } from '../calendar.ts';
import type { Customer } from '../schemas/customer-schema.ts';
import type { Line } from '../schemas/line-schema.ts';
import type { Plan } from '../schemas/plan-schema.ts';
import { dataTopUps, roamingCountries } from '../telecom-policy.ts';
import { districts, sampleOutages } from './korean-addresses.ts';
import { departments } from './korean-names.ts';
import { koreanPerson } from './sample-customers.ts';
import type { SampleRandom } from './sample-random.ts';

/** The day the sample data describes: usage, suspensions and bill statuses are as of this date. */
export const sampleToday = '2026-11-20';
export const sampleCycle = { start: '2026-11-01', end: '2026-11-30' } as const;

const phones5g = [
  'Galaxy S25 Ultra',
  'Galaxy S25',
  'Galaxy S24',
  'Galaxy Z Flip6',
  'Galaxy Z Fold6',
  'Galaxy A35',
  'iPhone 16 Pro',
  'iPhone 16',
  'iPhone 15',
];
const phonesLte = ['Galaxy A15 LTE', 'Galaxy S10e', 'iPhone 11', 'iPhone SE (2nd generation)', 'Galaxy Wide6', 'LG Velvet LTE'];
const tablets = ['Galaxy Tab S9 LTE', 'iPad Air (LTE)', 'Galaxy Watch7 LTE'];
const iotDevices = ['KIS 카드단말기 KT-300', '차량관제 단말 FT-20', 'IoT 라우터 NR-110'];

export interface LinePlanChoice {
  plans: readonly Plan[];
  customer: Customer;
  kind: 'own' | 'family' | 'employee' | 'iot';
}

function eligible(plan: Plan, birthDate: string | undefined): boolean {
  if (!plan.eligibility || birthDate === undefined) return plan.eligibility === undefined;
  const age = ageOn(birthDate, sampleToday);
  return (
    (plan.eligibility.minAge === undefined || age >= plan.eligibility.minAge) &&
    (plan.eligibility.maxAge === undefined || age <= plan.eligibility.maxAge)
  );
}

export function choosePlan(options: LinePlanChoice & { random: SampleRandom }): Plan {
  const { random, customer, kind } = options;
  if (kind === 'iot') return options.plans.find((plan) => plan.planId === 'BIZ-LTE-IOT') ?? options.plans[0]!;
  const birthDate = customer.type === 'individual' ? customer.birthDate : undefined;
  const candidates = options.plans.filter(
    (plan) =>
      plan.segment === customer.type &&
      plan.planId !== 'BIZ-LTE-IOT' &&
      (kind !== 'family' || plan.planId !== 'LTE-TABLET-10' || random.chance(0.5)) &&
      eligible(plan, birthDate) &&
      (plan.openForSubscription || random.chance(0.15)),
  );
  // Mid-range capped plans are the most common, as in any operator's base.
  return random.weighted(candidates, (plan) => (plan.dataGb === null ? 2 : plan.dataGb >= 10 && plan.dataGb <= 30 ? 4 : 2));
}

function device(random: SampleRandom, plan: Plan): Line['device'] {
  if (plan.planId === 'LTE-TABLET-10') return { model: random.pick(tablets), network: 'LTE', sim: random.chance(0.3) ? 'esim' : 'usim' };
  if (plan.planId === 'BIZ-LTE-IOT') return { model: random.pick(iotDevices), network: 'LTE', sim: 'usim' };
  const fiveG = plan.network === '5G' || random.chance(0.4);
  return { model: random.pick(fiveG ? phones5g : phonesLte), network: fiveG ? '5G' : 'LTE', sim: random.chance(0.2) ? 'esim' : 'usim' };
}

function usage(random: SampleRandom, plan: Plan): number {
  // Two thirds of the cycle have gone by on the sample day.
  const used = plan.dataGb === null ? random.int(3, 140) + random.next() : plan.dataGb * (0.1 + random.next() * 1.1);
  return Math.round(used * 100) / 100;
}

function topUps(options: { random: SampleRandom; plan: Plan; number: string; used: number }): Line['addOns'] {
  const { random, plan } = options;
  if (plan.dataGb === null || options.used < plan.dataGb * 0.9 || !random.chance(0.35)) return [];
  const option = random.pick(dataTopUps.slice(0, 4));
  return [
    {
      id: `TU-${options.number.slice(4).replace('-', '')}-1`,
      kind: 'data-top-up',
      gb: option.gb,
      price: option.price,
      purchasedAt: `${addDays(sampleCycle.start, random.int(8, 18))}T${String(random.int(8, 22)).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}:00+09:00`,
      expiresOn: sampleCycle.end,
    },
  ];
}

function network(options: { random: SampleRandom; customer: Customer }): Line['network'] {
  const { random, customer } = options;
  const district = random.chance(0.85) ? customer.address.district : random.pick(districts).district;
  const city = districts.find((entry) => entry.district === district)?.city ?? customer.address.city;
  const outage = sampleOutages.find((entry) => entry.district === district);
  return {
    provisioning: { data: !random.chance(0.02), mms: !random.chance(0.03), volte: !random.chance(0.01) },
    simState: random.chance(0.01) ? 'puk-locked' : random.chance(0.005) ? 'not-registered' : 'ok',
    area: { city, district },
    outage: outage ? { since: outage.since, cause: outage.cause, expectedRestoration: outage.expectedRestoration } : null,
  };
}

function label(random: SampleRandom, kind: LinePlanChoice['kind']): string | undefined {
  if (kind === 'employee') return `${koreanPerson({ random, bornYear: random.int(1965, 2001) }).name} · ${random.pick(departments)}`;
  if (kind === 'iot') return random.pick(['매장 결제 단말', '배송 차량 관제', '창고 IoT 게이트웨이']);
  if (kind === 'family') return random.pick(['가족 회선', '자녀 회선', '태블릿']);
  return undefined;
}

/**
 * A line of `customer`, active unless the generator suspends or cancels it later.
 * @example
 * sampleLine({ random, plans, customer, kind: 'own', number: '010-1234-5678' });
 */
export function sampleLine(options: LinePlanChoice & { random: SampleRandom; number: string }): Line {
  const { random, customer } = options;
  const plan = choosePlan(options);
  // Most lines predate the six billed months; some start inside them, so first bills are prorated.
  const activatedAt = random.chance(0.1) ? addDays('2026-05-01', random.int(0, 180)) : addDays('2016-01-01', random.int(0, 3770));
  const used = usage(random, plan);
  const roamingCountry = random.chance(0.04) ? random.pick(Object.keys(roamingCountries)) : null;
  const contractStart = plan.contractMonths > 0 ? addMonths(sampleToday, -random.int(1, plan.contractMonths - 1)) : null;
  const start = contractStart !== null && contractStart < activatedAt ? activatedAt : contractStart;
  const lineLabel = label(random, options.kind);
  return {
    number: options.number,
    customerId: customer.customerId,
    planId: plan.planId,
    status: 'active',
    ...(lineLabel === undefined ? {} : { label: lineLabel }),
    activatedAt,
    cycle: { ...sampleCycle },
    dataUsedGb: used,
    voiceUsedMinutes:
      plan.voiceMinutes === 0 ? 0 : random.int(10, plan.voiceMinutes === 'unlimited' ? 900 : Math.round(plan.voiceMinutes * 1.1)),
    roaming: {
      enabled: roamingCountry !== null,
      country: roamingCountry,
      since: roamingCountry === null ? null : addDays(sampleToday, -random.int(0, 6)),
    },
    device: device(random, plan),
    contract: start === null ? null : { months: plan.contractMonths, startDate: start, endDate: addMonths(start, plan.contractMonths) },
    addOns: topUps({ random, plan, number: options.number, used }),
    network: network({ random, customer }),
    suspension: null,
    suspensionHistory: random.chance(0.03) ? [{ reason: 'customer-request', from: '2026-02-02', to: '2026-03-03' }] : [],
    planChangedAt: random.chance(0.05) ? addDays(sampleCycle.start, random.int(0, 18)) : null,
  };
}
