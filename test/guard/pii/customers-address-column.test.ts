// A customer's drop-off address in an export's column under its header, beside a column of stores, read the same at the
// first row and the sixtieth; past sixty rows the header no longer vouches for it, however the rows are reached (the last
// row asked first, or every row in order as the scan asks).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isInCustomersAddressColumn } from '../../../src/guard/pii/addresses/customers-address-cells.ts';

function exportOf(header: string, row: (index: number) => string, rows: number): string {
  return [header, ...Array.from({ length: rows }, (_, index) => row(index))].join('\n');
}

for (const [language, header, row] of [
  ['Korean', '매장,배송지', (index: number) => `교촌 합정점,서울 마포구 양화로6길 ${index + 1}-14`],
  ['English', 'store,dropoff_addr', (index: number) => `Pizza Palace Soho,${index + 1} Baker Street, London`],
] as const) {
  test(`the header stands for sixty rows below it, not sixty-one (${language})`, () => {
    for (const [rows, expected] of [
      [1, true],
      [60, true],
      [61, false],
      [400, false],
    ] as const) {
      const text = exportOf(header, row, rows);
      const valueAt = (lineStart: number) => text.indexOf(',', lineStart) + 1;
      const lastRow = text.lastIndexOf('\n') + 1;
      assert.equal(isInCustomersAddressColumn(text, valueAt(lastRow)), expected, `last row of ${rows}, asked first`);
      // Every row in order, as a scan asks: each row's answer is read from the one above it.
      const starts = [...text.matchAll(/\n/g)].map((match) => match.index + 1);
      const answers = starts.map((start) => isInCustomersAddressColumn(text, valueAt(start)));
      assert.deepEqual(
        answers,
        starts.map((_, index) => index < 60),
        `${rows} rows in order`,
      );
    }
  });
}

test('a line without the delimiter between the header and the row ends the table (Korean and English)', () => {
  for (const text of [
    '매장,배송지\n교촌 합정점,서울 마포구 양화로6길 9-14\n\n교촌 합정점,서울 마포구 양화로6길 9-14',
    'store,dropoff_addr\nPizza Palace,1 Baker Street\nnotes\nPizza Palace,2 Baker Street',
  ]) {
    const firstRow = text.indexOf('\n') + 1;
    const lastRow = text.lastIndexOf('\n') + 1;
    assert.equal(isInCustomersAddressColumn(text, text.indexOf(',', firstRow) + 1), true);
    assert.equal(isInCustomersAddressColumn(text, text.indexOf(',', lastRow) + 1), false);
  }
});
