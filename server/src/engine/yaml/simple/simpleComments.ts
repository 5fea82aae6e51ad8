import type { Scalar } from 'yaml';
import { HASH, type SimpleSource } from './simpleSource';

/** A comment's text as the composer keeps it: after the `#`, a single space for an empty one. */
function commentText(source: SimpleSource, line: number): string {
  return source.text.slice(source.start(line) + 1, source.end(line)) || ' ';
}

function isComment(source: SimpleSource, line: number): boolean {
  return source.text.charCodeAt(source.start(line)) === HASH;
}

function isBlank(source: SimpleSource, line: number): boolean {
  return source.start(line) === source.end(line);
}

/**
 * Blank lines and comments between two keys of the root mapping, kept on the second key as
 * the composer keeps them: a blank line before any comment marks a space before the key,
 * comments join with the line breaks between them.
 */
export class CommentsBetween {
  private text = '';
  private separator = '';
  private spaceBefore = false;

  blankLine(): void {
    if (this.text) this.text += '\n';
    else this.spaceBefore = true;
  }

  comment(written: string): void {
    const text = written || ' ';
    this.text = this.text ? this.text + this.separator + text : text;
    // The comment's own line break.
    this.separator = '\n';
  }

  decorate(key: Scalar): void {
    if (this.spaceBefore) key.spaceBefore = true;
    if (this.text) key.commentBefore = this.text;
  }
}

export interface LeadingComments {
  /** The line of the first key. */
  firstLine: number;
  /** The comment that belongs to the document, when a blank line parts it from the first key. */
  documentComment?: string;
  /** The comment written right above the first key, which the composer puts on that key. */
  keyComment?: string;
}

/** Blank lines and comments before the first key, read as the composer reads a document's prelude. */
export function leadingComments(source: SimpleSource): LeadingComments {
  let comment = '';
  let afterEmptyLine = false;
  let line = 0;
  for (; source.has(line); line++) {
    if (isComment(source, line)) {
      comment += (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') + commentText(source, line);
      afterEmptyLine = false;
    } else if (isBlank(source, line)) {
      afterEmptyLine = true;
    } else break;
  }
  if (comment === '') return { firstLine: line };
  return afterEmptyLine ? { firstLine: line, documentComment: comment } : { firstLine: line, keyComment: comment };
}

/** The comment after the root mapping's last value (the document's), '' for none; undefined if anything else follows. */
export function trailingComment(source: SimpleSource, from: number): string | undefined {
  let comment = '';
  let separator = '';
  for (let line = from; source.has(line); line++) {
    if (isComment(source, line)) {
      comment = comment ? comment + separator + commentText(source, line) : commentText(source, line);
      separator = '\n';
    } else if (isBlank(source, line)) {
      if (comment) separator += '\n';
    } else return undefined;
  }
  return comment;
}
