/** Text from a lesson shown in Markdown as written, not as formatting. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+!|~]/g, (char) => `\\${char}`);
}

/** The first lines of a text, cut to a length, with an ellipsis when anything was left out. */
export function firstLines(text: string, maxLines: number, maxLength: number): string {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  let shown = lines.slice(0, maxLines).join(' ');
  let cut = lines.length > maxLines;
  if (shown.length > maxLength) {
    shown = shown.slice(0, maxLength).replace(/\s+\S*$/, '');
    cut = true;
  }
  return cut ? `${shown}…` : shown;
}
