import { renderControlReadOnly } from '../../src/cards/renderControlReadOnly';
import { renderControlSummary } from '../../src/cards/renderControlSummary';
import { renderErrorCard } from '../../src/cards/renderErrorCard';
import { renderMyControls } from '../../src/cards/renderMyControls';
import { renderPlanSummary } from '../../src/cards/renderPlanSummary';
import { renderWelcome } from '../../src/cards/renderWelcome';
import { executeActions, inputs, ofType, texts } from './cardTree';
import { cardSamples } from './cardSamples';

const sv = cardSamples('sv');
const en = cardSamples('en');

describe('control summary', () => {
  it('says who registered and amended it, in Stockholm time', () => {
    expect(texts(renderControlSummary(sv.controlSummary))).toEqual(
      expect.arrayContaining([
        'Delvis godkänd',
        'Registrerad av Anna Lind 2025-07-03 14:05 CEST',
        'Version 2 – ändrad av Bo Ek 2025-07-05 10:12 CEST',
      ]),
    );
    expect(texts(renderControlSummary(en.controlSummary))).toEqual(
      expect.arrayContaining([
        'Registered by Anna Lind 2025-07-03 14:05 CEST',
        'Version 2 – amended by Bo Ek 2025-07-05 10:12 CEST',
      ]),
    );
  });

  it('lists the answers in a table and has no inputs', () => {
    const card = renderControlSummary(sv.controlSummary);
    const [table] = ofType(card, 'Table');
    expect((table.rows as unknown[]).length).toBe(1 + 5);
    expect(texts(table)).toEqual(
      expect.arrayContaining(['Delvis', '82\u00a0%', '2,5 timmar', 'En enhet hade inte signerat.']),
    );
    expect(inputs(card)).toEqual([]);
  });

  it('offers amendResult only when amendable', () => {
    const amendable = executeActions(renderControlSummary(sv.controlSummary).actions);
    expect(amendable).toEqual([
      expect.objectContaining({
        verb: 'amendResult',
        data: { occasionId: sv.controlSummary.occasionId, version: 2 },
      }),
    ]);
    expect(executeActions(renderControlSummary({ ...sv.controlSummary, amendable: false }).actions)).toEqual(
      [],
    );
  });

  it('shows a not-applicable result with its reason', () => {
    const card = renderControlSummary({
      ...sv.controlSummary,
      version: 1,
      amendedBy: undefined,
      result: { kind: 'notApplicable', reason: 'Inga ärenden i juni' },
    });
    expect(texts(card)).toEqual(expect.arrayContaining(['Ej aktuell denna period', 'Inga ärenden i juni']));
    expect(texts(card).some((text) => text.startsWith('Version'))).toBe(false);
    expect(ofType(card, 'Table')).toEqual([]);
  });
});

describe('read-only control card', () => {
  it('says why the person cannot submit, and has no inputs or actions', () => {
    const card = renderControlReadOnly(sv.controlReadOnly);
    expect(texts(card)).toContain('Du är inte utförare, ersättare eller ansvarig för den här kontrollen.');
    expect(texts(renderControlReadOnly(en.controlReadOnly))).toContain(
      'You are not the performer, substitute or responsible person for this control.',
    );
    expect(JSON.stringify(renderControlReadOnly({ ...sv.controlReadOnly, reason: 'planClosed' }))).toContain(
      'Planen är avslutad',
    );
    expect(inputs(card)).toEqual([]);
    expect(card).not.toHaveProperty('actions');
    expect(texts(card)).toContain('Försenad');
  });
});

describe('my controls', () => {
  it('lists occasions earliest first, marks the overdue one and opens each by openControl', () => {
    const card = renderMyControls(sv.myControls);
    const opens = executeActions(card);
    expect(opens.map((action) => action.data)).toEqual([
      { occasionId: 'VAG-SOF-2025/VAG25-K1/ao/2025-Q2' },
      { occasionId: 'VAG-SOF-2025/VAG25-K3/ifo/2025-06' },
      { occasionId: 'VAG-SOF-2025/VAG25-K5/stab/2025-H1' },
    ]);
    expect(opens.every((action) => action.verb === 'openControl')).toBe(true);
    expect(texts(card).filter((text) => text === 'Försenad')).toHaveLength(1);
    expect(texts(card)).toEqual(
      expect.arrayContaining(['Att göra: 3 · varav försenade: 1', 'Äldreomsorg · Kvartal 2 2025']),
    );
  });

  it('caps the list and counts the rest; says so when there is nothing', () => {
    const capped = renderMyControls({ ...sv.myControls, maxItems: 2 });
    expect(executeActions(capped)).toHaveLength(2);
    expect(texts(capped).some((text) => text.startsWith('Och 1 till'))).toBe(true);
    const empty = renderMyControls({ ...sv.myControls, occasions: [] });
    expect(texts(empty)).toContain('Du har inga öppna kontroller just nu. Bra jobbat!');
    expect(executeActions(empty)).toEqual([]);
  });
});

describe('welcome', () => {
  it('greets by name and lists the commands in the user’s language', () => {
    const card = renderWelcome(sv.welcome);
    expect(texts(card)[0]).toBe('Hej Anna!');
    for (const command of [
      'hjälp',
      'mina kontroller',
      'påminnelser',
      'plan',
      'status',
      'rapport 2025',
      'prenumerera',
      'frånvarande',
    ]) {
      expect(texts(card)).toContain(command);
    }
    expect(texts(renderWelcome({ locale: 'en' }))).toEqual(
      expect.arrayContaining(['Hello!', 'help', 'my controls']),
    );
  });
});

describe('plan summary', () => {
  it('shows risk values, handling and the occasions of every month', () => {
    const card = renderPlanSummary(sv.planSummary);
    expect(texts(card)).toEqual(
      expect.arrayContaining([
        'S 3 × K 4 = R 12',
        'Internkontrollplan samt åtgärd',
        'ej bedömd',
        'Kontrollmoment: 9',
        'Kontrolltillfällen per månad (68 totalt)',
        'januari',
        'december',
      ]),
    );
    const [, months] = ofType(card, 'Table');
    expect((months.rows as unknown[]).length).toBe(1 + 6);
  });

  it('offers confirmImport and cancelImport only for a pending import', () => {
    const actions = executeActions(renderPlanSummary(sv.planSummary).actions);
    expect(actions.map((action) => [action.verb, action.data])).toEqual([
      ['confirmImport', { importId: 'imp-20250115-01' }],
      ['cancelImport', { importId: 'imp-20250115-01' }],
    ]);
    expect(
      executeActions(renderPlanSummary({ ...sv.planSummary, pendingImportId: undefined }).actions),
    ).toEqual([]);
  });

  it('lists at most 15 warnings and counts the rest', () => {
    const warnings = Array.from({ length: 18 }, (_, index) => `Varning ${index}`);
    const card = renderPlanSummary({ ...sv.planSummary, warnings });
    expect(texts(card).filter((text) => text.startsWith('• Varning'))).toHaveLength(15);
    expect(texts(card)).toContain('Och 3 varningar till.');
  });
});

describe('error card', () => {
  it('shows the message, what to do next, the reference and a retry', () => {
    const card = renderErrorCard(sv.errorCard);
    expect(texts(card)).toEqual(
      expect.arrayContaining([
        'Något gick fel',
        sv.errorCard.message,
        'Vad du kan göra',
        'Referens: c0ffee42',
      ]),
    );
    expect(executeActions(card.actions)).toEqual([
      expect.objectContaining({
        verb: 'refreshCard',
        title: 'Försök igen',
        data: { occasionId: sv.controlCard.occasionId },
      }),
    ]);
    const bare = renderErrorCard({ locale: 'en', message: 'The plan file could not be read.' });
    expect(texts(bare)).toEqual(['Something went wrong', 'The plan file could not be read.']);
    expect(executeActions(bare.actions)).toEqual([]);
  });
});
