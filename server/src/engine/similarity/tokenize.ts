import type { Thesaurus } from './thesaurus';
import { isStopWord, sentenceWords } from './words';

/**
 * The terms of a text, one array per sentence: normalised words, with every thesaurus
 * phrase replaced by its concept token and stop words dropped.
 */
export function tokenizeSentences(text: string, thesaurus: Thesaurus): string[][] {
  const sentences: string[][] = [];
  for (const words of sentenceWords(text)) {
    const terms: string[] = [];
    let i = 0;
    while (i < words.length) {
      const phrase = thesaurus.match(words, i);
      if (phrase) {
        terms.push(phrase.concept);
        i += phrase.length;
        continue;
      }
      const word = words[i]!;
      if (!isStopWord(word)) terms.push(word);
      i++;
    }
    if (terms.length > 0) sentences.push(terms);
  }
  return sentences;
}

/** The terms of a text in order (see tokenizeSentences). */
export function tokenize(text: string, thesaurus: Thesaurus): string[] {
  return tokenizeSentences(text, thesaurus).flat();
}
