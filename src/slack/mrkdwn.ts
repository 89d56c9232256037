/**
 * Slack's text escaping. In mrkdwn (and in a message's fallback text) Slack acts on `<…>` control
 * sequences: `<!channel>`, `<!here>`, `<!everyone>`, `<@U…>`, `<#C…>`, `<!subteam^…>`, `<http…|label>`.
 * Escaping `&`, `<` and `>` as entities makes every one of them show as typed: no one is notified and
 * no link is forged. Applied to every text that comes from a transcript or a user.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** What Slack shows for escaped text (and what a slash command's `text` means: Slack sends it escaped). */
export function unescapeMrkdwn(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
