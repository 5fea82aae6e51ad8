import type { CatalogueReport } from '../../engine/report/catalogueReport';
import { VERSION } from '../../engine/version';
import { Anchors } from './anchors';
import { escapeHtml as esc } from './escapeHtml';
import { curatorsHtml } from './htmlCurators';
import { readersHtml } from './htmlReaders';
import { STYLES } from './htmlStyles';
import type { RenderOptions } from './renderOptions';
import { audienceSentence, filtersSentence, leftOutSentences, notReadSentence, PAGE_IDS, reportTitle } from './text';

/**
 * The report as one self-contained HTML page: inline styles (and for curators an inline SVG
 * chart), no scripts and nothing fetched from elsewhere (the content security policy forbids
 * it), readable by screen readers (landmarks, headings, table captions and headers) and printable.
 */
export function renderHtml(report: CatalogueReport, options: RenderOptions = {}): string {
  const anchors = new Anchors(report.entryIds, PAGE_IDS);
  const { lede, sections } = report.kind === 'curators' ? curatorsHtml(report, anchors) : readersHtml(report, anchors, options);
  const title = reportTitle(report);
  const notes = [filtersSentence(report), notReadSentence(report), leftOutSentences(report)].filter((sentence): sentence is string => sentence !== undefined);
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="learn-once ${esc(VERSION)}">
<title>${esc(title)}</title>
<style>
${STYLES}
</style>
</head>
<body>
<a class="skip" href="#main">Skip to the report</a>
<header>
<h1>${esc(title)}</h1>
${lede}
<p class="meta">${esc(audienceSentence(report))} Generated on <time datetime="${esc(report.generatedOn)}">${esc(report.generatedOn)}</time> by learn-once ${esc(VERSION)}.</p>
${notes.map((note) => `<p class="meta">${esc(note)}</p>`).join('\n')}
</header>
<nav aria-label="Contents">
<h2 id="contents">Contents</h2>
<ol>
${sections.map((section) => `<li><a href="#${section.id}">${esc(section.title)}</a></li>`).join('\n')}
</ol>
</nav>
<main id="main">
${sections.map((section) => `<section aria-labelledby="${section.id}">\n<h2 id="${section.id}">${esc(section.title)}</h2>\n${section.body}\n</section>`).join('\n')}
</main>
</body>
</html>
`;
}
