import type { BacklogStage, CuratorsReport } from '../../engine/report/curatorsReport';
import type { LessonRef } from '../../engine/report/reportTypes';
import type { Anchors } from './anchors';
import {
  backlogHeading,
  clustersIntro,
  curatorsLede,
  NO_CLUSTERS,
  NO_CURATORS,
  NO_TOPIC_LIST,
  NOTHING_WAITING,
  REVIEW_INTRO,
  UNKNOWN_TOPICS_INTRO,
  ALL_TOPICS_LISTED,
} from './curatorsText';
import { escapeHtml as esc } from './escapeHtml';
import { idRef, linked, withCode, type HtmlContent } from './htmlText';
import { renderStageChart, renderStageLegend } from './stageChart';
import {
  CURATORS_SECTION_IDS,
  CURATORS_SECTIONS,
  lessonPlace,
  lessonWhereAndWhen,
  MAX_CLUSTERS_SHOWN,
  moreClusters,
  percent,
  plural,
  reviewGapText,
  STAGE_LABELS,
} from './text';

/** The curators' part of the page: the backlog with its chart, reviews due, likely duplicates and topics outside the list. */
export function curatorsHtml(report: CuratorsReport, anchors: Anchors): HtmlContent {
  return {
    lede: `<p class="lede">${esc(curatorsLede(report))}</p>`,
    sections: [
      { id: CURATORS_SECTION_IDS.backlog, title: CURATORS_SECTIONS.backlog, body: backlogSection(report, anchors) },
      { id: CURATORS_SECTION_IDS.review, title: CURATORS_SECTIONS.review, body: reviewSection(report, anchors) },
      { id: CURATORS_SECTION_IDS.clusters, title: CURATORS_SECTIONS.clusters, body: clustersSection(report, anchors) },
      { id: CURATORS_SECTION_IDS.unknownTopics, title: CURATORS_SECTIONS.unknownTopics, body: unknownTopicsSection(report, anchors) },
    ],
  };
}

function backlogSection(report: CuratorsReport, anchors: Anchors): string {
  const hasNoStage = report.localities.some((row) => row.noStage > 0);
  const headers = [...report.stages.map((stage) => STAGE_LABELS[stage]), ...(hasNoStage ? ['No stage'] : []), 'Total'];
  const noStageTotal = report.localities.reduce((sum, row) => sum + row.noStage, 0);
  const body = report.localities.map((row) => {
    const cells = [...report.stages.map((stage) => row.byStage[stage]), ...(hasNoStage ? [row.noStage] : []), row.total];
    return `<tr><th scope="row">${esc(row.locality)}</th>${cells.map((n) => `<td>${n}</td>`).join('')}</tr>`;
  });
  const footer = [...report.stages.map((stage) => report.stageTotals[stage]), ...(hasNoStage ? [noStageTotal] : []), report.totals.lessons];
  const stages = report.backlog.map((stage) => backlogStage(stage, anchors));
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
</figure>
${stages.join('\n')}`;
}

function backlogStage(stage: BacklogStage, anchors: Anchors): string {
  const id = `backlog-${stage.stage ?? 'no-stage'}`;
  const items = stage.lessons.map((lesson) => entryItem(lesson, anchors, ` <span class="where">(${esc(lessonWhereAndWhen(lesson))})</span>`));
  return `<h3 id="${id}">${esc(backlogHeading(stage))}</h3>\n${items.length > 0 ? `<ul class="backlog">\n${items.join('\n')}\n</ul>` : '<p>None.</p>'}`;
}

function reviewSection(report: CuratorsReport, anchors: Anchors): string {
  const { curators, waiting } = report.review;
  if (curators.length === 0) return `<p>${withCode(NO_CURATORS)}</p>`;
  const intro = `<p>${withCode(REVIEW_INTRO)} Curators: ${curators.map(esc).join(', ')}.</p>`;
  if (waiting.length === 0) return `${intro}\n<p>${esc(NOTHING_WAITING)}</p>`;
  const items = waiting.map(({ lesson, gaps }) =>
    entryItem(lesson, anchors, ` <span class="where">(${esc(lessonPlace(lesson))})</span>: ${esc(gaps.map(reviewGapText).join('; '))}`),
  );
  return `${intro}\n<ul class="review">\n${items.join('\n')}\n</ul>`;
}

function clustersSection(report: CuratorsReport, anchors: Anchors): string {
  const clusters = report.unlinkedClusters;
  if (!clusters) return '<p>Similarity was not computed for this report.</p>';
  if (clusters.length === 0) return `<p>${esc(NO_CLUSTERS)}</p>`;
  const items = clusters.slice(0, MAX_CLUSTERS_SHOWN).map((cluster) => {
    const lessons = cluster.lessons.map((lesson) => `<li>${mention(lesson, anchors)} <span class="where">(${esc(lessonPlace(lesson))})</span></li>`);
    return `<li>${plural(cluster.lessons.length, 'lesson')} from ${cluster.localities.map(esc).join(', ')}; closest pair ${percent(cluster.bestScore)} similar:\n<ul>\n${lessons.join('\n')}\n</ul></li>`;
  });
  const more = moreClusters(clusters.length);
  return `<p>${withCode(clustersIntro(clusters.length))}</p>\n<ol class="clusters">\n${items.join('\n')}\n</ol>${more ? `\n<p>${esc(more)}</p>` : ''}`;
}

function unknownTopicsSection(report: CuratorsReport, anchors: Anchors): string {
  const { listed, topics } = report.unknownTopics;
  if (!listed) return `<p>${withCode(NO_TOPIC_LIST)}</p>`;
  if (topics.length === 0) return `<p>${esc(ALL_TOPICS_LISTED)}</p>`;
  const rows = topics.map(
    (topic) =>
      `<tr><th scope="row">${esc(topic.topic)}</th><td>${topic.lessons.map((lesson) => idRef(lesson.id, anchors)).join(', ')}</td><td>${topic.nearest ? esc(topic.nearest) : '—'}</td></tr>`,
  );
  return `<p>${withCode(UNKNOWN_TOPICS_INTRO)}</p>
<table class="unknown-topics">
<caption>Topics not in the topic list, with their lessons and the nearest listed term.</caption>
<thead><tr><th scope="col">Topic</th><th scope="col">Lessons</th><th scope="col">Nearest listed term</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>`;
}

/** A list item for a lesson where it has its entry: the item carries the anchor the first time. */
function entryItem(lesson: LessonRef, anchors: Anchors, rest: string): string {
  const slug = anchors.place(lesson.id);
  const label = slug ? `<span class="id">${esc(lesson.id)}</span>${lesson.title ? ` ${linked(lesson.title, anchors)}` : ''}` : mention(lesson, anchors);
  return `<li${slug ? ` id="${slug}"` : ''}>${label}${rest}</li>`;
}

/** A lesson named elsewhere: its id linked to its entry when it has one, and its title. */
function mention(lesson: LessonRef, anchors: Anchors): string {
  return `${idRef(lesson.id, anchors)}${lesson.title ? ` ${linked(lesson.title, anchors)}` : ''}`;
}
