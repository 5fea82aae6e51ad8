import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { Anchors } from '../../../server/src/cli/report/anchors';
import { artefactPathLinks } from '../../../server/src/cli/report/artefactLinks';
import { renderHtml } from '../../../server/src/cli/report/html';
import { renderMarkdown } from '../../../server/src/cli/report/markdown';
import { codeSpan } from '../../../server/src/cli/report/markdownText';
import { DEFAULT_CONFIG } from '../../../server/src/engine/config/workspaceConfig';
import { analyzeLesson } from '../../../server/src/engine/lesson/analyzeLesson';
import { buildCatalogueReport, type CatalogueInput } from '../../../server/src/engine/report/catalogueReport';
import { lessonText } from '../../protocol/support/tempWorkspace';

const HOSTILE_TITLE = '"Pipes | stars *and* <script>alert(1)</script> & [links](http://x)"';
const TODAY = '2026-01-01';

function lesson(file: string, overrides: Record<string, string | undefined>): { uri: string; facts: ReturnType<typeof analyzeLesson>['facts'] } {
  return { uri: `file:///ws/${file}`, facts: analyzeLesson(lessonText(overrides), { config: DEFAULT_CONFIG, today: TODAY }).facts };
}

function report(lessons: CatalogueInput['lessons'], extra: Partial<CatalogueInput> = {}) {
  return buildCatalogueReport({ title: 'ws <&>', lessons, config: DEFAULT_CONFIG, today: TODAY, similarPairs: [], ...extra });
}

const HOSTILE = [
  lesson('a.lesson.yaml', {
    id: 'GM-0001',
    title: HOSTILE_TITLE,
    stage: 'communicated',
    topics: '["a|b", "<i>"]',
    summary: '"- starts like a list\\n\\n1. and a number\\n\\n=== not a heading"',
    outcome: '"<b>bold</b> | piped"',
    contact: '"<x@y.z>"',
  }),
  // The curators' report lists the lessons still in the pipeline.
  lesson('b.lesson.yaml', { id: 'GM-0002', title: HOSTILE_TITLE, stage: 'captured', topics: '["<i>"]' }),
];

/**
 * GM-0001 (communicated) is adopted by WX-0001 (captured, no entry for readers); its
 * summary mentions GM-0002 (communicated, an entry) and YH-0009 (no such lesson).
 */
const LINKED = [
  lesson('a.lesson.yaml', { id: 'GM-0001', title: 'First', stage: 'communicated', summary: 'Built on by GM-0002; unlike YH-0009.' }),
  lesson('b.lesson.yaml', {
    id: 'GM-0002',
    title: 'Second',
    stage: 'communicated',
    summary: 'Second.',
    adoption: '{action: enhance, lesson: GM-0001, outcome: Faster than GM-0001 was.}',
  }),
  lesson('c.lesson.yaml', {
    id: 'WX-0001',
    locality: 'Wessex Care Records',
    title: 'Third',
    stage: 'captured',
    adoption: '{action: replicate, lesson: GM-0001}',
  }),
];

describe('cli: report rendering keeps lesson text as text', () => {
  it('markdown escapes table pipes, emphasis, HTML and links, and list- or heading-like lines', () => {
    const markdown = renderMarkdown(report(HOSTILE));
    assert.match(markdown, /^# Lessons learned: ws \\<&\\>$/m);
    assert.match(markdown, /^\| a\\\|b \| 1 \| \[GM-0001\]\(#gm-0001\) \|$/m, 'a pipe in a topic does not split the cell');
    assert.match(
      markdown,
      /^### <a id="gm-0001"><\/a>GM-0001 Pipes \| stars \\\*and\\\* \\<script\\>alert\\\(1\\\)\\<\/script\\> & \\\[links\\\]\\\(http:\/\/x\\\)$/m,
    );
    assert.match(markdown, /^\\- starts like a list$/m);
    assert.match(markdown, /^1\\\. and a number$/m);
    assert.match(markdown, /^\\=== not a heading$/m);
    assert.match(markdown, /^\*\*Outcome:\*\* \\<b\\>bold\\<\/b\\> \| piped$/m);
    assert.match(markdown, /^\*\*Contact:\*\* \\<x@y\.z\\>$/m);
  });

  it('html escapes every piece of lesson text, for readers and curators', () => {
    for (const audience of ['readers', 'curators'] as const) {
      const html = renderHtml(report(HOSTILE, { audience }));
      assert.ok(!html.includes('<script>'), 'no markup from a lesson reaches the page');
      assert.ok(!html.includes('<i>') && !html.includes('<b>') && !html.includes('<x@'));
      assert.match(html, /Pipes \| stars \*and\* &lt;script&gt;alert\(1\)&lt;\/script&gt; &amp; \[links\]\(http:\/\/x\)/);
      assert.match(html, /<title>(Lessons learned|Curators&#39; report): ws &lt;&amp;&gt;<\/title>/);
    }
  });

  it('shows the strongest hundred groups of similar lessons and says how many more there are', () => {
    const lessons = Array.from({ length: 210 }, (_, i) => lesson(`${i}.lesson.yaml`, { id: `GM-${String(i + 1).padStart(4, '0')}` }));
    const pairs = Array.from({ length: 105 }, (_, i) => ({ a: lessons[2 * i].uri, b: lessons[2 * i + 1].uri, score: 0.9 - i / 1000 }));
    const built = report(lessons, { similarPairs: pairs, audience: 'curators' });
    const markdown = renderMarkdown(built);
    assert.match(markdown, /^105 groups, strongest first\./m);
    assert.match(markdown, /^100\. 2 lessons/m);
    assert.doesNotMatch(markdown, /^101\. /m);
    assert.match(markdown, /^…and 5 more groups with weaker matches, not shown\.$/m);
    const html = renderHtml(built);
    assert.equal(
      html
        .split('<ol class="clusters">')[1]
        .split('</ol>')[0]
        .match(/<li>2 lessons/g)?.length,
      100,
    );
    assert.match(html, /<p>…and 5 more groups with weaker matches, not shown\.<\/p>/);
  });
});

describe('cli: report rendering links every id to its entry', () => {
  it('markdown: an anchor on each entry, and every mention of an id with an entry links to it, in text too', () => {
    const markdown = renderMarkdown(report(LINKED));
    assert.deepEqual(
      [...markdown.matchAll(/<a id="([^"]+)"><\/a>/g)].map((match) => match[1]),
      ['gm-0001', 'gm-0002'],
    );
    assert.match(markdown, /^Built on by \[GM-0002\]\(#gm-0002\); unlike YH-0009\.$/m, 'an id in running text links when it has an entry, else stays text');
    assert.match(
      markdown,
      /^\| \[GM-0002\]\(#gm-0002\) \| Greater Manchester Care Record \| enhanced \| — \| — \| Faster than \[GM-0001\]\(#gm-0001\) was\. \|$/m,
    );
    assert.match(markdown, /^\| WX-0001 \| Wessex Care Records \| replicated \| — \| — \| — \|$/m, 'a lesson with no entry is named, not linked');
    assert.match(markdown, /^\*\*Builds on:\*\* enhanced \[GM-0001\]\(#gm-0001\)\.$/m);
    assert.match(
      markdown,
      /^- \[GM-0002\]\(#gm-0002\), Greater Manchester Care Record, enhanced \[GM-0001\]\(#gm-0001\): Faster than \[GM-0001\]\(#gm-0001\) was\.$/m,
    );
  });

  it('html: each entry is an element with the id as its anchor, and every link to an entry finds it', () => {
    const html = renderHtml(report(LINKED));
    const targets = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]));
    const links = [...html.matchAll(/href="#([^"]+)"/g)].map((match) => match[1]);
    assert.ok(links.includes('gm-0001') && links.includes('gm-0002'));
    for (const link of links) assert.ok(targets.has(link), `#${link} has a target`);
    assert.match(html, /<article class="lesson" id="gm-0001">/);
    assert.match(html, /Built on by <a class="id" href="#gm-0002">GM-0002<\/a>; unlike YH-0009\./);
    assert.match(html, /<th scope="row"><span class="id">WX-0001<\/span><\/th>/);
  });

  it('anchors: lower-case slugs, one per id, never a page id or a slug taken already', () => {
    const anchors = new Anchors(['GM-0001', 'gm-0001', 'MAIN', 'GM-0001'], ['main']);
    assert.equal(anchors.target('GM-0001'), 'gm-0001');
    assert.equal(anchors.target('gm-0001'), 'gm-0001-2');
    assert.equal(anchors.target('MAIN'), 'main-2');
    assert.equal(anchors.target('YH-0001'), undefined);
    assert.equal(anchors.place('GM-0001'), 'gm-0001');
    assert.equal(anchors.place('GM-0001'), undefined, 'an id has one entry');
    assert.equal(
      anchors.linkIdsIn('see GM-0001, XGM-0001 and GM-00011', (id, slug) => `<${id}|${slug}>`),
      'see <GM-0001|gm-0001>, XGM-0001 and GM-00011',
    );
  });
});

describe('cli: report rendering of artefacts', () => {
  const withArtefacts = [
    lesson('a.lesson.yaml', {
      id: 'GM-0001',
      stage: 'communicated',
      summary: 'S.',
      artefacts: '["docs/dsa template.md", "https://example.org/a b>c", "odd`name.md"]',
    }),
  ];

  it('links http(s) artefacts and shows workspace paths as code when the report is not written inside the workspace', () => {
    const built = report(withArtefacts);
    const markdown = renderMarkdown(built);
    assert.match(markdown, /^- `docs\/dsa template\.md`$/m);
    assert.match(markdown, /^- \[https:\/\/example\.org\/a b\\>c\]\(<https:\/\/example\.org\/a%20b%3Ec>\)$/m);
    assert.match(markdown, /^- ``odd`name\.md``$/m);
    const html = renderHtml(built);
    assert.match(html, /<li><code>docs\/dsa template\.md<\/code><\/li>/);
    assert.match(html, /<li><a href="https:\/\/example\.org\/a b&gt;c">https:\/\/example\.org\/a b&gt;c<\/a><\/li>/);
  });

  it('links workspace paths from the report file when it is written inside the workspace', () => {
    const root = path.resolve('/ws');
    const options = { artefactPathLink: artefactPathLinks(root, path.join(root, 'reports', 'lessons.md')) };
    const built = report(withArtefacts);
    assert.match(renderMarkdown(built, options), /^- \[`docs\/dsa template\.md`\]\(<\.\.\/docs\/dsa%20template\.md>\)$/m);
    assert.match(renderHtml(built, options), /<li><a href="\.\.\/docs\/dsa%20template\.md"><code>docs\/dsa template\.md<\/code><\/a><\/li>/);
  });

  it('artefact path links: only from a report inside the workspace, and never to a path outside it', () => {
    const root = path.resolve('/ws');
    assert.equal(artefactPathLinks(root, undefined)('a.md'), undefined);
    assert.equal(artefactPathLinks(root, path.resolve('/elsewhere/r.md'))('a.md'), undefined);
    const inside = artefactPathLinks(root, path.join(root, 'r.md'));
    assert.equal(inside('artefacts/a.md'), 'artefacts/a.md');
    assert.equal(inside('../secret.md'), undefined);
    assert.equal(inside('/etc/passwd'), undefined);
  });

  it('code spans hold backticks', () => {
    assert.equal(codeSpan('plain'), '`plain`');
    assert.equal(codeSpan('a`b'), '``a`b``');
    assert.equal(codeSpan('`start'), '`` `start ``');
  });
});
