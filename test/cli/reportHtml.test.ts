import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { tempWorkspace } from '../protocol/support/tempWorkspace';
import { runBuiltCli } from './support/runBuiltCli';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

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

describe('cli: learn-once report --format html, rendered in headless Chromium', function () {
  let browser: Browser | undefined;
  let page: Page;
  let html: string;
  const requests: string[] = [];
  const workspace = tempWorkspace({});

  before(async function () {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is needed for this test: apt-get install -y chromium`);
    const file = path.join(workspace.root, 'catalogue.html');
    const run = await runBuiltCli(['report', '--format', 'html', '--out', file, 'examples']);
    assert.equal(run.code, 0, run.stderr);
    html = readFileSync(file, 'utf8');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    page = await browser.newPage();
    // Every request is counted; anything but the report file itself is refused.
    await page.route('**/*', (route) => {
      const url = route.request().url();
      requests.push(url);
      return url.startsWith('file://') && url.endsWith('/catalogue.html') ? route.continue() : route.abort();
    });
    await page.goto(`file://${file}`, { waitUntil: 'load' });
  });

  after(async () => {
    await browser?.close();
    workspace.dispose();
  });

  it('is one self-contained file: no scripts, no external assets, no requests beyond the page itself', async () => {
    assert.deepEqual(requests.map((url) => path.basename(url)), ['catalogue.html']);
    assert.equal(await page.locator('script').count(), 0);
    assert.equal(await page.locator('link[rel="stylesheet"], img[src], iframe, object, embed').count(), 0);
    assert.doesNotMatch(html, /https?:\/\/(?!www\.w3\.org\/2000\/svg)/, 'no URL other than the SVG namespace');
  });

  it('has a language, a title, one h1 and an h2 per section, each with its content', async () => {
    assert.equal(await page.getAttribute('html', 'lang'), 'en-GB');
    assert.equal(await page.title(), 'Lessons learned: examples');
    assert.deepEqual(await page.locator('h1').allTextContents(), ['Lessons learned: examples']);
    assert.deepEqual(await page.locator('main h2').allTextContents(), [
      'Lessons by locality and stage',
      'Lessons by topic',
      'Reuse: learned once, used again',
      'Still duplicated: similar lessons not yet linked',
      'Curated and communicated lessons',
    ]);
    assert.equal(await page.locator('nav[aria-label="Contents"] a').count(), 5);
    assert.equal(await page.locator('section[aria-labelledby="summaries"] article h3').count(), 12);
    assert.equal(await page.locator('section[aria-labelledby="duplicates"] ol.clusters > li').count(), 2);
  });

  it('tables have captions and column and row headers', async () => {
    const table = page.locator('#stage-table');
    assert.match((await table.locator('caption').textContent()) ?? '', /Lessons per locality at each stage/);
    assert.deepEqual(await table.locator('thead th[scope="col"]').allTextContents(), ['Locality', 'Captured', 'Collated', 'Organised', 'Curated', 'Communicated', 'Total']);
    assert.equal(await table.locator('tbody th[scope="row"]').count(), 7);
    assert.deepEqual(await table.locator('tbody tr:has(th:text-is("Leeds Care Record")) td').allTextContents(), ['1', '1', '1', '1', '0', '4']);
    assert.deepEqual(await table.locator('tfoot td').allTextContents(), ['7', '6', '7', '6', '6', '32']);
    for (const other of await page.locator('table').all()) assert.ok((await other.locator('caption').count()) === 1 && (await other.locator('thead th[scope="col"]').count()) > 0);
  });

  it('draws the chart: a labelled image with one bar segment per locality and stage that has lessons', async () => {
    const chart = page.locator('svg.chart');
    assert.equal(await chart.getAttribute('role'), 'img');
    assert.equal(await chart.locator('title#chart-title').textContent(), 'Lessons per locality, stacked by stage');
    assert.equal(await chart.locator('rect.segment').count(), 7 * 5 - 3, 'five stages for seven localities, less the three empty cells');
    assert.equal(await chart.locator('rect.stage-communicated').count(), 6);
    const box = await chart.boundingBox();
    assert.ok(box && box.width > 300 && box.height > 100, `the chart is drawn at a readable size: ${JSON.stringify(box)}`);
    const widths = await chart.locator('g.chart-row').evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('rect')].reduce((sum, rect) => sum + Number(rect.getAttribute('width')), 0)));
    assert.ok(widths[0] > widths[3], 'a locality with five lessons has a longer bar than one with four');
    assert.deepEqual(await page.locator('ul.legend li').allTextContents().then((items) => items.map((item) => item.trim())), ['Captured', 'Collated', 'Organised', 'Curated', 'Communicated']);
  });

  it('text has enough contrast against the page (WCAG AA, 4.5:1)', async () => {
    // The functions run in the page (this project's TypeScript has no DOM library), hence strings.
    const colours = (await page.evaluate(
      `[...document.querySelectorAll('h1, h2, h3, p, li, th, td, caption, a, .where, .meta')].map((element) => ({ text: (element.textContent || '').slice(0, 30), colour: getComputedStyle(element).color }))`,
    )) as { text: string; colour: string }[];
    const background = (await page.evaluate('getComputedStyle(document.body).backgroundColor')) as string;
    assert.ok(colours.length > 100, 'every kind of text on the page is measured');
    for (const { text, colour } of colours) assert.ok(contrast(colour, background) >= 4.5, `'${text}' in ${colour} on ${background}`);
  });

  it('prints without the navigation, keeping colours', async () => {
    await page.emulateMedia({ media: 'print' });
    try {
      assert.equal(await page.locator('nav').isVisible(), false);
      assert.equal(await page.locator('svg.chart').isVisible(), true);
      const pdf = await page.pdf({ format: 'A4' });
      assert.ok(pdf.byteLength > 10_000, 'Chromium renders it to PDF');
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });
});
