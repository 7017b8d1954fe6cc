// The HTML sections of the report page: headline cards and the quality, diagnostics, privacy and utility tables.
import { escapeHtml } from './html-escape.ts';
import type { ReportLabels } from './report-labels.ts';
import { decimal, percent } from './svg-format.ts';
import type { SynthReport } from './types.ts';

/** A table from a header row and body rows of already-escaped HTML cells. */
export function htmlTable(header: string[], rows: string[][]): string {
  const head = header.map((cell) => `<th>${cell}</th>`).join('');
  const body = rows.map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function card(label: string, value: string, hint = ''): string {
  const note = hint ? `<div class="hint">${escapeHtml(hint)}</div>` : '';
  return `<div class="card"><div class="label">${escapeHtml(label)}</div><div class="value">${escapeHtml(value)}</div>${note}</div>`;
}

/**
 * Headline numbers as cards (quality, shapes, pair trends, diagnostics, DCR share, copies, utility, ε).
 * @example
 * headlineCards(report, reportLabels('en')); // '<div class="cards">…'
 */
export function headlineCards(report: SynthReport, labels: ReportLabels): string {
  const summary = report.summary;
  const cards = [
    card(labels.overallQuality, percent(summary.overallQuality)),
    card(labels.columnShapes, percent(summary.columnShapes)),
    card(labels.columnPairTrends, percent(summary.columnPairTrends)),
    card(labels.diagnostics, percent(summary.diagnostics)),
    card(labels.dcrShare, percent(summary.dcrShare), labels.dcrShareHint),
    card(labels.exactCopyRate, percent(summary.exactCopyRate)),
    card(labels.utilityRatio, decimal(summary.utilityRatio)),
  ];
  if (summary.epsilon !== null) cards.push(card(labels.epsilon, String(summary.epsilon)));
  return `<div class="cards">${cards.join('')}</div>`;
}

/** Column-shape scores and the weakest column pairs. */
export function qualityTables(report: SynthReport, labels: ReportLabels): string {
  const shapes = htmlTable(
    [labels.column, labels.kind, labels.metric, labels.score],
    report.quality.columnShapes.details.map((detail) => [
      escapeHtml(detail.column),
      escapeHtml(detail.kind),
      detail.metric,
      percent(detail.score),
    ]),
  );
  const weakest = [...report.quality.columnPairTrends.details]
    .sort((a, b) => (a.score ?? 2) - (b.score ?? 2))
    .slice(0, 15)
    .map((pair) => [
      `${escapeHtml(pair.columns[0])} × ${escapeHtml(pair.columns[1])}`,
      pair.metric,
      percent(pair.score),
      decimal(pair.realCorrelation),
      decimal(pair.syntheticCorrelation),
    ]);
  const pairs = htmlTable([labels.columns, labels.metric, labels.score, labels.realCorrelation, labels.syntheticCorrelation], weakest);
  const ignored = report.quality.ignoredColumns.length
    ? `<p>${escapeHtml(labels.ignored)}: ${report.quality.ignoredColumns.map(escapeHtml).join(', ')}</p>`
    : '';
  return `<h3>${escapeHtml(labels.columnShapes)}</h3>${shapes}${ignored}<h3>${escapeHtml(labels.weakestPairs)}</h3>${pairs}`;
}

/** Data validity per column, data structure, and any problems. */
export function diagnosticsSection(report: SynthReport, labels: ReportLabels): string {
  const { dataValidity, dataStructure } = report.diagnostics;
  const summary = htmlTable(
    [labels.measure, labels.score],
    [
      [escapeHtml(labels.dataValidity), percent(dataValidity.score)],
      [escapeHtml(labels.dataStructure), percent(dataStructure.score)],
    ],
  );
  const details = htmlTable(
    [labels.column, labels.metric, labels.score],
    dataValidity.details.map((detail) => [escapeHtml(detail.column), detail.metric, percent(detail.score)]),
  );
  const problems = dataValidity.problems.length
    ? dataValidity.problems
        .map((problem) => `${escapeHtml(problem.column)} (${problem.metric}): ${percent(problem.invalidShare)}`)
        .join('<br>')
    : escapeHtml(labels.none);
  return `${summary}${details}<p><strong>${escapeHtml(labels.problems)}:</strong> ${problems}</p>`;
}

/** Distances to closest records, DCR share, copies and ε. */
export function privacySection(report: SynthReport, labels: ReportLabels): string {
  const privacy = report.privacy;
  const rows: [string, string][] = [
    [labels.dcrShare, `${percent(privacy.dcrShare)} (${labels.dcrShareHint})`],
    [labels.medianDcrTrain, decimal(privacy.dcrToTrain?.median)],
    [labels.p5DcrTrain, decimal(privacy.dcrToTrain?.percentile5)],
    [labels.medianDcrHoldout, decimal(privacy.dcrToHoldout?.median)],
    [labels.p5DcrHoldout, decimal(privacy.dcrToHoldout?.percentile5)],
    [labels.exactCopyRate, `${percent(privacy.exactCopyRate)} (${privacy.exactCopies})`],
    [labels.textCopyRate, percent(privacy.textCopyRate)],
    [labels.sampledRows, String(privacy.sampledRows)],
    [labels.epsilon, privacy.epsilon === null ? '—' : String(privacy.epsilon)],
  ];
  return htmlTable(
    [labels.measure, labels.value],
    rows.map(([label, value]) => [escapeHtml(label), escapeHtml(value)]),
  );
}

/** TRTR vs TSTR scores, or a line saying utility was not measured. */
export function utilitySection(report: SynthReport, labels: ReportLabels): string {
  const utility = report.utility;
  if (!utility) return `<p>${escapeHtml(labels.noUtility)}</p>`;
  const source = report.utilityTestSource === 'holdout' ? labels.testSourceHoldout : labels.testSourceSplit;
  const facts = htmlTable(
    [labels.measure, labels.value],
    [
      [escapeHtml(labels.target), escapeHtml(utility.target)],
      [escapeHtml(labels.task), `${utility.task} (${utility.model})`],
      [escapeHtml(labels.testSource), `${escapeHtml(source)} — ${utility.testRows}`],
      [escapeHtml(labels.ratio), `${decimal(utility.ratio)} (${utility.primaryMetric})`],
    ],
  );
  const scoreRows =
    utility.task === 'classification'
      ? [
          [labels.accuracy, percent(utility.trtr.accuracy), percent(utility.tstr.accuracy)],
          [labels.macroF1, decimal(utility.trtr.macroF1), decimal(utility.tstr.macroF1)],
          [labels.rocAuc, decimal(utility.trtr.rocAuc), decimal(utility.tstr.rocAuc)],
          [labels.majorityRate, percent(utility.majorityRate), ''],
        ]
      : [
          [labels.r2, decimal(utility.trtr.r2), decimal(utility.tstr.r2)],
          [labels.mae, decimal(utility.trtr.mae), decimal(utility.tstr.mae)],
        ];
  const scores = htmlTable(
    [labels.metric, labels.trtr, labels.tstr].map(escapeHtml),
    scoreRows.map((row) => row.map(escapeHtml)),
  );
  return `${facts}${scores}`;
}
