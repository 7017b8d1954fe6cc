// Finding plans by id or fuzzy Korean/English name, and a plan's readable view in the conversation's language.
import type { ToolContext } from '../../../assistants/index.ts';
import { type Language, phraseSimilarity } from '../../../models/builtin/index.ts';
import type { RecordCollections } from '../../records/types.ts';
import type { Plan } from '../schemas/plan-schema.ts';
import { planFeatureLabels, roamingZone } from '../telecom-policy.ts';
import { fail, formatGb, formatSpeed, say, won } from './tool-support.ts';

/** Words people add around a plan name that do not tell plans apart. */
const fillerWords = /(요금제|플랜|으로|로|plan|the|please)/giu;
const minimumSimilarity = 0.86;

function score(plan: Plan, query: string): number {
  const cleaned = query.replace(fillerWords, ' ').trim();
  return Math.max(
    phraseSimilarity(cleaned, plan.name.ko),
    phraseSimilarity(cleaned, plan.name.en),
    phraseSimilarity(cleaned, plan.planId.replace(/-/gu, ' ')),
  );
}

/** Plans ranked by how well their name matches the query (best first). */
export function rankPlans(records: RecordCollections, query: string): { plan: Plan; score: number }[] {
  return records
    .all<Plan>('plans')
    .map((plan) => ({ plan, score: score(plan, query) }))
    .sort((first, second) => second.score - first.score);
}

/**
 * A plan by exact id or by a close enough name; otherwise a 'not_found' failure that names the closest plans.
 * @example
 * findPlan({ records, context, query: '5G 스탠다드' }).planId; // '5G-STANDARD'
 */
export function findPlan(options: { records: RecordCollections; context: ToolContext; query: string }): Plan {
  const { records, context, query } = options;
  const exact = records.get<Plan>('plans', query.trim().toUpperCase());
  if (exact) return exact;
  const ranked = rankPlans(records, query);
  const best = ranked[0];
  // A clear winner only: two names equally close (5G Slim / 5G Lite) need the user to choose.
  if (best && best.score >= minimumSimilarity && (ranked[1]?.score ?? 0) < best.score) return best.plan;
  const closest = ranked.slice(0, 3).map((entry) => say(context, entry.plan.name));
  return fail(context, 'not_found', {
    ko: `'${query}'에 해당하는 요금제를 찾지 못했습니다. 비슷한 요금제: ${closest.join(', ')}`,
    en: `No plan matches '${query}'. Closest: ${closest.join(', ')}`,
  });
}

function allowance(value: number | 'unlimited', unit: { ko: string; en: string }, language: Language): string {
  if (value === 'unlimited') return language === 'ko' ? '무제한' : 'unlimited';
  return language === 'ko' ? `${value}${unit.ko}` : `${value} ${unit.en}`;
}

/** Data allowance in words: '24GB, then 1Mbps' / 'unlimited'. */
export function describeData(plan: Plan, language: Language): string {
  if (plan.dataGb === null) return language === 'ko' ? '무제한 (속도 제한 없음)' : 'unlimited (no speed limit)';
  const amount = formatGb(plan.dataGb, language);
  if (plan.throttleMbps !== null)
    return language === 'ko' ? `${amount}, 소진 후 ${formatSpeed(plan.throttleMbps)}` : `${amount}, then ${formatSpeed(plan.throttleMbps)}`;
  return language === 'ko' ? `${amount}, 초과 시 MB당 10원` : `${amount}, then ₩10 per MB`;
}

/**
 * What a customer reads about a plan.
 * @example
 * planView(plan, 'en').monthlyFeeText; // '₩59,000 per month (VAT excluded)'
 */
export function planView(plan: Plan, language: Language) {
  const zones = plan.roaming.zones.map((zone) => say({ language }, roamingZone(zone).name));
  return {
    planId: plan.planId,
    name: say({ language }, plan.name),
    segment: plan.segment,
    network: plan.network,
    monthlyFee: plan.monthlyFee,
    monthlyFeeText: language === 'ko' ? `월 ${won(plan.monthlyFee)} (부가세 별도)` : `${won(plan.monthlyFee)} per month (VAT excluded)`,
    dataGb: plan.dataGb,
    data: describeData(plan, language),
    voice: allowance(plan.voiceMinutes, { ko: '분', en: 'minutes' }, language),
    sms: allowance(plan.sms, { ko: '건', en: 'texts' }, language),
    roaming:
      plan.roaming.dataGbPerMonth > 0
        ? language === 'ko'
          ? `로밍 데이터 월 ${plan.roaming.dataGbPerMonth}GB 포함 (${zones.join(', ')})`
          : `${plan.roaming.dataGbPerMonth} GB roaming data a month included (${zones.join(', ')})`
        : language === 'ko'
          ? '로밍 포함 없음 (일일권 요금 적용)'
          : 'No roaming included (daily passes apply)',
    contractMonths: plan.contractMonths,
    commitment:
      plan.contractMonths === 0
        ? say({ language }, { ko: '약정 없음', en: 'No commitment' })
        : say(
            { language },
            { ko: `${plan.contractMonths}개월 약정, 월정액 25% 할인`, en: `${plan.contractMonths}-month commitment, 25% off the fee` },
          ),
    features: plan.features.map((feature) => say({ language }, planFeatureLabels[feature])),
    eligibility: plan.eligibility
      ? say(
          { language },
          plan.eligibility.minAge !== undefined
            ? { ko: `만 ${plan.eligibility.minAge}세 이상`, en: `Aged ${plan.eligibility.minAge} or older` }
            : { ko: `만 ${plan.eligibility.maxAge}세 이하`, en: `Aged ${plan.eligibility.maxAge} or younger` },
        )
      : undefined,
    description: say({ language }, plan.description),
    openForSubscription: plan.openForSubscription,
  };
}
