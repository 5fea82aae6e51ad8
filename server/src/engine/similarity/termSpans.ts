import type { Thesaurus } from './thesaurus';
import { wordSpans, type TextSpan } from './words';

/**
 * Where in a piece of text the given terms are written: single words by their stem, and
 * thesaurus phrases as a whole ("data sharing agreement" for the concept DSA), so a
 * passage can show a person which of their words matched.
 */
export function termSpans(text: string, terms: ReadonlySet<string>, thesaurus: Thesaurus, from = 0, to = text.length): (TextSpan & { term: string })[] {
  const words = wordSpans(text, from, to);
  const normalised = words.map((span) => span.word);
  const spans: (TextSpan & { term: string })[] = [];
  let i = 0;
  while (i < words.length) {
    const phrase = thesaurus.match(normalised, i);
    if (phrase) {
      if (terms.has(phrase.concept)) spans.push({ start: words[i]!.start, end: words[i + phrase.length - 1]!.end, term: phrase.concept });
      i += phrase.length;
      continue;
    }
    if (terms.has(normalised[i]!)) spans.push({ start: words[i]!.start, end: words[i]!.end, term: normalised[i]! });
    i++;
  }
  return spans;
}
