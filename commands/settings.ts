import {
  ApplicationCommandType,
  ChannelType,
  type ChatInputCommandInteraction,
  InteractionContextType,
  PermissionFlagsBits,
  SlashCommandBuilder,
  type SlashCommandSubcommandBuilder,
} from "discord.js";
import type { ChatCommand, Reply } from "../src/discord/command.ts";
import { noticeMessage } from "../src/discord/render/payload.ts";
import { settingsMessage } from "../src/discord/render/settings.ts";
import { CHANNELS_MAX, DEFAULT_SETTINGS, type ServerSettings } from "../src/library/settings.ts";
import { SETTINGS_SERVER_ONLY, tooManyChannels } from "../src/wording/bot.ts";

/** The channels the bot can be told to answer in: where members type messages. */
const TEXT_CHANNELS = [ChannelType.GuildText, ChannelType.GuildAnnouncement, ChannelType.GuildForum] as const;

/**
 * `/settings`, for a server's admins (Manage Server by default, which they can change under Server Settings
 * > Integrations; Discord enforces it): `show`; `replies visibility:<public|private>`, how answers are shown
 * when the asker does not say; `editors [role:<role>]`, the role that may add and remove articles (none:
 * whoever Discord lets use `/corpus`); `channels add|remove channel:<channel>` and `channels all`, where the
 * bot answers. Every reply is private, and works in any channel.
 */
const data = new SlashCommandBuilder()
  .setName("settings")
  .setDescription("How citebot behaves in this server: private answers, who adds articles, where it answers (admins)")
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(InteractionContextType.Guild)
  .addSubcommand((show) => show.setName("show").setDescription("This server's settings"))
  .addSubcommand((replies) =>
    replies
      .setName("replies")
      .setDescription("Whether answers are public or private when the asker does not say")
      .addStringOption((option) =>
        option
          .setName("visibility")
          .setDescription("Public in the channel, or private to the asker")
          .setRequired(true)
          .addChoices({ name: "public", value: "public" }, { name: "private", value: "private" }),
      ),
  )
  .addSubcommand((editors) =>
    editors
      .setName("editors")
      .setDescription("The role that may add and remove articles; leave it out for whoever may use /corpus")
      .addRoleOption((option) => option.setName("role").setDescription("The role (members with Manage Server too)")),
  )
  .addSubcommandGroup((channels) =>
    channels
      .setName("channels")
      .setDescription("Where citebot answers")
      .addSubcommand((add) =>
        channelOption(add.setName("add").setDescription("Answer in this channel (then only in the channels added)")),
      )
      .addSubcommand((remove) =>
        channelOption(remove.setName("remove").setDescription("Stop answering in this channel")),
      )
      .addSubcommand((all) => all.setName("all").setDescription("Answer in every channel again")),
  );

/** A `channels` subcommand's one option: a text channel of the server. */
function channelOption(sub: SlashCommandSubcommandBuilder): SlashCommandSubcommandBuilder {
  return sub.addChannelOption((option) =>
    option
      .setName("channel")
      .setDescription("The channel")
      .setRequired(true)
      .addChannelTypes(...TEXT_CHANNELS),
  );
}

/** The settings a subcommand asks for, from `current`; or the refusal of a change that cannot be made. */
function changed(interaction: ChatInputCommandInteraction, current: ServerSettings): ServerSettings | Reply {
  const group = interaction.options.getSubcommandGroup();
  const sub = interaction.options.getSubcommand(true);
  if (group === "channels") {
    if (sub === "all") return { ...current, channels: [] };
    const channel = interaction.options.getChannel("channel", true).id;
    const others = current.channels.filter((id) => id !== channel);
    if (sub === "remove") return { ...current, channels: others };
    if (others.length >= CHANNELS_MAX) return refusal(tooManyChannels(CHANNELS_MAX), "channels");
    return { ...current, channels: [...others, channel] };
  }
  if (sub === "replies") {
    return {
      ...current,
      replies: interaction.options.getString("visibility", true) === "private" ? "private" : "public",
    };
  }
  return { ...current, editorRole: interaction.options.getRole("role")?.id ?? null };
}

function refusal(text: string, reason: string): Reply {
  return { payload: noticeMessage(text), private: true, outcome: "refused", log: { refused: reason } };
}

export const command: ChatCommand = {
  type: ApplicationCommandType.ChatInput,
  data,
  defer: "private",
  anywhere: true,
  execute(interaction, { server, servers, settings = DEFAULT_SETTINGS }) {
    if (!servers || server === undefined) return refusal(SETTINGS_SERVER_ONLY, "no_server");
    if (interaction.options.getSubcommand(true) === "show") {
      return { payload: settingsMessage(settings, "shown"), private: true, outcome: "answered" };
    }
    const next = changed(interaction, settings);
    if ("payload" in next) return next;
    return servers.save(server, next, interaction.user.id).then(
      (): Reply => ({
        payload: settingsMessage(next, "saved"),
        private: true,
        outcome: "answered",
        log: { settings: interaction.options.getSubcommandGroup() ?? interaction.options.getSubcommand(true) },
      }),
    );
  },
};
