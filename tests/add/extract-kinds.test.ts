import { describe, expect, it } from "vitest";
import { extractArticle, type ReadArticle } from "../../src/add/extract.ts";
import { mainText, shortfallOf } from "../../src/add/main-text.ts";
import { authorName, outletName, pageMetadata } from "../../src/add/metadata.ts";
import { textBlocks } from "../../src/add/page-blocks.ts";
import { pageDocument } from "../../src/add/page-dom.ts";
import { keptLine, shortfallLine } from "../../src/wording/corpus.ts";

const URL = "https://news.example/2025/03/harbour";

/** Sentences of a story, each a paragraph of prose. */
const STORY = [
  "The harbour at Carrick closed on Monday after a storm breached the sea wall in two places overnight.",
  "“We will not let boats in until the wall is safe,” said Dana Whitfield, who runs the harbour trust.",
  "Engineers from the county council inspected the damage on Tuesday and said repairs would take a month.",
  "Fishermen said the closure would cost them most of their winter catch and asked for help with moorings.",
  "The council said it would meet the harbour trust on Friday to agree how the repairs will be paid for.",
];

function page(body: string, head = "<title>Harbour closed after storm | The Carrick Courier</title>"): string {
  return `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
}

const paragraphs = (texts: string[] = STORY) => texts.map((t) => `<p>${t}</p>`).join("\n");

function read(html: string, url = URL): ReadArticle {
  const article = extractArticle(html, url);
  expect(article).toBeDefined();
  return article as ReadArticle;
}

describe("what is left out of an article's body, by kind", () => {
  it("drops a caption and credit around an image, a crosshead, a separator, a promo and a pointer, and counts them", () => {
    const body = `<h1>Harbour closed after storm</h1><div class="body">
      <p>${STORY[0]}</p>
      <div class="image"><img src="wall.jpg"><br><i>The breach in the sea wall on Monday. (Tom Aldous/Courier)</i></div>
      <p>Photograph: Tom Aldous</p>
      <p>${STORY[1]}</p>
      <p><strong>Repairs will take a month</strong></p>
      <p>${STORY[2]}</p>
      <p>***</p>
      <p>SIGN UP FOR OUR NEWSLETTER</p>
      <p>READ MORE: <a href="/other">Storm closes ferry for a week</a></p>
      <p>${STORY[3]}</p><p>${STORY[4]}</p></div>`;
    const article = read(page(body));
    expect(article.paragraphs).toEqual(STORY);
    expect(article.report.dropped).toEqual({ caption: 1, credit: 1, heading: 1, separator: 1, promo: 1, link: 1 });
    expect(keptLine(article.report)).toBe(
      "5 paragraphs; dropped 1 caption, 1 credit line, 1 crosshead, 1 separator, 1 promo, 1 link to another page",
    );
  });

  it("keeps a lede that opens with a dateline marked up as one, and still leaves out a byline that is its whole line", () => {
    const body = `<h1>Harbour closed after storm</h1><div class="body">
      <p><span class="byline">By Priya Castellano</span></p>
      <p><span class="dateline">CARRICK – </span>${STORY[0]}</p>${paragraphs(STORY.slice(1))}</div>`;
    const article = read(page(body));
    expect(article.paragraphs).toEqual([`CARRICK – ${STORY[0]}`, ...STORY.slice(1)]);
  });

  it("keeps a paragraph that has an image in its text, and a line naming who spoke (with a comma)", () => {
    const body = `<h1>Harbour closed after storm</h1><div class="body">
      <p>${STORY[0]}</p><p>${STORY[1]}<img src="inline.png"></p>
      <p><strong>Dana Whitfield, chair, Carrick Harbour Trust</strong></p>${paragraphs(STORY.slice(2))}</div>`;
    expect(read(page(body)).paragraphs).toEqual([
      STORY[0],
      STORY[1],
      "Dana Whitfield, chair, Carrick Harbour Trust",
      ...STORY.slice(2),
    ]);
  });

  it("drops embedded posts, a gallery, an author's bio at the end, a note about the page and a repeated headline", () => {
    const body = `<h1>Harbour closed after storm</h1><div class="body">
      <p>Harbour closed after storm</p>${paragraphs(STORY.slice(0, 3))}
      <blockquote class="twitter-tweet"><p>The wall is gone at Carrick.</p>— Jo Bay (@jobay) March 3, 2025</blockquote>
      <div class="gallery"><p>Boats tied up at the quay on Monday, after the harbour closed to traffic for the month.</p><p>2 / 5</p></div>
      ${paragraphs(STORY.slice(3))}
      <p>This article originally appeared on The Coast Times.</p>
      <p>Priya Castellano is a reporter at the Courier who covers the coast.</p></div>`;
    const article = read(page(body));
    expect(article.paragraphs).toEqual(STORY);
    expect(article.report.dropped).toEqual({ repeat: 1, embed: 2, gallery: 2, note: 1, bio: 1 });
  });

  it("keeps a body that a site put in a container named like boilerplate, since it holds the prose", () => {
    const body = `<h1>Harbour closed after storm</h1><div id="read-more-content" class="related">${paragraphs()}</div>`;
    const article = read(page(body));
    expect(article.paragraphs).toEqual(STORY);
    expect(article.report.shortfall).toBeNull();
  });

  it("keeps a body split into several containers whose shared class names boilerplate", () => {
    const parts = [STORY.slice(0, 2), STORY.slice(2, 4), STORY.slice(4)].map(
      (part) => `<div class="commentary-text">${paragraphs(part)}</div><div class="ad-slot">Advertisement</div>`,
    );
    const article = read(page(`<h1>Harbour closed after storm</h1><div class="body">${parts.join("")}</div>`));
    expect(article.paragraphs).toEqual(STORY);
  });

  it("splits text set apart by line breaks at the end of a sentence, and only there", () => {
    const body = `<h1>Harbour closed after storm</h1><div class="body">${STORY.slice(0, 4).join("<br>")}<br>${STORY[4]} The<br>council will meet again in a week.</div>`;
    expect(read(page(body)).paragraphs).toEqual([
      ...STORY.slice(0, 4),
      `${STORY[4]} The council will meet again in a week.`,
    ]);
  });

  it("puts back the story's opening paragraphs that stand apart from the rest, by the body's paragraph class", () => {
    // The opening stands beside a bar of links, which makes Readability pass its container over.
    const links = Array.from(
      { length: 30 },
      (_, i) => `<li><a href="/s/${i}">Share this story on network ${i}</a></li>`,
    );
    const opening = STORY.slice(0, 2).map((t) => `<p class="story-text">${t}</p>`);
    const rest = [...STORY.slice(2), ...STORY.map((t) => `Later: ${t}`)].map((t) => `<p class="story-text">${t}</p>`);
    const body = `<h1>Harbour closed after storm</h1><div class="top">${opening.join("")}<ul>${links.join("")}</ul></div><div class="main">${rest.join("")}</div>`;
    const article = read(page(body));
    expect(article.paragraphs.slice(0, 3)).toEqual(STORY.slice(0, 3));
    expect(article.paragraphs).toHaveLength(10);
  });

  it("reads a page whose script in <head> is left open, as a browser would, putting what follows in the body", () => {
    const html = `<!DOCTYPE html><html><head><title>Harbour closed after storm</title><script type="application/ld+json">{ broken</head><body><h1>Harbour closed after storm</h1><script></script><div>${paragraphs()}</div></body></html>`;
    expect(pageDocument(html).body?.querySelectorAll("p")).toHaveLength(5);
    expect(read(html).paragraphs).toEqual(STORY);
  });

  it("reads a page whose markup opens a second <html> as a browser would", () => {
    const html = `<!DOCTYPE html><!--[if IE]><html class="ie"><![endif]--><html><head><title>Harbour closed after storm</title></head><body><h1>Harbour closed after storm</h1>${paragraphs()}</body></html>`;
    expect(pageDocument(html).body?.querySelectorAll("p")).toHaveLength(5);
    expect(read(html).paragraphs).toEqual(STORY);
  });
});

describe("the headline and the standfirst", () => {
  it("takes the <h1> over the section's name above it and the site's title, and keeps the standfirst as the lead", () => {
    const body = `<h1 class="section">Coast</h1><h1>Storm shuts Carrick harbour for a month</h1>
      <p class="dek">Repairs to the breached sea wall will keep boats out until April.</p>
      <p class="byline">By Priya Castellano</p><div class="body">${paragraphs()}</div>`;
    const head = `<title>Harbour closed after storm | The Carrick Courier</title><meta property="og:title" content="Carrick storm: harbour shut">`;
    const article = read(page(body, head));
    expect(article.title).toBe("Storm shuts Carrick harbour for a month");
    expect(article.paragraphs).toEqual(["Repairs to the breached sea wall will keep boats out until April.", ...STORY]);
  });

  it("finds a standfirst without a class by the page's summary, and leaves out one that repeats the first paragraph", () => {
    const body = `<h1>Harbour closed after storm</h1><p>Boats stay ashore until the wall is mended, a month away.</p>
      <div class="summary"><p>${STORY[0]}</p></div><div class="body">${paragraphs()}</div>`;
    const head = `<title>Harbour closed after storm</title><meta name="description" content="Boats stay ashore until the wall is mended, a month away.">`;
    const article = read(page(body, head));
    expect(article.paragraphs).toEqual(["Boats stay ashore until the wall is mended, a month away.", ...STORY]);
  });

  it("refuses a site-wide title as a headline, and finds no article rather than store one under it", () => {
    const head = `<title>Carrick Courier - Latest News &amp; Headlines</title><meta property="og:site_name" content="Carrick Courier">`;
    expect(extractArticle(page(`<div>${paragraphs()}</div>`, head), URL)).toBeUndefined();
  });
});

describe("the page's metadata, checked", () => {
  const doc = (head: string) => pageDocument(page("<p>x</p>", head));

  it("reads JSON-LD first: headline, authors, date, publisher; and Open Graph when it is missing", () => {
    const ld = {
      "@context": "https://schema.org",
      "@graph": [
        { "@type": "WebSite", name: "Site" },
        {
          "@type": ["NewsArticle"],
          headline: "Storm shuts harbour",
          author: [{ "@type": "Person", name: "Ana Kovač" }, "Tom Aldous"],
          datePublished: "2025-03-04T23:30:00-05:00",
          publisher: { "@type": "Organization", name: "The Carrick Courier" },
        },
      ],
    };
    const metadata = pageMetadata(doc(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`), URL);
    expect(metadata).toMatchObject({
      titles: ["Storm shuts harbour"],
      author: "Ana Kovač and Tom Aldous",
      published: "2025-03-04",
      outlet: "The Carrick Courier",
    });
    expect(pageMetadata(doc('<meta property="og:site_name" content="Courier">'), URL).outlet).toBe("Courier");
  });

  it("takes no date or address for an author, no address for an outlet, and no 'null' for a headline", () => {
    expect(authorName("2019-04-15")).toBeNull();
    expect(authorName("April 15, 2019 6:18am")).toBeNull();
    expect(authorName("https://www.facebook.com/someone")).toBeNull();
    expect(authorName("By Vanessa Hicks")).toBe("Vanessa Hicks");
    expect(outletName("http://www.tmz.com")).toBeNull();
    expect(outletName("www.tmz.com")).toBeNull();
    expect(outletName("TMZ")).toBe("TMZ");
    const metadata = pageMetadata(
      doc(
        '<meta name="author" content="Dec. 13, 2016"><meta name="twitter:title" content="null"><meta property="og:site_name" content="http://www.tmz.com">',
      ),
      URL,
    );
    expect(metadata).toMatchObject({ author: null, outlet: null, titles: [] });
  });

  it("trusts a canonical address on the same site only, and never the site's home page", () => {
    const canonical = (href: string, from = URL) =>
      pageMetadata(doc(`<link rel="canonical" href="${href}">`), from).url;
    expect(canonical("https://www.news.example/2025/03/harbour-closed")).toBe(
      "https://www.news.example/2025/03/harbour-closed",
    );
    expect(canonical("/2025/03/harbour-closed")).toBe("https://news.example/2025/03/harbour-closed");
    expect(canonical("https://elsewhere.example/copied-story")).toBe(URL);
    expect(canonical("https://news.example/")).toBe(URL);
    expect(canonical("javascript:alert(1)")).toBe(URL);
  });
});

describe("a page whose main text the article leaves out", () => {
  it("finds the page's main run of prose, side by side in one container, and says how much of it is missing", () => {
    const html = page(
      `<div class="teasers"><p>${STORY[4]}</p></div><div class="body">${paragraphs(STORY.slice(0, 4))}</div>`,
    );
    const document = pageDocument(html);
    const main = mainText(textBlocks(document.body as HTMLElement));
    expect(main).toEqual(STORY.slice(0, 4));
    expect(shortfallOf(main, [STORY[4] ?? "", STORY[0] ?? ""])).toEqual({ kept: 1, page: 4 });
    expect(shortfallOf(main, STORY.slice(0, 3))).toBeNull();
    expect(shortfallOf(main.slice(0, 2), [])).toBeNull();
    expect(shortfallLine(1, 4)).toBe(
      "Only 1 of the 4 paragraphs that make up most of the page's text are in it, so the article may be cut short: check it before relying on it, or add it from a file.",
    );
  });
});
