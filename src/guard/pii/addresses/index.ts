// The ADDRESS recogniser: Korean road-name and lot-number addresses and street addresses in Latin script.
import { hasFeatures, textFeature, textFeatures, type TextFeatures } from '../text-features.ts';
import type { PiiFinding, PiiRecognizer, ScanOptions } from '../types.ts';
import { findEnglishAddresses } from './english-addresses.ts';
import { findKoreanAddresses } from './korean-addresses.ts';
import { findLabelledAddressLines, mayHoldAddressPhrase } from './labelled-address-lines.ts';

/**
 * Addresses are anchored on a road or lot number and widened to their districts and units; a bare road name without a number is never one.
 *
 * @example
 * addressRecognizer.find('서울 강남구 테헤란로 152 3층', {})[0]?.text; // '서울 강남구 테헤란로 152 3층'
 */
export const addressRecognizer: PiiRecognizer = {
  name: 'address',
  types: ['ADDRESS'],
  // Every address holds a number: a Korean one right after its anchor syllable, a Latin one near a street word.
  mightMatch: (text) => {
    const features = textFeatures(text);
    return (
      hasFeatures(features, textFeature.digit) &&
      ((features.flags & (textFeature.koreanAddressAnchor | textFeature.streetWord)) !== 0 || mayHoldAddressLabel(text, features))
    );
  },
  find(text: string, _options: ScanOptions): PiiFinding[] {
    const features = textFeatures(text);
    // The anchor flag is exactly the anchor pattern's condition, so a clear flag means no Korean address.
    const found = hasFeatures(features, textFeature.koreanAddressAnchor) ? findKoreanAddresses(text) : [];
    // The street flag is set wherever the street-type pattern could start, so a clear flag means no Latin address.
    if (hasFeatures(features, textFeature.streetWord)) for (const finding of findEnglishAddresses(text)) found.push(finding);
    if (!mayHoldAddressLabel(text, features)) return found;
    // A labelled line is the whole address; a street found inside it is a part of the same one.
    const lines = findLabelledAddressLines(text);
    if (lines.length === 0) return found;
    const outside = found.filter((finding) => !lines.some((line) => line.start <= finding.start && finding.end <= line.end));
    return [...outside, ...lines];
  },
};

/** An address label (with a colon after a Latin letter) or an address phrase ("my address is", "I live at"). */
function mayHoldAddressLabel(text: string, features: TextFeatures): boolean {
  return mayHoldAddressPhrase(text, hasFeatures(features, textFeature.latinColon));
}
