import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deployCommands } from '../../src/discord/deploy.js';
import { commandDefinitions, loadCommands } from '../../src/discord/loader.js';
import { FakeDiscord } from './fake-discord.js';
import { FAKE_TOKEN } from './fake-token.js';
import { MAX_QUOTED_QUERY_CHARS } from '../../src/search/request.js';

const TOKEN = FAKE_TOKEN;
const discord = new FakeDiscord();

beforeAll(() => discord.start());
afterAll(() => discord.stop());

describe('deployCommands', () => {
  it('replaces the commands of one server when a guild id is given', async () => {
    const definitions = commandDefinitions(await loadCommands());
    const outcome = await deployCommands({
      token: TOKEN,
      clientId: '100000000000000001',
      guildId: '200000000000000001',
      definitions,
      rest: { api: discord.api, retries: 0 },
    });
    expect(outcome).toEqual({ count: definitions.length, scope: 'server 200000000000000001' });
    const [put] = discord.find('PUT', /commands$/);
    expect(put!.path).toBe('/api/v10/applications/100000000000000001/guilds/200000000000000001/commands');
    expect(put!.body).toEqual(JSON.parse(JSON.stringify(definitions)));
    expect(put!.headers.authorization).toBe(`Bot ${TOKEN}`);
  });

  it('registers globally otherwise', async () => {
    discord.clear();
    await deployCommands({ token: TOKEN, clientId: '100000000000000001', definitions: [], rest: { api: discord.api, retries: 0 } });
    expect(discord.find('PUT', /commands$/)[0]!.path).toBe('/api/v10/applications/100000000000000001/commands');
  });

  it("lets /timeline's topic be as long as /ask's question, since both are checked alike (explore32a F17)", async () => {
    const definitions = commandDefinitions(await loadCommands()) as unknown as { name: string; options?: { name: string; max_length?: number }[] }[];
    const option = (command: string, name: string) => definitions.find((d) => d.name === command)!.options!.find((o) => o.name === name)!;
    expect(option('timeline', 'topic').max_length).toBe(MAX_QUOTED_QUERY_CHARS);
    expect(option('ask', 'question').max_length).toBe(MAX_QUOTED_QUERY_CHARS);
  });
});
