import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CARDS_DIR, expandTemplate } from '../../src/cards/expandTemplate';
import { DIGEST_CARD_NAMES, type DigestCardName } from '../../src/cards/digestCardNames';
import { leadershipDigestView, renderLeadershipDigest } from '../../src/cards/renderLeadershipDigest';
import { managerDigestView, renderManagerDigest } from '../../src/cards/renderManagerDigest';
import { emptyCounts, type DigestCounts } from '../../src/domain/digests/DigestCounts';
import type { LeadershipDigest } from '../../src/domain/digests/LeadershipDigest';
import type { ManagerDigest } from '../../src/domain/digests/ManagerDigest';
import type { Locale } from '../../src/domain/plan/types';
import { adaptiveCardErrors } from './adaptiveCardErrors';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const AC = require('adaptivecards/dist/adaptivecards.js') as typeof import('adaptivecards');

const MAX_CARD_BYTES = 40 * 1024;
const counts = (
  done: number,
  missing: number,
  overdue: number,
  extra: Partial<DigestCounts> = {},
): DigestCounts => ({
  ...emptyCounts(),
  total: done + missing + (extra.notApplicable ?? 0),
  done,
  missing,
  overdue,
  approved: done - 1,
  partlyApproved: 1,
  assessments: { godkand: done - 1, delvis_godkand: 1 },
  deviations: 2,
  ...extra,
});
const period = { key: '2025', from: '2025-01-01', to: '2025-09-30' };

function leadership(units: number, overdueRows: number, locale: Locale = 'sv'): LeadershipDigest {
  const en = locale === 'en';
  return {
    planId: 'VAG-SOF-2025',
    planTitle: en ? 'Internal control plan 2025' : 'Plan för intern kontroll år 2025',
    organisation: en ? 'Social services' : 'Socialförvaltningen',
    period,
    today: '2025-09-15',
    scales: ['godkand'],
    totals: counts(40, 12, 5, { notApplicable: 2 }),
    byRiskArea: [
      { id: 'R1', name: en ? 'Good hygiene standard' : 'God hygienisk standard', counts: counts(10, 2, 1) },
      { id: 'R2', name: en ? 'Unauthorised access' : 'Otillbörlig åtkomst/intrång', counts: counts(8, 4, 2) },
    ],
    byUnit: Array.from({ length: units }, (_, i) => ({
      id: `u${i}`,
      name: `${en ? 'Unit' : 'Enhet'} ${String(i + 1).padStart(3, '0')} – hemtjänst område med ett långt namn`,
      counts: counts(30 - (i % 7), 10 - (i % 5), i % 3),
    })),
    overdue: Array.from({ length: overdueRows }, (_, i) => ({
      occasionId: `VAG-SOF-2025/K${i}/u${i}/2025-06`,
      controlTitle: en ? 'Log check routine' : 'Rutin loggkontroll',
      unitName: `Enhet ${i + 1}`,
      performerName: i % 4 === 0 ? null : 'Cecilia Carlsson',
      dueDate: '2025-07-14',
      daysOverdue: 63,
    })),
    change: { since: '2025-09-08', done: 3, missing: -3, overdue: 1, deviations: 0 },
  };
}

function manager(items: number, locale: Locale = 'sv'): ManagerDigest {
  return {
    person: { id: 'david', name: 'David Dahl', locale, aadObjectId: '00000000-0000-0000-0000-0000000000a4' },
    planId: 'VAG-SOF-2025',
    planTitle: locale === 'en' ? 'Internal control plan 2025' : 'Plan för intern kontroll år 2025',
    period,
    today: '2025-09-15',
    scales: ['godkand'],
    totals: counts(6, items, 2),
    byUnit: [{ id: 'ifo', name: 'IFO', counts: counts(6, items, 2) }],
    openActions: 2,
    missing: Array.from({ length: Math.min(items, 20) }, (_, i) => ({
      occasionId: `VAG-SOF-2025/VAG25-R2-K1/ao-utforare/2025-${String(i + 1).padStart(2, '0')}`,
      controlTitle: 'Rutin loggkontroll',
      unitName: 'Utförare inom område ÄO',
      periodKey: `2025-${String(i + 1).padStart(2, '0')}`,
      dueDate: '2025-07-14',
      daysOverdue: i % 2 === 0 ? 63 : 0,
      performerName: 'Cecilia Carlsson',
      reminders: i % 3,
    })),
    remindersKnown: true,
  };
}

const views: Record<DigestCardName, () => object> = {
  leadershipDigest: () => leadershipDigestView({ locale: 'sv', digest: leadership(8, 3), overdueTotal: 3 }),
  managerDigest: () => managerDigestView({ locale: 'sv', digest: manager(3) }),
};

/** Errors other than the charts', which Teams renders and other clients replace by their fallback. */
function errorsBesidesCharts(card: unknown): string[] {
  return adaptiveCardErrors(card).filter(
    (error) => !/Unknown element type "Chart\.(Donut|VerticalBar)"/.test(error),
  );
}

describe.each(DIGEST_CARD_NAMES)('template %s', (name) => {
  const dataPath = path.join(CARDS_DIR, `${name}.data.json`);

  it('has sample data matching what the renderer builds, and expands it into a valid 1.5 card', () => {
    const expected = JSON.parse(JSON.stringify(views[name]())) as object;
    // UPDATE_CARD_SAMPLES=1 npx jest test/cards rewrites the sample data after a deliberate change.
    if (process.env.UPDATE_CARD_SAMPLES === '1')
      writeFileSync(dataPath, `${JSON.stringify(expected, null, 2)}\n`);
    const sample = JSON.parse(readFileSync(dataPath, 'utf8')) as object;
    expect(sample).toEqual(expected);
    const card = expandTemplate(name, sample);
    expect(JSON.stringify(card)).not.toMatch(/\$\{|\$when|\$data/);
    expect(errorsBesidesCharts(card)).toEqual([]);
  });
});

describe('the leadership digest card', () => {
  it('uses the fallback for charts where the client lacks them: the library renders the fallback text', () => {
    const card = renderLeadershipDigest({ locale: 'sv', digest: leadership(3, 2), overdueTotal: 2 });
    const parsed = new AC.AdaptiveCard();
    parsed.parse(card, new AC.SerializationContext(AC.Versions.v1_5));
    const json = JSON.stringify(parsed.toJSON());
    expect(json).not.toContain('Chart.Donut');
    expect(json).toContain(
      'Kontrolltillfällen: Genomförda 40 · Att göra, inte förfallna 7 · Försenade 5 · Ej aktuella 2',
    );
    expect(json).toContain('Bedömningar: Godkänd 39 · Delvis godkänd 1');
    // …while Teams gets the chart itself.
    expect(JSON.stringify(card)).toContain('"type":"Chart.Donut"');
  });

  it.each(['sv', 'en'] as const)(
    'stays under 40 KB for 250 units and 5,000 overdue occasions (%s), saying how many are not listed',
    (locale) => {
      const card = renderLeadershipDigest({
        locale,
        digest: leadership(250, 15, locale),
        overdueTotal: 5000,
      });
      const json = JSON.stringify(card);
      expect(Buffer.byteLength(json)).toBeLessThan(MAX_CARD_BYTES);
      expect(json).toContain(locale === 'sv' ? 'Och 235 enheter till' : 'And 235 more units');
      expect(json).toContain(locale === 'sv' ? 'Och 4\u202f985 försenade till.' : 'And 4,985 more overdue.');
      expect(json).toContain(locale === 'sv' ? 'ingen utsedd' : 'no one assigned');
      expect(errorsBesidesCharts(card)).toEqual([]);
    },
  );

  it('says there is no comparison yet in the first week', () => {
    const json = JSON.stringify(
      renderLeadershipDigest({
        locale: 'sv',
        digest: { ...leadership(2, 0), change: null },
        overdueTotal: 0,
      }),
    );
    expect(json).toContain('Ingen jämförelse ännu');
    expect(json).toContain('Inga försenade kontroller.');
  });
});

describe('the manager digest card', () => {
  it('has a "Påminn nu" button (remindNow {occasionId}) per missing item and says who was reminded how often', () => {
    const card = renderManagerDigest({ locale: 'sv', digest: manager(25) });
    const json = JSON.stringify(card);
    expect(json.match(/"verb":"remindNow"/g)).toHaveLength(20);
    expect(json).toContain('"occasionId":"VAG-SOF-2025/VAG25-R2-K1/ao-utforare/2025-01"');
    expect(json).toContain('Utförare: Cecilia Carlsson, påmind 2 gånger');
    expect(json).toContain('Och 5 till att göra.');
    expect(json).toContain('Öppna åtgärder');
    expect(Buffer.byteLength(json)).toBeLessThan(MAX_CARD_BYTES);
    expect(errorsBesidesCharts(card)).toEqual([]);
  });

  it('handles a missing outbox: no reminder counts are claimed', () => {
    const json = JSON.stringify(
      renderManagerDigest({ locale: 'en', digest: { ...manager(1, 'en'), remindersKnown: false } }),
    );
    expect(json).toContain('Performer: Cecilia Carlsson"');
    expect(json).toContain('No reminders are recorded yet');
  });
});
