import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { tempWorkspace } from '../protocol/support/tempWorkspace';
import { REPORT_WORKSPACE } from './support/reportWorkspace';
import { runBuiltCli } from './support/runBuiltCli';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** WCAG relative luminance contrast of two rgb()/rgba() colours. */
function contrast(foreground: string, background: string): number {
  const channels = (colour: string): number[] => (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
  const luminance = (colour: string): number => {
    const [r, g, b] = channels(colour).map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [a, b] = [luminance(foreground), luminance(background)].sort((x, y) => y - x);
  return (a + 0.05) / (b + 0.05);
}

/** The functions run in the page (this project's TypeScript has no DOM library), hence strings. */
const IN_PAGE = {
  colours: `[...document.querySelectorAll('h1, h2, h3, h4, p, li, th, td, caption, a, code, .where, .meta')].map((element) => ({ text: (element.textContent || '').slice(0, 30), colour: getComputedStyle(element).color }))`,
  background: 'getComputedStyle(document.body).backgroundColor',
  unresolvedLinks: `[...document.querySelectorAll('a[href^="#"]')].map((a) => a.getAttribute('href').slice(1)).filter((id) => !document.getElementById(id))`,
  sameOriginLinks: `document.querySelectorAll('a[href^="#"]').length`,
};

describe('cli: learn-once report --format html, rendered in headless Chromium', function () {
  let browser: Browser | undefined;
  const workspace = tempWorkspace(REPORT_WORKSPACE);
  /** Every request any page made; a page may only load itself. */
  const requests: string[] = [];

  /** Writes the report to `file` (relative to the workspace) and opens it in a new page. */
  async function openReport(file: string, args: string[]): Promise<{ page: Page; html: string }> {
    const out = workspace.path(file);
    const run = await runBuiltCli(['report', '-q', '--format', 'html', '--out', out, ...args, workspace.root]);
    assert.equal(run.code, 0, run.stderr);
    const html = readFileSync(out, 'utf8');
    const page = await browser!.newPage();
    await page.route('**/*', (route) => {
      const url = route.request().url();
      requests.push(url);
      return url === `file://${out}` ? route.continue() : route.abort();
    });
    await page.goto(`file://${out}`, { waitUntil: 'load' });
    return { page, html };
  }

  async function assertAccessible(page: Page): Promise<void> {
    const colours = (await page.evaluate(IN_PAGE.colours)) as { text: string; colour: string }[];
    const background = (await page.evaluate(IN_PAGE.background)) as string;
    assert.ok(colours.length > 30, 'every kind of text on the page is measured');
    for (const { text, colour } of colours) assert.ok(contrast(colour, background) >= 4.5, `'${text}' in ${colour} on ${background}`);
    for (const table of await page.locator('table').all())
      assert.ok(
        (await table.locator('caption').count()) === 1 && (await table.locator('thead th[scope="col"]').count()) > 0,
        'each table has a caption and column headers',
      );
    assert.equal(await page.locator('h1').count(), 1);
    assert.deepEqual(await page.evaluate(IN_PAGE.unresolvedLinks), [], 'every link to an entry finds it');
  }

  const articleIds = (page: Page): Promise<(string | null)[]> =>
    page.locator('article.lesson').evaluateAll((articles) => articles.map((article) => article.getAttribute('id')));

  before(async function () {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is needed for this test: apt-get install -y chromium`);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });

  after(async () => {
    await browser?.close();
    workspace.dispose();
  });

  describe('--audience readers (the default)', () => {
    let page: Page;
    let html: string;
    before(async () => {
      ({ page, html } = await openReport('reports/readers.html', []));
    });
    after(() => page.close());

    it('is one self-contained file: no scripts, no external assets, no requests beyond the page itself', async () => {
      assert.deepEqual(
        requests.filter((url) => !url.endsWith('/reports/readers.html')),
        [],
      );
      assert.equal(await page.locator('script').count(), 0);
      assert.equal(await page.locator('link[rel="stylesheet"], img, iframe, object, embed, [src]').count(), 0);
      assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">/);
      assert.deepEqual(
        [...html.matchAll(/https?:\/\/[^"<\s]+/g)].map((match) => match[0]),
        ['https://example.org/guides/dsa?step=1&amp;lang=en', 'https://example.org/guides/dsa?step=1&amp;lang=en'],
        "the only URL is an artefact's link (its href and its text)",
      );
    });

    it('has a title, one h1, the headline and a section per part, each in the contents', async () => {
      assert.equal(await page.getAttribute('html', 'lang'), 'en-GB');
      assert.equal(await page.title(), `Lessons learned: ${path.basename(workspace.root)}`);
      assert.equal(await page.locator('.headline').textContent(), '3 lessons learned once, reused 3 times by 2 localities.');
      assert.deepEqual(await page.locator('main h2').allTextContents(), ['Outcomes reported', 'Lessons by topic', 'Lessons']);
      assert.deepEqual(await page.locator('nav[aria-label="Contents"] a').allTextContents(), ['Outcomes reported', 'Lessons by topic', 'Lessons']);
      assert.match((await page.locator('header').textContent()) ?? '', /1 lesson marked for a narrower audience \(sensitivity\) is left out\./);
    });

    it('lists the outcomes reported, ids linked to their entries', async () => {
      assert.deepEqual(await page.locator('ul.outcomes > li').allTextContents(), [
        'GM-0001, Greater Manchester Care Record: Sign-off went from nine months to six weeks.',
        'LD-0001, Leeds Care Record, customised GM-0001 (live, 2025-06-01): Agreement signed in seven weeks.',
        'WX-0001, Wessex Care Records, enhanced LD-0001 (in progress, 2025-05-01): Two of five trusts signed so far.',
      ]);
      assert.deepEqual(await page.locator('ul.outcomes a').evaluateAll((links) => links.map((link) => link.getAttribute('href'))), [
        '#gm-0001',
        '#ld-0001',
        '#gm-0001',
        '#ld-0001',
      ]);
    });

    it('gives each communicated lesson an entry: an article with its id as anchor, and a link to it goes there', async () => {
      assert.deepEqual(await articleIds(page), ['gm-0001', 'gm-0003', 'ld-0001']);
      await page.locator('ul.outcomes a[href="#ld-0001"]').first().click();
      assert.equal(await page.evaluate('location.hash'), '#ld-0001');
      assert.equal(
        await page.locator('article:target h3').textContent(),
        'LD-0001 Customising the agreement route with an information governance lead per trust',
      );
    });

    it('an entry has its summary, what to do next time, outcome, artefacts, contact and adoption history', async () => {
      const gm = page.locator('article#gm-0001');
      assert.deepEqual(await gm.locator('h4').allTextContents(), ['Summary', 'What to do next time', 'Artefacts', 'Adoption history']);
      assert.match((await gm.textContent()) ?? '', /Outcome: Sign-off went from nine months to six weeks\./);
      assert.match((await gm.textContent()) ?? '', /Contact: dsa-team@nhs\.net/);
      assert.deepEqual(
        await gm.locator('h4:text-is("Artefacts") + ul a').evaluateAll((links) => links.map((link) => [link.getAttribute('href'), link.textContent])),
        [
          ['../artefacts/dsa-template.md', 'artefacts/dsa-template.md'],
          ['https://example.org/guides/dsa?step=1&lang=en', 'https://example.org/guides/dsa?step=1&lang=en'],
        ],
      );
      const history = gm.locator('table.adoptions');
      assert.equal(await history.locator('caption').textContent(), 'Lessons that reused GM-0001, with how far each got.');
      assert.deepEqual(await history.locator('thead th').allTextContents(), ['Lesson', 'Locality', 'Action', 'Status', 'Date', 'Outcome']);
      const rows = await history.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent)));
      assert.deepEqual(rows, [
        ['LD-0001', 'Leeds Care Record', 'customised', 'live', '2025-06-01', 'Agreement signed in seven weeks.'],
        ['WX-0001', 'Wessex Care Records', 'replicated', 'planned', '—', '—'],
      ]);
      assert.equal(await history.locator('a[href="#ld-0001"]').count(), 1, 'an adopter with an entry is linked');
      assert.equal(
        await page.locator('article#gm-0003').locator('h4:text-is("Adoption history") + p').textContent(),
        'No other lesson records reusing it yet.',
      );
    });

    it('text has enough contrast (WCAG AA), tables have captions and headers, every link to an entry finds it', async () => {
      await assertAccessible(page);
    });

    it('prints without the navigation', async () => {
      await page.emulateMedia({ media: 'print' });
      try {
        assert.equal(await page.locator('nav').isVisible(), false);
        assert.ok((await page.pdf({ format: 'A4' })).byteLength > 5_000, 'Chromium renders it to PDF');
      } finally {
        await page.emulateMedia({ media: 'screen' });
      }
    });
  });

  describe('--audience curators', () => {
    let page: Page;
    before(async () => {
      ({ page } = await openReport('curators.html', ['--audience', 'curators']));
    });
    after(() => page.close());

    it('has its four sections, and says what needs attention', async () => {
      assert.equal(await page.title(), `Curators' report: ${path.basename(workspace.root)}`);
      assert.equal(
        await page.locator('.lede').textContent(),
        '11 lessons from 3 localities: 7 not yet communicated, 2 waiting for review, 1 group of similar lessons not yet linked or themed, 2 unknown topics.',
      );
      assert.deepEqual(await page.locator('main h2').allTextContents(), [
        'Backlog by locality and stage',
        'Waiting for review',
        'Similar lessons not yet linked or themed',
        'Unknown topics',
      ]);
    });

    it('counts the backlog per locality and stage in a table and a chart', async () => {
      const table = page.locator('#stage-table');
      assert.deepEqual(await table.locator('thead th[scope="col"]').allTextContents(), [
        'Locality',
        'Captured',
        'Collated',
        'Organised',
        'Curated',
        'Communicated',
        'Total',
      ]);
      assert.deepEqual(await table.locator('tbody tr:has(th:text-is("Leeds Care Record")) td').allTextContents(), ['1', '1', '0', '1', '1', '4']);
      assert.deepEqual(await table.locator('tfoot td').allTextContents(), ['3', '2', '1', '1', '4', '11']);
      const chart = page.locator('svg.chart');
      assert.equal(await chart.getAttribute('role'), 'img');
      assert.equal(await chart.locator('title#chart-title').textContent(), 'Lessons per locality, stacked by stage');
      assert.equal(await chart.locator('rect.segment').count(), 10, 'one segment per locality and stage with lessons: 2 + 4 + 4');
      assert.equal(await chart.locator('rect.stage-communicated').count(), 3);
      const box = await chart.boundingBox();
      assert.ok(box && box.width > 300, `the chart is drawn at a readable size: ${JSON.stringify(box)}`);
    });

    it('lists the lessons at each stage before communicated, each an anchor', async () => {
      assert.deepEqual(await page.locator('section[aria-labelledby="backlog"] h3').allTextContents(), [
        'Captured (3)',
        'Collated (2)',
        'Organised (1)',
        'Curated (1)',
      ]);
      assert.deepEqual(await page.locator('ul.backlog > li').evaluateAll((items) => items.map((item) => item.id)), [
        'ld-0003',
        'gm-0004',
        'wx-0003',
        'ld-0004',
        'wx-0004',
        'wx-0001',
        'ld-0002',
      ]);
    });

    it('lists the lessons waiting for review, the similar lessons not linked or themed, and unknown topics', async () => {
      assert.deepEqual(await page.locator('ul.review > li').allTextContents(), [
        'WX-0002 A breach investigation that changed our access rules (Wessex Care Records, communicated): no reviewed_by; no reviewed_on',
        "LD-0002 A public sandbox got suppliers connected in weeks (Leeds Care Record, curated): reviewed_by 'Someone Else' is not a curator",
      ]);
      assert.deepEqual(await page.locator('ol.clusters > li > ul > li a').allTextContents(), ['GM-0004', 'WX-0003'], 'LD-0004 and WX-0004 share a theme');
      const rows = await page.locator('table.unknown-topics tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent)));
      assert.deepEqual(rows, [
        ['ambulance', 'LD-0003', '—'],
        ['trainng', 'LD-0003', 'training'],
      ]);
    });

    it('text has enough contrast (WCAG AA), tables have captions and headers, every link to an entry finds it', async () => {
      await assertAccessible(page);
    });

    it('prints without the navigation, keeping the chart', async () => {
      await page.emulateMedia({ media: 'print' });
      try {
        assert.equal(await page.locator('nav').isVisible(), false);
        assert.equal(await page.locator('svg.chart').isVisible(), true);
      } finally {
        await page.emulateMedia({ media: 'screen' });
      }
    });
  });

  describe('filters', () => {
    const filterNote = (page: Page): Promise<string | null> => page.locator('header p.meta', { hasText: 'Filtered:' }).textContent();

    for (const [args, ids, note] of [
      [['--topic', 'DATA SHARING'], ['gm-0001'], 'Filtered: topic data sharing. 10 lessons that do not match are not in this report.'],
      [
        ['--topic', 'audit', '--topic', 'training'],
        ['gm-0003', 'ld-0001'],
        'Filtered: topic audit or training. 8 lessons that do not match are not in this report.',
      ],
      [['--locality', 'lcr'], ['ld-0001'], 'Filtered: locality Leeds Care Record. 8 lessons that do not match are not in this report.'],
      [
        ['--locality', 'GM', '--locality', 'leeds'],
        ['gm-0001', 'gm-0003', 'ld-0001'],
        'Filtered: locality Greater Manchester Care Record or Leeds Care Record. 4 lessons that do not match are not in this report.',
      ],
      [['--since', '2024-05-01'], ['gm-0001', 'ld-0001'], 'Filtered: dated 2024-05-01 or later. 3 lessons that do not match are not in this report.'],
      [['--stage', 'communicated'], ['gm-0001', 'gm-0003', 'ld-0001'], 'Filtered: stage communicated. 8 lessons that do not match are not in this report.'],
    ] as const) {
      it(`readers ${args.join(' ')}: the lessons that match, and the filters stated`, async () => {
        const { page } = await openReport('filtered.html', [...args]);
        try {
          assert.deepEqual(await articleIds(page), ids);
          assert.equal(await filterNote(page), note);
          assert.deepEqual(await page.evaluate(IN_PAGE.unresolvedLinks), []);
        } finally {
          await page.close();
        }
      });
    }

    it('curators --stage captured --stage curated --locality LD: the backlog of the lessons that match', async () => {
      const { page } = await openReport('filtered.html', ['-a', 'curators', '--stage', 'captured', '--stage', 'curated', '--locality', 'LD']);
      try {
        assert.deepEqual(await page.locator('ul.backlog > li').evaluateAll((items) => items.map((item) => item.id)), ['ld-0003', 'ld-0002']);
        assert.equal(
          await filterNote(page),
          'Filtered: stage captured or curated; locality Leeds Care Record. 10 lessons that do not match are not in this report.',
        );
        assert.deepEqual(await page.locator('#stage-table tfoot td').allTextContents(), ['1', '0', '0', '1', '0', '2']);
        assert.equal(await page.locator('rect.segment').count(), 2);
      } finally {
        await page.close();
      }
    });

    it('curators --since 2025-06-01 --topic "identity and access": the backlog and the similar lessons among those that match', async () => {
      const { page } = await openReport('filtered.html', ['-a', 'curators', '--since', '2025-06-01', '--topic', 'identity and access']);
      try {
        assert.deepEqual(await page.locator('ul.backlog > li').evaluateAll((items) => items.map((item) => item.id)), ['gm-0004', 'wx-0003', 'wx-0004']);
        assert.deepEqual(await page.locator('ol.clusters > li > ul > li a').allTextContents(), ['GM-0004', 'WX-0003']);
      } finally {
        await page.close();
      }
    });

    it('--since that is not a real YYYY-MM-DD day is a usage error in HTML too: exit 2, nothing written', async () => {
      for (const since of ['2025-13-01', 'last week']) {
        const out = workspace.path(`never-${since.replace(/\W/g, '')}.html`);
        const run = await runBuiltCli(['report', '--format', 'html', '--out', out, '--since', since, workspace.root]);
        assert.equal(run.code, 2, since);
        assert.match(run.stderr, /learn-once report: --since /);
        assert.equal(existsSync(out), false, 'no report is written');
      }
    });
  });

  describe('the sample workspace (examples/)', () => {
    for (const audience of ['readers', 'curators'] as const) {
      it(`${audience}: loads on its own, with every link to an entry resolving`, async () => {
        const out = workspace.path(`examples-${audience}.html`);
        const run = await runBuiltCli(['report', '-q', '--format', 'html', '--audience', audience, '--out', out, 'examples']);
        assert.equal(run.code, 0, run.stderr);
        const page = await browser!.newPage();
        try {
          await page.goto(`file://${out}`, { waitUntil: 'load' });
          assert.equal(await page.locator('script').count(), 0);
          assert.ok(((await page.evaluate(IN_PAGE.sameOriginLinks)) as number) > 0);
          assert.deepEqual(await page.evaluate(IN_PAGE.unresolvedLinks), []);
          if (audience === 'curators') assert.ok((await page.locator('rect.segment').count()) > 0);
          else assert.ok((await articleIds(page)).length > 0);
        } finally {
          await page.close();
        }
      });
    }
  });
});
