// Renders a SynthReport as ONE self-contained HTML page: inline CSS and SVG, no scripts, every data string escaped.
import type { TypedTable } from '../table/types.ts';
import { isNumericKind, numericValues } from './column-values.ts';
import { escapeHtml } from './html-escape.ts';
import { diagnosticsSection, headlineCards, privacySection, qualityTables, utilitySection } from './html-sections.ts';
import { reportLabels, type ReportLabels } from './report-labels.ts';
import { categoryBarsSvg, histogramSvg } from './svg-distribution.ts';
import { heatmapSvg } from './svg-heatmap.ts';
import type { ColumnPairScore, SynthReport } from './types.ts';

export interface RenderHtmlReportOptions {
  real: TypedTable;
  synthetic: TypedTable;
  title?: string;
  lang?: 'en' | 'ko';
}

const styles = `
body{font-family:system-ui,-apple-system,'Segoe UI','Apple SD Gothic Neo','Malgun Gothic',sans-serif;margin:24px auto;max-width:1180px;padding:0 16px;color:#0f172a;background:#fff}
h1{font-size:24px;margin:0 0 4px}h2{font-size:19px;margin:32px 0 12px;border-bottom:1px solid #e2e8f0;padding-bottom:6px}h3{font-size:15px;margin:18px 0 8px}
.meta{color:#475569;margin:0 0 16px}.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(170px,1fr));gap:12px}
.card{border:1px solid #e2e8f0;border-radius:8px;padding:12px;background:#f8fafc}.card .label{font-size:12px;color:#475569}
.card .value{font-size:24px;font-weight:600;margin-top:4px}.card .hint{font-size:11px;color:#64748b}
table{border-collapse:collapse;margin:8px 0 12px;font-size:13px}th,td{border:1px solid #e2e8f0;padding:4px 8px;text-align:left}th{background:#f1f5f9}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(370px,1fr));gap:14px}figure{margin:0;border:1px solid #e2e8f0;border-radius:8px;padding:8px}
figcaption{font-size:13px;font-weight:600;margin-bottom:4px;overflow-wrap:anywhere}.tick{font-size:10px;fill:#334155}.cell{font-size:8px;fill:#0f172a;pointer-events:none}.notes li{color:#475569}
`;

function pairLookup(pairs: ColumnPairScore[]): (first: string, second: string) => ColumnPairScore | undefined {
  const byKey = new Map<string, ColumnPairScore>();
  for (const pair of pairs) {
    byKey.set(`${pair.columns[0]}\u0000${pair.columns[1]}`, pair);
    byKey.set(`${pair.columns[1]}\u0000${pair.columns[0]}`, pair);
  }
  return (first, second) => byKey.get(`${first}\u0000${second}`);
}

function distributionSection(report: SynthReport, options: RenderHtmlReportOptions, labels: ReportLabels): string {
  const syntheticByName = new Map(options.synthetic.columns.map((column) => [column.spec.name, column.values]));
  const figures = report.quality.columnShapes.details.map((detail) => {
    const real = options.real.columns.find((column) => column.spec.name === detail.column)?.values ?? [];
    const synthetic = syntheticByName.get(detail.column) ?? [];
    const chartLabels = { real: labels.real, synthetic: labels.synthetic, missing: labels.missing };
    const svg = isNumericKind(detail.kind)
      ? histogramSvg({
          real: numericValues(real),
          synthetic: numericValues(synthetic),
          datetime: detail.kind === 'datetime',
          labels: chartLabels,
        })
      : categoryBarsSvg({ real, synthetic, labels: chartLabels });
    const score = detail.score === null ? '—' : `${(detail.score * 100).toFixed(1)}%`;
    return `<figure><figcaption>${escapeHtml(detail.column)} · ${detail.metric} ${score}</figcaption>${svg}</figure>`;
  });
  return `<div class="grid">${figures.join('')}</div>`;
}

function heatmapSection(report: SynthReport, labels: ReportLabels): string {
  const lookup = pairLookup(report.quality.columnPairTrends.details);
  const numeric = report.quality.columnShapes.details.filter((detail) => isNumericKind(detail.kind)).map((detail) => detail.column);
  const all = report.quality.columnShapes.details.map((detail) => detail.column);
  const correlation = (side: 'realCorrelation' | 'syntheticCorrelation') => (row: number, column: number) =>
    row === column ? 1 : (lookup(numeric[row] ?? '', numeric[column] ?? '')?.[side] ?? null);
  const figure = (caption: string, svg: string): string => `<figure><figcaption>${escapeHtml(caption)}</figcaption>${svg}</figure>`;
  const figures: string[] = [];
  if (numeric.length >= 2) {
    figures.push(
      figure(labels.correlationReal, heatmapSvg({ names: numeric, value: correlation('realCorrelation'), scale: 'correlation' })),
    );
    figures.push(
      figure(labels.correlationSynthetic, heatmapSvg({ names: numeric, value: correlation('syntheticCorrelation'), scale: 'correlation' })),
    );
    const difference = (row: number, column: number): number | null => {
      const real = correlation('realCorrelation')(row, column);
      const synthetic = correlation('syntheticCorrelation')(row, column);
      return real === null || synthetic === null ? null : Math.abs(real - synthetic);
    };
    figures.push(figure(labels.correlationDifference, heatmapSvg({ names: numeric, value: difference, scale: 'gap' })));
  }
  if (all.length >= 2) {
    const score = (row: number, column: number): number | null =>
      row === column ? null : (lookup(all[row] ?? '', all[column] ?? '')?.score ?? null);
    figures.push(figure(labels.pairScores, heatmapSvg({ names: all, value: score, scale: 'score' })));
  }
  return `<div class="grid">${figures.join('')}</div>`;
}

/**
 * One self-contained HTML file (inline CSS and SVG, no scripts or external assets) showing a SynthReport:
 * headline cards, per-column distributions, correlation and pair-trend heatmaps, diagnostics, privacy and utility.
 * @example
 * const html = renderHtmlReport(report, { real, synthetic, lang: 'ko', title: '고객 데이터' });
 * writeFileSync('report.html', html);
 */
export function renderHtmlReport(report: SynthReport, options: RenderHtmlReportOptions): string {
  const lang = options.lang ?? 'en';
  const labels = reportLabels(lang);
  const title = options.title ?? labels.title;
  const rows =
    `${labels.rows}: ${labels.real} ${report.rows.real} · ${labels.synthetic} ${report.rows.synthetic}` +
    (report.rows.holdout === null ? '' : ` · ${labels.holdout} ${report.rows.holdout}`);
  const notes = report.notes.length
    ? `<h2>${escapeHtml(labels.notes)}</h2><ul class="notes">${report.notes.map((note) => `<li>${escapeHtml(note)}</li>`).join('')}</ul>`
    : '';
  const section = (heading: string, body: string): string => `<section><h2>${escapeHtml(heading)}</h2>${body}</section>`;
  return [
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title><style>${styles}</style></head><body>`,
    `<h1>${escapeHtml(title)}</h1><p class="meta">${escapeHtml(rows)}</p>`,
    headlineCards(report, labels),
    section(labels.quality, qualityTables(report, labels)),
    section(labels.distributions, distributionSection(report, options, labels)),
    section(labels.columnPairTrends, heatmapSection(report, labels)),
    section(labels.diagnostics, diagnosticsSection(report, labels)),
    section(labels.privacy, privacySection(report, labels)),
    section(labels.utility, utilitySection(report, labels)),
    notes,
    '</body></html>',
  ].join('\n');
}
