import type { MessagePayload } from "./payload.ts";

/** How the console shows bold: ANSI in a terminal. */
export type Bold = (text: string) => string;

/**
 * Markdown as Discord would show it, for a terminal: escapes resolved (`\*` shows `*`), `**bold**`
 * through `bold`, everything else as written.
 */
export function unmarkdown(text: string, bold: Bold): string {
  let out = "";
  let run = "";
  let inBold = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === "\\" && i + 1 < text.length) {
      run += text[++i];
    } else if (char === "*" && text[i + 1] === "*") {
      out += inBold ? bold(run) : run;
      run = "";
      inBold = !inBold;
      i++;
    } else {
      run += char;
    }
  }
  return out + (inBold ? bold(run) : run);
}

/** A message as text: the content, then each embed's title and link, description, fields and footer. */
export function plainMessage(payload: MessagePayload, bold: Bold): string {
  const lines: string[] = [];
  if (payload.content) lines.push(unmarkdown(payload.content, bold));
  for (const embed of payload.embeds) {
    lines.push("");
    if (embed.title) lines.push(bold(unmarkdown(embed.title, (s) => s)) + (embed.url ? `  <${embed.url}>` : ""));
    if (embed.description) lines.push(unmarkdown(embed.description, bold));
    for (const field of embed.fields ?? [])
      lines.push(`  ${unmarkdown(field.name, bold)}: ${unmarkdown(field.value, bold)}`);
    if (embed.footer) lines.push(`  [${embed.footer.text}]`);
  }
  return lines.join("\n");
}
