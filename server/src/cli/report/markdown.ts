import type { CatalogueReport } from '../../engine/report/catalogueReport';
import { VERSION } from '../toolInfo';
import { ACTION_PAST, leftOutSentences, lessonLabel, lessonPlace, MAX_CLUSTERS_SHOWN, moreClusters, percent, plural, SECTION_TITLES, STAGE_LABELS } from './text';

/** The catalogue as Markdown, for a repository's wiki or a pull request. */
export function renderMarkdown(report: CatalogueReport): string {
  const out: string[] = [];
  const { totals } = report;
  out.push(`# Lessons learned: ${inline(report.title)}`, '');
  out.push(
    `${plural(totals.lessons, 'lesson')} from ${plural(totals.localities, 'locality', 'localities')} on ${plural(totals.topics, 'topic')}; ` +
      `${plural(totals.adoptions, 'lesson')} reused another locality's solution. Generated on ${report.generatedOn} by learn-once ${VERSION}.`,
    '',
  );
  if (totals.notRead > 0) out.push(`${plural(totals.notRead, 'file')} could not be read as a lesson and ${totals.notRead === 1 ? 'is' : 'are'} left out; run \`learn-once check\` to see why.`, '');
  const leftOut = leftOutSentences(report);
  if (leftOut) out.push(leftOut, '');

  out.push(`## ${SECTION_TITLES.localities}`, '');
  const hasNoStage = report.localities.some((row) => row.noStage > 0);
  const header = ['Locality', ...report.stages.map((stage) => STAGE_LABELS[stage]), ...(hasNoStage ? ['No stage'] : []), 'Total'];
  out.push(row(header), row(header.map((_, i) => (i === 0 ? '---' : '---:'))));
  for (const locality of report.localities) {
    out.push(row([inline(locality.locality), ...report.stages.map((stage) => String(locality.byStage[stage])), ...(hasNoStage ? [String(locality.noStage)] : []), String(locality.total)]));
  }
  const noStageTotal = report.localities.reduce((sum, locality) => sum + locality.noStage, 0);
  out.push(row(['**Total**', ...report.stages.map((stage) => `**${report.stageTotals[stage]}**`), ...(hasNoStage ? [`**${noStageTotal}**`] : []), `**${totals.lessons}**`]), '');

  out.push(`## ${SECTION_TITLES.topics}`, '');
  if (report.topics.length === 0) out.push('No lesson names a topic yet.', '');
  else {
    out.push(row(['Topic', 'Lessons', 'Localities', 'Ids']), row(['---', '---:', '---:', '---']));
    for (const topic of report.topics) out.push(row([inline(topic.topic), String(topic.lessons.length), String(topic.localities), topic.lessons.map((lesson) => inline(lesson.id)).join(', ')]));
    out.push('');
  }

  out.push(`## ${SECTION_TITLES.reuse}`, '');
  const { replicate, customise, enhance } = report.adoptionsByAction;
  if (report.reuse.length === 0) out.push('No lesson records adopting another locality\'s solution yet (`adoption:` in a lesson).', '');
  else {
    out.push(`${plural(replicate, 'solution')} replicated, ${customise} customised, ${enhance} enhanced.`, '');
    for (const group of report.reuse) {
      const original = 'locality' in group.original ? `${inline(lessonLabel(group.original))} (${inline(group.original.locality)})` : `${inline(group.original.id)} (not in this workspace)`;
      out.push(`### ${original}`, '');
      for (const adoption of group.adoptions) out.push(`- ${ACTION_PAST[adoption.action]} by ${inline(lessonLabel(adoption.lesson))} (${inline(adoption.lesson.locality)})`);
      out.push('');
      if (group.reached.length > 0) out.push(`Reached ${group.reached.map(inline).join(', ')}.`, '');
    }
  }

  out.push(`## ${SECTION_TITLES.clusters}`, '');
  if (!report.unlinkedClusters) out.push('Similarity was not computed for this report.', '');
  else if (report.unlinkedClusters.length === 0) out.push('No similar lessons are left unlinked.', '');
  else {
    out.push(`${plural(report.unlinkedClusters.length, 'group')}, strongest first. Each holds lessons that read alike but do not link to each other with \`adoption\` or \`related\`. Link them, or merge the work.`, '');
    report.unlinkedClusters.slice(0, MAX_CLUSTERS_SHOWN).forEach((cluster, index) => {
      out.push(`${index + 1}. ${plural(cluster.lessons.length, 'lesson')} from ${cluster.localities.map(inline).join(', ')}; closest pair ${percent(cluster.bestScore)} similar:`);
      for (const lesson of cluster.lessons) out.push(`   - ${inline(lessonLabel(lesson))} (${inline(lessonPlace(lesson))})`);
    });
    out.push('');
    const more = moreClusters(report.unlinkedClusters.length);
    if (more) out.push(more, '');
  }

  out.push(`## ${SECTION_TITLES.summaries}`, '');
  if (report.summaries.length === 0) out.push('No lesson has reached the curated stage yet.', '');
  for (const { lesson, summary } of report.summaries) {
    out.push(`### ${inline(lessonLabel(lesson))}`, '', `*${inline(lessonPlace(lesson))}*`, '', summary ? block(summary) : '_No summary yet._', '');
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

function row(cells: readonly string[]): string {
  return `| ${cells.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`;
}

/**
 * Text on one line with Markdown's special characters escaped, so a title cannot break the
 * layout. Pipes are left to row(), which escapes them in table cells, where they matter.
 */
function inline(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/([\\`*_{}[\]<>()#+!~])/g, '\\$1');
}

/** A paragraph of text, escaped, its lines kept. */
function block(text: string): string {
  return text
    .split(/\n\s*\n/)
    // A paragraph that starts like a list item or a numbered list stays a paragraph.
    .map((paragraph) => inline(paragraph.trim()).replace(/^-/, '\\-').replace(/^(\d+)\./, '$1\\.'))
    .join('\n\n');
}
