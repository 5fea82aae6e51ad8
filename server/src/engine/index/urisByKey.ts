const NONE: readonly string[] = [];

/**
 * Uris filed under string keys (lessons by id, referrers by the id they name), each key's
 * uris in the order they were added, as a Map of Sets would hold them. Almost every key has
 * one uri: it is kept as the string itself, and a Set made only for a second, so a workspace
 * of 100,000 lessons does not make and collect 100,000 one-element Sets at every start.
 */
export class UrisByKey {
  private readonly byKey = new Map<string, string | Set<string>>();

  add(key: string, uri: string): void {
    const held = this.byKey.get(key);
    if (held === undefined) this.byKey.set(key, uri);
    else if (typeof held === 'string') {
      if (held !== uri) this.byKey.set(key, new Set([held, uri]));
    } else held.add(uri);
  }

  remove(key: string, uri: string): void {
    const held = this.byKey.get(key);
    if (held === undefined) return;
    if (typeof held === 'string') {
      if (held === uri) this.byKey.delete(key);
      return;
    }
    held.delete(uri);
    if (held.size === 1) this.byKey.set(key, held.values().next().value!);
    else if (held.size === 0) this.byKey.delete(key);
  }

  has(key: string): boolean {
    return this.byKey.has(key);
  }

  /** How many uris are filed under the key. */
  count(key: string): number {
    const held = this.byKey.get(key);
    return held === undefined ? 0 : typeof held === 'string' ? 1 : held.size;
  }

  /** The key's uris, in the order they were added. */
  uris(key: string): Iterable<string> {
    const held = this.byKey.get(key);
    return held === undefined ? NONE : typeof held === 'string' ? [held] : held;
  }

  keys(): IterableIterator<string> {
    return this.byKey.keys();
  }
}
