// Vehicle identifiers: Korean number plates and VINs, with the words around them, and the quantities and codes that
// only look like them (Korean and English).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasValidVinCheckDigit } from '../../../src/guard/pii/recognizers/vehicle-recognizers.ts';
import { found, scanChecked } from './pii-test-helpers.ts';

test('Korean plates in the new, old and regional forms, spaced or not (ko)', () => {
  assert.deepEqual(found('차량번호 12가 3456 입차했어요'), ['VEHICLE_PLATE:12가 3456']);
  assert.deepEqual(found('123가4567 차 정비 예약할게요'), ['VEHICLE_PLATE:123가4567']);
  assert.deepEqual(found('서울12가3456 견인됐어요'), ['VEHICLE_PLATE:서울12가3456']);
  assert.deepEqual(found('렌터카 번호판 123허 4567 반납합니다'), ['VEHICLE_PLATE:123허 4567']);
  const [labelled] = scanChecked('주차 등록: 34나 5678');
  assert.equal(labelled?.score, 0.9, 'a vehicle word raises the score');
});

test('a plate in English text, and the VIN with or without its label (en)', () => {
  assert.deepEqual(found('My car plate is 34나 5678, parked on B2'), ['VEHICLE_PLATE:34나 5678']);
  assert.deepEqual(found('VIN 1HGCM82633A004352, odometer 42,000 km'), ['VIN:1HGCM82633A004352']);
  assert.deepEqual(found('차대번호 KMHDU41BP8U123456 입니다'), ['VIN:KMHDU41BP8U123456']);
  // Without its label, seventeen characters are as often a serial: not a VIN, even with a valid check digit.
  assert.deepEqual(found('serial 1HGCM82633A004352'), []);
  assert.equal(scanChecked('VIN 1HGCM82633A004352')[0]?.score, 0.95, 'the check digit raises the score');
  assert.equal(hasValidVinCheckDigit('1HGCM82633A004352'), true);
  assert.equal(hasValidVinCheckDigit('1HGCM82643A004352'), false);
});

test("another country's plate counts after its label, as far as its shape goes (en)", () => {
  assert.deepEqual(found('at the panelbeater, reg is CA 418-295. Call me'), ['VEHICLE_PLATE:CA 418-295']);
  assert.deepEqual(found('2016 Honda Civic, plate JKL 4821\nPrevious landlord'), ['VEHICLE_PLATE:JKL 4821']);
  assert.deepEqual(found('Vehicle registration: LK19 XWM'), ['VEHICLE_PLATE:LK19 XWM']);
  assert.deepEqual(found('Vehicle involved: 191-D-44827, silver Toyota'), ['VEHICLE_PLATE:191-D-44827']);
  assert.deepEqual(found('Toyota Corolla Hybrid, rego CZ84LK, thanks'), ['VEHICLE_PLATE:CZ84LK']);
  // A date, a name or words after the label are no plate.
  for (const text of [
    'Registration: 2024-01-02 for the event',
    'Plate: chrome finish',
    'reg is OPEN until 5 PM',
    'Vehicle: 2016 Honda Civic',
  ])
    assert.deepEqual(found(text), [], text);
});

test('quantities, prices and codes that look like plates or VINs are not (ko, en)', () => {
  for (const text of [
    '12주 3000원씩 적립돼요',
    '12조 3456억 매출',
    '12가지 3456개 상품',
    '상품 3가 1234',
    '주문번호 ABCDEFGH123451234',
    'tracking 1Z999AA10123456784',
    'Model SM-S928N, 12 months warranty',
  ])
    assert.deepEqual(found(text), [], text);
});

test("a plate in brackets after a car's make and model, and after 'plates' (en, ko)", () => {
  assert.deepEqual(found('Hi, your 2019 Toyota RAV4 (7KPL294) is ready for pickup.'), ['VEHICLE_PLATE:7KPL294']);
  assert.deepEqual(found('고객님 2021 Proton X50 (VDK 3318) 정비 완료되었습니다'), ['VEHICLE_PLATE:VDK 3318']);
  assert.deepEqual(found('Your Nissan Versa is ready, plates NXT-482-A.'), ['VEHICLE_PLATE:NXT-482-A']);
  // A trim, a chassis code or a year in the brackets is no plate, nor a listing's model code.
  for (const text of [
    'your Toyota Camry (XSE V6) for sale',
    'my BMW X5 (G05) 서비스 예약',
    'your VW Golf (MK7) parts',
    'my Ford F-150 (2019)',
    'The Ford Ranger (MDL-A927) shows $57,000 in app',
  ])
    assert.deepEqual(found(text), [], text);
});

test("a vehicle column's truck sizes and models are not plates; its plates are (ko, en)", () => {
  assert.deepEqual(found('구간,성명,차량,연락처\n1,박서준,1톤 탑차,010-2345-6789\n2,이하은,서울12가3456,010-3456-7890'), [
    'PERSON:박서준',
    'PHONE:010-2345-6789',
    'PERSON:이하은',
    'VEHICLE_PLATE:서울12가3456',
    'PHONE:010-3456-7890',
  ]);
  assert.deepEqual(
    found('Driver,Vehicle,Phone\nTom Baker,7.5T BOX,+44 7700 900123\nAmy Clarke,SK63 HBD,+44 7700 900456').filter((finding) =>
      finding.startsWith('VEHICLE_PLATE:'),
    ),
    ['VEHICLE_PLATE:SK63 HBD'],
  );
});

test('a plate after "reg." with its dot or after 번호판; a VAT or a translator\'s registration is none (en, ko)', () => {
  const plates = (text: string) => found(text).filter((value) => value.startsWith('VEHICLE_PLATE:'));
  assert.deepEqual(plates('Vehicle: 2019 Toyota Corolla Quest, reg. HTK 218 GP, fuel full'), ['VEHICLE_PLATE:HTK 218 GP']);
  assert.deepEqual(plates('Vehicle: VW Golf 1.5 eTSI, reg. B-RT 4412, km out 18,204'), ['VEHICLE_PLATE:B-RT 4412']);
  assert.deepEqual(plates('차량: Toyota Corolla Cross, 번호판 CA 482-917 (렌터카)'), ['VEHICLE_PLATE:CA 482-917']);
  assert.deepEqual(plates('VAT reg. GB 284 7391 06. Translated by Lee Min-jae (translator reg. TR-2019-0412)'), []);
});

test('a whole plate after a bare "vehicle" or 차량, not a car described by its model year or another label (en, ko)', () => {
  const plates = (text: string) => found(text).filter((finding) => finding.startsWith('VEHICLE_PLATE:'));
  assert.deepEqual(plates('Third party: vehicle CA 448-211, cell 083 210 4478'), ['VEHICLE_PLATE:CA 448-211']);
  assert.deepEqual(plates('상대 차량: CY 71350 (운전자 요한)'), ['VEHICLE_PLATE:CY 71350']);
  for (const text of ['차량: K5 DL3 2020 흰색', 'vehicle: 2021 RAV4 GXL', 'vehicle ID 20391 checked', 'Vehicle 2 was a white Hilux'])
    assert.deepEqual(plates(text), [], text);
});
