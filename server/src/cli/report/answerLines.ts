/**
 * An answer as its writer laid it out: paragraphs split on blank lines, each a list of its
 * lines, trimmed, blank ones dropped. Markdown and HTML each join them their own way.
 */
export function answerParagraphs(text: string): string[][] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== ''),
    )
    .filter((lines) => lines.length > 0);
}
