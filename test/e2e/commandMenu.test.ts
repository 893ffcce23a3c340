import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inputById, texts } from '../cards/cardTree';
import { startTestBot, type TestBot } from '../support/startTestBot';
import { admin, performer } from '../support/testUsers';
import { installPlan, invokeCard, NOW } from './controlCardSetup';

const appPackage = path.resolve(__dirname, '../../appPackage');
const manifest = JSON.parse(readFileSync(path.join(appPackage, 'manifest.json'), 'utf8')) as {
  bots: Array<{ commandLists: Array<{ scopes: string[]; commands: Array<{ title: string }> }> }>;
};
const en = JSON.parse(readFileSync(path.join(appPackage, 'en.json'), 'utf8')) as Record<string, string>;

/** Every command title of the menu, Swedish (the manifest's own) and English, with the scope it is offered in. */
const menu = manifest.bots[0].commandLists.flatMap((list, listIndex) =>
  list.commands.flatMap((command, index) =>
    list.scopes.flatMap((scope) => [
      { scope, title: command.title },
      { scope, title: en[`bots[0].commandLists[${listIndex}].commands[${index}].title`] },
    ]),
  ),
);

/** Issue 14 item 6: the command menu offers only what works where it is offered. */
describe('the command menu (manifest commandLists) and help, per scope', () => {
  let bot: TestBot;

  beforeAll(async () => {
    bot = await startTestBot({ label: 'commandMenu', now: NOW });
    await installPlan(bot);
  });
  afterAll(async () => {
    await bot.stop();
  });
  beforeEach(() => bot.connector.reset());

  it.each(menu.filter((entry) => entry.scope !== 'groupChat'))(
    '"$title" sent from the $scope menu is understood there',
    async ({ scope, title }) => {
      const conversation = scope === 'team' ? ('channel' as const) : undefined;
      await bot.post(
        bot.activities.message({ text: title, user: scope === 'team' ? admin : performer, conversation }),
      );
      const replies = bot.connector.sent().filter((s) => s.activity.type === 'message');
      expect(replies.length).toBeGreaterThan(0);
      const text = replies.map((r) => String(r.activity.text ?? '')).join('\n');
      expect(text).not.toMatch(/Jag förstår inte|I don't understand/);
      expect(text).not.toMatch(/i den kanal|in the channel where/i);
    },
  );

  it('help in a channel lists the channel commands, and in the personal chat no channel-only command', async () => {
    await bot.post(bot.activities.message({ text: 'hjälp', user: performer, conversation: 'channel' }));
    await bot.post(bot.activities.message({ text: 'hjälp', user: performer }));
    const [channel, personal] = bot.connector.sent().map((s) => String(s.activity.text));
    expect(channel).toMatch(/\*\*prenumerera\*\*/);
    expect(channel).not.toMatch(/mina kontroller\*\* –/);
    expect(personal).toMatch(/\*\*mina kontroller\*\*/);
    expect(personal).not.toMatch(/\*\*prenumerera\*\*/);
  });

  it('frånvarande without a date asks for it on a card, keeps a bad date, and sets the absence', async () => {
    await bot.post(bot.activities.message({ text: 'frånvarande', user: performer }));
    const card = bot.connector.sent()[0].activity.attachments?.[0]?.content;
    expect(inputById(card, 'until')).toMatchObject({ type: 'Input.Date', isRequired: true });
    expect(texts(card).join('\n')).toMatch(/Din ersättare enligt internkontrollplanen: Sara Nilsson/);

    const past = invokeCard(
      await bot.post(
        bot.activities.adaptiveCardAction({
          verb: 'setAway',
          data: { until: '2025-07-01' },
          user: performer,
        }),
      ),
    );
    expect(texts(past).join('\n')).toMatch(/2025-07-01 har redan varit/);
    expect(inputById(past, 'until').value).toBe('2025-07-01');
    expect(await bot.app.services.absences.absences()).toEqual([]);

    const done = invokeCard(
      await bot.post(
        bot.activities.adaptiveCardAction({
          verb: 'setAway',
          data: { until: '2025-07-20' },
          user: performer,
        }),
      ),
    );
    expect(texts(done).join('\n')).toMatch(/markerad som frånvarande till och med 2025-07-20/);
    expect(await bot.app.services.absences.absences()).toEqual([
      expect.objectContaining({ aadObjectId: performer.aadObjectId, until: '2025-07-20' }),
    ]);
    expect(() => inputById(done, 'until')).toThrow();
  });
});
