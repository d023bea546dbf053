import { looksLikeDate } from "./metadata.ts";
import { ancestry, type Outline, placeOfBlock } from "./outline.ts";
import { SENTENCE_END, type TextBlock } from "./page-blocks.ts";

/**
 * What a block of a page's article body is when it is not the article's text. Every add reports how
 * many of each it left out (`DROPPED_NOUNS` in src/wording/corpus.ts names them).
 */
export type DropKind =
  | "caption"
  | "credit"
  | "byline"
  | "heading"
  | "separator"
  | "embed"
  | "gallery"
  | "promo"
  | "link"
  | "bio"
  | "note"
  | "table"
  | "summary"
  | "repeat"
  | "aside";

/**
 * Class names and ids of the containers sites put inside an article's body, and what each holds. Tried
 * in order on the block's element and its ancestors, except an ancestor that holds most of the body's
 * prose (see {@link Classifier}).
 */
const CONTAINER_KINDS: Array<[RegExp, DropKind]> = [
  [
    /twitter-tweet|instagram-media|tiktok-embed|fb-post|reddit-embed|social-?embed|embed-?(?:twitter|instagram)/iu,
    "embed",
  ],
  [/credit/iu, "credit"],
  [/caption|wp-caption|figure__|media__/iu, "caption"],
  [/gallery|slideshow|carousel|slider|lightbox/iu, "gallery"],
  [/pull-?quote|pullquote|\bpq-/iu, "repeat"],
  [/newsletter|subscri|sign-?up|promo|donat|membership|paywall/iu, "promo"],
  [
    /related|read-?more|more-?(?:stories|news|from)|recommend|also-?read|further-?reading|outbrain|taboola|most-?(?:read|popular)|next-?up|internallink/iu,
    "link",
  ],
  [/author-?(?:bio|info|box|profile|desc)|\bbio\b|byline-?bio|about-?the-?author|authorprofile/iu, "bio"],
  [/byline|dateline|timestamp|posted-?on|pubdate|article-?date|date-?(?:line|source)/iu, "byline"],
  [/highlights|key-?points|takeaways|tl-?dr/iu, "summary"],
  [/chart|infographic|graphic|data-?viz/iu, "aside"],
  [
    /share|social|comment|advert|\bads?\b|ad-?(?:slot|unit|wrapper)|sponsor|(?:article|entry|post)-?footer|tags?-?list|breakpoint/iu,
    "aside",
  ],
];

/** Elements whose text is never the article's prose, whatever their class. */
const ELEMENT_KINDS: Record<string, DropKind> = {
  FIGCAPTION: "caption",
  FIGURE: "caption",
  ASIDE: "aside",
  NAV: "link",
  FOOTER: "aside",
  FORM: "aside",
  TD: "table",
  TH: "table",
  H1: "heading",
  H2: "heading",
  H3: "heading",
  H4: "heading",
  H5: "heading",
  H6: "heading",
};

/** Lines that credit someone other than the article's writer, or claim the page's rights. */
const CREDIT =
  /^powered by\b|^(?:additional )?(?:reporting|editing|writing|research|compiled|produced) by\b|\bcontributed (?:reporting )?to this (?:report|story|article)\b|^©|^copyright\b|all rights reserved|^(?:photo|image|photograph|video|graphic|illustration|picture)s?(?: by|:)|^(?:left|right|top|main) image:|^(?:source|citation|more information|journal information)s?:|this (?:document|material) (?:is subject to|may not be)/iu;
/** A caption's or credit's tail: the agency or photographer in brackets or after a slash. */
const AGENCY_TAIL =
  /(?:\[[^\]]{2,40}\]|\((?:[^()]*\/)?[^()]{2,40}\)|\/(?:AP|AFP|Reuters|Getty Images|EPA|PA|Shutterstock)|Getty Images)$/u;
const AGENCY = /\b(?:getty|reuters|afp|ap|epa|pa|rex|alamy|shutterstock|ap photo|xinhua|flickr|public domain)\b/iu;
/** A pointer to another page: "Read more: …", "RELATED: …", "For more, read: …", "See also". */
const POINTER =
  /^(?:read (?:more|also|next)|also read|related(?: coverage| content| stories| photos)?|see also|more on|more from|for more(?:, read)?|watch|listen|recommended|further reading|click here)\b[^.!?]{0,40}(?::|$)/iu;
/** An invitation to a newsletter, an app or a subscription. */
const PROMO =
  /\b(?:sign up|signup|subscribe|newsletter|download (?:our|the) app|follow us|get (?:the|our) .{0,40}(?:app|alerts))\b/iu;
/** Notes about the page rather than the story: where it first ran, what an update changed. */
const NOTE =
  /^this (?:article|story|post|piece) (?:was |has been )?(?:originally |first )?(?:appeared|published|ran|posted)\b|^(?:updates?|correction|clarification|editor[’']?s note)\b.{0,40}?:\s+(?:this (?:article|story|post)\b|(?:added|updated|corrected|changed|removed|clarified|fixed)\b)|\bthis (?:article|story|post) (?:was|has been) (?:updated|corrected|changed)\b|^(?:updates?|corrections?):?$/iu;
/** The words that open a byline or a date line: "By Jon Porter", "Author: Ben Knight", "Updated". */
const BYLINE_LEAD = /^(?:by|author|posted|published|updated|last updated)\b/iu;
/** "4 Min Read". */
const READING_TIME = /^\d+\s+min(?:ute)?s?\s+read$/iu;
/** A gallery's counter: "1 / 5", "3 of 12". */
const COUNTER = /^\d+\s*(?:\/|of)\s*\d+$/iu;
/** A name alone on its line: "Vanessa Hicks". */
const NAME_ALONE = /^(?:\p{Lu}[\p{L}.’'-]*\s){1,3}\p{Lu}[\p{L}’'-]+$/u;
/** A place set apart as a dateline: "Washington/ New Delhi:". */
const DATELINE = /^(?:\p{Lu}[\p{L}.’'-]*[\s/,]*){1,4}[:—–]$/u;
/** An author's bio, or how to reach them: "Jane Doe is a reporter at …", "jane@news.example", "Twitter: @jane". */
const BIO_START = /^\p{Lu}[\p{L}.’'-]*(?: \p{Lu}[\p{L}.’'-]*){1,3} (?:is|was|writes|covers) /u;
const BIO_WORD =
  /\b(?:editor|writer|reporter|correspondent|columnist|contributor|author|journalist|producer|critic|fellow|professor|founder|director|intern)\b/iu;
const CONTACT =
  /^(?:[\w.+-]+@[\w-]+\.[\w.]+|(?:twitter|email|e-mail|follow (?:him|her|them)(?: on twitter)?)\s*:?\s*@?[\w.@-]+)$/iu;
/** The attribution line under an embedded post: "— Name (@handle) April 15, 2019". */
const EMBED_LINE = /^[—–-]\s*.{1,60}\(@\w+\)\s*\p{L}+ \d{1,2}, \d{4}$|^pic\.twitter\.com\//u;
/** A heading that introduces a list which sums the story up. */
const SUMMARY_HEADING =
  /^(?:key )?(?:highlights|points|takeaways|facts)$|^(?:in brief|at a glance|tl;?dr|the big picture)$/iu;

/** A container holding more than this share of the body's prose is the body itself, whatever its class says. */
const BODY_SHARE = 0.5;
/** A container around an image with at most this much text is the image's caption and credit. */
const MEDIA_TEXT = 400;
/** A container of this many blocks or more, at least half of them figures, is a data widget (scores, cases, prices). */
const WIDGET_BLOCKS = 4;
const WIDGET_DATA_SHARE = 0.5;
/** The names share and follow buttons show, run together: "FacebookTwitterInstagram". */
const SOCIAL =
  /^(?:facebook|twitter|instagram|youtube|linkedin|pinterest|whatsapp|e-?mail|reddit|tiktok|snapchat|telegram|flipboard|koo ?app|print|copy ?link|share|tumblr|messenger)+$/iu;

/**
 * Sorts the blocks of Readability's content into the article's paragraphs and what is not the article,
 * by kind. What a block sits in is read from the page's outline (its structure before Readability
 * unwrapped it). Class names are read only on containers that hold at most half of the body's prose
 * (alone, or with the others of their class), so that a body a site happens to put in
 * `#read-more-content` is not thrown away as a "read more" box.
 */
export class Classifier {
  readonly #outline: Outline;
  /** Characters of the body's prose under each element, by its number. */
  readonly #prose = new Map<number, number>();
  /** Characters of the body's prose under the elements of each class and id, all of them together. */
  readonly #proseByNames = new Map<string, number>();
  readonly #totalProse: number;
  readonly #containerKind = new Map<number, DropKind | null>();
  /** Under each element: how many of the body's blocks, and how many of them are figures rather than words. */
  readonly #data = new Map<number, { blocks: number; figures: number }>();

  constructor(outline: Outline, blocks: readonly TextBlock[]) {
    this.#outline = outline;
    let total = 0;
    for (const block of blocks) {
      const prose = isProse(block);
      const figure = isFigure(block.text);
      if (prose) total += block.text.length;
      for (const at of ancestry(outline, placeOfBlock(outline, block))) {
        if (prose) this.#prose.set(at, (this.#prose.get(at) ?? 0) + block.text.length);
        const data = this.#data.get(at) ?? { blocks: 0, figures: 0 };
        data.blocks++;
        if (figure) data.figures++;
        this.#data.set(at, data);
      }
    }
    this.#totalProse = total;
    for (const [at, chars] of this.#prose) {
      const names = outline.names[at] ?? "";
      if (names !== "") this.#proseByNames.set(names, (this.#proseByNames.get(names) ?? 0) + chars);
    }
  }

  /** Why `block` is not the article's text, or undefined when it is. */
  kindOf(block: TextBlock, context: BlockContext): DropKind | undefined {
    const { text } = block;
    if (!/[\p{L}\p{N}]/u.test(text)) return "separator";
    const at = placeOfBlock(this.#outline, block);
    const container = this.#fromContainers(at);
    if (container === "caption" || container === "credit") return isCreditLine(text) ? "credit" : container;
    if (container) return container;
    if (this.#inMedia(at)) return isCreditLine(text) ? "credit" : "caption";
    return kindOfText(block, context);
  }

  #fromContainers(at: number): DropKind | undefined {
    for (const order of ancestry(this.#outline, at)) {
      if (this.#isBody(order)) continue;
      const kind = this.#kindOfContainer(order);
      if (kind) return kind;
    }
    return undefined;
  }

  #kindOfContainer(at: number): DropKind | null {
    const known = this.#containerKind.get(at);
    if (known !== undefined) return known;
    const byTag = ELEMENT_KINDS[this.#outline.tag[at] ?? ""];
    const names = this.#outline.names[at] ?? "";
    const byName = CONTAINER_KINDS.find(([pattern]) => pattern.test(names))?.[1];
    const data = this.#data.get(at);
    const widget = data && data.blocks >= WIDGET_BLOCKS && data.figures / data.blocks >= WIDGET_DATA_SHARE;
    const kind = byTag ?? byName ?? (widget ? "table" : null);
    this.#containerKind.set(at, kind);
    return kind;
  }

  /**
   * Inside a small container around an image, video or figure, within three levels: a caption. A
   * paragraph (`<p>` in the page) with an image set in its text is still a paragraph.
   */
  #inMedia(at: number): boolean {
    let depth = 0;
    for (const order of ancestry(this.#outline, at)) {
      if (depth++ >= 3 || this.#isBody(order)) return false;
      if (this.#outline.tag[order] === "P") continue;
      if (this.#outline.media[order] === 1) return (this.#outline.text[order] ?? 0) <= MEDIA_TEXT;
    }
    return false;
  }

  /**
   * Whether an element is the body, or a part of it: it holds more than half of the body's prose, or
   * the elements of its class do together (a body a site splits into several `commentary-text` blocks).
   */
  #isBody(at: number): boolean {
    if (this.#totalProse === 0) return false;
    const names = this.#outline.names[at] ?? "";
    const own = this.#prose.get(at) ?? 0;
    const shared = names === "" ? 0 : (this.#proseByNames.get(names) ?? 0);
    return Math.max(own, shared) / this.#totalProse > BODY_SHARE;
  }
}

/**
 * What a block's own text says it is: a credit or copyright line, a pointer elsewhere, a promo, a note
 * about the page, a byline, a crosshead, an author's bio at the end, the line under an embedded post.
 */
export function kindOfText(block: TextBlock, context: BlockContext): DropKind | undefined {
  const { text } = block;
  const words = text.split(" ").length;
  const short = text.length <= 300;
  const edge = context.atStart || context.atEnd;
  if (COUNTER.test(text)) return "gallery";
  if (EMBED_LINE.test(text)) return "embed";
  if (short && CREDIT.test(text)) return "credit";
  if (short && NOTE.test(text)) return "note";
  if (block.linkChars / text.length > 0.8 || (short && POINTER.test(text))) return "link";
  if (short && PROMO.test(text) && (block.linkChars > 0 || words <= 25)) return "promo";
  if (words <= 12 && isByline(text)) return "byline";
  if (edge && (NAME_ALONE.test(text) || (text.length <= 120 && namesAuthor(text, context.author)))) return "byline";
  if (isCaptionLine(text)) return "caption";
  if (isHeading(block)) return "heading";
  if (context.atEnd && short && ((BIO_START.test(text) && BIO_WORD.test(text)) || CONTACT.test(text))) return "bio";
  if ((!/\s/u.test(text) && text.length > 40) || SOCIAL.test(text.replace(/[\s|·•]/gu, ""))) return "aside";
  return undefined;
}

/** Where a block stands in the body, and who the page says wrote the article. */
export interface BlockContext {
  /** Among the body's first few blocks, where a byline stands. */
  atStart: boolean;
  /** Among its last few, where a byline, a bio or a contact line stands. */
  atEnd: boolean;
  /** The author the page's metadata names, if any. */
  author: string | null;
}

/** Whether `text` names the article's author (any of them, where the metadata names several). */
function namesAuthor(text: string, author: string | null): boolean {
  if (!author) return false;
  const lower = text.toLowerCase();
  return author
    .split(/,\s*|\s+and\s+/u)
    .some((name) => name.trim().length >= 4 && lower.includes(name.trim().toLowerCase()));
}

/** A byline, a date line, a reading time or a dateline, by its words (short blocks only). */
function isByline(text: string): boolean {
  if (READING_TIME.test(text) || DATELINE.test(text) || looksLikeDate(text)) return true;
  const lead = BYLINE_LEAD.exec(text);
  if (!lead) return false;
  const rest = text.slice(lead[0].length).trim();
  return rest === "" || rest.startsWith(":") || /^\p{Lu}/u.test(rest);
}

/**
 * A crosshead: ten words or fewer, no comma and no full stop at the end, set in bold or in capitals.
 * "Right-wing resistance" and "DISAPPOINTING NIGHT FOR ‘IRISHMAN’" are; "Donna Abood, principal, Avison
 * Young" (who said the answer above) and a question are not.
 */
function isHeading({ text, boldChars }: TextBlock): boolean {
  if (text.split(" ").length > 10 || text.includes(",") || SENTENCE_END.test(text)) return false;
  const letters = text.replace(/[^\p{L}]/gu, "");
  const capitals = letters.replace(/[^\p{Lu}]/gu, "").length;
  return boldChars >= 0.9 * text.replace(/\s/gu, "").length || (letters.length >= 4 && capitals / letters.length > 0.9);
}

/** A credit: a short line naming a photographer, an agency or a source. */
export function isCreditLine(text: string): boolean {
  if (CREDIT.test(text)) return true;
  return (
    text.length <= 80 &&
    (AGENCY_TAIL.test(text)
      ? AGENCY.test(text) || text.split(" ").length <= 6
      : AGENCY.test(text) && text.split(" ").length <= 6)
  );
}

/** A caption that names its agency at its end, as tabloids set them: "TREATMENT: Pauline … [GETTY]". */
export function isCaptionLine(text: string): boolean {
  return text.length <= 300 && AGENCY_TAIL.test(text) && AGENCY.test(text.match(AGENCY_TAIL)?.[0] ?? "");
}

/** A figure rather than words: more digits than letters, or a short label with a number ("7,97,826Recovered"). */
function isFigure(text: string): boolean {
  const digits = text.replace(/\D/gu, "").length;
  return digits > 0 && (digits >= text.replace(/[^\p{L}]/gu, "").length || text.length <= 20);
}

/** Prose: a sentence or more of text that is not mostly links. */
export function isProse(block: TextBlock): boolean {
  return block.text.length >= 80 && SENTENCE_END.test(block.text) && block.linkChars / block.text.length < 0.5;
}

/** Whether the heading `text` introduces a list that sums the story up ("Key highlights"). */
export function isSummaryHeading(text: string): boolean {
  return SUMMARY_HEADING.test(text.replace(/^key\s+/iu, "key "));
}
