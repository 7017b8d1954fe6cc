// The numbers a telecom care chat holds about a customer's handset, SIM and router: IMEIs, SIM card numbers (ICCID) and MAC
// addresses, in Korean and English messages, with numbers of the same length that are none (orders, tickets, times,
// versions). Scored for genstack and the peer.
import { measureCases, type Scan, type TypedCase } from './typed-case-counts.ts';

const imeis = ['352099001761481', '35-676211-234567-8', '86 012345 678901 4', '013263009876540'];
const imeiFrames: ReadonlyArray<(value: string) => string> = [
  (value) => `분실 신고할게요 IMEI ${value} 입니다`,
  (value) => `단말기 고유번호는 ${value}예요`,
  (value) => `my phone's IMEI: ${value}, please block it`,
  (value) => `IMEI number ${value} — is it unlocked?`,
];
const iccids = ['8982300012345678901', '89823000123456789014', '8982 0512 3456 7890 128'];
const iccidFrames: ReadonlyArray<(value: string) => string> = [
  (value) => `유심 번호 ${value} 개통해 주세요`,
  (value) => `새 유심 카드 뒷면 번호가 ${value}이에요`,
  (value) => `SIM card number ${value}, activation failed`,
  (value) => `ICCID: ${value}`,
];
const macAddresses = ['00:1A:2B:3C:4D:5E', '3c:22:fb:90:aa:01', 'A4-5E-60-C2-11-F9', '001a.2b3c.4d5e'];
const macFrames: ReadonlyArray<(value: string) => string> = [
  (value) => `공유기 MAC 주소는 ${value} 입니다`,
  (value) => `와이파이 연결이 자꾸 끊겨요. 기기 ${value}`,
  (value) => `my router's MAC address is ${value}`,
  (value) => `device ${value} keeps dropping off the network`,
];

/** Numbers of the same lengths and separators that identify no device. */
const negatives = [
  '주문번호 352099001761482 배송 조회',
  '송장번호 8982300012345678902 확인 부탁드려요',
  '회의는 10:30:45에 시작해요',
  '버전 1.2.3 에서 2.0.1로 업데이트했어요',
  '요금제 변경 12-34-56 코드 적용',
  'order 352099001761482 has not arrived',
  'ticket 35-209900-176148-2 is still open',
  'the call lasted 01:02:03:04',
  'build 2024.1105.0915 failed',
  'broadcast FF:FF:FF:FF:FF:FF is not a device',
  'error E-1A-2B-3C at boot, code 4D:5E',
  'serial 1234-5678-9012 on the box',
];

const fill = (type: string, values: readonly string[], frames: ReadonlyArray<(value: string) => string>): TypedCase[] =>
  values.flatMap((value) => frames.map((frame) => ({ text: frame(value), type, value })));

/**
 * @example
 * deviceIdentifierCases().positives[0]; // { text: '분실 신고할게요 IMEI 352099001761481 입니다', type: 'IMEI', value: '352099001761481' }
 */
export function deviceIdentifierCases(): { positives: TypedCase[]; negatives: string[] } {
  return {
    positives: [...fill('IMEI', imeis, imeiFrames), ...fill('ICCID', iccids, iccidFrames), ...fill('MAC_ADDRESS', macAddresses, macFrames)],
    negatives,
  };
}

/**
 * @example
 * await measureDeviceIdentifiers({ genstack: scanWithGenstack, peer: (text) => peer.scan(text) });
 */
export async function measureDeviceIdentifiers(scanners: { genstack: Scan; peer: Scan }) {
  return measureCases(deviceIdentifierCases(), scanners);
}
