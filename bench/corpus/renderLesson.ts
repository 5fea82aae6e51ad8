import type { Locality } from '../../server/src/engine/config/workspaceConfig';
import type { Stage } from '../../shared/stages';
import { toUkDate } from './dates';
import { DRAFT_HEADER_COMMENTS, FIELD_COMMENTS, INLINE_COMMENTS, TEAM_MAILBOXES } from './extraProse';
import type { Breakage } from './generateCorpus';
import type { Answer, LessonContent, LessonStyle } from './lessonContent';
import { adoptionLines, artefactLines, reviewLines, type EarlierLessons } from './lessonExtras';
import { HEADER_COMMENTS } from './prose';
import type { Random } from './random';
import { blockScalar, listLines, quoteIfNeeded, wrap } from './yamlText';

export interface RenderInput {
  id: string;
  locality: Locality;
  stage: Stage;
  date: string;
  content: LessonContent;
  earlier: EarlierLessons;
  breakage?: Breakage;
}

/** How a writer lays prose out in a block: wrapped at a width, a sentence per line, or a paragraph per line. */
type Layout = { kind: 'wrapped'; width: number } | { kind: 'sentences' } | { kind: 'paragraphs' };

/** How often each optional part appears, by style. */
const SHARE: Readonly<
  Record<
    LessonStyle,
    { comment: number; fieldComment: number; flowTopics: number; summary: number; adoption: number; related: number; artefacts: number; contact: number }
  >
> = {
  draft: { comment: 0.5, fieldComment: 0.3, flowTopics: 0.8, summary: 0, adoption: 0, related: 0.05, artefacts: 0, contact: 0.25 },
  standard: { comment: 0.15, fieldComment: 0.04, flowTopics: 0.65, summary: 0.15, adoption: 0.08, related: 0.12, artefacts: 0.06, contact: 0.7 },
  detailed: { comment: 0.3, fieldComment: 0.1, flowTopics: 0.5, summary: 1, adoption: 0.6, related: 0.5, artefacts: 0.75, contact: 0.9 },
};

/** A lesson file's text: the content in the style's layout, with the optional fields and comments real files have, and the breakage if any. */
export function renderLesson(random: Random, input: RenderInput): string {
  const { id, locality, stage, date, content, earlier, breakage } = input;
  const { style } = content;
  const share = SHARE[style];
  const draft = style === 'draft';
  const inline = (field: keyof typeof INLINE_COMMENTS, line: string): string =>
    draft && random.chance(0.15) ? `${line}  ${random.pick(INLINE_COMMENTS[field])}` : line;
  const layout = pickLayout(random);
  const lines: string[] = [];
  if (random.chance(share.comment)) lines.push(random.pick(draft ? DRAFT_HEADER_COMMENTS : HEADER_COMMENTS));
  lines.push(`id: ${id}`);
  lines.push(breakage === 'yaml-syntax' ? `title: "${content.title}` : inline('title', `title: ${quoteIfNeeded(content.title)}`));
  const localityName =
    breakage === 'unknown-locality'
      ? locality.name.slice(0, 2) + locality.name.slice(3)
      : random.chance(0.1) && locality.aliases?.[0]
        ? locality.aliases[0]
        : locality.name;
  lines.push(`locality: ${quoteIfNeeded(localityName)}`);
  lines.push(
    inline('stage', `stage: ${breakage === 'stage-typo' ? stage.slice(0, -2) + stage.slice(-1) : breakage === 'missing-summary' ? 'curated' : stage}`),
  );
  if (breakage === 'duplicate-key') lines.push(`stage: ${stage}`);
  const needsSummary = stage === 'curated' || stage === 'communicated';
  if (needsSummary && random.chance(style === 'detailed' ? 0.8 : 0.3)) lines.push(...reviewLines(random, date));
  lines.push(inline('date', `date: ${breakage === 'date-format' ? toUkDate(date) : date}`));
  if (breakage === 'topics-not-list') lines.push(`topics: ${content.topics.join(', ')}`);
  else {
    const flow = random.chance(share.flowTopics);
    const topics = listLines('topics', content.topics, flow);
    if (flow) topics[0] = inline('topics', topics[0]!);
    lines.push(...topics);
  }
  const fieldComment = (): void => {
    if (random.chance(share.fieldComment)) lines.push(random.pick(FIELD_COMMENTS));
  };
  lines.push(...answerLines('good', content.good, layout, draft && random.chance(0.5)));
  fieldComment();
  lines.push(...answerLines('not_so_good', content.notSoGood, layout, draft && random.chance(0.5)));
  fieldComment();
  if (breakage !== 'missing-field') lines.push(...answerLines('improvements', content.improvements, layout, draft && random.chance(0.5)));
  if (breakage !== 'missing-summary' && (needsSummary || random.chance(share.summary))) lines.push(...summaryLines(random, content.summary, layout));
  if (content.outcome) lines.push(`outcome: ${blockScalar(content.outcome)}`);
  if (random.chance(share.adoption))
    lines.push(...adoptionLines(random, locality, date, earlier, style === 'detailed' ? random.int(1, 3) : 1, style === 'detailed'));
  if (breakage === 'unknown-reference') lines.push(`related: [${locality.prefix}-${String(900000 + random.int(0, 99999))}]`);
  else if (earlier.ids.length > 0 && random.chance(share.related)) {
    const related = [...new Set(random.sample(earlier.ids.slice(-5000), style === 'detailed' ? random.int(2, 4) : random.int(1, 2)))].filter(
      (other) => other !== id,
    );
    if (related.length > 0) lines.push(...listLines('related', related, random.chance(0.7)));
  }
  if (random.chance(share.artefacts)) lines.push(...artefactLines(random, locality, style === 'detailed' ? random.int(2, 4) : 1));
  if (breakage === 'unknown-field') lines.push('lessons_learnt: Recorded in the old template.');
  if (random.chance(share.contact)) lines.push(`contact: ${locality.prefix.toLowerCase()}.${random.pick(TEAM_MAILBOXES)}@nhs.net`);
  if (random.chance(0.05)) lines.push(`sensitivity: ${random.pick(['public', 'nhs-only'])}`);
  return `${lines.join('\n')}\n`;
}

function pickLayout(random: Random): Layout {
  const roll = random.next();
  if (roll < 0.6) return { kind: 'wrapped', width: random.pick([80, 88, 95, 100]) };
  return roll < 0.85 ? { kind: 'sentences' } : { kind: 'paragraphs' };
}

/** An answer as a literal block, paragraphs apart by a blank line; a short draft answer on the key's own line. */
function answerLines(key: string, answer: Answer, layout: Layout, oneLine: boolean): string[] {
  const only = answer.length === 1 ? answer[0]! : undefined;
  if (oneLine && only && !only.bullets && only.sentences.length === 1 && only.sentences[0]!.length <= 110)
    return [`${key}: ${blockScalar(only.sentences[0]!)}`];
  const body = answer.flatMap((passage, index) => {
    const lines = passage.bullets ? passage.sentences.flatMap((sentence) => bulletLines(sentence, layout)) : proseLines(passage.sentences, layout);
    return index === 0 ? lines : ['', ...lines];
  });
  return [`${key}: |`, ...body.map((line) => (line ? `  ${line}` : ''))];
}

function proseLines(sentences: readonly string[], layout: Layout): string[] {
  if (layout.kind === 'sentences') return [...sentences];
  if (layout.kind === 'paragraphs') return [sentences.join(' ')];
  return wrap(sentences.join(' '), layout.width);
}

function bulletLines(sentence: string, layout: Layout): string[] {
  const lines = layout.kind === 'wrapped' ? wrap(sentence, layout.width - 2) : [sentence];
  return lines.map((line, index) => `${index === 0 ? '- ' : '  '}${line}`);
}

/** The summary folded (`>`), literal or on one line; two paragraphs always literal. */
function summaryLines(random: Random, paragraphs: readonly string[], layout: Layout): string[] {
  if (paragraphs.length > 1 || random.chance(0.3)) {
    const body = paragraphs.flatMap((paragraph, index) => [...(index === 0 ? [] : ['']), ...proseLines([paragraph], layout)]);
    return ['summary: |', ...body.map((line) => (line ? `  ${line}` : ''))];
  }
  if (random.chance(0.25)) return [`summary: ${blockScalar(paragraphs[0]!)}`];
  return ['summary: >', ...wrap(paragraphs[0]!, 78).map((line) => `  ${line}`)];
}
