import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { lessonText, tempWorkspace } from '../protocol/support/tempWorkspace';
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
    assert.match(report, /^32 lessons from 7 localities on 24 topics; 3 lessons reused another locality's solution\./m);
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

  it('counts each adoption of a lesson that adopts two: LD-0003 enhanced DC-0002 and customised GN-0001', () => {
    const section = report.slice(report.indexOf('### GN-0001 '));
    const gn = section.slice(0, section.indexOf('\n### ') >= 0 ? section.indexOf('\n### ') : undefined);
    assert.deepEqual([...gn.matchAll(/^- (\w+) by ([A-Z]+-\d+)/gm)].map((match) => `${match[1]} ${match[2]}`), ['replicated DC-0002', 'customised LD-0003']);
    assert.match(report, /^### GM-0002 .*\n\n?- customised by WX-0004 .* \(Wessex Care Records\)$/m);
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

describe('cli: learn-once report --audience, and what no report shows', () => {
  const lesson = (id: string, title: string, extra: Record<string, string> = {}): string =>
    lessonText({ id, title, stage: 'communicated', summary: `${title}, in one paragraph.`, ...extra });
  let workspace: ReturnType<typeof tempWorkspace>;
  before(() => {
    workspace = tempWorkspace({
      'GM-0001.lesson.yaml': lesson('GM-0001', 'Public lesson on consent', { sensitivity: 'public' }),
      'GM-0002.lesson.yaml': lesson('GM-0002', 'Lesson for NHS readers on audit'),
      'GM-0003.lesson.yaml': lesson('GM-0003', 'Restricted lesson on a breach', { sensitivity: 'restricted' }),
      'GM-0004.lesson.yaml': lesson('GM-0004', 'Lesson with a pasted NHS number', { good: '|\n  The pt 943 476 5919 showed in the portal.' }),
    });
  });
  after(() => workspace.dispose());

  const idsIn = (report: string): string[] => [...new Set([...report.matchAll(/GM-000\d/g)].map((match) => match[0]))].sort();

  it('readers (the default) see public and nhs-only lessons; the report says how many it left out and why', async () => {
    const run = await runBuiltCli(['report', '-q', workspace.root]);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(idsIn(run.stdout), ['GM-0001', 'GM-0002']);
    assert.match(run.stdout, /This report is for readers in health and care: 1 lesson marked for a narrower audience \(sensitivity\) is left out\./);
    assert.match(run.stdout, /1 lesson holding an NHS number is left out until it is removed; run learn-once check to find it\./);
    assert.ok(!run.stdout.includes('943'), 'the NHS number is nowhere in the report');
  });

  it('public sees only public lessons, curators every lesson but the one holding an NHS number', async () => {
    const publicRun = await runBuiltCli(['report', '-q', '--audience', 'public', workspace.root]);
    assert.deepEqual(idsIn(publicRun.stdout), ['GM-0001']);
    assert.match(publicRun.stdout, /This report is for the public: 2 lessons marked for a narrower audience \(sensitivity\) are left out\./);
    const curators = await runBuiltCli(['report', '-q', '-a', 'curators', '--format', 'html', workspace.root]);
    assert.deepEqual(idsIn(curators.stdout), ['GM-0001', 'GM-0002', 'GM-0003']);
    assert.ok(!curators.stdout.includes('narrower audience'));
    assert.match(curators.stdout, /1 lesson holding an NHS number is left out/);
  });

  it('refuses an unknown audience with exit 2', async () => {
    const run = await runBuiltCli(['report', '--audience', 'everyone', workspace.root]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /--audience must be one of public, readers, curators, not 'everyone'/);
  });
});
