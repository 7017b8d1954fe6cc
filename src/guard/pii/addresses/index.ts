// The ADDRESS recogniser: Korean road-name and lot-number addresses and street addresses in Latin script.
import { hasFeatures, textFeature, textFeatures } from '../text-features.ts';
import type { PiiFinding, PiiRecognizer, ScanOptions } from '../types.ts';
import { findEnglishAddresses } from './english-addresses.ts';
import { findKoreanAddresses } from './korean-addresses.ts';

/**
 * Addresses are anchored on a road or lot number and widened to their districts and units; a bare road name without a number is never one.
 *
 * @example
 * addressRecognizer.find('서울 강남구 테헤란로 152 3층', {})[0]?.text; // '서울 강남구 테헤란로 152 3층'
 */
export const addressRecognizer: PiiRecognizer = {
  name: 'address',
  types: ['ADDRESS'],
  // Every address holds a number: a Korean one is anchored on Hangul, a Latin one on a street word.
  mightMatch: (text) => {
    const features = textFeatures(text);
    return (
      hasFeatures(features, textFeature.digit) &&
      (features.flags & (textFeature.hangul | textFeature.upperLatin | textFeature.lowerLatin)) !== 0
    );
  },
  find(text: string, _options: ScanOptions): PiiFinding[] {
    const features = textFeatures(text);
    const korean = hasFeatures(features, textFeature.hangul) ? findKoreanAddresses(text) : [];
    if ((features.flags & (textFeature.upperLatin | textFeature.lowerLatin)) === 0) return korean;
    for (const finding of findEnglishAddresses(text)) korean.push(finding);
    return korean;
  },
};
