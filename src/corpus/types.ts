/** A sentence of a paragraph, as `[start, end)` offsets into the paragraph's text. */
export interface Sentence {
  start: number;
  end: number;
  /** The sentence verbatim: `paragraph.text.slice(start, end)`. */
  text: string;
}

/** A paragraph of an article, numbered from 1 after the headline. */
export interface Paragraph {
  number: number;
  text: string;
  /** The 1-based line of the file where the paragraph starts, for error messages. */
  line: number;
  sentences: Sentence[];
}

/** One article of the corpus, parsed and validated, before any indexing. */
export interface Article {
  /** The file name without its extension; unique in a corpus. */
  id: string;
  /** The path the article was read from. */
  file: string;
  title: string;
  url: string | null;
  outlet: string | null;
  /** Who wrote it, as the page or the file names them ("Dana Whitfield", "Staff reporter"). */
  author: string | null;
  published: string | null;
  licence: string | null;
  tags: string[];
  paragraphs: Paragraph[];
}
