import { questionChoices } from "../src/discord/suggest.ts";
import { answerCommand } from "./answer-command.ts";

/** `/ask question:<text> [article:<id>] [private:<bool>]`: the passages that answer a question, quoted. */
export const command = answerCommand({
  kind: "ask",
  textDescription: "What you want to know",
  articleDescription: "Which article to ask (when there are several)",
  suggest: questionChoices,
});
