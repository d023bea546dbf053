/**
 * Why a corpus file cannot be loaded, in words, after its name and line: said to whoever wrote the file.
 */

/**
 * What is wrong with a field of an article's metadata (YAML front matter, a `.meta.json` sidecar), said after
 * the field's name, as a corpus file's error gives it: "title is missing", "url must be an http or https
 * address". `whole` is said of the front matter or the sidecar itself.
 */
export const METADATA_FAULT = {
  missing: "is missing",
  notText: "must be text",
  empty: "is empty",
  url: "must be an http or https address",
  tags: "must be a list of tags, or one line of tags separated by commas",
  frontMatter: "must be lines of name: value (such as title: The headline)",
  sidecar: 'must be a JSON object, such as {"url": "https://…", "outlet": "…"}',
  other: "is not valid",
} as const;

/** A metadata field as a fault names it: `title`, or `item 2 of tags` for an item of a list. */
export function metadataField(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>(
    (named, key) => (typeof key === "number" ? `item ${key + 1} of ${named}` : String(key)),
    "",
  );
}

/**
 * Why a corpus file (or folder) cannot be loaded: the reason after its name and line in the loader's error,
 * which the CLI and the bot print and `/corpus add` gives for a malformed attachment. Said to whoever wrote
 * the file, in words, with what to do where there is something to do.
 */
export const CORPUS_FAULT = {
  noFolder: "no such folder",
  noArticles: "no articles (.txt or .md files) in this folder",
  sameId: (id: string, other: string) => `article id "${id}" is also used by ${other}`,
  linkOutside: (target: string) =>
    `a symbolic link to ${target}, outside the corpus folder; only files inside it are read`,
  notRegular: (kind: string) => `${kind}, not a regular file; only regular files are read`,
  tooLarge: (megabytes: string, limit: string) =>
    `${megabytes} MB, more than the ${limit} MB a corpus file may be (CORPUS_MAX_FILE_MB sets the limit)`,
  linkLoops: "a symbolic link that loops (or a chain of links too long to follow)",
  linkToNothing: "a symbolic link to nothing, or a file removed while the corpus was read",
  permission: "cannot be read: permission denied",
  unreadable: (why: string) => `cannot be read (${why})`,
  notUtf8: "not UTF-8 text",
  noHeadline: "no headline: line 1 must hold the article's title",
  headlineLines: "the headline must be one line, followed by a blank line",
  noFrontMatter: "no front matter: line 1 must be ---",
  frontMatterOpen: "the front matter is never closed with ---",
  badFrontMatter: (why: string) => `bad front matter: ${why}`,
  noParagraphs: "no paragraphs after the headline",
  notJson: (why: string) => `not valid JSON: ${why}`,
  badMetadata: (why: string) => `bad metadata: ${why}`,
  citebotFailed: (why: string) => `citebot failed on this text (${why}); please report it with the file`,
} as const;

/** What a corpus file is when it is not a regular file, as {@link CORPUS_FAULT}'s `notRegular` names it. */
export const FILE_KIND = {
  folder: "a folder",
  fifo: "a named pipe (FIFO)",
  socket: "a socket",
  device: "a device",
  special: "a special file",
} as const;
