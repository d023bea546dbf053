import { type ApplicationCommandOptionChoiceData, ApplicationCommandType, SlashCommandBuilder } from "discord.js";
import type { QueryKind } from "../src/answer/types.ts";
import type { ChatCommand } from "../src/discord/command.ts";
import { answerReply, QUERY_OPTION } from "../src/discord/reply.ts";
import { articleChoices } from "../src/discord/suggest.ts";
import { asksPrivately } from "../src/discord/visibility.ts";
import type { Shelf } from "../src/library/shelf.ts";
import { QUERY_SUMMARY } from "../src/wording/answers.ts";

/** How one of `/ask` and `/sources` differs from the other: its kind, its options' words, its suggestions. */
interface AnswerCommandSpec {
  kind: QueryKind;
  /** What the text option (`question` or `claim`, by kind) is described as. */
  textDescription: string;
  articleDescription: string;
  suggest(shelf: Shelf, typed: string, articleId: string | null): ApplicationCommandOptionChoiceData<string>[];
}

/**
 * `/<kind> <text>:<text> [article:<id>] [private:<bool>]`: the definition and handler that `/ask` and
 * `/sources` share, described as the CLI describes them (`QUERY_SUMMARY`). The text is answered by
 * `answerReply`; autocomplete suggests articles for `article` and, for the text, whatever `suggest` finds.
 */
export function answerCommand({ kind, textDescription, articleDescription, suggest }: AnswerCommandSpec): ChatCommand {
  const text = QUERY_OPTION[kind];
  const data = new SlashCommandBuilder()
    .setName(kind)
    .setDescription(QUERY_SUMMARY[kind])
    .addStringOption((option) =>
      option.setName(text).setDescription(textDescription).setRequired(true).setAutocomplete(true),
    )
    .addStringOption((option) => option.setName("article").setDescription(articleDescription).setAutocomplete(true))
    .addBooleanOption((option) =>
      option.setName("private").setDescription("Show the answer to you only (default: as the server's settings say)"),
    );
  return {
    type: ApplicationCommandType.ChatInput,
    data,
    execute(interaction, context) {
      return answerReply(context, kind, interaction.options.getString(text, true), {
        article: interaction.options.getString("article"),
        private: asksPrivately(interaction.options.getBoolean("private"), context.settings),
        asker: interaction.user.id,
      });
    },
    autocomplete(interaction, { shelf }) {
      const focused = interaction.options.getFocused(true);
      if (focused.name === "article") return articleChoices(shelf.articles(), focused.value);
      return suggest(shelf, focused.value, interaction.options.getString("article"));
    },
  };
}
