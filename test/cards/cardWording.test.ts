import { CARD_NAMES } from '../../src/cards/cardNames';
import { renderCard } from '../../src/cards/renderCard';
import { renderLeadershipDigest } from '../../src/cards/renderLeadershipDigest';
import { renderManagerDigest } from '../../src/cards/renderManagerDigest';
import { emptyCounts } from '../../src/domain/digests/DigestCounts';
import type { LeadershipDigest } from '../../src/domain/digests/LeadershipDigest';
import type { ManagerDigest } from '../../src/domain/digests/ManagerDigest';
import type { Locale } from '../../src/domain/plan/types';
import { cardStrings } from '../../src/i18n/cards';
import { digestTexts } from '../../src/i18n/digestTexts';
import { messagesFor } from '../../src/i18n/messages';
import { reminderTexts } from '../../src/i18n/reminders';
import { allObjects, ofType } from './cardTree';
import { cardSamples } from './cardSamples';

/** Every text a reader sees on a card: text blocks, facts, action titles, chart legends, input labels. */
function readableTexts(card: unknown): string[] {
  return allObjects(card).flatMap((node) => {
    const found: string[] = [];
    for (const key of ['text', 'title', 'value', 'label', 'legend', 'placeholder', 'errorMessage'] as const) {
      const value = node[key];
      if (typeof value === 'string' && value !== '' && !(key === 'value' && /^[\d-]+$/.test(value)))
        found.push(value);
    }
    return found;
  });
}

const counts = {
  ...emptyCounts(),
  total: 12,
  done: 8,
  missing: 3,
  overdue: 1,
  notApplicable: 1,
  approved: 7,
  partlyApproved: 1,
  assessments: { godkand: 7, delvis_godkand: 1 },
  deviations: 1,
};
function leadership(units: number, overdueRows: number): LeadershipDigest {
  return {
    planId: 'P',
    planTitle: 'Plan för intern kontroll 2025',
    organisation: 'Socialförvaltningen',
    period: { key: '2025', from: '2025-01-01', to: '2025-06-30' },
    today: '2025-06-16',
    scales: ['godkand'],
    totals: counts,
    byRiskArea: [{ id: 'R1', name: 'Otillbörlig åtkomst', counts }],
    byUnit: Array.from({ length: units }, (_, i) => ({ id: `u${i}`, name: `Enhet ${i + 1}`, counts })),
    overdue: Array.from({ length: overdueRows }, (_, i) => ({
      occasionId: `o${i}`,
      controlTitle: 'Loggkontroll',
      unitName: `Enhet ${i + 1}`,
      performerName: 'Erik Olsson',
      dueDate: '2025-06-13',
      daysOverdue: i === 0 ? 1 : 12,
    })),
    change: null,
  };
}
function manager(items: number): ManagerDigest {
  return {
    person: { id: 'anna', name: 'Anna Lindqvist', locale: 'sv' },
    planId: 'P',
    planTitle: 'Plan för intern kontroll 2025',
    period: { key: '2025', from: '2025-01-01', to: '2025-06-30' },
    today: '2025-06-16',
    scales: ['godkand'],
    totals: { ...counts, missing: items },
    byUnit: [{ id: 'ifo', name: 'IFO', counts }],
    openActions: 1,
    missing: Array.from({ length: items }, (_, i) => ({
      occasionId: `o${i}`,
      controlTitle: 'Loggkontroll',
      unitName: 'IFO',
      periodKey: '2025-05',
      dueDate: '2025-06-13',
      daysOverdue: i,
      performerName: 'Erik Olsson',
      reminders: i,
    })),
    remindersKnown: true,
  };
}

const rendered = (locale: Locale): Record<string, unknown> => ({
  ...Object.fromEntries(
    CARD_NAMES.map((name) => [name, renderCard(name, cardSamples(locale)[name] as never)]),
  ),
  leadershipDigest: renderLeadershipDigest({ locale, digest: leadership(8, 8), overdueTotal: 20 }),
  managerDigest: renderManagerDigest({
    locale,
    digest: { ...manager(8), person: { ...manager(8).person, locale } },
  }),
});

/** Issue 14 item 13: the Swedish wording, reviewed; snapshots keep every rendered text visible in review. */
describe('the words on the cards', () => {
  it.each(['sv', 'en'] as const)('renders these texts (%s)', (locale) => {
    const texts = Object.fromEntries(
      Object.entries(rendered(locale)).map(([name, card]) => [name, readableTexts(card)]),
    );
    expect(texts).toMatchSnapshot();
  });

  it('counts in Swedish grammar: "påmind 1 gång", "försenad 1 arbetsdag", working days not calendar days', () => {
    const texts = readableTexts(rendered('sv').managerDigest).join('\n');
    expect(texts).toContain('påmind 1 gång');
    expect(texts).not.toMatch(/påmind 1 gånger/);
    expect(texts).toContain('inte påmind ännu');
    expect(texts).toContain('försenad\u00a01 arbetsdag');
    expect(texts).toMatch(/försenad\u00a02 arbetsdagar/);
    expect(texts).not.toMatch(/dagar sen\b/);
    expect(texts).toContain('maj 2025');
  });

  it('says "Att göra: 3 · varav försenade: 1" beside a "Visa" button, not "Öppna" twice', () => {
    const card = rendered('sv').myControls;
    expect(readableTexts(card)).toContain('Att göra: 3 · varav försenade: 1');
    expect(ofType(card, 'Action.Execute').map((a) => a.title)).toEqual(expect.arrayContaining(['Visa']));
    expect(readableTexts(card).join('\n')).not.toMatch(/Öppna/);
  });

  it('uses Swedish quotation marks, one word for the coordinator, and no literal translations in Swedish texts', () => {
    const swedish = [
      ...Object.values(cardStrings('sv')),
      ...Object.values(digestTexts('sv')),
      messagesFor('sv').help,
      messagesFor('sv').helpChannel,
      messagesFor('sv').welcome('Anna'),
      messagesFor('sv').notAdministrator,
      reminderTexts('sv').awayNotSet,
      ...Object.values(rendered('sv')).flatMap(readableTexts),
    ].join('\n');
    expect(swedish).not.toMatch(/"[^"\n]*"/);
    expect(swedish).not.toMatch(/“|„/);
    expect(swedish).not.toMatch(/internkontrollsamordnare|IK-samordnare|controller\b/i);
    expect(swedish).not.toMatch(/anser att du ska ha behörighet|borde ha tillgång/);
    expect(swedish).toMatch(/kvalitetssamordnaren/);
  });

  it('writes Swedish month names in lower case', () => {
    const texts = Object.values(rendered('sv')).flatMap(readableTexts).join('\n');
    expect(texts).not.toMatch(
      /\b(Januari|Februari|Mars|April|Maj|Juni|Juli|Augusti|September|Oktober|November|December)\b/,
    );
    expect(texts).toMatch(/\bjanuari\b/);
  });

  it('describes the welcome commands in one mood (each says what it does: "Visar …", "Skickar …")', () => {
    const t = cardStrings('sv');
    const descriptions = [
      t.cmdHelp,
      t.cmdMyControls,
      t.cmdReminders,
      t.cmdPlan,
      t.cmdStatus,
      t.cmdReport,
      t.cmdSubscribe,
      t.cmdAway,
    ];
    for (const description of descriptions) expect(description).toMatch(/^(Visar|Skickar|Lägger|Lämnar) /);
  });
});

/** Issue 14 item 12: digest cards read at 320–400 px. */
describe('digest cards on a phone', () => {
  it.each(['leadershipDigest', 'managerDigest'] as const)(
    '%s has no multi-column table and numbers that never wrap',
    (name) => {
      const card = rendered('sv')[name];
      expect(ofType(card, 'Table')).toEqual([]);
      for (const set of ofType(card, 'ColumnSet')) {
        expect((set.columns as unknown[]).length).toBeLessThanOrEqual(2);
      }
      // The count column is auto-width and does not wrap; numbers are bound to their label by a no-break space.
      const numberBlocks = ofType(card, 'TextBlock').filter((block) =>
        /^\d+ av \d+ klara$/.test(String(block.text)),
      );
      expect(numberBlocks.length).toBeGreaterThan(0);
      for (const block of numberBlocks) expect(block.wrap).toBe(false);
      expect(readableTexts(card).join('\n')).toMatch(/Att göra\u00a0\d/);
    },
  );

  it('cuts long lists with "och N till" and a way to see the rest', () => {
    const card = renderLeadershipDigest({ locale: 'sv', digest: leadership(40, 15), overdueTotal: 300 });
    const toggles = ofType(card, 'Action.ToggleVisibility');
    expect(toggles.map((t) => t.title)).toEqual(['Visa alla (15)', 'Visa alla (15)']);
    const hidden = allObjects(card)
      .filter((node) => node.isVisible === false)
      .map((node) => node.id);
    expect(hidden).toEqual(['moreUnits', 'moreOverdue']);
    const texts = readableTexts(card).join('\n');
    expect(texts).toContain(
      'Och 25 enheter till. Alla enheter finns i uppföljningsrapporten: skriv **rapport 2025**.',
    );
    expect(texts).toContain('Och 285 försenade till.');
  });

  it('charts use fixed semantic colours, never a zero slice', () => {
    const card = renderLeadershipDigest({
      locale: 'sv',
      digest: { ...leadership(1, 0), totals: { ...counts, overdue: 0, notApplicable: 0 } },
      overdueTotal: 0,
    });
    const [status, assessments] = ofType(card, 'Chart.Donut') as Array<{
      data: Array<{ legend: string; value: number; color: string }>;
    }>;
    expect(status.data).toEqual([
      { legend: 'Genomförda', value: 8, color: 'good' },
      { legend: 'Att göra, inte förfallna', value: 3, color: 'neutral' },
    ]);
    expect(assessments.data).toEqual([
      { legend: 'Godkänd', value: 7, color: 'good' },
      { legend: 'Delvis godkänd', value: 1, color: 'warning' },
    ]);
    // No bar chart: no axis that could show 0,5 of a control.
    expect(ofType(card, 'Chart.VerticalBar')).toEqual([]);
  });
});

describe('the words in reminders', () => {
  it('says "1 arbetsdag sedan", not "1 arbetsdagar"', () => {
    const line = reminderTexts('sv').escalationLine({
      title: 'Loggkontroll',
      unitName: 'IFO',
      periodKey: '2025-06',
      dueDate: '2025-07-14',
      days: 1,
      performer: 'Erik Olsson',
    } as never);
    expect(line).toContain('1 arbetsdag sedan');
    expect(line).not.toContain('1 arbetsdagar');
  });
});
