import type { CuratorsReport } from '../../engine/report/curatorsReport';
import type { LessonRef } from '../../engine/report/reportTypes';
import type { Anchors } from './anchors';
import { anchorTag, idRef, inline, linked, row } from './markdownText';
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
import { lessonPlace, lessonWhereAndWhen, MAX_CLUSTERS_SHOWN, moreClusters, percent, plural, reviewGapText, CURATORS_SECTIONS, STAGE_LABELS } from './text';

/** The curators' report under its title: the backlog, reviews due, likely duplicates and topics outside the list. */
export function renderCuratorsMarkdown(report: CuratorsReport, anchors: Anchors, header: readonly string[]): string[] {
  const out: string[] = [curatorsLede(report), '', ...header];

  out.push(`## ${CURATORS_SECTIONS.backlog}`, '');
  const hasNoStage = report.localities.some((locality) => locality.noStage > 0);
  const head = ['Locality', ...report.stages.map((stage) => STAGE_LABELS[stage]), ...(hasNoStage ? ['No stage'] : []), 'Total'];
  out.push(row(head), row(head.map((_, i) => (i === 0 ? '---' : '---:'))));
  for (const locality of report.localities) {
    out.push(
      row([
        inline(locality.locality),
        ...report.stages.map((stage) => String(locality.byStage[stage])),
        ...(hasNoStage ? [String(locality.noStage)] : []),
        String(locality.total),
      ]),
    );
  }
  const noStageTotal = report.localities.reduce((sum, locality) => sum + locality.noStage, 0);
  out.push(
    row([
      '**Total**',
      ...report.stages.map((stage) => `**${report.stageTotals[stage]}**`),
      ...(hasNoStage ? [`**${noStageTotal}**`] : []),
      `**${report.totals.lessons}**`,
    ]),
    '',
  );
  for (const stage of report.backlog) {
    out.push(`### ${backlogHeading(stage)}`, '');
    if (stage.lessons.length === 0) out.push('None.', '');
    else out.push(...stage.lessons.map((lesson) => `- ${entryLabel(lesson, anchors)} — ${inline(lessonWhereAndWhen(lesson))}`), '');
  }

  out.push(`## ${CURATORS_SECTIONS.review}`, '');
  if (report.review.curators.length === 0) out.push(NO_CURATORS, '');
  else {
    out.push(`${REVIEW_INTRO} Curators: ${report.review.curators.map(inline).join(', ')}.`, '');
    if (report.review.waiting.length === 0) out.push(NOTHING_WAITING, '');
    else
      out.push(
        ...report.review.waiting.map(
          ({ lesson, gaps }) => `- ${entryLabel(lesson, anchors)} — ${inline(lessonPlace(lesson))}: ${inline(gaps.map(reviewGapText).join('; '))}`,
        ),
        '',
      );
  }

  out.push(`## ${CURATORS_SECTIONS.clusters}`, '');
  const clusters = report.unlinkedClusters;
  if (!clusters) out.push('Similarity was not computed for this report.', '');
  else if (clusters.length === 0) out.push(NO_CLUSTERS, '');
  else {
    out.push(clustersIntro(clusters.length), '');
    clusters.slice(0, MAX_CLUSTERS_SHOWN).forEach((cluster, index) => {
      out.push(
        `${index + 1}. ${plural(cluster.lessons.length, 'lesson')} from ${cluster.localities.map(inline).join(', ')}; closest pair ${percent(cluster.bestScore)} similar:`,
      );
      for (const lesson of cluster.lessons) out.push(`   - ${mention(lesson, anchors)} (${inline(lessonPlace(lesson))})`);
    });
    out.push('');
    const more = moreClusters(clusters.length);
    if (more) out.push(more, '');
  }

  out.push(`## ${CURATORS_SECTIONS.unknownTopics}`, '');
  const { listed, topics } = report.unknownTopics;
  if (!listed) out.push(NO_TOPIC_LIST, '');
  else if (topics.length === 0) out.push(ALL_TOPICS_LISTED, '');
  else {
    out.push(UNKNOWN_TOPICS_INTRO, '', row(['Topic', 'Lessons', 'Nearest listed term']), row(['---', '---', '---']));
    for (const topic of topics)
      out.push(row([inline(topic.topic), topic.lessons.map((lesson) => idRef(lesson.id, anchors)).join(', '), topic.nearest ? inline(topic.nearest) : '—']));
    out.push('');
  }
  return out;
}

/** A lesson where it has its entry: the anchor the first time, then its id and title. */
function entryLabel(lesson: LessonRef, anchors: Anchors): string {
  const slug = anchors.place(lesson.id);
  return slug ? `${anchorTag(slug)}${inline(lesson.id)}${lesson.title ? ` ${linked(lesson.title, anchors)}` : ''}` : mention(lesson, anchors);
}

/** A lesson named elsewhere: its id linked to its entry when it has one, and its title. */
function mention(lesson: LessonRef, anchors: Anchors): string {
  return `${idRef(lesson.id, anchors)}${lesson.title ? ` ${linked(lesson.title, anchors)}` : ''}`;
}
