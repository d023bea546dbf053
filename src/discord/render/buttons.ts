import { type APIButtonComponent, type APISelectMenuOption, ButtonStyle, ComponentType } from "discord.js";
import type { Passage } from "../../answer/types.ts";
import { BUTTON_LABEL, openArticleLabel, WHOLE_PARAGRAPH } from "../../wording/bot.ts";
import { customId } from "../custom-id.ts";
import { ACTION_ROWS_MAX, BUTTON_LABEL_MAX, BUTTON_URL_MAX, ROW_BUTTONS_MAX, SELECT_OPTION_MAX } from "../limits.ts";
import type { ArticleFacts } from "./answer.ts";
import { isLink } from "./answer.ts";
import { cutRaw } from "./escape.ts";
import type { ActionRow } from "./payload.ts";
import { truncate } from "./truncate.ts";

/** A page of an answer, as its buttons act on it. */
export interface PageOfAnswer {
  /** The remembered answer's key, which every custom id carries. */
  key: string;
  /** Which page: 0 for the first passages. */
  page: number;
  /** The page's passages. */
  passages: Passage[];
  /** The place of the page's first passage in the whole answer, from 0. */
  first: number;
  /** Whether a later page may hold more. */
  more: boolean;
  /** Whether "Not right?" can be recorded (where there is a store to keep it in). */
  flag: boolean;
  /** What is known of each passage's article: its url for the link button. */
  articleOf(articleId: string): ArticleFacts | undefined;
}

/**
 * The buttons under a page of an answer: a menu to show a passage's whole paragraph (a row of its own, as
 * Discord wants a menu), then "Previous passages" and "More passages" where there are, "Not right?", and a
 * link button for each article quoted that has an http(s) url, as many as the row's five places leave. A
 * reply that found nothing gets "Not right?" alone: a refusal that should have answered is worth knowing of.
 */
export function answerButtons(page: PageOfAnswer): ActionRow[] {
  const rows: ActionRow[] = [];
  if (page.passages.length > 0) rows.push(paragraphMenu(page));
  const buttons: APIButtonComponent[] = [];
  if (page.page > 0) buttons.push(pageButton(BUTTON_LABEL.previous, page.key, page.page - 1));
  if (page.more) buttons.push(pageButton(BUTTON_LABEL.more, page.key, page.page + 1));
  if (page.flag) buttons.push(flagButton(page.key));
  buttons.push(...linkButtons(page, ROW_BUTTONS_MAX - buttons.length));
  if (buttons.length > 0) rows.push({ type: ComponentType.ActionRow, components: buttons });
  return rows.slice(0, ACTION_ROWS_MAX);
}

function pageButton(label: string, key: string, page: number): APIButtonComponent {
  return {
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label,
    custom_id: customId({ action: "page", key, page }),
  };
}

function flagButton(key: string): APIButtonComponent {
  return {
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label: BUTTON_LABEL.notRight,
    custom_id: customId({ action: "flag", key }),
  };
}

/** "Whole paragraph…": one option per passage of the page, valued by the passage's place in the answer. */
function paragraphMenu({ key, page, passages, first }: PageOfAnswer): ActionRow {
  const options = passages.map((passage, i): APISelectMenuOption => {
    const option = {
      label: truncate(`¶${passage.paragraph} · ${passage.title}`, SELECT_OPTION_MAX),
      value: String(first + i),
    };
    // Cut before folding its spaces: a quote can run to thousands of characters, and a hundred are shown.
    const start = truncate(
      cutRaw(passage.quote, 2 * SELECT_OPTION_MAX)
        .replace(/\s+/gu, " ")
        .trim(),
      SELECT_OPTION_MAX,
    );
    return start === "" ? option : { ...option, description: start };
  });
  return {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.StringSelect,
        custom_id: customId({ action: "paragraph", key, page }),
        placeholder: WHOLE_PARAGRAPH,
        options,
      },
    ],
  };
}

/** A link button for each article of the page with an http(s) url, each once, at most `room`. */
function linkButtons({ passages, articleOf }: PageOfAnswer, room: number): APIButtonComponent[] {
  const links = new Map<string, string>();
  for (const passage of passages) {
    const url = articleOf(passage.articleId)?.url;
    if (url && isLink(url) && url.length <= BUTTON_URL_MAX && !links.has(url)) links.set(url, passage.title);
  }
  const one = links.size === 1;
  return [...links].slice(0, Math.max(0, room)).map(([url, title]) => ({
    type: ComponentType.Button,
    style: ButtonStyle.Link,
    label: one ? BUTTON_LABEL.open : truncate(openArticleLabel(title), BUTTON_LABEL_MAX),
    url,
  }));
}
