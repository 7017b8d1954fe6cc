// Inline SVG heatmap of a square matrix over column names (correlations, their differences, pair-trend scores).
import { escapeHtml, shorten } from './html-escape.ts';
import { colorOf, decimal } from './svg-format.ts';

export interface HeatmapOptions {
  names: string[];
  /** Value of a cell, null when there is none. */
  value: (row: number, column: number) => number | null;
  scale: 'score' | 'correlation' | 'gap';
}

/**
 * @example
 * heatmapSvg({ names: ['나이', '소득'], value: (row, column) => (row === column ? 1 : 0.4), scale: 'correlation' });
 */
export function heatmapSvg(options: HeatmapOptions): string {
  const { names, value, scale } = options;
  const count = names.length;
  const cell = Math.max(12, Math.min(28, Math.floor(320 / Math.max(count, 1))));
  const labelSpace = 110;
  const size = labelSpace + count * cell + 8;
  const parts: string[] = [];
  names.forEach((name, index) => {
    const label = escapeHtml(shorten(name, 16));
    const y = labelSpace + index * cell + cell / 2 + 4;
    parts.push(`<text x="${labelSpace - 4}" y="${y}" text-anchor="end" class="tick">${label}</text>`);
    // Column labels run straight up from above their cells, so long names never leave the picture.
    const x = labelSpace + index * cell + cell / 2 + 3;
    parts.push(`<text x="${x}" y="${labelSpace - 4}" transform="rotate(-90 ${x} ${labelSpace - 4})" class="tick">${label}</text>`);
  });
  for (let row = 0; row < count; row += 1) {
    for (let column = 0; column < count; column += 1) {
      const entry = value(row, column);
      const title = `${escapeHtml(names[row] ?? '')} × ${escapeHtml(names[column] ?? '')}: ${decimal(entry)}`;
      const x = labelSpace + column * cell;
      const y = labelSpace + row * cell;
      parts.push(
        `<rect x="${x}" y="${y}" width="${cell - 1}" height="${cell - 1}" fill="${colorOf(entry, scale)}"><title>${title}</title></rect>`,
      );
      if (cell >= 24 && entry !== null) {
        const text = scale === 'correlation' ? entry.toFixed(2) : entry.toFixed(2).replace(/^0/, '');
        parts.push(`<text x="${x + cell / 2}" y="${y + cell / 2 + 3}" text-anchor="middle" class="cell">${text}</text>`);
      }
    }
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}" role="img">${parts.join('')}</svg>`;
}
