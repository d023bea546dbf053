/** The part of wink-lemmatizer's API the install-time derivation uses; the package ships no types. */
declare module "wink-lemmatizer" {
  /** Each gives the word's base form read as that part of speech, or the word itself. */
  const lemmatizer: {
    noun(word: string): string;
    verb(word: string): string;
    adjective(word: string): string;
  };
  export default lemmatizer;
}
