import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { lessonText, tempWorkspace } from '../protocol/support/tempWorkspace';
import { REPORT_WORKSPACE } from './support/reportWorkspace';
import { runBuiltCli } from './support/runBuiltCli';

type Workspace = ReturnType<typeof tempWorkspace>;

/** The lines of a Markdown section, from its `## ` heading to the next one. */
function section(report: string, title: string): string {
  const start = report.indexOf(`\n## ${title}\n`);
  assert.ok(start >= 0, `the report has a section '${title}'`);
  const end = report.indexOf('\n## ', start + 1);
  return report.slice(start + 1, end < 0 ? undefined : end).replace(/\n+$/, '');
}

/** One lesson's entry in a readers' report, from its heading to the next entry. */
function entry(report: string, id: string): string {
  const start = report.indexOf(`### <a id="${id.toLowerCase()}"></a>${id} `);
  assert.ok(start >= 0, `${id} has an entry`);
  const end = report.indexOf('\n### ', start + 1);
  return report.slice(start, end < 0 ? undefined : end).replace(/\n+$/, '');
}

/** The ids with an entry (an anchor) in a Markdown report, in order. */
const entryIds = (report: string): string[] => [...report.matchAll(/<a id="[^"]+"><\/a>([A-Z]+-\d+)/g)].map((match) => match[1]);

/** Every link to an entry has an anchor of that name. */
function assertLinksResolve(report: string): void {
  const anchors = new Set([...report.matchAll(/<a id="([^"]+)"><\/a>/g)].map((match) => match[1]));
  const links = [...report.matchAll(/\]\(#([^)]+)\)/g)].map((match) => match[1]);
  assert.ok(links.length > 0);
  for (const link of links) assert.ok(anchors.has(link), `#${link} has an anchor`);
}

async function report(args: string[]): Promise<string> {
  const run = await runBuiltCli(['report', '-q', ...args]);
  assert.equal(run.code, 0, run.stderr);
  return run.stdout;
}

describe('cli: learn-once report --audience readers (Markdown)', () => {
  let workspace: Workspace;
  let readers: string;
  before(async () => {
    workspace = tempWorkspace(REPORT_WORKSPACE);
    readers = await report([workspace.root]);
    assert.equal(await report(['--audience', 'readers', workspace.root]), readers, 'readers is the default');
  });
  after(() => workspace.dispose());

  it('starts with the headline, who it is for and what it left out, then outcomes, topics and the lessons', () => {
    const title = path.basename(workspace.root);
    assert.match(
      readers,
      new RegExp(
        `^# Lessons learned: ${title}\\n\\n\\*\\*3 lessons learned once, reused 3 times by 2 localities\\.\\*\\*\\n\\n` +
          'For readers in health and care: lessons that have been curated and communicated, with every reuse recorded since\\. Generated on \\d{4}-\\d{2}-\\d{2} by learn-once [\\d.]+\\.\\n\\n' +
          'This report is for readers in health and care: 1 lesson marked for a narrower audience \\(sensitivity\\) is left out\\.\\n\\n## Outcomes reported\\n',
      ),
    );
    assert.deepEqual(
      [...readers.matchAll(/^## (.+)$/gm)].map((match) => match[1]),
      ['Outcomes reported', 'Lessons by topic', 'Lessons'],
    );
    assert.doesNotMatch(readers, /Backlog|Waiting for review/);
  });

  it("lists the outcomes reported: the lessons' and their adoptions', ids linked to their entries", () => {
    assert.equal(
      section(readers, 'Outcomes reported'),
      [
        '## Outcomes reported',
        '',
        '- [GM-0001](#gm-0001), Greater Manchester Care Record: Sign-off went from nine months to six weeks.',
        '- [LD-0001](#ld-0001), Leeds Care Record, customised [GM-0001](#gm-0001) (live, 2025-06-01): Agreement signed in seven weeks.',
        '- WX-0001, Wessex Care Records, enhanced [LD-0001](#ld-0001) (in progress, 2025-05-01): Two of five trusts signed so far.',
      ].join('\n'),
    );
  });

  it('holds the communicated lessons only, each an entry with an anchor, by locality', () => {
    assert.deepEqual(entryIds(readers), ['GM-0001', 'GM-0003', 'LD-0001']);
    assert.match(section(readers, 'Lessons by topic'), /^\| audit \| 1 \| \[GM-0003\]\(#gm-0003\) \|$/m);
    assertLinksResolve(readers);
  });

  it('gives an entry its summary, what to do next time, outcome, artefacts, contact and adoption history', () => {
    assert.equal(
      entry(readers, 'GM-0001'),
      [
        '### <a id="gm-0001"></a>GM-0001 One agreement text and one sign-off route for every trust',
        '',
        '*Greater Manchester Care Record · 2024-05-01 · topics: information governance, data sharing*',
        '',
        '**Summary**',
        '',
        'One agreement text and one sign-off route cut data sharing agreement sign-off from nine months to six weeks. Leeds built on it in [LD-0001](#ld-0001).',
        '',
        '**What to do next time**',
        '',
        'Agree one sign-off route before drafting starts.\\',
        'Ask boards to delegate signature to the SIRO.',
        '',
        '**Outcome:** Sign-off went from nine months to six weeks.',
        '',
        '**Artefacts:**',
        '',
        '- `artefacts/dsa-template.md`',
        '- [https://example.org/guides/dsa?step=1&lang=en](<https://example.org/guides/dsa?step=1&lang=en>)',
        '',
        '**Contact:** dsa-team@nhs.net',
        '',
        '**Adoption history:**',
        '',
        '| Lesson | Locality | Action | Status | Date | Outcome |',
        '| --- | --- | --- | --- | --- | --- |',
        '| [LD-0001](#ld-0001) | Leeds Care Record | customised | live | 2025-06-01 | Agreement signed in seven weeks. |',
        '| WX-0001 | Wessex Care Records | replicated | planned | — | — |',
        '',
        'Reached Leeds Care Record, Wessex Care Records.',
      ].join('\n'),
    );
  });

  it('says what a lesson built on, and when nobody has reused it yet', () => {
    assert.match(entry(readers, 'LD-0001'), /^\*\*Builds on:\*\* customised \[GM-0001\]\(#gm-0001\)\.$/m);
    assert.match(
      entry(readers, 'LD-0001'),
      /^\| WX-0001 \| Wessex Care Records \| enhanced \| in progress \| 2025-05-01 \| Two of five trusts signed so far\. \|$/m,
    );
    assert.match(entry(readers, 'GM-0003'), /^\*\*Adoption history:\*\* no other lesson records reusing it yet\.$/m);
  });

  it('--audience public: only public lessons, and no adoption by a lesson the public may not read', async () => {
    const forPublic = await report(['--audience', 'public', workspace.root]);
    assert.match(forPublic, /^\*\*1 lesson learned once, reused 0 times by 0 localities\.\*\*$/m);
    assert.match(forPublic, /^This report is for the public: 3 lessons marked for a narrower audience \(sensitivity\) are left out\.$/m);
    assert.deepEqual(entryIds(forPublic), ['GM-0001']);
    assert.match(forPublic, /Leeds built on it in LD-0001\.$/m, 'an id with no entry in this report is not a link');
    assert.ok(!forPublic.includes('Agreement signed in seven weeks'), "an nhs-only lesson's adoption outcome is not published");
  });

  it("writes to --out; inside the workspace, artefact paths link from the report's folder", async () => {
    const out = workspace.path('reports/lessons.md');
    const run = await runBuiltCli(['report', '--out', out, workspace.root]);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /Wrote the Markdown report of 3 lessons to .*lessons\.md\./);
    const written = readFileSync(out, 'utf8');
    assert.match(written, /^- \[`artefacts\/dsa-template\.md`\]\(<\.\.\/artefacts\/dsa-template\.md>\)$/m);
    assert.equal(
      written.replace(/\[`artefacts\/dsa-template\.md`\]\(<\.\.\/artefacts\/dsa-template\.md>\)/, '`artefacts/dsa-template.md`'),
      readers,
      'otherwise the same report',
    );
  });
});

describe('cli: learn-once report --audience curators (Markdown)', () => {
  let workspace: Workspace;
  let curators: string;
  before(async () => {
    workspace = tempWorkspace(REPORT_WORKSPACE);
    curators = await report(['--audience', 'curators', workspace.root]);
  });
  after(() => workspace.dispose());

  it('says what needs attention, who it is for and what it left out, then its four sections', () => {
    assert.match(
      curators,
      new RegExp(
        `^# Curators' report: ${path.basename(workspace.root)}\\n\\n11 lessons from 3 localities: 7 not yet communicated, 2 waiting for review, 1 group of similar lessons not yet linked or themed, 2 unknown topics\\.\\n`,
      ),
    );
    assert.match(curators, /^1 lesson holding an NHS number is left out until it is removed; run learn-once check to find it\.$/m);
    assert.deepEqual(
      [...curators.matchAll(/^## (.+)$/gm)].map((match) => match[1]),
      ['Backlog by locality and stage', 'Waiting for review', 'Similar lessons not yet linked or themed', 'Unknown topics'],
    );
    assertLinksResolve(curators);
  });

  it('gives the backlog: lessons per locality and stage, and the lessons at each stage before communicated, oldest first', () => {
    assert.equal(
      section(curators, 'Backlog by locality and stage'),
      [
        '## Backlog by locality and stage',
        '',
        '| Locality | Captured | Collated | Organised | Curated | Communicated | Total |',
        '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
        '| Greater Manchester Care Record | 1 | 0 | 0 | 0 | 2 | 3 |',
        '| Leeds Care Record | 1 | 1 | 0 | 1 | 1 | 4 |',
        '| Wessex Care Records | 1 | 1 | 1 | 0 | 1 | 4 |',
        '| **Total** | **3** | **2** | **1** | **1** | **4** | **11** |',
        '',
        '### Captured (3)',
        '',
        '- <a id="ld-0003"></a>LD-0003 Paramedics lost their session on tablets at the roadside — Leeds Care Record, 2025-09-01',
        '- <a id="gm-0004"></a>GM-0004 Community pharmacists needed their own access role in the shared record — Greater Manchester Care Record, 2025-10-01',
        '- <a id="wx-0003"></a>WX-0003 Community pharmacists needed an access role of their own — Wessex Care Records, 2025-11-01',
        '',
        '### Collated (2)',
        '',
        '- <a id="ld-0004"></a>LD-0004 Care home staff had no smartcards, so they could not log in to the record — Leeds Care Record, 2025-05-05',
        '- <a id="wx-0004"></a>WX-0004 Care home staff could not log in to the record without smartcards — Wessex Care Records, 2025-06-06',
        '',
        '### Organised (1)',
        '',
        '- <a id="wx-0001"></a>WX-0001 Replicating the one-route agreement across five trusts — Wessex Care Records, 2025-03-01',
        '',
        '### Curated (1)',
        '',
        '- <a id="ld-0002"></a>LD-0002 A public sandbox got suppliers connected in weeks — Leeds Care Record, 2023-01-10',
      ].join('\n'),
    );
  });

  it("lists the lessons waiting for a curator's review, with what each lacks", () => {
    assert.equal(
      section(curators, 'Waiting for review'),
      [
        '## Waiting for review',
        '',
        'A curated or communicated lesson needs a review by a curator: `reviewed_by` (one of the curators) and `reviewed_on`. Curators: Priya Shah.',
        '',
        '- <a id="wx-0002"></a>WX-0002 A breach investigation that changed our access rules — Wessex Care Records, communicated: no reviewed\\_by; no reviewed\\_on',
        "- [LD-0002](#ld-0002) A public sandbox got suppliers connected in weeks — Leeds Care Record, curated: reviewed\\_by 'Someone Else' is not a curator",
      ].join('\n'),
    );
  });

  it('groups similar lessons not yet linked, leaving out the pair a theme already collates', () => {
    const similar = section(curators, 'Similar lessons not yet linked or themed');
    assert.match(similar, /^1 group, strongest first\./m);
    assert.match(similar, /^1\. 2 lessons from Greater Manchester Care Record, Wessex Care Records; closest pair \d+% similar:$/m);
    assert.deepEqual(
      [...similar.matchAll(/^ {3}- \[([A-Z]+-\d+)\]/gm)].map((match) => match[1]),
      ['GM-0004', 'WX-0003'],
    );
    assert.ok(!similar.includes('LD-0004') && !similar.includes('WX-0004'), 'LD-0004 and WX-0004 read alike but share theme TH-0001');
  });

  it('lists topics outside the topic list with their lessons and the nearest listed term', () => {
    assert.equal(
      section(curators, 'Unknown topics'),
      [
        '## Unknown topics',
        '',
        "Topics outside the workspace's topic list (`topics:` in learn-once.yaml), most used first: add each to the list, or change its lessons to the nearest listed term.",
        '',
        '| Topic | Lessons | Nearest listed term |',
        '| --- | --- | --- |',
        '| ambulance | [LD-0003](#ld-0003) | — |',
        '| trainng | [LD-0003](#ld-0003) | training |',
      ].join('\n'),
    );
  });
});

describe('cli: learn-once report filters (Markdown)', () => {
  let workspace: Workspace;
  before(() => {
    workspace = tempWorkspace(REPORT_WORKSPACE);
  });
  after(() => workspace.dispose());

  it('--topic, any case, repeatable; the report states it and how many lessons it set aside', async () => {
    const one = await report(['--topic', 'DATA SHARING', workspace.root]);
    assert.deepEqual(entryIds(one), ['GM-0001']);
    assert.match(one, /^Filtered: topic data sharing\. 10 lessons that do not match are not in this report\.$/m);
    assert.match(one, /^\*\*1 lesson learned once, reused 2 times by 2 localities\.\*\*$/m, 'the history of a lesson is not filtered');
    assert.doesNotMatch(one, /narrower audience/, 'WX-0002 (restricted) does not match: it is filtered, not left out');
    assert.deepEqual(entryIds(await report(['--topic', 'audit', '--topic', 'Training', workspace.root])), ['GM-0003', 'LD-0001']);
  });

  it('--locality by name, alias or prefix, any case, repeatable', async () => {
    for (const given of ['Leeds Care Record', 'leeds', 'LCR', 'ld']) {
      const leeds = await report(['--locality', given, workspace.root]);
      assert.deepEqual(entryIds(leeds), ['LD-0001'], given);
      assert.match(leeds, /^Filtered: locality Leeds Care Record\. 8 lessons that do not match are not in this report\.$/m, given);
    }
    assert.deepEqual(entryIds(await report(['--locality', 'GM', '--locality', 'Leeds', workspace.root])), ['GM-0001', 'GM-0003', 'LD-0001']);
  });

  it('--since YYYY-MM-DD keeps lessons dated on or after the day', async () => {
    const since = await report(['--since', '2024-05-01', workspace.root]);
    assert.deepEqual(entryIds(since), ['GM-0001', 'LD-0001']);
    assert.match(since, /^Filtered: dated 2024-05-01 or later\. 3 lessons that do not match are not in this report\.$/m);
    assert.match(
      since,
      /^This report is for readers in health and care: 1 lesson marked for a narrower audience \(sensitivity\) is left out\.$/m,
      'WX-0002 matches and is left out for sensitivity',
    );
  });

  it('--stage: communicated only for readers; any stage for curators, repeatable', async () => {
    assert.deepEqual(entryIds(await report(['--stage', 'communicated', workspace.root])), ['GM-0001', 'GM-0003', 'LD-0001']);
    const curators = await report(['-a', 'curators', '--stage', 'captured', '--stage', 'curated', workspace.root]);
    assert.match(curators, /^Filtered: stage captured or curated\. 8 lessons that do not match are not in this report\.$/m);
    assert.deepEqual(entryIds(curators), ['LD-0003', 'GM-0004', 'WX-0003', 'LD-0002']);
    assert.match(curators, /^\| \*\*Total\*\* \| \*\*3\*\* \| \*\*0\*\* \| \*\*0\*\* \| \*\*1\*\* \| \*\*0\*\* \| \*\*4\*\* \|$/m);
  });

  it('filters combine for curators: the backlog, reviews, duplicates and unknown topics of the lessons that match', async () => {
    const wessex = await report(['-a', 'curators', '--locality', 'wessex', '--since', '2025-04-01', workspace.root]);
    assert.match(wessex, /^Filtered: locality Wessex Care Records; dated 2025-04-01 or later\. 9 lessons that do not match are not in this report\.$/m);
    assert.deepEqual(entryIds(wessex), ['WX-0003', 'WX-0004', 'WX-0002']);
    assert.match(wessex, /^No similar lessons are left unlinked or outside a shared theme\.$/m, "WX-0003's twin GM-0004 is filtered out");
    assert.match(wessex, /^Every topic is in the workspace's topic list\.$/m);
  });

  it('--since that is not a date written YYYY-MM-DD, or not a real day, is a usage error (exit 2)', async () => {
    for (const [since, message] of [
      ['01/02/2025', /learn-once report: --since must be a date written YYYY-MM-DD, e.g. --since 2025-01-31, not '01\/02\/2025'\./],
      ['2025-1-5', /--since must be a date written YYYY-MM-DD, e.g. --since 2025-01-31, not '2025-1-5'\./],
      ['2025-02-30', /learn-once report: --since '2025-02-30' is not a real calendar date; give a day written YYYY-MM-DD, e.g. --since 2025-01-31\./],
    ] as const) {
      const run = await runBuiltCli(['report', '--since', since, workspace.root]);
      assert.equal(run.code, 2, since);
      assert.equal(run.stdout, '');
      assert.match(run.stderr, message);
      assert.match(run.stderr, /Run 'learn-once report --help' for usage\./);
    }
    const missing = await runBuiltCli(['report', workspace.root, '--since']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /option '--since' needs a value/);
  });

  it('a stage that is not one, a stage readers never get, or an empty topic is a usage error (exit 2)', async () => {
    for (const [args, message] of [
      [['--stage', 'done'], /--stage must be one of captured, collated, organised, curated, communicated, not 'done'\./],
      [
        ['--stage', 'curated'],
        /--stage curated: a readers report holds communicated lessons only\. Give --audience curators to report on lessons at other stages\./,
      ],
      [['-a', 'public', '--stage', 'communicated', '--stage', 'organised'], /--stage organised: a public report holds communicated lessons only\./],
      [['--topic', ' '], /--topic needs a value/],
    ] as const) {
      const run = await runBuiltCli(['report', ...args, workspace.root]);
      assert.equal(run.code, 2, args.join(' '));
      assert.match(run.stderr, message);
    }
  });
});

describe('cli: learn-once report on the sample workspace (examples/)', () => {
  it('readers: communicated lessons only, every link resolving', async () => {
    const readers = await report(['examples']);
    assert.match(readers, /^\*\*\d+ lessons? learned once, reused \d+ times? by \d+ localit(y|ies)\.\*\*$/m);
    assert.ok(entryIds(readers).length > 0);
    for (const id of entryIds(readers)) {
      const file = readFileSync(path.join('examples', readdirFor(id), `${id}.lesson.yaml`), 'utf8');
      assert.match(file, /^stage: communicated$/m, `${id} is communicated`);
    }
    assertLinksResolve(readers);
  });

  it('curators: a theme collating two similar lessons takes them out of the duplicates (TH-0001: GM-0001, YH-0002)', async () => {
    const curators = await report(['-a', 'curators', 'examples']);
    const similar = section(curators, 'Similar lessons not yet linked or themed');
    assert.ok(
      !/GM-0001[\s\S]*YH-0002|YH-0002[\s\S]*GM-0001/.test(similar.split(/^\d+\. /m).find((group) => group.includes('GM-0001')) ?? ''),
      'GM-0001 and YH-0002 are not one group',
    );
    assertLinksResolve(curators);
  });
});

/** The folder of an example lesson, from its id's prefix. */
function readdirFor(id: string): string {
  const folders: Record<string, string> = {
    GM: 'greater-manchester',
    OL: 'one-london',
    YH: 'yorkshire-humber',
    LD: 'leeds',
    WX: 'wessex',
    DC: 'dorset',
    GN: 'great-north',
  };
  return folders[id.split('-')[0]];
}

describe('cli: learn-once report --audience, and what no report shows', () => {
  const lesson = (id: string, title: string, extra: Record<string, string> = {}): string =>
    lessonText({ id, title, stage: 'communicated', summary: `${title}, in one paragraph.`, ...extra });
  let workspace: Workspace;
  before(() => {
    workspace = tempWorkspace({
      'GM-0001.lesson.yaml': lesson('GM-0001', 'Public lesson on consent', { sensitivity: 'public' }),
      'GM-0002.lesson.yaml': lesson('GM-0002', 'Lesson for NHS readers on audit'),
      'GM-0003.lesson.yaml': lesson('GM-0003', 'Restricted lesson on a breach', { sensitivity: 'restricted' }),
      'GM-0004.lesson.yaml': lesson('GM-0004', 'Lesson with a pasted NHS number', { good: '|\n  The pt 943 476 5919 showed in the portal.' }),
    });
  });
  after(() => workspace.dispose());

  const idsIn = (text: string): string[] => [...new Set([...text.matchAll(/GM-000\d/g)].map((match) => match[0]))].sort();

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
    // Curators get communicated lessons in their counts (their backlog lists the others).
    const curators = await runBuiltCli(['report', '-q', '-a', 'curators', workspace.root]);
    assert.match(curators.stdout, /^3 lessons from 1 locality: 0 not yet communicated,/m);
    assert.match(curators.stdout, /^\| Greater Manchester Care Record \| 0 \| 0 \| 0 \| 0 \| 3 \| 3 \|$/m);
    assert.ok(!curators.stdout.includes('narrower audience'));
    assert.match(curators.stdout, /1 lesson holding an NHS number is left out/);
    assert.ok(!curators.stdout.includes('943'));
  });

  it('usage errors exit 2: an unknown audience or format, two folders', async () => {
    const audience = await runBuiltCli(['report', '--audience', 'everyone', workspace.root]);
    assert.equal(audience.code, 2);
    assert.match(audience.stderr, /--audience must be one of public, readers, curators, not 'everyone'/);
    const format = await runBuiltCli(['report', '--format', 'pdf', workspace.root]);
    assert.equal(format.code, 2);
    assert.match(format.stderr, /--format must be one of markdown, html, not 'pdf'/);
    const two = await runBuiltCli(['report', workspace.root, 'examples']);
    assert.equal(two.code, 2);
    assert.match(two.stderr, /give one workspace folder/);
  });

  it('--help names every option', async () => {
    const run = await runBuiltCli(['report', '--help']);
    assert.equal(run.code, 0);
    for (const option of ['--audience', '--stage', '--topic', '--locality', '--since', '--format', '--out', '--quiet'])
      assert.ok(run.stdout.includes(option), option);
  });
});
