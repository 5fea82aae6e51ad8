import type { Anchors } from './anchors';
import { answerParagraphs } from './answerLines';

/** A table row; pipes in cells are escaped so a cell cannot split. */
export function row(cells: readonly string[]): string {
  return `| ${cells.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`;
}

/**
 * Text on one line with Markdown's special characters escaped, so a title cannot break the
 * layout. Pipes are left to row(), which escapes them in table cells, where they matter.
 */
export function inline(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/([\\`*_{}[\]<>()#+!~])/g, '\\$1');
}

/** Escaped text with every id that has an entry in the report linked to it. */
export function linked(text: string, anchors: Anchors): string {
  return anchors.linkIdsIn(inline(text), idLink);
}

/** A mention of a lesson id: a link to its entry when it has one, else the id as text. */
export function idRef(id: string, anchors: Anchors): string {
  const slug = anchors.target(id);
  return slug ? idLink(id, slug) : inline(id);
}

function idLink(id: string, slug: string): string {
  return `[${id}](#${slug})`;
}

/** The invisible anchor an entry starts with: GitHub keeps it (under its own prefix) and resolves `#slug` to it. */
export function anchorTag(slug: string | undefined): string {
  return slug ? `<a id="${slug}"></a>` : '';
}

/**
 * Answers as written: paragraphs split on blank lines, each line kept (a hard break), ids
 * linked. A line that starts like a list item, a numbered list, a heading underline or a
 * quote stays text.
 */
export function block(text: string, anchors: Anchors): string {
  return answerParagraphs(text)
    .map((lines) =>
      lines
        .map((line) =>
          linked(line, anchors)
            .replace(/^([-=])/, '\\$1')
            .replace(/^(\d+)([.)])/, '$1\\$2'),
        )
        .join('\\\n'),
    )
    .join('\n\n');
}

/** A code span that holds any text, backticks included. */
export function codeSpan(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** A link target in angle brackets, with the characters that could end it encoded. */
export function linkTarget(href: string): string {
  return `<${href.replace(/[\s<>\\]/g, (char) => encodeURIComponent(char))}>`;
}
