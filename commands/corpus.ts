import {
  ApplicationCommandType,
  type Attachment,
  type ChatInputCommandInteraction,
  InteractionContextType,
  PermissionFlagsBits,
  roleMention,
  SlashCommandBuilder,
} from "discord.js";
import { Refusal } from "../src/add/refusal.ts";
import type { ChatCommand, Reply } from "../src/discord/command.ts";
import { corpusNotice, editReply, listReply, refusalReply } from "../src/discord/render/corpus.ts";
import { articleChoices } from "../src/discord/suggest.ts";
import type { AddSource, Edit } from "../src/library/editor.ts";
import { corpusRoleNeeded } from "../src/wording/bot.ts";
import { CORPUS_ONE_SOURCE, CORPUS_READ_ONLY, CORPUS_SERVER_ONLY } from "../src/wording/corpus.ts";

/** Who may use `/corpus` unless a server's admins say otherwise in Discord's integration settings. */
const MODERATORS = PermissionFlagsBits.ManageGuild;

/**
 * `/corpus add url:<link>`, `/corpus add file:<attachment>`, `/corpus remove article:<id>` and
 * `/corpus list`, on the server's own library: what is added answers in that server only, and only what
 * was added there can be removed there. Shown to members with Manage Server by default, in servers only.
 * Discord enforces who may use it, as the server's admins set it under Server Settings > Integrations; the
 * bot's own check is the role set with `/settings editors`, where one is set.
 */
const data = new SlashCommandBuilder()
  .setName("corpus")
  .setDescription("This server's own articles: add one from a link or a file, remove one, list them (moderators)")
  .setDefaultMemberPermissions(MODERATORS)
  .setContexts(InteractionContextType.Guild)
  .addSubcommand((add) =>
    add
      .setName("add")
      .setDescription("Add a news article, from a link or from a .txt or .md file")
      .addStringOption((option) => option.setName("url").setDescription("The article's link (http or https)"))
      .addAttachmentOption((option) =>
        option.setName("file").setDescription("A .txt or .md file in the corpus format"),
      ),
  )
  .addSubcommand((remove) =>
    remove
      .setName("remove")
      .setDescription("Remove an article this server added")
      .addStringOption((option) =>
        option.setName("article").setDescription("Which article").setRequired(true).setAutocomplete(true),
      ),
  )
  .addSubcommand((list) =>
    list.setName("list").setDescription("This server's articles: who added each, when, and from where"),
  );

/** A link or a file, exactly one of the two. */
function sourceOf(url: string | null, file: Attachment | null): AddSource | undefined {
  if (url !== null && file === null) return { url };
  if (file !== null && url === null) return { file: { name: file.name, url: file.url } };
  return undefined;
}

/** Runs an edit and says how it went: the article's card, or why it was refused. */
async function edited(edit: () => Promise<Edit>): Promise<Reply> {
  try {
    return editReply(await edit());
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    return refusalReply(error);
  }
}

/**
 * Whether the member may edit the server's library, where the server's admins gave that to a role: members
 * with the role, and members with Manage Server (who set the role, and must not lock themselves out).
 */
function mayEdit(interaction: ChatInputCommandInteraction, role: string | null): boolean {
  if (role === null || interaction.memberPermissions?.has(MODERATORS)) return true;
  const roles = interaction.member?.roles;
  if (!roles) return false;
  return Array.isArray(roles) ? roles.includes(role) : roles.cache.has(role);
}

export const command: ChatCommand = {
  type: ApplicationCommandType.ChatInput,
  data,
  // A page can take the fetch's 10 seconds, and the index a while to rebuild: far past Discord's 3.
  defer: "private",
  anywhere: true,
  execute(interaction, { corpus, server, shelf, settings }) {
    if (!corpus) return corpusNotice(CORPUS_READ_ONLY, "read_only");
    if (server === undefined) return corpusNotice(CORPUS_SERVER_ONLY, "no_server");
    const role = settings?.editorRole ?? null;
    if (!mayEdit(interaction, role)) return corpusNotice(corpusRoleNeeded(roleMention(role ?? "")), "role");
    const sub = interaction.options.getSubcommand(true);
    if (sub === "list") return corpus.list(server).then((listed) => listReply(listed, shelf.operator.articles.size));
    if (sub === "remove") {
      const id = interaction.options.getString("article", true);
      return edited(() => corpus.remove(server, id));
    }
    const source = sourceOf(interaction.options.getString("url"), interaction.options.getAttachment("file"));
    if (!source) return corpusNotice(CORPUS_ONE_SOURCE, "source");
    const { id, username } = interaction.user;
    return edited(() => corpus.add(server, source, { id, name: username }));
  },
  autocomplete(interaction, { shelf }) {
    // Only this server's own articles can be removed here, so only they are offered.
    return articleChoices(shelf.server?.index.articles.values() ?? [], interaction.options.getFocused());
  },
};
