import type { Problem } from '../../../engine/problem';

/**
 * Each lesson's similar-lesson hint, and for each lesson the lessons whose hints name it: so a
 * change to one finds who to re-evaluate.
 */
export class HintMap {
  private readonly hints = new Map<string, Problem>();
  private readonly hintedBy = new Map<string, Set<string>>();

  get(uri: string): Problem | undefined {
    return this.hints.get(uri);
  }

  /** The live map, not a copy: saving takes it in slices, so a save sees an edit made meanwhile. */
  get all(): ReadonlyMap<string, Problem> {
    return this.hints;
  }

  /** The lessons that have a hint. */
  uris(): string[] {
    return [...this.hints.keys()];
  }

  /** Sets (or, with no hint, removes) a lesson's hint; `matches` are the lessons it names. */
  set(uri: string, hint: Problem | undefined, matches: readonly { uri: string }[]): void {
    const previous = this.hints.get(uri);
    if (previous?.data?.kind === 'similarLessons') for (const match of previous.data.matches) this.hintedBy.get(match.uri)?.delete(uri);
    if (!hint) {
      this.hints.delete(uri);
      return;
    }
    this.hints.set(uri, hint);
    for (const match of matches) {
      let hinting = this.hintedBy.get(match.uri);
      if (!hinting) this.hintedBy.set(match.uri, (hinting = new Set()));
      hinting.add(uri);
    }
  }

  /** The lessons whose hints name `uri` now. */
  hintersOf(uri: string): string[] {
    return [...(this.hintedBy.get(uri) ?? [])];
  }

  /** The lessons `uri`'s hint names now. */
  namedBy(uri: string): string[] {
    const hint = this.hints.get(uri);
    return hint?.data?.kind === 'similarLessons' ? hint.data.matches.map((match) => match.uri) : [];
  }

  /** Drops the record of who names a lesson that is gone: the lessons that did are ranked again. */
  forgetHinters(uri: string): void {
    this.hintedBy.delete(uri);
  }

  clear(): void {
    this.hints.clear();
    this.hintedBy.clear();
  }
}
