// Resolving a travel destination (ISO code, Korean or English name, common aliases) to a roaming country and its zone.
import { phraseSimilarity } from '../../../models/builtin/index.ts';
import { type RoamingZoneId, roamingCountries } from '../telecom-policy.ts';

const aliases: Record<string, string> = {
  USA: 'US',
  AMERICA: 'US',
  미주: 'US',
  UK: 'GB',
  ENGLAND: 'GB',
  영국: 'GB',
  베트남: 'VN',
  터키: 'TR',
  두바이: 'AE',
};

/**
 * @example
 * findCountry('일본')?.code; // 'JP'
 * findCountry('usa')?.code; // 'US'
 */
export function findCountry(query: string): { code: string; zone: RoamingZoneId; name: { ko: string; en: string } } | undefined {
  const trimmed = query.trim();
  const upper = trimmed.toUpperCase();
  const code = roamingCountries[upper] ? upper : aliases[upper];
  if (code !== undefined) {
    const country = roamingCountries[code];
    return country ? { code, ...country } : undefined;
  }
  let best: { code: string; score: number } | undefined;
  for (const [candidate, country] of Object.entries(roamingCountries)) {
    const score = Math.max(phraseSimilarity(trimmed, country.name.ko), phraseSimilarity(trimmed, country.name.en));
    if (!best || score > best.score) best = { code: candidate, score };
  }
  if (!best || best.score < 0.88) return undefined;
  const country = roamingCountries[best.code]!;
  return { code: best.code, ...country };
}
