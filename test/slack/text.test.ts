import { describe, expect, it } from 'vitest';
import { escapeMrkdwn, unescapeMrkdwn } from '../../src/slack/mrkdwn.js';
import { searchableText } from '../../src/slack/shortcut.js';

describe('mrkdwn escaping', () => {
  it('turns every control sequence into text that shows as typed', () => {
    const hostile = '<!channel> <!here> <!everyone> <@U0123ABC> <#C0123|general> <!subteam^S01> <https://evil.example|Official transcript> R&D';
    const escaped = escapeMrkdwn(hostile);
    expect(escaped).not.toMatch(/[<>]/);
    expect(escaped).toContain('&lt;!channel&gt;');
    expect(escaped).toContain('R&amp;D');
    expect(unescapeMrkdwn(escaped)).toBe(hostile);
    // Already-escaped text is escaped again, so an entity in a transcript shows as written.
    expect(escapeMrkdwn('&lt;')).toBe('&amp;lt;');
  });

  it('searches a message by its words: mentions dropped, link labels kept, entities read back', () => {
    expect(searchableText('<@U0EDITOR> <!here> what about <https://x.example/a|Huawei 5G> &amp; <#C01|desk>?')).toBe('what about Huawei 5G & ?');
    expect(searchableText('word '.repeat(100)).length).toBeLessThanOrEqual(300);
    // A message's quotation marks are its writer's punctuation, not a phrase search (explore30 B8).
    expect(searchableText('China “firmly opposes” the "so-called" 「台独」 move')).toBe('China firmly opposes the so-called 台独 move');
  });
});
