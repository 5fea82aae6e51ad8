// The package ships no types of its own.
declare module 'wink-porter2-stemmer' {
  /** The Porter2 (English) stem of one lower-case word. */
  export default function stem(word: string): string;
}
