// Fuzzy finders built from the assistant's own data: plan names (rebuilt when the plans change) and roaming countries.
import { createGazetteer, type Gazetteer, type GazetteerMatch } from '../../../assistants/index.ts';
import type { RecordCollections } from '../../records/types.ts';
import type { Plan } from '../schemas/plan-schema.ts';
import { roamingCountries } from '../telecom-policy.ts';

export interface PlanFinder {
  /** Plans named in the text, best first; several only when they are about equally close. */
  find(text: string): { plans: Plan[]; ambiguous: boolean };
  get(planId: string): Plan | undefined;
  open(): readonly Plan[];
}

const cache = new WeakMap<RecordCollections, { version: number; finder: PlanFinder }>();

/** Plan names without the generic words people drop ("5G 스탠다드 요금제" ≈ "5G 스탠다드"). */
function planNames(plan: Plan): string[] {
  const spaced = plan.planId.replace(/-/gu, ' ');
  return [plan.name.ko, plan.name.en, plan.planId, spaced, plan.name.ko.replace(/\s+/gu, ''), plan.name.en.replace(/^Business /u, 'Biz ')];
}

/**
 * @example
 * planFinder(records).find('5G 스탠다드로 바꿔 주세요').plans[0]?.planId; // '5G-STANDARD'
 */
export function planFinder(records: RecordCollections): PlanFinder {
  const version = records.version('plans');
  const cached = cache.get(records);
  if (cached?.version === version) return cached.finder;
  const plans = records.all<Plan>('plans');
  const byId = new Map(plans.map((plan) => [plan.planId, plan]));
  const gazetteer = createGazetteer(plans.map((plan) => ({ id: plan.planId, names: planNames(plan) })));
  const finder: PlanFinder = {
    find(text) {
      const matches = dropContained(gazetteer.find(text, { limit: 8, minScore: 0.88 }));
      const best = matches[0];
      if (!best) return { plans: [], ambiguous: false };
      // "5G 무제한" also matches inside "5G 청년 무제한": a longer exact window wins over a shorter one.
      const close = matches.filter((match) => match.score >= best.score - 0.02);
      const plansFound = matches
        .filter((match) => match.score >= best.score - 0.06)
        .map((match) => byId.get(match.id))
        .filter((plan): plan is Plan => plan !== undefined);
      return { plans: plansFound, ambiguous: close.length > 1 && !distinctMentions(close) };
    },
    get: (planId) => byId.get(planId),
    open: () => plans.filter((plan) => plan.openForSubscription),
  };
  cache.set(records, { version, finder });
  return finder;
}

/** Matches whose words sit inside a longer match of another plan are echoes of it ("5G 무제한" in "5G 청년 무제한"). */
function dropContained(matches: GazetteerMatch[]): GazetteerMatch[] {
  return matches.filter(
    (match) =>
      !matches.some(
        (other) =>
          other !== match && other.score >= match.score && other.text.length > match.text.length && other.text.includes(match.text),
      ),
  );
}

/** Two close matches on different words of the message are two plans named (a comparison), not one unclear name. */
function distinctMentions(matches: GazetteerMatch[]): boolean {
  const texts = matches.map((match) => match.text);
  return new Set(texts).size === texts.length && texts.every((text) => !texts.some((other) => other !== text && other.includes(text)));
}

const countryAliases: Record<string, string[]> = {
  US: ['미국', 'USA', 'America', '미주', '뉴욕', '하와이'],
  GB: ['영국', 'UK', 'England', '런던', 'London'],
  JP: ['일본', '도쿄', '오사카', '후쿠오카', 'Tokyo', 'Osaka'],
  CN: ['중국', '베이징', '상하이', 'Beijing', 'Shanghai'],
  VN: ['베트남', '다낭', '하노이', 'Danang', 'Hanoi'],
  TH: ['태국', '방콕', 'Bangkok'],
  TR: ['터키', 'Turkey'],
  AE: ['두바이', 'Dubai', 'UAE'],
  FR: ['파리', 'Paris'],
};

let countryGazetteer: Gazetteer | undefined;

/**
 * @example
 * countryIn('다음 주에 도쿄 가요'); // 'JP'
 */
export function countryIn(text: string): string | undefined {
  countryGazetteer ??= createGazetteer(
    Object.entries(roamingCountries).map(([code, country]) => ({
      id: code,
      names: [country.name.ko, country.name.en, ...(countryAliases[code] ?? [])],
    })),
  );
  return countryGazetteer.find(text, { limit: 1, minScore: 0.9 })[0]?.id;
}
