/**
 * How a cell's text becomes a field's value. Cells come from people typing into a form or
 * a spreadsheet: Windows line ends, stray spaces and blank lines are theirs, not the lesson's.
 */

/** A multi-line answer: line ends made `\n`, blank lines and spaces around it removed, ending in one `\n` as a block literal does. */
export function answerText(cell: string): string | undefined {
  const text = cell
    .replace(/\r\n?/g, '\n')
    .replace(/^(?:[ \t]*\n)+/, '')
    .trimEnd();
  return text === '' ? undefined : `${text}\n`;
}

/** One line: every run of white space, line ends included, made one space. */
export function oneLine(cell: string): string | undefined {
  const text = cell.replace(/\s+/g, ' ').trim();
  return text === '' ? undefined : text;
}

/**
 * A list from a `;`-separated cell (Microsoft Forms writes a multiple choice answer as
 * "a;b;"), one item per line also accepted. Empty items and repeats (any case) are dropped.
 */
export function listItems(cell: string): string[] {
  const seen = new Set<string>();
  const items: string[] = [];
  for (const part of cell.split(/[;\r\n]+/)) {
    const item = part.replace(/\s+/g, ' ').trim();
    if (!item || seen.has(item.toLowerCase())) continue;
    seen.add(item.toLowerCase());
    items.push(item);
  }
  return items;
}

/** Lesson ids from a cell: separated by `;`, commas or spaces, in capitals. */
export function lessonIds(cell: string): string[] {
  return [
    ...new Set(
      cell
        .split(/[;,\s]+/)
        .map((id) => id.trim().toUpperCase())
        .filter(Boolean),
    ),
  ];
}

/**
 * A date as YYYY-MM-DD. Spreadsheets in England write dates day first (14/03/2025); a date
 * with a time (an Excel date cell, "2025-03-14T10:22:00") keeps its day. Anything else is
 * kept as written, so the check points at it rather than the import guessing.
 */
export function isoDate(cell: string): string | undefined {
  const text = cell.trim();
  if (!text) return undefined;
  const [, isoYear, isoMonth, isoDay] = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(text) ?? [];
  if (isoYear !== undefined && isoMonth !== undefined && isoDay !== undefined) return `${isoYear}-${isoMonth.padStart(2, '0')}-${isoDay.padStart(2, '0')}`;
  const [, day, month, year] = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[T ,].*)?$/.exec(text) ?? [];
  if (day !== undefined && month !== undefined && year !== undefined) return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return text;
}
