import type { Problem } from '../problem';
import type { ThemeFacts, ThemeLessonRef, ThemeMention } from './themeModel';

/** What the index holds for one theme file: its facts and its single-file problems. */
export interface ThemeEntry {
  uri: string;
  facts: ThemeFacts;
  problems: Problem[];
}

/** A place a theme names a lesson. */
export interface ThemeSite {
  uri: string;
  reference: ThemeLessonRef;
}

/**
 * Every theme in the workspace, by uri, with a lookup from a lesson id to the themes that
 * name it. Themes are few (tens of files), so the cross-file checks simply walk a theme's
 * own list; only "which themes name this lesson" is kept ready, because every lesson's
 * hover and the Lessons view ask it.
 */
export class ThemeIndex {
  private readonly entries = new Map<string, ThemeEntry>();
  private readonly themesNamingId = new Map<string, Set<string>>();

  get size(): number {
    return this.entries.size;
  }

  get(uri: string): ThemeEntry | undefined {
    return this.entries.get(uri);
  }

  has(uri: string): boolean {
    return this.entries.has(uri);
  }

  all(): IterableIterator<ThemeEntry> {
    return this.entries.values();
  }

  uris(): string[] {
    return [...this.entries.keys()];
  }

  /** The theme ids in use (for the next free one). */
  ids(): string[] {
    return [...this.entries.values()].flatMap((entry) => (entry.facts.id ? [entry.facts.id] : []));
  }

  /**
   * Adds or replaces a theme; returns the lesson ids it named before or names now, whose
   * themes (as their hover and the Lessons view show them) may have changed.
   */
  set(entry: ThemeEntry): Set<string> {
    const affected = this.delete(entry.uri);
    this.entries.set(entry.uri, entry);
    for (const reference of entry.facts.lessons) {
      affected.add(reference.id);
      let uris = this.themesNamingId.get(reference.id);
      if (!uris) this.themesNamingId.set(reference.id, (uris = new Set()));
      uris.add(entry.uri);
    }
    return affected;
  }

  /** Removes a theme; returns the lesson ids it named. */
  delete(uri: string): Set<string> {
    const previous = this.entries.get(uri);
    const affected = new Set<string>();
    if (!previous) return affected;
    this.entries.delete(uri);
    for (const reference of previous.facts.lessons) {
      affected.add(reference.id);
      const uris = this.themesNamingId.get(reference.id);
      uris?.delete(uri);
      if (uris?.size === 0) this.themesNamingId.delete(reference.id);
    }
    return affected;
  }

  /** The themes that name a lesson id, by title (then file), as a person would list them. */
  themesOf(lessonId: string): ThemeEntry[] {
    return [...(this.themesNamingId.get(lessonId) ?? [])]
      .flatMap((uri) => {
        const entry = this.entries.get(uri);
        return entry ? [entry] : [];
      })
      .sort((a, b) => compareText(a.facts.title ?? '', b.facts.title ?? '') || compareText(a.uri, b.uri));
  }

  /** The themes of a lesson id, as its hover and the Lessons view name them. */
  mentionsOf(lessonId: string): ThemeMention[] {
    return this.themesOf(lessonId).map((entry) => ({ uri: entry.uri, id: entry.facts.id, title: entry.facts.title }));
  }

  /** Every place a theme names a lesson id, in file order. */
  sitesNaming(lessonId: string): ThemeSite[] {
    const sites: ThemeSite[] = [];
    for (const uri of [...(this.themesNamingId.get(lessonId) ?? [])].sort(compareText)) {
      for (const reference of this.entries.get(uri)?.facts.lessons ?? []) if (reference.id === lessonId) sites.push({ uri, reference });
    }
    return sites;
  }

  /**
   * A theme's single-file problems plus the cross-file ones: lessons it names that no lesson
   * has as its id, and an id another theme has too. Shared with the index: read it, do not change it.
   */
  problemsFor(uri: string, lessonExists: (id: string) => boolean): readonly Problem[] {
    const entry = this.entries.get(uri);
    if (!entry) return [];
    const problems = [...entry.problems];
    const { id, idRange } = entry.facts;
    if (id && idRange) {
      const others = [...this.entries.values()].filter((other) => other.uri !== uri && other.facts.id === id);
      if (others.length > 0) {
        problems.push({
          code: 'duplicate-id',
          severity: 'error',
          message: `id '${id}' is also used by ${others.length === 1 ? 'another theme' : `${others.length} other themes`}; each theme needs its own id.`,
          range: idRange,
          related: others.map((other) => ({
            uri: other.uri,
            range: other.facts.idRange ?? other.facts.headRange,
            message: `'${id}' is also the id of ${other.facts.title ? `'${other.facts.title}'` : 'this theme'}`,
          })),
        });
      }
    }
    for (const reference of entry.facts.lessons) {
      if (lessonExists(reference.id)) continue;
      problems.push({
        code: 'unknown-reference',
        severity: 'error',
        message: `lessons names '${reference.id}', but no lesson in the workspace has that id.`,
        range: reference.range,
      });
    }
    return problems;
  }
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
