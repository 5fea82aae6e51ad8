import type { LessonEntry, ReadersReport, ReportedOutcome } from '../../engine/report/readersReport';
import type { Anchors } from './anchors';
import { anchorTag, block, codeSpan, idRef, inline, linked, linkTarget, row } from './markdownText';
import type { RenderOptions } from './renderOptions';
import { ACTION_PAST, adoptionProgress, headlineSentence, READERS_SECTIONS, STATUS_LABELS } from './text';

/** The readers' (or the public's) report under its title: headline, outcomes, topics, then every lesson in full. */
export function renderReadersMarkdown(report: ReadersReport, anchors: Anchors, options: RenderOptions, header: readonly string[]): string[] {
  const out: string[] = [`**${headlineSentence(report.headline)}.**`, '', ...header];

  out.push(`## ${READERS_SECTIONS.outcomes}`, '');
  if (report.outcomes.length === 0) out.push('No outcome is recorded yet for these lessons or their reuse (`outcome:` in a lesson or in its `adoption`).', '');
  else out.push(...report.outcomes.map((outcome) => `- ${outcomeLine(outcome, anchors)}`), '');

  out.push(`## ${READERS_SECTIONS.topics}`, '');
  if (report.topics.length === 0) out.push('No lesson in this report names a topic.', '');
  else {
    out.push(row(['Topic', 'Localities', 'Lessons']), row(['---', '---:', '---']));
    for (const topic of report.topics)
      out.push(row([inline(topic.topic), String(topic.localities), topic.lessons.map((lesson) => idRef(lesson.id, anchors)).join(', ')]));
    out.push('');
  }

  out.push(`## ${READERS_SECTIONS.lessons}`, '');
  if (report.entries.length === 0) out.push('No communicated lesson matches this report.', '');
  for (const entry of report.entries) out.push(...entryLines(entry, anchors, options));
  return out;
}

function outcomeLine(outcome: ReportedOutcome, anchors: Anchors): string {
  if (outcome.kind === 'lesson') return `${idRef(outcome.lesson.id, anchors)}, ${inline(outcome.lesson.locality)}: ${linked(outcome.text, anchors)}`;
  const { adoption } = outcome;
  const progress = adoptionProgress(adoption);
  return `${idRef(adoption.by.id, anchors)}, ${inline(adoption.by.locality)}, ${ACTION_PAST[adoption.action]} ${idRef(adoption.of, anchors)}${progress ? ` (${progress})` : ''}: ${linked(outcome.text, anchors)}`;
}

function entryLines(entry: LessonEntry, anchors: Anchors, options: RenderOptions): string[] {
  const { lesson } = entry;
  const title = lesson.title ? ` ${linked(lesson.title, anchors)}` : '';
  const out = [`### ${anchorTag(anchors.place(lesson.id))}${inline(lesson.id)}${title}`, ''];
  const where = [
    inline(lesson.locality),
    ...(lesson.date ? [lesson.date] : []),
    ...(entry.topics.length > 0 ? [`topics: ${entry.topics.map(inline).join(', ')}`] : []),
  ];
  out.push(`*${where.join(' · ')}*`, '');
  out.push('**Summary**', '', entry.summary ? block(entry.summary, anchors) : '_No summary yet._', '');
  out.push('**What to do next time**', '', entry.improvements ? block(entry.improvements, anchors) : '_Not answered yet._', '');
  if (entry.outcome) out.push(`**Outcome:** ${linked(entry.outcome, anchors)}`, '');
  if (entry.artefacts.length > 0) {
    out.push('**Artefacts:**', '');
    for (const artefact of entry.artefacts) {
      const href = artefact.isLink ? artefact.target : options.artefactPathLink?.(artefact.target);
      const text = artefact.isLink ? inline(artefact.target) : codeSpan(artefact.target);
      out.push(`- ${href ? `[${text}](${linkTarget(href)})` : text}`);
    }
    out.push('');
  }
  if (entry.contact) out.push(`**Contact:** ${inline(entry.contact)}`, '');
  if (entry.builtOn.length > 0)
    out.push(`**Builds on:** ${entry.builtOn.map((reused) => `${ACTION_PAST[reused.action]} ${idRef(reused.id, anchors)}`).join('; ')}.`, '');
  if (entry.adoptions.length === 0) out.push('**Adoption history:** no other lesson records reusing it yet.', '');
  else {
    out.push('**Adoption history:**', '', row(['Lesson', 'Locality', 'Action', 'Status', 'Date', 'Outcome']), row(['---', '---', '---', '---', '---', '---']));
    for (const adoption of entry.adoptions) {
      out.push(
        row([
          idRef(adoption.by.id, anchors),
          inline(adoption.by.locality),
          ACTION_PAST[adoption.action],
          adoption.status ? STATUS_LABELS[adoption.status] : '—',
          adoption.date ? inline(adoption.date) : '—',
          adoption.outcome ? linked(adoption.outcome, anchors) : '—',
        ]),
      );
    }
    out.push('');
    if (entry.reached.length > 0) out.push(`Reached ${entry.reached.map(inline).join(', ')}.`, '');
  }
  return out;
}
