import type { MatchedPassage, SearchLessonHit } from '../../../shared/protocol';
import { percent } from '../similarLessons';
import { escapeMarkdown } from './lessonTooltip';
import { stageIcon, stageLabel } from './stageIcons';

/**
 * A Markdown card for a search result: title, id, locality, stage, how well it matched and
 * the passage that matched with its matched words in bold. The lesson's text is escaped, so
 * it shows as written and cannot add links or images.
 */
export function searchHitTooltipMarkdown(hit: SearchLessonHit): string {
  const before = [hit.id, hit.locality].filter((part): part is string => !!part).map(escapeMarkdown);
  const facts = [...before, `$(${stageIcon(hit.stage)}) ${stageLabel(hit.stage)}`, ...(hit.date ? [escapeMarkdown(hit.date)] : [])];
  const lines = [`**${escapeMarkdown(hit.title?.trim() || 'Untitled lesson')}**`, '', facts.join(' · '), '', `Match: ${percent(hit.score)} of the best result`];
  if (hit.passage) lines.push('', passageMarkdown(hit.passage));
  return lines.join('\n');
}

function passageMarkdown(passage: MatchedPassage): string {
  const text = passage.text;
  let out = '';
  let at = 0;
  for (const [start, end] of [...passage.marks].sort((a, b) => a[0] - b[0])) {
    if (start < at || end > text.length || start >= end) continue;
    out += `${escapeMarkdown(text.slice(at, start))}**${escapeMarkdown(text.slice(start, end))}**`;
    at = end;
  }
  return `*${escapeMarkdown(passage.field.replace(/_/g, ' '))}:* ${out}${escapeMarkdown(text.slice(at))}`;
}
