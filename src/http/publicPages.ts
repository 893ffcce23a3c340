import type { Server } from 'restify';

/**
 * The pages the Teams app details link to (website, privacy, terms of use), served by the bot at its
 * own address so the default links of `npm run package` (IKBOT_PUBLIC_URL + /, /privacy, /terms)
 * answer. Swedish first, English second. A municipality can point the links at its own pages
 * instead (IKBOT_WEBSITE_URL, IKBOT_PRIVACY_URL, IKBOT_TERMS_URL).
 */
const pages: Record<string, { title: string; sv: string[]; en: string[] }> = {
  '/': {
    title: 'ikbot – intern kontroll i Teams',
    sv: [
      'ikbot är en bot i Microsoft Teams som driver nämndens plan för intern kontroll: den påminner den som ska utföra en kontroll, tar emot resultatet på ett kontrollkort och sammanställer uppföljningen.',
      'Boten drivs av kommunen själv, i kommunens egen Azure-miljö. Frågor om boten besvaras av kommunens internkontrollsamordnare eller IT-avdelning.',
    ],
    en: [
      "ikbot is a Microsoft Teams bot that runs a committee's internal-control plan: it reminds the people who perform a control, collects the result on a control card and compiles the follow-up.",
      "It is run by the municipality itself, in the municipality's own Azure environment. Questions are answered by the municipality's internal-control coordinator or IT department.",
    ],
  },
  '/privacy': {
    title: 'ikbot – personuppgifter / privacy',
    sv: [
      'Personuppgiftsansvarig är den kommun som driver boten. ikbot behandlar namn och Microsoft Entra ID-objekt-id för dem som finns i internkontrollplanen, deras roller och enheter, de kontrollresultat de lämnar och en logg över vem som gjort vad och när. Syftet är att genomföra och följa upp den interna kontrollen enligt kommunallagen 6 kap. 6 §.',
      'Uppgifterna lagras i kommunens egen databas och skickas inte till någon annan än Microsoft Teams för att visa meddelanden. Kontrollresultat och logg sparas så länge kommunens dokumenthanteringsplan anger. Kontakta kommunen för registerutdrag, rättelse eller radering.',
    ],
    en: [
      'The controller is the municipality that runs the bot. ikbot processes the names and Microsoft Entra ID object ids of the people in the internal-control plan, their roles and units, the control results they submit, and a log of who did what and when, in order to perform and follow up internal control (Swedish Local Government Act, chapter 6, section 6).',
      "The data is stored in the municipality's own database and sent to no one but Microsoft Teams to show messages. Results and the log are kept as long as the municipality's records management plan says. Contact the municipality for access, correction or erasure.",
    ],
  },
  '/terms': {
    title: 'ikbot – användarvillkor / terms of use',
    sv: [
      'ikbot används av kommunens medarbetare i tjänsten för att genomföra den interna kontrollen. Det du registrerar i boten är en del av kommunens dokumentation av kontrollen och kan bli allmän handling.',
      'Boten tillhandahålls av kommunen i befintligt skick; fel rapporteras till kommunens IT-avdelning.',
    ],
    en: [
      "ikbot is used by the municipality's staff in the course of their work to perform internal control. What you record in the bot is part of the municipality's documentation of the control and may become an official document.",
      'The bot is provided by the municipality as is; report problems to its IT department.',
    ],
  },
};

const escape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function html(page: { title: string; sv: string[]; en: string[] }): string {
  const paragraphs = (lines: string[]): string => lines.map((line) => `<p>${escape(line)}</p>`).join('\n');
  return `<!doctype html>
<html lang="sv">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(page.title)}</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5">
<h1>${escape(page.title)}</h1>
${paragraphs(page.sv)}
<section lang="en"><h2>In English</h2>
${paragraphs(page.en)}
</section>
<p><a href="/">ikbot</a> · <a href="/privacy">Personuppgifter / Privacy</a> · <a href="/terms">Villkor / Terms</a></p>
</body>
</html>
`;
}

/** Registers GET /, /privacy and /terms. */
export function servePublicPages(server: Server): void {
  for (const [route, page] of Object.entries(pages)) {
    const body = html(page);
    server.get(route, (_req, res, next) => {
      res.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'public, max-age=3600',
      });
      res.end(body);
      next(false);
    });
  }
}
