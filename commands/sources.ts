import { claimChoices } from "../src/discord/suggest.ts";
import { answerCommand } from "./answer-command.ts";

/**
 * `/sources claim:<text> [article:<id>] [private:<bool>]`: where the article makes a claim and whom it
 * attributes it to; "in the article's own voice" and "the article does not say this" are answers too.
 */
export const command = answerCommand({
  kind: "sources",
  textDescription: "The claim to look up",
  articleDescription: "Which article to search (when there are several)",
  suggest: claimChoices,
});
