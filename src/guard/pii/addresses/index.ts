// The ADDRESS recogniser: Korean road-name and lot-number addresses and street addresses in Latin script.
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
  find(text: string, _options: ScanOptions): PiiFinding[] {
    return [...findKoreanAddresses(text), ...findEnglishAddresses(text)];
  },
};
