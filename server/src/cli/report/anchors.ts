/** A lesson id as it can appear in running text (the lesson schema's id pattern). */
const ID_IN_TEXT = /\b[A-Z][A-Z0-9]{0,9}-[0-9]{1,6}\b/g;

/**
 * The anchor of each lesson entry in a report, shared by the Markdown and HTML renderings
 * so `#gm-0001` finds GM-0001 in both (on GitHub too, which keeps `id`s it is given under
 * a prefix it resolves). Ids with an entry get a lower-case slug, unique in the page and
 * never one of the page's own section ids.
 */
export class Anchors {
  private readonly slugs = new Map<string, string>();
  private readonly placed = new Set<string>();

  constructor(entryIds: readonly string[], reserved: readonly string[]) {
    const taken = new Set(reserved);
    for (const id of entryIds) {
      if (this.slugs.has(id)) continue;
      const base =
        id
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-+|-+$/g, '') || 'lesson';
      let slug = base;
      for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
      taken.add(slug);
      this.slugs.set(id, slug);
    }
  }

  /** Where a mention of the id links to, or undefined when the id has no entry in the report. */
  target(id: string): string | undefined {
    return this.slugs.get(id);
  }

  /** The anchor for an entry of the id, the first time one is placed; afterwards undefined (an id has one entry). */
  place(id: string): string | undefined {
    const slug = this.slugs.get(id);
    if (!slug || this.placed.has(id)) return undefined;
    this.placed.add(id);
    return slug;
  }

  /**
   * Text already escaped for its format, with every id in it that has an entry turned into
   * a link by `link`. Ids have no characters any escaping changes, so they are found as written.
   */
  linkIdsIn(escaped: string, link: (id: string, slug: string) => string): string {
    return escaped.replace(ID_IN_TEXT, (id) => {
      const slug = this.slugs.get(id);
      return slug ? link(id, slug) : id;
    });
  }
}
