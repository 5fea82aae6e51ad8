import type { LessonEntry, ReadersReport, ReportArtefact, ReportedOutcome } from '../../engine/report/readersReport';
import type { Anchors } from './anchors';
import { escapeHtml as esc } from './escapeHtml';
import { idRef, linked, paragraphs, withCode, type HtmlContent } from './htmlText';
import type { RenderOptions } from './renderOptions';
import { ACTION_PAST, adoptionProgress, headlineSentence, READERS_SECTION_IDS, READERS_SECTIONS, STATUS_LABELS } from './text';

/** The readers' (or the public's) part of the page: the headline, outcomes, topics and every lesson in full. */
export function readersHtml(report: ReadersReport, anchors: Anchors, options: RenderOptions): HtmlContent {
  return {
    lede: `<p class="headline">${esc(headlineSentence(report.headline))}.</p>`,
    sections: [
      { id: READERS_SECTION_IDS.outcomes, title: READERS_SECTIONS.outcomes, body: outcomesSection(report, anchors) },
      { id: READERS_SECTION_IDS.topics, title: READERS_SECTIONS.topics, body: topicsSection(report, anchors) },
      { id: READERS_SECTION_IDS.lessons, title: READERS_SECTIONS.lessons, body: lessonsSection(report, anchors, options) },
    ],
  };
}

function outcomesSection(report: ReadersReport, anchors: Anchors): string {
  if (report.outcomes.length === 0)
    return `<p>${withCode('No outcome is recorded yet for these lessons or their reuse (`outcome:` in a lesson or in its `adoption`).')}</p>`;
  return `<ul class="outcomes">\n${report.outcomes.map((outcome) => `<li>${outcomeItem(outcome, anchors)}</li>`).join('\n')}\n</ul>`;
}

function outcomeItem(outcome: ReportedOutcome, anchors: Anchors): string {
  if (outcome.kind === 'lesson') return `${idRef(outcome.lesson.id, anchors)}, ${esc(outcome.lesson.locality)}: ${linked(outcome.text, anchors)}`;
  const { adoption } = outcome;
  const progress = adoptionProgress(adoption);
  return `${idRef(adoption.by.id, anchors)}, ${esc(adoption.by.locality)}, ${ACTION_PAST[adoption.action]} ${idRef(adoption.of, anchors)}${progress ? ` (${esc(progress)})` : ''}: ${linked(outcome.text, anchors)}`;
}

function topicsSection(report: ReadersReport, anchors: Anchors): string {
  if (report.topics.length === 0) return '<p>No lesson in this report names a topic.</p>';
  const rows = report.topics.map(
    (topic) =>
      `<tr><th scope="row">${esc(topic.topic)}</th><td>${topic.localities}</td><td>${topic.lessons.map((lesson) => idRef(lesson.id, anchors)).join(', ')}</td></tr>`,
  );
  return `<table class="topics">
<caption>Topics, most written about first, with how many localities wrote about each and their lessons.</caption>
<thead><tr><th scope="col">Topic</th><th scope="col">Localities</th><th scope="col">Lessons</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>`;
}

function lessonsSection(report: ReadersReport, anchors: Anchors, options: RenderOptions): string {
  if (report.entries.length === 0) return '<p>No communicated lesson matches this report.</p>';
  return report.entries.map((entry) => lessonArticle(entry, anchors, options)).join('\n');
}

function lessonArticle(entry: LessonEntry, anchors: Anchors, options: RenderOptions): string {
  const { lesson } = entry;
  const slug = anchors.place(lesson.id);
  const where = [
    esc(lesson.locality),
    ...(lesson.date ? [esc(lesson.date)] : []),
    ...(entry.topics.length > 0 ? [`topics: ${entry.topics.map(esc).join(', ')}`] : []),
  ];
  const parts = [
    `<h3><span class="id">${esc(lesson.id)}</span>${lesson.title ? ` ${linked(lesson.title, anchors)}` : ''}</h3>`,
    `<p class="where">${where.join(' · ')}</p>`,
    '<h4>Summary</h4>',
    entry.summary ? paragraphs(entry.summary, anchors) : '<p class="missing">No summary yet.</p>',
    '<h4>What to do next time</h4>',
    entry.improvements ? paragraphs(entry.improvements, anchors) : '<p class="missing">Not answered yet.</p>',
  ];
  if (entry.outcome) parts.push(`<p><strong>Outcome:</strong> ${linked(entry.outcome, anchors)}</p>`);
  if (entry.artefacts.length > 0)
    parts.push('<h4>Artefacts</h4>', `<ul>\n${entry.artefacts.map((artefact) => `<li>${artefactItem(artefact, options)}</li>`).join('\n')}\n</ul>`);
  if (entry.contact) parts.push(`<p><strong>Contact:</strong> ${esc(entry.contact)}</p>`);
  if (entry.builtOn.length > 0)
    parts.push(`<p><strong>Builds on:</strong> ${entry.builtOn.map((reused) => `${ACTION_PAST[reused.action]} ${idRef(reused.id, anchors)}`).join('; ')}.</p>`);
  parts.push('<h4>Adoption history</h4>', adoptionHistory(entry, anchors));
  return `<article class="lesson"${slug ? ` id="${slug}"` : ''}>\n${parts.join('\n')}\n</article>`;
}

function artefactItem(artefact: ReportArtefact, options: RenderOptions): string {
  if (artefact.isLink) return `<a href="${esc(artefact.target)}">${esc(artefact.target)}</a>`;
  const href = options.artefactPathLink?.(artefact.target);
  return href ? `<a href="${esc(href)}"><code>${esc(artefact.target)}</code></a>` : `<code>${esc(artefact.target)}</code>`;
}

function adoptionHistory(entry: LessonEntry, anchors: Anchors): string {
  if (entry.adoptions.length === 0) return '<p>No other lesson records reusing it yet.</p>';
  const rows = entry.adoptions.map((adoption) => {
    const cells = [
      esc(adoption.by.locality),
      ACTION_PAST[adoption.action],
      adoption.status ? STATUS_LABELS[adoption.status] : '—',
      adoption.date ? esc(adoption.date) : '—',
      adoption.outcome ? linked(adoption.outcome, anchors) : '—',
    ];
    return `<tr><th scope="row">${idRef(adoption.by.id, anchors)}</th>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`;
  });
  const reached = entry.reached.length > 0 ? `\n<p>Reached ${entry.reached.map(esc).join(', ')}.</p>` : '';
  return `<table class="adoptions">
<caption>Lessons that reused ${esc(entry.lesson.id)}, with how far each got.</caption>
<thead><tr><th scope="col">Lesson</th><th scope="col">Locality</th><th scope="col">Action</th><th scope="col">Status</th><th scope="col">Date</th><th scope="col">Outcome</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>${reached}`;
}
