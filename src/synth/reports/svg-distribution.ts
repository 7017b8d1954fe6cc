// Inline SVG of one column's distribution: overlaid real/synthetic histograms, or side-by-side category bars.
import type { Cell } from '../table/types.ts';
import { categoryKey } from './column-values.ts';
import { escapeHtml, shorten } from './html-escape.ts';
import { axisLabel, percent } from './svg-format.ts';

export const histogramBinCount = 30;
export const topBarCategories = 15;
const realColor = '#2563eb';
const syntheticColor = '#f97316';
const width = 360;

function legend(labels: { real: string; synthetic: string }, y: number): string {
  return (
    `<rect x="40" y="${y - 9}" width="10" height="10" fill="${realColor}" opacity="0.6"/>` +
    `<text x="54" y="${y}" class="tick">${escapeHtml(labels.real)}</text>` +
    `<rect x="140" y="${y - 9}" width="10" height="10" fill="${syntheticColor}" opacity="0.6"/>` +
    `<text x="154" y="${y}" class="tick">${escapeHtml(labels.synthetic)}</text>`
  );
}

function shares(values: Float64Array, options: { min: number; step: number }): Float64Array {
  const counts = new Float64Array(histogramBinCount);
  let present = 0;
  for (const value of values) {
    if (value !== value) continue;
    present += 1;
    const bin = options.step > 0 ? Math.floor((value - options.min) / options.step) : 0;
    const clamped = Math.max(0, Math.min(histogramBinCount - 1, bin));
    counts[clamped] = (counts[clamped] ?? 0) + 1;
  }
  return present === 0 ? counts : counts.map((count) => count / present);
}

/**
 * Overlaid 30-bin histograms (shares of non-missing values) over the joint range of real and synthetic values.
 * @example
 * histogramSvg({ real, synthetic, datetime: false, labels: { real: 'Real', synthetic: 'Synthetic' } }); // '<svg …'
 */
export function histogramSvg(options: {
  real: Float64Array;
  synthetic: Float64Array;
  datetime: boolean;
  labels: { real: string; synthetic: string };
}): string {
  let min = Infinity;
  let max = -Infinity;
  for (const values of [options.real, options.synthetic]) {
    for (const value of values) {
      if (value < min) min = value;
      if (value > max) max = value;
    }
  }
  const height = 170;
  const plot = { left: 40, right: width - 8, top: 24, bottom: height - 26 };
  if (min > max) return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="40" role="img"><text x="8" y="24">—</text></svg>`;
  const step = (max - min) / histogramBinCount;
  const realShares = shares(options.real, { min, step });
  const syntheticShares = shares(options.synthetic, { min, step });
  let top = 0;
  for (const share of [...realShares, ...syntheticShares]) top = Math.max(top, share);
  const barWidth = (plot.right - plot.left) / histogramBinCount;
  const bars = (values: Float64Array, color: string): string =>
    Array.from(values, (share, bin) => {
      if (share === 0 || top === 0) return '';
      const barHeight = (share / top) * (plot.bottom - plot.top);
      const x = plot.left + bin * barWidth;
      return `<rect x="${x.toFixed(1)}" y="${(plot.bottom - barHeight).toFixed(1)}" width="${(barWidth - 0.5).toFixed(1)}" height="${barHeight.toFixed(1)}" fill="${color}" opacity="0.5"/>`;
    }).join('');
  const ticks = [min, (min + max) / 2, max]
    .map((value, index) => {
      const x = plot.left + ((plot.right - plot.left) * index) / 2;
      const anchor = index === 0 ? 'start' : index === 1 ? 'middle' : 'end';
      return `<text x="${x}" y="${height - 10}" text-anchor="${anchor}" class="tick">${escapeHtml(axisLabel(value, options.datetime))}</text>`;
    })
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img">` +
    legend(options.labels, 14) +
    bars(realShares, realColor) +
    bars(syntheticShares, syntheticColor) +
    `<line x1="${plot.left}" y1="${plot.bottom}" x2="${plot.right}" y2="${plot.bottom}" stroke="#94a3b8"/>` +
    `<text x="${plot.left - 4}" y="${plot.top + 8}" text-anchor="end" class="tick">${percent(top)}</text>` +
    ticks +
    '</svg>'
  );
}

function frequencies(values: readonly Cell[]): Map<string | null, number> {
  const counts = new Map<string | null, number>();
  for (const cell of values) {
    const key = categoryKey(cell);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * Horizontal side-by-side bars of the 15 most frequent real categories (shares of all rows, missing included).
 * @example
 * categoryBarsSvg({ real, synthetic, labels: { real: '실제', synthetic: '합성', missing: '(결측)' } }); // '<svg …'
 */
export function categoryBarsSvg(options: {
  real: readonly Cell[];
  synthetic: readonly Cell[];
  labels: { real: string; synthetic: string; missing: string };
}): string {
  const realCounts = frequencies(options.real);
  const syntheticCounts = frequencies(options.synthetic);
  const top = [...realCounts.entries()].sort((a, b) => b[1] - a[1]).slice(0, topBarCategories);
  const realTotal = Math.max(options.real.length, 1);
  const syntheticTotal = Math.max(options.synthetic.length, 1);
  let largest = 0;
  const rows = top.map(([key, count]) => {
    const realShare = count / realTotal;
    const syntheticShare = (syntheticCounts.get(key) ?? 0) / syntheticTotal;
    largest = Math.max(largest, realShare, syntheticShare);
    return { label: key ?? options.labels.missing, realShare, syntheticShare };
  });
  const rowHeight = 18;
  const labelWidth = 120;
  const height = 26 + rows.length * rowHeight + 6;
  const span = width - labelWidth - 48;
  const body = rows
    .map((row, index) => {
      const y = 26 + index * rowHeight;
      const realWidth = largest === 0 ? 0 : (row.realShare / largest) * span;
      const syntheticWidth = largest === 0 ? 0 : (row.syntheticShare / largest) * span;
      return (
        `<g><title>${escapeHtml(row.label)}: ${percent(row.realShare)} / ${percent(row.syntheticShare)}</title>` +
        `<text x="${labelWidth - 4}" y="${y + 12}" text-anchor="end" class="tick">${escapeHtml(shorten(row.label, 18))}</text>` +
        `<rect x="${labelWidth}" y="${y + 1}" width="${realWidth.toFixed(1)}" height="7" fill="${realColor}" opacity="0.75"/>` +
        `<rect x="${labelWidth}" y="${y + 8}" width="${syntheticWidth.toFixed(1)}" height="7" fill="${syntheticColor}" opacity="0.75"/>` +
        `<text x="${(labelWidth + Math.max(realWidth, syntheticWidth) + 4).toFixed(1)}" y="${y + 12}" class="tick">${percent(row.realShare)}</text></g>`
      );
    })
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img">` +
    legend(options.labels, 14) +
    body +
    '</svg>'
  );
}
