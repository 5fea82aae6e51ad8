// The stopword package's English list alone: its main entry holds all 62 languages' lists,
// which a bundle cannot leave out (a fifth of the server's bundle). The package ships no
// types for its per-language files.
declare module 'stopword/src/stopwords_eng.js' {
  export const eng: readonly string[];
}
