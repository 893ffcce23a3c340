import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { assertNoUnresolvedBindings } from '../../src/cards/assertNoUnresolvedBindings';
import { CARDS_DIR, expandTemplate } from '../../src/cards/expandTemplate';
import { renderVerdictCard, verdictCardView } from '../../src/cards/renderVerdictCard';
import type { VerdictCardData } from '../../src/cards/VerdictCardData';
import type { Locale } from '../../src/domain/plan/types';
import { adaptiveCardErrors } from './adaptiveCardErrors';

/** A Vaggeryd 2025 area (seed 000); the outcomes and the saved verdict are invented for the sample. */
function sample(locale: Locale): VerdictCardData {
  const en = locale === 'en';
  return {
    locale,
    timeZone: 'Europe/Stockholm',
    planId: 'VAG-SOF-2025',
    year: 2025,
    area: {
      id: 'R3',
      title: 'Otillbörlig åtkomst/intrång i verksamhetssystemet Combine',
      carryOver: en ? 'remains from 2024' : 'kvarstår från 2024',
      riskText: 'S 3 × K 4 = R 12',
    },
    outcomes: [
      { control: 'Rutin loggkontroll', evaluation: 'Godkänd/delvis godkänd', done: 1234, due: 1300 },
      { control: 'Signerad logglista', evaluation: 'Ej utvärderad', done: 0, due: 0 },
    ],
    values: {
      disposition: 'remains',
      assessment: 'Delvis godkänt',
      summary: en ? 'Log checks were not done in June.' : 'Loggkontroller gjordes inte i juni.',
      furtherActions: en ? 'Extra log check in February.' : 'Extra loggkontroll i februari.',
    },
    saved: { name: 'Anna Lind', at: new Date('2026-01-20T09:30:00Z') },
    errors: [en ? 'Write where the risk is transferred.' : 'Skriv vart risken överförs.'],
  };
}

const dataPath = path.join(CARDS_DIR, 'verdictCard.data.json');

describe('template verdictCard', () => {
  it('has sample data matching what the renderer builds from the Swedish sample', () => {
    const expected = JSON.parse(JSON.stringify(verdictCardView(sample('sv')))) as object;
    if (process.env.UPDATE_CARD_SAMPLES === '1')
      writeFileSync(dataPath, `${JSON.stringify(expected, null, 2)}\n`);
    expect(JSON.parse(readFileSync(dataPath, 'utf8'))).toEqual(expected);
  });

  it.each(['sv', 'en'] as const)(
    'renders %s data into a valid 1.5 card with the saveVerdict action',
    (locale) => {
      const card = renderVerdictCard(sample(locale));
      assertNoUnresolvedBindings(card);
      expect(adaptiveCardErrors(card)).toEqual([]);
      const json = JSON.stringify(card);
      expect(json).not.toContain('$when');
      expect(card).toMatchObject({
        actions: [
          { type: 'Action.Execute', verb: 'saveVerdict', data: { planId: 'VAG-SOF-2025', riskAreaId: 'R3' } },
        ],
      });
      // Numbers in the reader's language: a space groups thousands in Swedish, a comma in English.
      expect(json).toContain(
        locale === 'sv' ? '1\u202f234 av 1\u202f300 genomförda' : '1,234 of 1,300 performed',
      );
    },
  );

  it('expands with its sample data file', () => {
    const card = expandTemplate('verdictCard', JSON.parse(readFileSync(dataPath, 'utf8')) as object);
    expect(adaptiveCardErrors(card)).toEqual([]);
    expect(JSON.stringify(card)).toContain('Kvarstår');
  });
});
