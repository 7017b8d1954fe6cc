// Hour-of-day shapes of card spending in Korea (KST): lunch and evening peaks, late-night delivery and taxis, fraud at night.
import { cumulativeWeights } from './random-tools.ts';

export type HourProfileName = 'daily' | 'daytime' | 'morning' | 'meal' | 'evening' | 'late' | 'flat' | 'fraud';

// Index = hour 0…23; relative weights, not shares.
const profiles: Record<HourProfileName, readonly number[]> = {
  daily: [1.2, 0.7, 0.4, 0.3, 0.25, 0.35, 0.9, 2.2, 3.5, 3.8, 4.2, 5.5, 7.5, 6.5, 5, 4.8, 5, 6, 7.5, 8, 7, 5.5, 3.8, 2.2],
  daytime: [0.2, 0.1, 0.05, 0.05, 0.05, 0.1, 0.6, 1.8, 3.5, 5, 6.5, 7, 6.5, 6, 6.5, 6.5, 6.5, 6.5, 6.5, 6, 5, 3.5, 1.8, 0.6],
  morning: [0.3, 0.1, 0.05, 0.05, 0.05, 0.2, 1.2, 5, 8, 6.5, 5, 5, 7.5, 8, 5.5, 5, 4.5, 4, 3, 2.5, 2, 1.5, 1, 0.6],
  meal: [1.5, 0.8, 0.4, 0.2, 0.1, 0.1, 0.3, 0.8, 1.2, 1.2, 1.8, 6, 10, 7, 2.5, 1.8, 2, 4.5, 9, 10, 8, 5, 3.5, 2.5],
  evening: [3.2, 1.8, 1, 0.6, 0.4, 0.4, 0.8, 1.6, 2.5, 3.5, 4, 4.5, 5, 4.8, 4.5, 4.5, 4.8, 5, 5.5, 6.5, 7.5, 8, 7.5, 5.5],
  late: [3, 2.2, 1.6, 1.2, 1, 1.2, 2.2, 4, 5.5, 4.5, 4, 4.5, 6.5, 5.5, 4.5, 4.5, 5, 5.5, 6.5, 6.5, 6, 5.5, 5, 4],
  flat: [4, 4, 4, 3.8, 3.5, 3.5, 3.5, 3.5, 3.8, 4, 4.2, 4.4, 4.5, 4.5, 4.5, 4.5, 4.5, 4.5, 4.5, 4.5, 4.5, 4.3, 4.2, 4.1],
  fraud: [6, 7, 7, 6.5, 5.5, 4, 2, 1.5, 1.5, 2, 2, 2.5, 2.5, 2.5, 2.5, 2.5, 2.5, 2.5, 3, 3, 3.5, 4, 4.5, 5],
};

/** Cumulative weights per profile, ready for `pickIndex`. */
export const hourProfiles: Record<HourProfileName, Float64Array> = {
  daily: cumulativeWeights(profiles.daily),
  daytime: cumulativeWeights(profiles.daytime),
  morning: cumulativeWeights(profiles.morning),
  meal: cumulativeWeights(profiles.meal),
  evening: cumulativeWeights(profiles.evening),
  late: cumulativeWeights(profiles.late),
  flat: cumulativeWeights(profiles.flat),
  fraud: cumulativeWeights(profiles.fraud),
};
