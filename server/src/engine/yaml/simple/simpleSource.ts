/**
 * The text a simple-shape reader walks, line by line, with the line starts the parser's
 * LineCounter already holds: nothing is split or copied until a value is taken out.
 */
export class SimpleSource {
  constructor(
    readonly text: string,
    private readonly lineStarts: readonly number[],
  ) {}

  /** Whether a line starts inside the text (a text ending in a line break has an empty last line that is not one). */
  has(line: number): boolean {
    const start = this.lineStarts[line];
    return start !== undefined && start < this.text.length;
  }

  start(line: number): number {
    return this.lineStarts[line] ?? this.text.length;
  }

  /** The offset of the line's break, or the text's end. */
  end(line: number): number {
    const next = this.lineStarts[line + 1];
    return next === undefined ? this.text.length : next - 1;
  }

  /** The offset just past the line's break (the next line's start), or the text's end. */
  after(line: number): number {
    return this.lineStarts[line + 1] ?? this.text.length;
  }

  /** Spaces at the start of a line. */
  indent(line: number): number {
    const start = this.start(line);
    const end = this.end(line);
    let at = start;
    while (at < end && this.text.charCodeAt(at) === SPACE) at++;
    return at - start;
  }
}

export const SPACE = 0x20;
export const HASH = 0x23;
export const COLON = 0x3a;
