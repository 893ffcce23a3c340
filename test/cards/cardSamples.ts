import type { Locale } from '../../src/domain/plan/types';
import type { CardDataByName } from '../../src/cards/renderCard';
import type { CardName } from '../../src/cards/cardNames';

/**
 * Realistic data for every card, after the Vaggeryd 2025 plan (seed 000). The Swedish set is what
 * cards/<name>.data.json is built from (see cards.test.ts).
 */
export function cardSamples(locale: Locale): { [Name in CardName]: CardDataByName[Name] } {
  const en = locale === 'en';
  const control = {
    title: en ? 'Log check of the case management system, IFO' : 'Loggkontroll verksamhetssystem IFO',
    whatIsChecked: en
      ? 'That access logs are reviewed and the log list is signed by the unit manager'
      : 'Att åtkomstloggar granskas och att logglistan signeras av enhetschef',
    method: en ? 'Log check' : 'Loggkontroll',
    samplingNote: en ? '10 random users per month' : '10 slumpvis valda användare per månad',
    resultScale: 'godkand' as const,
    checkItems: [
      {
        id: 'signed',
        text: en ? 'Is the log list signed?' : 'Är logglistan signerad?',
        answerType: 'yesNoPartial' as const,
      },
      {
        id: 'share',
        text: en ? 'Share of logs reviewed' : 'Andel granskade loggar',
        answerType: 'percentage' as const,
      },
      {
        id: 'unauthorised',
        text: en ? 'Unauthorised accesses found' : 'Antal otillåtna åtkomster',
        answerType: 'count' as const,
      },
      {
        id: 'hours',
        text: en ? 'Time spent on the review' : 'Tid för granskningen',
        answerType: 'number' as const,
        unit: en ? 'hours' : 'timmar',
      },
      { id: 'notes', text: en ? 'Observations' : 'Iakttagelser', answerType: 'text' as const },
    ],
  };
  const riskArea = {
    title: en ? 'Unauthorised access to records' : 'Obehörig åtkomst till journaler',
    probability: 3 as const,
    consequence: 4 as const,
  };
  const occasion = {
    occasionId: 'VAG-SOF-2025/VAG25-K3/ifo/2025-06',
    control,
    riskArea,
    unitName: en ? 'Individual and family care (IFO)' : 'Individ- och familjeomsorg (IFO)',
    period: { key: '2025-06' },
    dueDate: '2025-07-14',
  };
  const refreshUserIds = ['29:1a2b3c-anna', '29:4d5e6f-bo'];
  return {
    controlCard: {
      ...occasion,
      locale,
      version: 0,
      today: '2025-07-03',
      refreshUserIds,
    },
    controlSummary: {
      ...occasion,
      locale,
      version: 2,
      registeredBy: { name: 'Anna Lind', at: new Date('2025-07-03T12:05:00Z') },
      amendedBy: { name: 'Bo Ek', at: new Date('2025-07-05T08:12:00Z') },
      amendable: true,
      refreshUserIds,
      result: {
        kind: 'performed',
        performedOn: '2025-07-02',
        assessment: 'delvis_godkand',
        deviations: 2,
        answers: [
          { itemId: 'signed', answerType: 'yesNoPartial', value: 'delvis' },
          { itemId: 'share', answerType: 'percentage', value: 82 },
          { itemId: 'unauthorised', answerType: 'count', value: 1 },
          { itemId: 'hours', answerType: 'number', value: 2.5 },
          {
            itemId: 'notes',
            answerType: 'text',
            value: en ? 'One unit had not signed.' : 'En enhet hade inte signerat.',
          },
        ],
        comment: en ? 'Vacant manager post in June.' : 'Vakant enhetschefstjänst i juni.',
        analysis: en
          ? 'The review was done but the signature is missing for one unit.'
          : 'Granskningen är gjord men signatur saknas för en enhet.',
        proposedAction: {
          what: en ? 'Reminder about signing at the workplace meeting' : 'Påminnelse om signering på APT',
          who: en ? 'Area manager' : 'Områdeschef',
          dueDate: '2025-09-30',
        },
      },
    },
    controlReadOnly: {
      ...occasion,
      locale,
      overdue: true,
      reason: 'notAssigned',
      statusText: en ? 'Not registered' : 'Inte registrerad',
      refreshUserIds,
    },
    myControls: {
      locale,
      today: '2025-07-03',
      occasions: [
        {
          occasionId: 'VAG-SOF-2025/VAG25-K3/ifo/2025-06',
          title: control.title,
          unitName: 'IFO',
          period: { key: '2025-06' },
          dueDate: '2025-07-14',
        },
        {
          occasionId: 'VAG-SOF-2025/VAG25-K1/ao/2025-Q2',
          title: en ? 'Hygiene observations' : 'Hygienobservationer',
          unitName: en ? 'Elderly care' : 'Äldreomsorg',
          period: { key: '2025-Q2' },
          dueDate: '2025-07-01',
        },
        {
          occasionId: 'VAG-SOF-2025/VAG25-K5/stab/2025-H1',
          title: en ? 'Test alarm of safety alarms' : 'Provlarmning trygghetslarm',
          unitName: 'Stab',
          period: { key: '2025-H1' },
          dueDate: '2025-07-15',
        },
      ],
    },
    welcome: { locale, name: 'Anna' },
    planSummary: {
      locale,
      plan: {
        id: 'VAG-SOF-2025',
        title: en
          ? 'Internal-control plan 2025, social services'
          : 'Plan för intern kontroll 2025, socialförvaltningen',
        organisation: en ? 'Vaggeryd municipality, social services' : 'Vaggeryds kommun, socialförvaltningen',
        board: en ? 'Social welfare board' : 'Socialnämnden',
        year: 2025,
        status: 'draft',
      },
      riskAreas: [
        { title: riskArea.title, probability: 3, consequence: 4, handling: 'controlPlan' },
        {
          title: en ? 'Poor hand hygiene' : 'Brister i basala hygienrutiner',
          probability: 2,
          consequence: 4,
          handling: 'controlPlan',
        },
        {
          title: en ? 'Safety alarms not working' : 'Trygghetslarm fungerar inte',
          probability: 4,
          consequence: 4,
          handling: 'controlPlanAndAction',
        },
        {
          title: en ? 'Care plans not followed up' : 'Genomförandeplaner följs inte upp',
          probability: null,
          consequence: null,
          handling: null,
        },
      ],
      controlPointCount: 9,
      occasionsPerMonth: [4, 4, 4, 7, 4, 9, 6, 4, 7, 4, 4, 11],
      warnings: [
        en
          ? 'Control VAG25-K7 has no performer role; reminders go to the responsible person.'
          : 'Kontroll VAG25-K7 saknar utförarroll; påminnelser går till ansvarig.',
        en
          ? 'Risk area R4 has no score (S and K are missing).'
          : 'Riskområde R4 saknar bedömning (S och K saknas).',
      ],
      pendingImportId: 'imp-20250115-01',
    },
    errorCard: {
      locale,
      message: en
        ? 'The control could not be found. It may have been removed when the plan was updated.'
        : 'Kontrollen kunde inte hittas. Den kan ha tagits bort när planen uppdaterades.',
      nextStep: en
        ? 'Write “my controls” to see your current controls, or contact the quality coordinator.'
        : 'Skriv ”mina kontroller” för att se dina aktuella kontroller, eller kontakta kvalitetssamordnaren.',
      reference: 'c0ffee42',
      retry: {
        title: en ? 'Try again' : 'Försök igen',
        verb: 'refreshCard',
        data: { occasionId: occasion.occasionId },
      },
    },
    awayCard: {
      locale,
      today: '2025-07-03',
      substitutes: ['Sara Nilsson'],
      until: '2025-07-01',
      problem: en
        ? '2025-07-01 has already passed. Give an end date from today on.'
        : '2025-07-01 har redan varit. Ange ett slutdatum från och med i dag.',
    },
  };
}
