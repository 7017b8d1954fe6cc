// The HTML report: self-contained, headline numbers shown, data text escaped, Korean labels, reasonable size.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { seededRandom } from '../../../src/core/seeded-random.ts';
import { buildSynthReport, renderHtmlReport } from '../../../src/synth/reports/index.ts';
import type { Cell, ColumnSpec, TypedTable } from '../../../src/synth/table/types.ts';
import { categoricalSpec, customers, datetimeSpec, numericSpec, tableOf } from './tables.ts';

function renamed(table: TypedTable, from: string, to: string): TypedTable {
  return {
    rowCount: table.rowCount,
    columns: table.columns.map((column) =>
      column.spec.name === from ? { spec: { ...column.spec, name: to }, values: column.values } : column,
    ),
  };
}

const real = renamed(customers(800, { random: seededRandom(1) }), '나이', '<b>나이</b>');
const synthetic = renamed(customers(800, { random: seededRandom(2), offset: 5000 }), '나이', '<b>나이</b>');
const report = buildSynthReport({ real, synthetic, target: '구매여부', epsilon: 1 });

test('English report: headline numbers, inline SVG, no scripts or external assets', () => {
  const html = renderHtmlReport(report, { real, synthetic, title: 'Customers & <friends>' });
  assert.ok(html.startsWith('<!doctype html>'));
  assert.ok(html.includes('<html lang="en">'));
  assert.ok(html.includes('Customers &amp; &lt;friends&gt;'));
  for (const score of [report.summary.overallQuality, report.summary.columnShapes, report.summary.columnPairTrends]) {
    assert.ok(html.includes(`${((score ?? 0) * 100).toFixed(1)}%`), `missing ${score}`);
  }
  assert.ok(html.includes((report.summary.utilityRatio ?? 0).toFixed(3)));
  assert.ok(html.includes('<svg'));
  assert.ok(html.includes('Overall quality') && html.includes('Column pair trends') && html.includes('Privacy'));
  assert.ok(!/<script/i.test(html));
  assert.ok(!/(src|href)=["']https?:/i.test(html));
});

test('column names are escaped everywhere', () => {
  const html = renderHtmlReport(report, { real, synthetic, lang: 'ko' });
  assert.ok(!html.includes('<b>나이</b>'));
  assert.ok(html.includes('&lt;b&gt;나이&lt;/b&gt;'));
});

test('Korean report uses Korean labels', () => {
  const html = renderHtmlReport(report, { real, synthetic, lang: 'ko' });
  assert.ok(html.includes('<html lang="ko">'));
  for (const label of ['품질', '열 분포', '열 쌍 경향', '개인정보 보호', '유용성', '진단', '실제', '합성']) {
    assert.ok(html.includes(label), `missing ${label}`);
  }
  assert.ok(html.includes('서울'));
});

test('15 columns × 3000 rows render well under 2 MB', () => {
  const random = seededRandom(9);
  const make = (): TypedTable => {
    const columns: [ColumnSpec, Cell[]][] = [];
    for (let index = 0; index < 8; index += 1) {
      columns.push([numericSpec(`수치${index}`), Array.from({ length: 3000 }, () => random() * 100)]);
    }
    for (let index = 0; index < 6; index += 1) {
      columns.push([categoricalSpec(`범주${index}`), Array.from({ length: 3000 }, () => `값${Math.floor(random() * 40)}`)]);
    }
    columns.push([datetimeSpec('날짜'), Array.from({ length: 3000 }, () => Date.UTC(2024, 0, 1) + random() * 3e10)]);
    return tableOf(columns);
  };
  const bigReal = make();
  const bigSynthetic = make();
  const html = renderHtmlReport(buildSynthReport({ real: bigReal, synthetic: bigSynthetic }), { real: bigReal, synthetic: bigSynthetic });
  assert.ok(html.length < 2_000_000, `${html.length} characters`);
  assert.equal(html.match(/<figure>/g)?.length, 15 + 4);
  assert.ok(html.includes('2024-'));
});
