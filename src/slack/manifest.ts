/** The slash command, the shortcut's callback id and the bot's colour: one place for the app and its manifest. */
export const SLASH_COMMAND = '/spox';
export const SHORTCUT_CALLBACK_ID = 'what_did_china_say';
export const SHORTCUT_NAME = 'What did China say?';
/** Bolt's default endpoint in HTTP mode. */
export const EVENTS_PATH = '/slack/events';

/**
 * The app manifest that creates the Slack app in one step (api.slack.com/apps → Create New App →
 * From a manifest). Socket Mode by default; with `requestUrl` (the public base URL of HTTP mode) the
 * command, the shortcut and the events go to `requestUrl/slack/events` instead.
 * Bot scopes: `commands` (the slash command and the shortcut), `chat:write` (Share to channel,
 * the Home tab needs none) and `files:write` (a shared `/spox timeline` uploads its chart: a PNG
 * cannot ride in a message, and `files.uploadV2` needs this scope; without it the text is still
 * posted and the sharer told to add it).
 */
export function slackManifest(options: { requestUrl?: string } = {}): Record<string, unknown> {
  const url = options.requestUrl ? `${options.requestUrl.replace(/\/+$/, '')}${EVENTS_PATH}` : undefined;
  const at = <T extends object>(value: T): T & { url?: string } => (url ? { ...value, url } : value);
  return {
    _metadata: { major_version: 1, minor_version: 1 },
    display_information: {
      name: 'spox',
      description: "China's Foreign Ministry spokesperson, quoted verbatim with citations",
      background_color: '#2b5797',
      long_description:
        "spox answers \"What did China's Foreign Ministry spokesperson say about X?\" with the spokesperson's exact words from the Ministry's English and Chinese transcripts of its press conferences (and a research corpus's question-and-answer pairs, marked as such): each quote with the date, the spokesperson, the question and who asked it, and a link to the official transcript. Nothing is paraphrased or generated. Type /spox help to start.",
    },
    features: {
      app_home: { home_tab_enabled: true, messages_tab_enabled: false, messages_tab_read_only_enabled: false },
      bot_user: { display_name: 'spox', always_online: true },
      slash_commands: [
        at({
          command: SLASH_COMMAND,
          description: "Quote China's Foreign Ministry spokesperson verbatim",
          usage_hint: 'Taiwan arms sales from:2019-01-01 by:"Hua Chunying" · help · about · latest · briefing 2020-05-22 · quote 2020-05-22#3 · timeline Meng Wanzhou',
          should_escape: false,
        }),
      ],
      shortcuts: [
        {
          name: SHORTCUT_NAME,
          type: 'message',
          callback_id: SHORTCUT_CALLBACK_ID,
          description: "Search the spokesperson's answers with this message's text; only you see it",
        },
      ],
    },
    oauth_config: { scopes: { bot: ['commands', 'chat:write', 'files:write'] } },
    settings: {
      event_subscriptions: { ...(url ? { request_url: url } : {}), bot_events: ['app_home_opened'] },
      interactivity: { is_enabled: true, ...(url ? { request_url: url } : {}) },
      org_deploy_enabled: false,
      socket_mode_enabled: !url,
      token_rotation_enabled: false,
    },
  };
}
