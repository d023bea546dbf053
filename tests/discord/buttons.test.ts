import { beforeAll, describe, expect, it } from "vitest";
import type { Passage } from "../../src/answer/types.ts";
import { AnswerMemory } from "../../src/discord/buttons/memory.ts";
import { PAGE_SIZE, PASSAGES_MAX, pageOf, refsOf } from "../../src/discord/buttons/paging.ts";
import { customId, readCustomId } from "../../src/discord/custom-id.ts";
import { CUSTOM_ID_MAX } from "../../src/discord/limits.ts";
import { answerButtons } from "../../src/discord/render/buttons.ts";
import { helpMessage } from "../../src/discord/render/help.ts";
import { paragraphMessage } from "../../src/discord/render/paragraph.ts";
import { settingsMessage } from "../../src/discord/render/settings.ts";
import { Shelf } from "../../src/library/shelf.ts";
import { openCorpus } from "../../src/open.ts";
import { componentProblems, type WireRow } from "./discord-rules.ts";
import { expectWithinLimits, TRICKY } from "./tricky.ts";

const ASKED = { kind: "ask" as const, query: "What did Russia do in Libya?", asker: "1", private: false };

describe("AnswerMemory", () => {
  it("forgets an answer once its buttons have lived their time, and never gives a key it did not make", () => {
    let now = 0;
    const memory = new AnswerMemory({ liveMs: 1000, now: () => now });
    const key = memory.remember(ASKED, [], true);
    expect(memory.recall(key)?.query).toBe(ASKED.query);
    expect(memory.recall(`${key}x`)).toBeUndefined();
    now = 1001;
    expect(memory.recall(key)).toBeUndefined();
  });

  it("keeps at most its bound, the oldest forgotten first", () => {
    const memory = new AnswerMemory({ max: 3 });
    const keys = Array.from({ length: 5 }, (_, i) => memory.remember({ ...ASKED, query: `q${i}` }, [], true));
    expect(memory.size).toBe(3);
    expect(keys.map((key) => memory.recall(key)?.query)).toEqual([undefined, undefined, "q2", "q3", "q4"]);
  });
});

describe("custom ids", () => {
  it("read back as the action they were written for, within Discord's 100 characters", () => {
    for (const action of [
      { action: "page", key: "Ab3_x9Qz", page: 6 },
      { action: "paragraph", key: "Ab3_x9Qz", page: 0 },
      { action: "flag", key: "Ab3_x9Qz" },
    ] as const) {
      const id = customId(action);
      expect(id.length).toBeLessThanOrEqual(CUSTOM_ID_MAX);
      expect(readCustomId(id)).toEqual(action);
    }
  });

  it("read nothing from an id the bot did not write", () => {
    for (const id of [
      "",
      "cb1:page:k",
      "cb1:flag:k:1",
      "cb0:page:k:1",
      "cb1:page:k:1:2",
      "cb1:more:k:1",
      "x".repeat(100),
    ]) {
      expect(readCustomId(id)).toBeUndefined();
    }
  });
});

describe("pages of an answer", () => {
  let shelf: Shelf;
  beforeAll(async () => {
    shelf = new Shelf(await openCorpus("corpus"));
  });

  it("shows each passage once, page after page, the first page as /ask gives it, up to the bound", () => {
    const first = shelf.answer(ASKED.query, { kind: "ask" });
    expect(first.results).toHaveLength(PAGE_SIZE);
    const memory = new AnswerMemory();
    const remembered = memory.recall(memory.remember(ASKED, refsOf(first.results), false));
    if (!remembered) throw new Error("the answer just remembered is not recalled");
    const seen: string[] = first.results.map((p) => `${p.articleId}¶${p.paragraph}`);
    for (let page = 1; ; page += 1) {
      const found = pageOf(remembered, shelf, page);
      if (!found) break;
      expect(found.first).toBe(page * PAGE_SIZE);
      seen.push(...found.passages.map((p) => `${p.articleId}¶${p.paragraph}`));
      if (!found.more) break;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThan(PAGE_SIZE);
    expect(seen.length).toBeLessThanOrEqual(PASSAGES_MAX);
    expect(pageOf(remembered, shelf, 0)?.passages.map((p) => p.paragraph)).toEqual(
      first.results.map((p) => p.paragraph),
    );
  });
});

/** A passage whose every text is `text`. */
function passage(text: string, paragraph = 3): Passage {
  return {
    articleId: text || "a",
    title: text || "t",
    paragraph,
    quote: text,
    text,
    score: 1,
    highlights: [],
    attribution: [],
    sentences: [],
    verdict: "answers",
  };
}

describe("the buttons and messages of the buttons", () => {
  for (const [name, text] of Object.entries(TRICKY)) {
    it(`keep the ${name} fixture within Discord's limits for components and messages`, () => {
      const passages = [passage(text, 1), passage(text, 2), passage(text, 3)];
      const url = `https://example.org/${encodeURIComponent(text).slice(0, 600)}`;
      const rows = answerButtons({
        key: "Ab3_x9Qz",
        page: 2,
        first: 6,
        passages,
        more: true,
        flag: true,
        articleOf: (id) => ({ url: `${url}${id.length}`, outlet: text, published: text, author: text }),
      });
      expect(componentProblems(rows as WireRow[])).toEqual([]);
      const article = {
        id: "a",
        file: "a.txt",
        title: text || "t",
        url,
        outlet: text,
        author: text,
        published: text,
        licence: null,
        tags: [],
        paragraphs: [{ number: 1, text: text || "p", line: 3, sentences: [] }],
      };
      const speakers = [{ source: text, citing: [text], cue: "said", hedges: [text] }];
      const paragraph = article.paragraphs[0];
      if (paragraph) expectWithinLimits(paragraphMessage(article, paragraph, speakers));
    });
  }

  it("put the passages' menu first, then paging, Not right? and each article's link, one per url", () => {
    const rows = answerButtons({
      key: "k",
      page: 1,
      first: 3,
      passages: [passage("a"), passage("b"), passage("a")],
      more: true,
      flag: true,
      articleOf: (id) => ({ url: `https://example.org/${id}`, outlet: null, published: null, author: null }),
    });
    expect(rows[0]?.components.map((c) => c.type)).toEqual([3]);
    const menu = rows[0]?.components[0] as { options?: Array<{ value: string }> } | undefined;
    expect(menu?.options?.map((o) => o.value)).toEqual(["3", "4", "5"]);
    const labels = rows[1]?.components.map((c) => ("label" in c ? c.label : ""));
    expect(labels).toEqual(["Previous passages", "More passages", "Not right?", "Open: a", "Open: b"]);
  });

  it("fit /help and /settings in Discord's limits", () => {
    expectWithinLimits(helpMessage());
    const many = Array.from({ length: 25 }, (_, i) => String(300000000000000000n + BigInt(i)));
    expectWithinLimits(settingsMessage({ replies: "private", editorRole: "7", channels: many }, "saved"));
  });
});
