/**
 * Edits the benchmark makes to a lesson's text, as a person typing would: break the
 * stage (a schema problem the server must report) and put it right again.
 * The benchmark owns these texts, so finding the line by its key is safe here.
 */
export function withStage(text: string, stage: string): string {
  const replaced = text.replace(/^stage: .*$/m, `stage: ${stage}`);
  if (replaced === text && !/^stage: /m.test(text)) throw new Error('the lesson has no stage line');
  return replaced;
}

/** A misspelt stage: both servers report it against the schema's enum. */
export const BROKEN_STAGE = 'curatd';

/** Zero-based line and character just after `stage: ` (where completion offers the stages). */
export function stageValuePosition(text: string): { line: number; character: number } {
  const lines = text.split('\n');
  const line = lines.findIndex((candidate) => candidate.startsWith('stage: '));
  if (line < 0) throw new Error('the lesson has no stage line');
  return { line, character: 'stage: '.length };
}

/** The lesson with its body (everything after the header fields) taken from another lesson. */
export function withBodyOf(text: string, other: string): string {
  const body = (source: string): number => source.search(/^good: /m);
  const at = body(text);
  const from = body(other);
  if (at < 0 || from < 0) throw new Error('a lesson has no good: field');
  const otherTitle = /^title: .*$/m.exec(other)?.[0];
  const head = otherTitle ? text.slice(0, at).replace(/^title: .*$/m, otherTitle) : text.slice(0, at);
  return head + other.slice(from);
}
