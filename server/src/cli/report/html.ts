import type { CatalogueReport, LessonRef } from '../../engine/report/catalogueReport';
import { VERSION } from '../toolInfo';
import { escapeHtml as esc } from './escapeHtml';
import { renderStageChart, renderStageLegend } from './stageChart';
import { ACTION_PAST, leftOutSentences, MAX_CLUSTERS_SHOWN, moreClusters, percent, plural, SECTION_TITLES, STAGE_LABELS } from './text';

/**
 * The catalogue as one self-contained HTML page: inline styles and an inline SVG chart,
 * no scripts and nothing fetched from elsewhere (the content security policy forbids it),
 * readable by screen readers (landmarks, headings, table headers) and printable.
 */
export function renderHtml(report: CatalogueReport): string {
  const { totals } = report;
  const leftOut = leftOutSentences(report);
  const title = `Lessons learned: ${report.title}`;
  const sections = [
    { id: 'localities', title: SECTION_TITLES.localities, body: localitiesSection(report) },
    { id: 'topics', title: SECTION_TITLES.topics, body: topicsSection(report) },
    { id: 'reuse', title: SECTION_TITLES.reuse, body: reuseSection(report) },
    { id: 'duplicates', title: SECTION_TITLES.clusters, body: clustersSection(report) },
    { id: 'summaries', title: SECTION_TITLES.summaries, body: summariesSection(report) },
  ];
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
<p class="lede">${plural(totals.lessons, 'lesson')} from ${plural(totals.localities, 'locality', 'localities')} on ${plural(totals.topics, 'topic')}; ${plural(totals.adoptions, 'lesson')} reused another locality's solution.</p>
<p class="meta">Generated on <time datetime="${esc(report.generatedOn)}">${esc(report.generatedOn)}</time> by learn-once ${esc(VERSION)}.${
    totals.notRead > 0 ? ` ${plural(totals.notRead, 'file')} could not be read as a lesson and ${totals.notRead === 1 ? 'is' : 'are'} left out; run <code>learn-once check</code> to see why.` : ''
  }${leftOut ? ` ${esc(leftOut)}` : ''}</p>
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

function localitiesSection(report: CatalogueReport): string {
  const hasNoStage = report.localities.some((row) => row.noStage > 0);
  const headers = [...report.stages.map((stage) => STAGE_LABELS[stage]), ...(hasNoStage ? ['No stage'] : []), 'Total'];
  const noStageTotal = report.localities.reduce((sum, row) => sum + row.noStage, 0);
  const body = report.localities.map((row) => {
    const cells = [...report.stages.map((stage) => row.byStage[stage]), ...(hasNoStage ? [row.noStage] : []), row.total];
    return `<tr><th scope="row">${esc(row.locality)}</th>${cells.map((n) => `<td>${n}</td>`).join('')}</tr>`;
  });
  const footer = [...report.stages.map((stage) => report.stageTotals[stage]), ...(hasNoStage ? [noStageTotal] : []), report.totals.lessons];
  return `<table id="stage-table" class="numbers">
<caption>Lessons per locality at each stage of the pipeline: captured, collated, organised, curated, communicated.</caption>
<thead><tr><th scope="col">Locality</th>${headers.map((header) => `<th scope="col">${esc(header)}</th>`).join('')}</tr></thead>
<tbody>
${body.join('\n')}
</tbody>
<tfoot><tr><th scope="row">Total</th>${footer.map((n) => `<td>${n}</td>`).join('')}</tr></tfoot>
</table>
<figure>
${renderStageChart(report, 'stage-table')}
<figcaption>Lessons per locality, stacked by stage.</figcaption>
${renderStageLegend(report.stages)}
</figure>`;
}

function topicsSection(report: CatalogueReport): string {
  if (report.topics.length === 0) return '<p>No lesson names a topic yet.</p>';
  const rows = report.topics.map(
    (topic) =>
      `<tr><th scope="row">${esc(topic.topic)}</th><td>${topic.lessons.length}</td><td>${topic.localities}</td><td>${topic.lessons.map((lesson) => lessonId(lesson)).join(', ')}</td></tr>`,
  );
  return `<table class="topics">
<caption>Topics, most written about first, with the localities that wrote about them.</caption>
<thead><tr><th scope="col">Topic</th><th scope="col">Lessons</th><th scope="col">Localities</th><th scope="col">Lesson ids</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>`;
}

function reuseSection(report: CatalogueReport): string {
  if (report.reuse.length === 0) return "<p>No lesson records adopting another locality's solution yet (<code>adoption:</code> in a lesson).</p>";
  const { replicate, customise, enhance } = report.adoptionsByAction;
  const groups = report.reuse.map((group) => {
    const original = group.original;
    const heading = 'locality' in original ? `${lessonId(original)} ${esc(original.title ?? '')} <span class="where">(${esc(original.locality)})</span>` : `${esc(original.id)} <span class="where">(not in this workspace)</span>`;
    const adoptions = group.adoptions.map(
      (adoption) => `<li><strong>${ACTION_PAST[adoption.action]}</strong> by ${lessonId(adoption.lesson)} ${esc(adoption.lesson.title ?? '')} <span class="where">(${esc(adoption.lesson.locality)})</span></li>`,
    );
    const reached = group.reached.length > 0 ? `\n<p>Reached ${group.reached.map(esc).join(', ')}.</p>` : '';
    return `<article class="reuse">\n<h3>${heading}</h3>\n<ul>\n${adoptions.join('\n')}\n</ul>${reached}\n</article>`;
  });
  return `<p>${plural(replicate, 'solution')} replicated, ${customise} customised, ${enhance} enhanced.</p>\n${groups.join('\n')}`;
}

function clustersSection(report: CatalogueReport): string {
  if (!report.unlinkedClusters) return '<p>Similarity was not computed for this report.</p>';
  if (report.unlinkedClusters.length === 0) return '<p>No similar lessons are left unlinked.</p>';
  const items = report.unlinkedClusters.slice(0, MAX_CLUSTERS_SHOWN).map((cluster) => {
    const lessons = cluster.lessons.map((lesson) => `<li>${lessonId(lesson)} ${esc(lesson.title ?? '')} <span class="where">(${esc(placeOf(lesson))})</span></li>`);
    return `<li>${plural(cluster.lessons.length, 'lesson')} from ${cluster.localities.map(esc).join(', ')}; closest pair ${percent(cluster.bestScore)} similar:\n<ul>\n${lessons.join('\n')}\n</ul></li>`;
  });
  const more = moreClusters(report.unlinkedClusters.length);
  return (
    `<p>${plural(report.unlinkedClusters.length, 'group')}, strongest first. Each holds lessons that read alike but do not link to each other with <code>adoption</code> or <code>related</code>. Link them, or merge the work.</p>\n` +
    `<ol class="clusters">\n${items.join('\n')}\n</ol>${more ? `\n<p>${esc(more)}</p>` : ''}`
  );
}

function summariesSection(report: CatalogueReport): string {
  if (report.summaries.length === 0) return '<p>No lesson has reached the curated stage yet.</p>';
  return report.summaries
    .map(({ lesson, summary }) => {
      const text = summary
        ? summary
            .split(/\n\s*\n/)
            .map((paragraph) => `<p>${esc(paragraph.trim().replace(/\s+/g, ' '))}</p>`)
            .join('\n')
        : '<p class="missing">No summary yet.</p>';
      return `<article class="summary">\n<h3>${lessonId(lesson)} ${esc(lesson.title ?? '')}</h3>\n<p class="where">${esc(placeOf(lesson))}</p>\n${text}\n</article>`;
    })
    .join('\n');
}

function lessonId(lesson: LessonRef | { id: string }): string {
  return `<span class="id">${esc(lesson.id)}</span>`;
}

function placeOf(lesson: LessonRef): string {
  return lesson.stage ? `${lesson.locality}, ${lesson.stage}` : lesson.locality;
}

/** Dark text on white (over 15:1), links and focus outlines well above 4.5:1; print drops the navigation. */
const STYLES = `:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 60rem; padding: 1rem 1.5rem 3rem; font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Arial, sans-serif; color: #0b0c0c; background: #ffffff; }
h1 { font-size: 2rem; line-height: 1.2; margin: 1rem 0 0.5rem; }
h2 { font-size: 1.5rem; margin: 2.5rem 0 0.75rem; border-bottom: 2px solid #0b0c0c; padding-bottom: 0.25rem; }
h3 { font-size: 1.125rem; margin: 1.5rem 0 0.25rem; }
a { color: #1d4f91; }
a:focus { outline: 3px solid #ffbf47; outline-offset: 0; background: #ffbf47; color: #0b0c0c; }
.skip { position: absolute; left: -9999px; }
.skip:focus { position: static; }
.lede { font-size: 1.2rem; }
.meta, .where { color: #484f55; }
.id { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-weight: 600; white-space: nowrap; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; background: #f3f2f1; padding: 0 0.2em; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
caption { text-align: left; font-weight: 600; padding-bottom: 0.5rem; }
th, td { border-bottom: 1px solid #b1b4b6; padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
thead th { border-bottom: 2px solid #0b0c0c; }
table.numbers td, table.numbers thead th:not(:first-child) { text-align: right; font-variant-numeric: tabular-nums; }
tfoot th, tfoot td { font-weight: 700; border-top: 2px solid #0b0c0c; }
figure { margin: 1rem 0; }
figcaption { font-weight: 600; margin-top: 0.25rem; }
.chart { max-width: 100%; height: auto; font: 13px system-ui, -apple-system, "Segoe UI", Arial, sans-serif; }
.chart text { fill: #0b0c0c; }
.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; }
.legend svg { vertical-align: -2px; }
article { break-inside: avoid; }
.missing { font-style: italic; color: #484f55; }
.clusters > li { margin-bottom: 0.75rem; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  nav, .skip { display: none; }
  h2 { break-after: avoid; }
  h3 { break-after: avoid; }
  tr, li { break-inside: avoid; }
  a { color: #0b0c0c; text-decoration: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}`;
