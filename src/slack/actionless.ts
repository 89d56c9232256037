import type { App } from '@slack/bolt';

/**
 * Block actions whose body holds no `actions` array (none, `null`, an object): read as holding no
 * action (`actions: []`), which the app's middleware acknowledges, logs and answers as a button of
 * another version. Bolt itself could not read them: without the array it cannot tell the body's type,
 * calls no middleware and leaves it unacknowledged (HTTP 404 after 3 s, Slack's own error shown);
 * with `null` or an object it throws (HTTP 500).
 */
export function withActionsListed(body: Record<string, unknown>): Record<string, unknown> {
  return body.type === 'block_actions' && !Array.isArray(body.actions) ? { ...body, actions: [] } : body;
}

/** Has every body the app takes, in either mode (both receivers call `processEvent`), read by `withActionsListed` first. */
export function listingActions(app: App): void {
  const processEvent = app.processEvent.bind(app);
  app.processEvent = (event) => processEvent({ ...event, body: withActionsListed(event.body) });
}
