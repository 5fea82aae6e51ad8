import { DEFAULT_THESAURUS } from './defaultThesaurus';
import { isStopWord, textWords } from './words';

/** Concept tokens start with this, so they can never collide with a word. */
export const CONCEPT_PREFIX = '~';

interface TrieNode {
  next: Map<string, TrieNode>;
  concept?: string;
}

export interface PhraseMatch {
  concept: string;
  /** How many words the phrase covered. */
  length: number;
}

/**
 * Groups of words and phrases that mean the same thing here (an acronym and its
 * expansion, two names for one thing). Every phrase of a group is read as one concept
 * token, so "DSA" and "data sharing agreement" are the same term to the index.
 *
 * Phrases are normalised exactly like lesson text (lower case, stemmed), so a group
 * written "sign off" also catches "signed off" and "sign-off". Groups that share
 * a phrase are merged: a config group that repeats a default term extends that group.
 */
export class Thesaurus {
  private readonly root: TrieNode = { next: new Map() };
  private readonly conceptByPhrase = new Map<string, string>();

  constructor(extra: readonly (readonly string[])[] = [], options: { defaults?: boolean } = {}) {
    // Groups come from a hand-written config file: keep only the strings.
    const extraGroups = (Array.isArray(extra) ? extra : [])
      .filter((group) => Array.isArray(group))
      .map((group) => group.filter((phrase): phrase is string => typeof phrase === 'string'));
    const groups = [...(options.defaults === false ? [] : DEFAULT_THESAURUS), ...extraGroups];
    for (const [phrase, concept] of mergeGroups(groups)) {
      this.conceptByPhrase.set(phrase, concept);
      this.insert(phrase.split(' '), concept);
    }
  }

  /**
   * A thesaurus of the default groups plus `extra`, shared: one is immutable once built,
   * and building one stems every phrase of the defaults, which every new similarity index
   * (one per workspace, one per scan) would otherwise pay for again.
   */
  static withExtraGroups(extra: readonly (readonly string[])[] = []): Thesaurus {
    const key = JSON.stringify(extra);
    let thesaurus = shared.get(key);
    if (!thesaurus) {
      thesaurus = new Thesaurus(extra);
      // Configs change rarely; a handful of versions is plenty to keep.
      if (shared.size >= MAX_SHARED) shared.delete(shared.keys().next().value!);
      shared.set(key, thesaurus);
    }
    return thesaurus;
  }

  /** The concept token a written phrase stands for, if the thesaurus knows it. */
  conceptOf(phrase: string): string | undefined {
    return this.conceptByPhrase.get(textWords(phrase).join(' '));
  }

  /** The longest phrase starting at words[start], if any. */
  match(words: readonly string[], start: number): PhraseMatch | undefined {
    let node: TrieNode | undefined = this.root;
    let best: PhraseMatch | undefined;
    for (let i = start; i < words.length; i++) {
      node = node.next.get(words[i]!);
      if (!node) break;
      if (node.concept !== undefined) best = { concept: node.concept, length: i - start + 1 };
    }
    return best;
  }

  private insert(words: readonly string[], concept: string): void {
    let node = this.root;
    for (const word of words) {
      let child = node.next.get(word);
      if (!child) {
        child = { next: new Map() };
        node.next.set(word, child);
      }
      node = child;
    }
    node.concept = concept;
  }
}

const MAX_SHARED = 8;
const shared = new Map<string, Thesaurus>();

/**
 * Normalises every phrase and merges groups that share one (union-find), naming each
 * merged group after the first phrase of its earliest group so names stay stable.
 */
function mergeGroups(groups: readonly (readonly string[])[]): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (phrase: string): string => {
    let root = phrase;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(phrase, root);
    return root;
  };
  const order = new Map<string, number>();
  for (const group of groups) {
    const phrases = group
      .map((phrase) => textWords(phrase))
      // A phrase of stop words only ("IT" is "it") would match everywhere.
      .filter((words) => words.some((word) => !isStopWord(word)))
      .map((words) => words.join(' '));
    for (const phrase of phrases) {
      if (!parent.has(phrase)) {
        parent.set(phrase, phrase);
        order.set(phrase, order.size);
      }
    }
    for (const phrase of phrases.slice(1)) {
      const a = find(phrases[0]!);
      const b = find(phrase);
      if (a === b) continue;
      // The earlier-seen root names the merged group.
      if (order.get(a)! <= order.get(b)!) parent.set(b, a);
      else parent.set(a, b);
    }
  }
  const conceptByPhrase = new Map<string, string>();
  for (const phrase of parent.keys()) {
    conceptByPhrase.set(phrase, CONCEPT_PREFIX + find(phrase).replace(/ /g, '_'));
  }
  return conceptByPhrase;
}
