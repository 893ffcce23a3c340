import { startTestBot, type TestBot } from '../support/startTestBot';

describe('the pages the Teams app details link to', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ label: 'publicPages' });
  });
  afterAll(async () => {
    await bot.stop();
  });

  it.each([
    ['/', /intern kontroll/, /internal-control plan/],
    ['/privacy', /Personuppgiftsansvarig/, /The controller is the municipality/],
    ['/terms', /allmän handling/, /official document/],
  ])('%s answers 200 with a page in Swedish, then English', async (route, swedish, english) => {
    const response = await fetch(`${bot.app.url}${route}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html; charset=utf-8/);
    const page = await response.text();
    expect(page).toMatch(swedish);
    expect(page).toMatch(english);
    expect(page.search(swedish)).toBeLessThan(page.search(english));
  });

  it('other paths still answer 404', async () => {
    expect((await fetch(`${bot.app.url}/nothing-here`)).status).toBe(404);
  });
});
