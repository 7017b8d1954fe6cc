// The peer: the npm package `openredaction` (MIT, regex-first, 570+ patterns) with stock options, its entity types mapped onto ours.
import { OpenRedaction } from 'openredaction';
import type { PiiType } from '../../../src/guard/pii/types.ts';
import type { Span } from './score.ts';

/** openredaction types that name the same thing as one of ours; anything else it reports is ignored (not counted against it). */
export const openredactionTypeMap: Readonly<Record<string, PiiType>> = {
  SOUTH_KOREAN_RRN: 'RRN',
  PHONE: 'PHONE',
  PHONE_INTERNATIONAL: 'PHONE',
  PHONE_UK: 'PHONE',
  PHONE_UK_MOBILE: 'PHONE',
  PHONE_US: 'PHONE',
  PHONE_LINE_NUMBER: 'PHONE',
  EMAIL: 'EMAIL',
  IPV4: 'IP_ADDRESS',
  IPV6: 'IP_ADDRESS',
  IBAN: 'IBAN',
  UK_BANK_ACCOUNT_IBAN: 'IBAN',
  SSN: 'US_SSN',
  CREDIT_CARD: 'CREDIT_CARD',
  PASSPORT_US: 'PASSPORT',
  PASSPORT_UK: 'PASSPORT',
  PASSPORT_MRZ_TD1: 'PASSPORT',
  PASSPORT_MRZ_TD3: 'PASSPORT',
  DRIVING_LICENSE_US: 'DRIVER_LICENSE',
  DRIVING_LICENSE_UK: 'DRIVER_LICENSE',
  DRIVER_ID: 'DRIVER_LICENSE',
  BANK_ACCOUNT_UK: 'BANK_ACCOUNT',
  UK_SORT_CODE_ACCOUNT: 'BANK_ACCOUNT',
  DATE_OF_BIRTH: 'DATE_OF_BIRTH',
  MEDICAL_RECORD_NUMBER: 'MEDICAL_RECORD',
  HEALTH_PLAN_NUMBER: 'HEALTH_INSURANCE',
  NAME: 'PERSON',
  ADDRESS_STREET: 'ADDRESS',
  ADDRESS_PO_BOX: 'ADDRESS',
};

/** Our types openredaction has at least one pattern for; the peer is scored on these only. */
export const openredactionSupportedTypes: readonly PiiType[] = [...new Set(Object.values(openredactionTypeMap))];

export interface PeerFinding extends Span {
  peerType: string;
}

/**
 * A scanner over openredaction's `detect`, returning spans in our types (unmapped types dropped).
 * @example
 * const peer = createOpenRedactionScanner();
 * await peer.scan('Call 010-1234-5678'); // [{ type: 'PHONE', start: 5, end: 18, peerType: 'PHONE_UK' }]
 */
export function createOpenRedactionScanner() {
  const detector = new OpenRedaction({});
  return {
    name: 'openredaction',
    /** Spans in our types. */
    async scan(text: string): Promise<PeerFinding[]> {
      const result = await detector.detect(text);
      return result.detections.flatMap((detection) => {
        const type = openredactionTypeMap[detection.type];
        return type ? [{ type, start: detection.position[0], end: detection.position[1], peerType: detection.type }] : [];
      });
    },
    /** Raw detection only, for throughput. */
    async detectOnly(text: string): Promise<number> {
      return (await detector.detect(text)).detections.length;
    },
  };
}
