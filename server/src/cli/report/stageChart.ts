import type { Stage } from '../../../../shared/stages';
import type { CuratorsReport } from '../../engine/report/curatorsReport';
import { escapeHtml } from './escapeHtml';
import { STAGE_LABELS } from './text';

/**
 * One colour per stage, each at least 3:1 against white (WCAG non-text contrast) and
 * told apart by hue as well as lightness; segments are also separated by a white gap.
 */
export const STAGE_COLOURS: Readonly<Record<Stage, string>> = {
  captured: '#5f6b75',
  collated: '#005eb8',
  organised: '#330072',
  curated: '#007f3b',
  communicated: '#a00054',
};

const ROW_HEIGHT = 26;
const BAR_HEIGHT = 18;
const LABEL_WIDTH = 270;
const BAR_WIDTH = 380;
const TOTAL_WIDTH = 50;
const TOP = 8;

/**
 * Lessons per locality as horizontal bars stacked by stage, as inline SVG (no script,
 * no external file). The table beside it holds the same numbers for screen readers.
 */
export function renderStageChart(report: Pick<CuratorsReport, 'localities' | 'stages'>, tableId: string): string {
  const rows = report.localities;
  const max = Math.max(1, ...rows.map((row) => row.total));
  const width = LABEL_WIDTH + BAR_WIDTH + TOTAL_WIDTH;
  const height = TOP * 2 + rows.length * ROW_HEIGHT;
  const parts: string[] = [];
  parts.push(
    `<svg class="chart" role="img" aria-labelledby="chart-title chart-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">`,
    '<title id="chart-title">Lessons per locality, stacked by stage</title>',
    `<desc id="chart-desc">A bar for each locality, its length the number of lessons, coloured by stage. The table with id ${escapeHtml(tableId)} gives the same numbers.</desc>`,
  );
  rows.forEach((row, index) => {
    const y = TOP + index * ROW_HEIGHT;
    const middle = y + ROW_HEIGHT / 2;
    parts.push(`<g class="chart-row">`);
    parts.push(`<text x="${LABEL_WIDTH - 8}" y="${middle}" text-anchor="end" dominant-baseline="central">${escapeHtml(row.locality)}</text>`);
    let x = LABEL_WIDTH;
    for (const stage of report.stages) {
      const count = row.byStage[stage];
      if (count === 0) continue;
      const segment = (count / max) * BAR_WIDTH;
      parts.push(
        `<rect class="segment stage-${stage}" x="${round(x)}" y="${round(middle - BAR_HEIGHT / 2)}" width="${round(Math.max(segment - 1, 1))}" height="${BAR_HEIGHT}" fill="${STAGE_COLOURS[stage]}">` +
          `<title>${escapeHtml(`${row.locality}: ${count} ${STAGE_LABELS[stage].toLowerCase()}`)}</title></rect>`,
      );
      x += segment;
    }
    parts.push(`<text x="${round(x + 6)}" y="${middle}" dominant-baseline="central" class="chart-total">${row.total}</text>`);
    parts.push('</g>');
  });
  parts.push('</svg>');
  return parts.join('\n');
}

/** The key to the chart's colours, as an HTML list. */
export function renderStageLegend(stages: readonly Stage[]): string {
  const items = stages.map(
    (stage) =>
      `<li><svg width="14" height="14" aria-hidden="true" focusable="false"><rect width="14" height="14" fill="${STAGE_COLOURS[stage]}"/></svg> ${STAGE_LABELS[stage]}</li>`,
  );
  return `<ul class="legend" aria-label="Stages">\n${items.join('\n')}\n</ul>`;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
