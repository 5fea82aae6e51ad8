/**
 * Text with tab stops, kept in two forms at once: an LSP snippet for editors that take
 * them and the same text with each placeholder's default for editors that do not.
 */
export class Snippet {
  private snippetText = '';
  private plainText = '';
  private stops = 0;

  text(value: string): this {
    this.snippetText += value.replace(/[\\$}]/g, (char) => `\\${char}`);
    this.plainText += value;
    return this;
  }

  /** A tab stop that starts out holding a default the writer types over. */
  placeholder(value: string): this {
    this.snippetText += `\${${++this.stops}:${value.replace(/[\\$}]/g, (char) => `\\${char}`)}}`;
    this.plainText += value;
    return this;
  }

  /** A tab stop offering a fixed set of values; the plain form takes the first. */
  choice(values: readonly string[]): this {
    if (values.length === 0) return this.tabStop();
    this.snippetText += `\${${++this.stops}|${values.map((value) => value.replace(/[\\,|$}]/g, (char) => `\\${char}`)).join(',')}|}`;
    this.plainText += values[0];
    return this;
  }

  tabStop(): this {
    this.snippetText += `$${++this.stops}`;
    return this;
  }

  get snippet(): string {
    return this.snippetText;
  }

  get plain(): string {
    return this.plainText;
  }
}
