import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { tempWorkspace } from '../protocol/support/tempWorkspace';
import { runBuiltCli } from './support/runBuiltCli';

const SECTIONS = [
  'Lessons by locality and stage',
  'Lessons by topic',
  'Reuse: learned once, used again',
  'Still duplicated: similar lessons not yet linked',
  'Curated and communicated lessons',
];

describe('cli: learn-once report (Markdown)', () => {
  let report: string;
  before(async () => {
    const run = await runBuiltCli(['report', 'examples']);
    assert.equal(run.code, 0, run.stderr);
    report = run.stdout;
  });

  it('has the title and every section, in order', () => {
    assert.match(report, /^# Lessons learned: examples\n/);
    const headings = [...report.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
    assert.deepEqual(headings, SECTIONS);
    assert.match(report, /^32 lessons from 7 localities on 24 topics; 2 lessons reused another locality's solution\./m);
  });

  it('counts lessons by locality and stage, with totals', () => {
    assert.match(report, /^\| Locality \| Captured \| Collated \| Organised \| Curated \| Communicated \| Total \|$/m);
    assert.match(report, /^\| Leeds Care Record \| 1 \| 1 \| 1 \| 1 \| 0 \| 4 \|$/m);
    assert.match(report, /^\| Great North Care Record \| 1 \| 0 \| 1 \| 1 \| 1 \| 4 \|$/m);
    assert.match(report, /^\| \*\*Total\*\* \| \*\*7\*\* \| \*\*6\*\* \| \*\*7\*\* \| \*\*6\*\* \| \*\*6\*\* \| \*\*32\*\* \|$/m);
  });

  it('lists topics with their lessons', () => {
    assert.match(report, /^\| patient matching \| 2 \| 2 \| OL-0003, WX-0002 \|$/m);
  });

  it('shows the adoption chain: who replicated and enhanced what, and which localities it reached', () => {
    assert.match(report, /^### GN-0001 A named clinical champion .* \(Great North Care Record\)$/m);
    assert.match(report, /^- replicated by DC-0002 .* \(Dorset Care Record\)$/m);
    assert.match(report, /^- enhanced by LD-0003 .* \(Leeds Care Record\)$/m);
    assert.match(report, /^Reached Dorset Care Record, Leeds Care Record\.$/m);
  });

  it('groups the two near-duplicate pairs as unlinked clusters, and no linked lessons', () => {
    const section = report.slice(report.indexOf('## Still duplicated'), report.indexOf('## Curated'));
    const clusters = section.split(/^\d+\. /m).slice(1).map((cluster) => [...cluster.matchAll(/^ {3}- ([A-Z]+-\d+)/gm)].map((match) => match[1]));
    assert.deepEqual(clusters.map((ids) => [...ids].sort()).sort(), [['GM-0001', 'YH-0002'], ['OL-0003', 'WX-0002']]);
  });

  it('gives every curated or communicated lesson with its summary, communicated first', () => {
    const section = report.slice(report.indexOf('## Curated and communicated lessons'));
    const lessons = [...section.matchAll(/^### ([A-Z]+-\d+) /gm)].map((match) => match[1]);
    assert.equal(lessons.length, 12);
    const stages = [...section.matchAll(/^\*.*, (curated|communicated)\*$/gm)].map((match) => match[1]);
    assert.deepEqual(stages, [...Array(6).fill('communicated'), ...Array(6).fill('curated')]);
    assert.match(section, /Dorset replicated the Great North's practice champion model like for like/);
  });

  it('writes to --out and says so on stderr', async () => {
    const workspace = tempWorkspace({});
    try {
      const out = path.join(workspace.root, 'catalogue.md');
      const run = await runBuiltCli(['report', '--out', out, 'examples']);
      assert.equal(run.code, 0);
      assert.equal(run.stdout, '');
      assert.match(run.stderr, /Wrote the Markdown report of 32 lessons/);
      assert.equal(readFileSync(out, 'utf8'), report);
    } finally {
      workspace.dispose();
    }
  });

  it('usage errors exit 2', async () => {
    const run = await runBuiltCli(['report', '--format', 'pdf', 'examples']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /--format must be one of markdown, html, not 'pdf'/);
    const two = await runBuiltCli(['report', 'examples', 'test']);
    assert.equal(two.code, 2);
    assert.match(two.stderr, /give one workspace folder/);
  });
});
