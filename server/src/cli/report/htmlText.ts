import type { Anchors } from './anchors';
import { answerParagraphs } from './answerLines';
import { escapeHtml as esc } from './escapeHtml';

/** One section of the page, with the id its heading and the contents link use. */
export interface HtmlSection {
  id: string;
  title: string;
  body: string;
}

/** What an audience's part of the page gives the shell: the lede under the title, and the sections. */
export interface HtmlContent {
  lede: string;
  sections: HtmlSection[];
}

/** A mention of a lesson id: a link to its entry when it has one, else the id as text. */
export function idRef(id: string, anchors: Anchors): string {
  const slug = anchors.target(id);
  return slug ? idLink(id, slug) : `<span class="id">${esc(id)}</span>`;
}

function idLink(id: string, slug: string): string {
  return `<a class="id" href="#${slug}">${id}</a>`;
}

/** Escaped text with every id that has an entry in the report linked to it. */
export function linked(text: string, anchors: Anchors): string {
  return anchors.linkIdsIn(esc(text.replace(/\s+/g, ' ').trim()), idLink);
}

/** Answers as written: a paragraph per blank-line-separated block, each line kept, ids linked. */
export function paragraphs(text: string, anchors: Anchors): string {
  return answerParagraphs(text)
    .map((lines) => `<p>${lines.map((line) => linked(line, anchors)).join('<br>\n')}</p>`)
    .join('\n');
}

/** A sentence of the report's own, escaped, with its `backticked` names as code. */
export function withCode(sentence: string): string {
  return esc(sentence).replace(/`([^`]+)`/g, '<code>$1</code>');
}
