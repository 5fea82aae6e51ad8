import * as assert from 'node:assert/strict';
import type { BenchReport, SizeResult } from '../../../bench/lib/benchReport';
import { cell } from '../../../bench/lib/formatCell';
import { METRICS, perParseFloor } from '../../../bench/lib/metrics';
import { markdownReport } from '../../../bench/lib/report';

/** A size with only `learn-once check` runs and their floors: enough for the floor and check rows. */
function sizeWithCheck(lessons: number, checkMs: number[], parseFloorMs: number[][]): SizeResult {
  return {
    lessons,
    corpus: { bytes: 0, paraphrases: 0, broken: 0 },
    runs: [],
    cliCheck: checkMs.map((wallMs) => ({ wallMs, exitCode: 1 })),
    floor: parseFloorMs.map((parseMs) => ({ readMs: parseMs.map((ms) => ms / 10), parseMs, files: lessons, bytes: lessons * 1400 })),
  };
}

const ENVIRONMENT: BenchReport['environment'] = { date: '2026-01-01T00:00:00.000Z', node: 'v20.0.0', cpu: 'test CPU', cores: 2, memoryGb: 8, loadAtStart: 0.5 };

describe('bench: figures as multiples of the floor', () => {
  it('marks a ratio target met at or under it, missed over it', () => {
    assert.equal(cell(0.78, 0.8, '×'), '0.78× ✅ (≤ 0.8×)');
    assert.equal(cell(0.8, 0.8, '×'), '0.80× ✅ (≤ 0.8×)');
    assert.equal(cell(0.93, 0.8, '×'), '0.93× ❌ (≤ 0.8×)');
    assert.equal(cell(12.345, undefined, '×'), '12.3×');
    assert.equal(cell(undefined, 0.8, '×'), 'n/a');
  });

  it('shows times as before: whole from 100 on, a tenth below, targets in the same unit', () => {
    assert.equal(cell(1234.4, 1500, 'ms'), '1234 ✅ (≤ 1500)');
    assert.equal(cell(12.34, undefined, 'ms'), '12.3');
    assert.equal(cell(60, 50), '60 ❌ (≤ 50)');
  });

  it("divides each run's figure by the same run's parse floor (the median of its measurements)", () => {
    const size = sizeWithCheck(
      10_000,
      [800, 1500, 900],
      [
        [1000, 1200],
        [1500, 1500],
      ],
    );
    const ratios = perParseFloor((s) => s.cliCheck.map((check) => check.wallMs))(size);
    // Run 3 has no floor: no ratio rather than one against another run's floor.
    assert.deepEqual(ratios, [800 / 1100, 1, undefined]);
  });

  it('has no ratio for results written before the floor was measured', () => {
    const size: SizeResult = { ...sizeWithCheck(10_000, [800], []), floor: undefined };
    assert.deepEqual(perParseFloor((s) => s.cliCheck.map((check) => check.wallMs))(size), [undefined]);
  });

  it('puts the floor and the ratio rows in the table, with the targets where the issue sets them', () => {
    const report: BenchReport = {
      environment: ENVIRONMENT,
      options: { sizes: [1000, 10_000], runs: 2, samples: 10 },
      results: [
        sizeWithCheck(
          1000,
          [300, 340],
          [
            [400, 400],
            [400, 400],
          ],
        ),
        sizeWithCheck(
          10_000,
          [700, 900],
          [
            [1000, 1000],
            [1000, 1000],
          ],
        ),
      ],
    };
    const rows = markdownReport(report).split('\n');
    const row = (label: string, after = ''): string => {
      const from = after ? rows.findIndex((line) => line.startsWith(`| ${after}`)) : 0;
      const found = rows.slice(from).find((line) => line.startsWith(`| ${label}`));
      assert.ok(found, `no row ${label}`);
      return found;
    };
    assert.equal(
      row('Floor: read + `yaml.parseDocument`'),
      '| Floor: read + `yaml.parseDocument` every lesson file, one thread (the parse floor) (ms) | 400 | 1000 |',
    );
    assert.equal(row('Floor: read every lesson file'), '| Floor: read every lesson file, one thread (readFileSync in sequence) (ms) | 40 | 100 |');
    // learn-once check: 0.8× at 1,000 (no target there), 0.7× and 0.9× at 10,000, median 0.8× against a target of 0.8×.
    assert.equal(row('… ÷ parse floor', '`learn-once check` wall time'), '| … ÷ parse floor of the same run (×) | 0.80× | 0.80× ✅ (≤ 0.8×) |');
    // The cold start's ratio row is there, n/a without server runs.
    assert.equal(row('… ÷ parse floor', 'Cold index: start'), '| … ÷ parse floor of the same run (×) | n/a | n/a |');
  });

  it("sets the issue's ratio targets at the sizes it names", () => {
    const ratioTargets = METRICS.flatMap((metric, index) =>
      metric.unit === '×'
        ? [{ figure: METRICS[index - 1]!.label, at10k: metric.target?.(10_000), at100k: metric.target?.(100_000), at1k: metric.target?.(1000) }]
        : [],
    );
    assert.deepEqual(ratioTargets, [
      { figure: 'Cold index: start → progress end, all problems published', at10k: 0.8, at100k: 0.8, at1k: undefined },
      { figure: 'Cold: every diagnostic published, similar-lesson hints included (start → last publication)', at10k: 2.5, at100k: undefined, at1k: undefined },
      { figure: 'Warm start (persisted index): start → progress end', at10k: 0.15, at100k: 0.15, at1k: undefined },
      { figure: '`learn-once check` wall time', at10k: 0.8, at100k: undefined, at1k: undefined },
    ]);
  });
});
