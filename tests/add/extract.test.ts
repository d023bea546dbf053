import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/add/extract.ts";
import { articleMarkdown } from "../../src/add/markdown.ts";
import { authorName, publishedDate } from "../../src/add/metadata.ts";
import { slugOf } from "../../src/add/slug.ts";
import { parseMarkdown } from "../../src/corpus/parse.ts";
import { FERRY_PARAGRAPHS, fixturePage } from "./page-server.ts";

const PAGE = "http://127.0.0.1:8080/news/story";

/** Text of each page that is around the article, never in it. */
const BOILERPLATE = [
  "cookies",
  "Accept all",
  "Subscribe",
  "Share on",
  "Photograph:",
  "(Image:",
  "READ MORE",
  "Related stories",
  "More from Velden",
  "Sign up",
  "Typical. They knew",
  "Better solar panels",
  "Most read",
  "All rights reserved",
  "newsdesk@",
  "Latest",
  "Copyright",
];

describe("reading the article on a news page", () => {
  it("keeps exactly the ferry story's paragraphs, with its headline, canonical url, outlet, author and date", () => {
    const article = extractArticle(fixturePage("ferry"), PAGE);
    expect(article).toEqual({
      title: "Lake Morrow ferry suspended after crack found in hull",
      paragraphs: FERRY_PARAGRAPHS,
      // The canonical link is relative, so it resolves against the address the page came from.
      url: "http://127.0.0.1:8080/news/2025/03/04/lake-morrow-ferry-suspended",
      outlet: "The Morrow Herald",
      author: "Priya Castellano",
      published: "2025-03-04",
      tags: [],
      report: { paragraphs: 9, dropped: {}, shortfall: null },
    });
  });

  it("drops a caption inside the body and a READ MORE link, and reads JSON-LD past a broken script", () => {
    const article = extractArticle(fixturePage("solar"), "https://courier.example/velden/4417");
    expect(article).toMatchObject({
      title: "Quarry solar farm wins approval despite objections",
      url: "https://courier.example/local/velden/quarry-solar-farm-approved-4417",
      outlet: "Velden Valley Courier",
      author: "Tomasz Wren",
      published: "2025-02-27",
    });
    expect(article?.paragraphs).toHaveLength(7);
    expect(article?.paragraphs[0]).toMatch(/^Plans for an 18-megawatt solar farm/u);
    expect(article?.paragraphs[3]).toMatch(/^Residents of Hatherley village had sent 212 letters/u);
    expect(article?.paragraphs[6]).toMatch(/requires a wildlife survey before any work starts\.$/u);
    expect(article?.report.dropped).toMatchObject({ caption: 1, link: 1 });
  });

  it("reads an old table layout in upper case: the h1 rather than the title with the site's name, and META tags", () => {
    const article = extractArticle(fixturePage("wire"), PAGE);
    expect(article).toMatchObject({
      title: "Dockworkers at Port Sable vote to strike",
      url: PAGE,
      outlet: "Coastline Wire",
      author: "Lena Marsh",
      published: "2025-01-15",
    });
    expect(article?.paragraphs).toHaveLength(5);
    // Entities decoded, a non-breaking space made a space, line breaks inside a paragraph joined.
    expect(article?.paragraphs[1]).toBe(
      "Of the 1,430 members of the Harbour Workers’ Union who voted, 1,104 backed the walkout, the union said, a majority of 77 percent on a turnout of 81 percent.",
    );
    expect(article?.paragraphs[2]).toContain("“They have been patient & they have run out of patience.”");
  });

  it("leaves out everything around the article on every page", () => {
    for (const name of ["ferry", "solar", "wire"]) {
      const text = extractArticle(fixturePage(name), PAGE)?.paragraphs.join("\n") ?? "";
      expect(text).not.toBe("");
      for (const boilerplate of BOILERPLATE) expect(text, `${name}: ${boilerplate}`).not.toContain(boilerplate);
    }
  });

  it("finds no article on a search page, a paywall's teaser or a page of links", () => {
    expect(extractArticle(fixturePage("search"), PAGE)).toBeUndefined();
    expect(extractArticle(fixturePage("paywall"), PAGE)).toBeUndefined();
    const links = `<html><body><h1>Sitemap</h1><ul>${Array.from({ length: 40 }, (_, i) => `<li><a href="/s/${i}">Story number ${i} about the harbour and the ferry and the council</a></li>`).join("")}</ul></body></html>`;
    expect(extractArticle(links, PAGE)).toBeUndefined();
  });
});

describe("the corpus file of an article", () => {
  it("is front matter and paragraphs that the loader reads back exactly, whatever the title holds", () => {
    const extracted = {
      title: 'Ferry: "suspended" — #1 story: yes',
      paragraphs: ["First paragraph: with a colon.", "---", "A third, after a line that looks like front matter."],
      url: "https://news.example/a?b=1&c=2",
      outlet: "The Morrow Herald",
      author: "Priya Castellano",
      published: "2025-03-04",
      tags: ["transport", "Lake Morrow"],
    };
    const markdown = articleMarkdown(extracted);
    expect(markdown).toMatch(/^---\ntitle: .*\nurl: .*\noutlet: .*\nauthor: .*\npublished: .*\ntags:\n/u);
    const article = parseMarkdown("ferry.md", "ferry", markdown);
    expect(article).toMatchObject({
      title: extracted.title,
      url: extracted.url,
      outlet: extracted.outlet,
      published: extracted.published,
      tags: extracted.tags,
    });
    expect(article.paragraphs.map((p) => p.text)).toEqual(extracted.paragraphs);
  });

  it("leaves out the fields a page does not have", () => {
    const markdown = articleMarkdown({
      title: "Untitled",
      paragraphs: ["One.", "Two."],
      url: null,
      outlet: null,
      author: null,
      published: null,
      tags: [],
    });
    expect(markdown).toBe("---\ntitle: Untitled\n---\n\nOne.\n\nTwo.\n");
  });
});

describe("ids and metadata", () => {
  it("makes a readable slug of a headline, short and ASCII", () => {
    expect(slugOf("Lake Morrow ferry suspended after crack found in hull")).toBe(
      "lake-morrow-ferry-suspended-after-crack-found-in-hull",
    );
    expect(slugOf("Mayor Kovač’s €4.5m harbour plan: “No”")).toBe("mayor-kovacs-4-5m-harbour-plan-no");
    expect(slugOf("A".repeat(80))).toHaveLength(60);
    expect(
      slugOf("One two three four five six seven eight nine ten eleven twelve thirteen").length,
    ).toBeLessThanOrEqual(60);
    expect(slugOf("«»…")).toBe("article");
  });

  it("dates an article by the day its outlet wrote, and names an author without 'By'", () => {
    expect(publishedDate("2025-03-04T23:30:00-05:00")).toBe("2025-03-04");
    expect(publishedDate("2025-02-27")).toBe("2025-02-27");
    expect(publishedDate("March 4, 2025")).toBe("2025-03-04");
    expect(publishedDate("last Tuesday")).toBeNull();
    expect(publishedDate(null)).toBeNull();
    expect(authorName("By  Priya\nCastellano")).toBe("Priya Castellano");
    expect(authorName("  ")).toBeNull();
  });
});
