/** Writing YAML text by hand, as people do: plain scalars where they read back the same, wrapped prose, both list styles. */

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A plain YAML scalar when it reads back as the same string, otherwise double-quoted. */
export function quoteIfNeeded(text: string): string {
  const plain = /^[A-Za-z0-9(][^#:\n"]*$/.test(text) && !/[[\]{},]/.test(text) && !/\s$/.test(text) && !/^(true|false|null|yes|no|on|off|~)$/i.test(text);
  return plain ? text : JSON.stringify(text);
}

/** Words on lines of at most `width` characters (a longer word gets a line of its own). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (!word) continue;
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** A list of plain values, as `key: [a, b]` (flow) or one `  - a` line per item (block). */
export function listLines(key: string, items: readonly string[], flow: boolean): string[] {
  if (flow) return [`${key}: [${items.map(quoteIfNeeded).join(', ')}]`];
  return [`${key}:`, ...items.map((item) => `  - ${blockScalar(item)}`)];
}

/**
 * A value on the key's own line, as a person writes it in block context: plain unless the
 * text could read back as something else (an indicator first, `: ` or ` #` inside), then double-quoted.
 */
export function blockScalar(text: string): string {
  const plain = /^[A-Za-z(][^\n"]*$/.test(text) && !/: |:$| #|\s$/.test(text) && !/^(true|false|null|yes|no|on|off)$/i.test(text);
  return plain ? text : JSON.stringify(text);
}
