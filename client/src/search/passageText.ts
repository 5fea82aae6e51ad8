import type { MatchedPassage } from '../../../shared/protocol';

/** How each field of a lesson is named beside a passage from it. */
const FIELD_NAMES: Readonly<Record<string, string>> = {
  title: 'Title',
  good: 'Good',
  not_so_good: 'Not so good',
  improvements: 'Improvements',
  summary: 'Summary',
  topics: 'Topics',
};

/**
 * A matched passage as one line of plain text, its matched words between « and »: quick pick
 * details and tree descriptions cannot highlight a range, so the marks must be in the text.
 * Marks out of range or overlapping are skipped rather than trusted.
 */
export function markedPassage(passage: MatchedPassage): string {
  const text = typeof passage.text === 'string' ? passage.text : '';
  const marks = (Array.isArray(passage.marks) ? passage.marks : [])
    .filter(
      (mark): mark is [number, number] =>
        Array.isArray(mark) && Number.isInteger(mark[0]) && Number.isInteger(mark[1]) && mark[0] >= 0 && mark[0] < mark[1] && mark[1] <= text.length,
    )
    .sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [start, end] of marks) {
    if (start < at) continue;
    out += `${text.slice(at, start)}«${text.slice(start, end)}»`;
    at = end;
  }
  out += text.slice(at);
  return withoutIcons(out.replace(/\s*\r?\n\s*/g, ' ').trim());
}

/** "not_so_good: …" as a person reads it: "Not so good: …". */
export function passageLine(passage: MatchedPassage): string {
  const field = FIELD_NAMES[passage.field] ?? passage.field;
  const text = markedPassage(passage);
  return field ? `${field}: ${text}` : text;
}

/**
 * Quick picks and tree labels turn `$(name)` into an icon; a lesson's own text is shown as
 * written, so a zero-width space keeps a `$(` in it from being read as one.
 */
export function withoutIcons(text: string): string {
  return text.replace(/\$\(/g, '$\u200b(');
}
