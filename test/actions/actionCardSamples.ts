import type { ActionCardData } from '../../src/cards/actions/ActionCardData';
import type { MyActionsData } from '../../src/cards/actions/MyActionsData';
import type { Action } from '../../src/domain/actions/types';
import type { Locale } from '../../src/domain/plan/types';

/**
 * Action card samples after the 004 layout (test/fixtures/plans/mellerud-2024.yaml); the names and
 * comment texts are invented. The Swedish set is what cards/<name>.data.json is built from.
 */
export const sampleAction: Action = {
  id: 'MEL-SO-2024/action/MEL-A1/so',
  planId: 'MEL-SO-2024',
  year: 2024,
  riskAreaId: 'MEL-R1',
  source: 'plan',
  decidedActionId: 'MEL-A1',
  unitId: 'so',
  text: 'Se över behörighetsstrukturen i verksamhetssystemet',
  owner: {
    personId: 'erik',
    name: 'Erik Olsson',
    roleId: 'vu-it',
    aadObjectId: 'b2222222-3c4d-4e5f-9a71-8b9c0d1e2f30',
  },
  reportingOwner: {
    personId: 'anna',
    name: 'Anna Lindqvist',
    aadObjectId: 'a1111111-2b3c-4d5e-8f60-7a8b9c0d1e2f',
  },
  start: '2024-01-01',
  checkpoints: ['2024-05-01', '2024-09-01'],
  end: '2024-12-31',
  entries: [
    {
      id: 'created',
      at: new Date('2024-01-02T07:00:00Z'),
      date: '2024-01-02',
      status: 'Ej påbörjad',
      change: { kind: 'created' },
      author: { system: 'plan', name: 'ikbot' },
    },
    {
      id: 'b2222222-3c4d-4e5f-9a71-8b9c0d1e2f30@1',
      at: new Date('2024-04-29T08:00:00Z'),
      date: '2024-04-29',
      status: 'Pågående',
      change: { kind: 'status' },
      comment: 'Inventering av behörigheter pågår i två av tre verksamheter.',
      periodLabel: 'Tertial 1 2024',
      audience: 'Socialnämnden',
      author: { aadObjectId: 'b2222222-3c4d-4e5f-9a71-8b9c0d1e2f30', name: 'Erik Olsson' },
    },
  ],
};

export function actionCardSamples(locale: Locale): { actionCard: ActionCardData; myActions: MyActionsData } {
  return {
    actionCard: {
      locale,
      today: '2024-08-26',
      action: sampleAction,
      riskAreaTitle: 'Behörighetstilldelning i verksamhetssystemet',
      unitName: 'Socialt område',
      canUpdate: true,
      canManage: true,
      people: [
        { id: 'erik', name: 'Erik Olsson' },
        { id: 'anna', name: 'Anna Lindqvist' },
        { id: 'sara', name: 'Sara Nilsson' },
      ],
      refreshUserIds: [sampleAction.owner.aadObjectId ?? '', sampleAction.reportingOwner?.aadObjectId ?? ''],
    },
    myActions: {
      locale,
      items: [
        {
          actionId: sampleAction.id,
          title: sampleAction.text,
          unitName: 'Socialt område',
          status: locale === 'sv' ? 'Pågående' : 'In progress',
          nextDate: '2024-09-01',
          late: false,
        },
        {
          actionId: 'MEL-SO-2024/action/MEL-A2/so',
          title: locale === 'sv' ? 'Pulsmätning bland medarbetarna (mätsticka)' : 'Pulse survey among staff',
          unitName: 'Socialt område',
          status: locale === 'sv' ? 'Ej påbörjad' : 'Not started',
          nextDate: '2024-09-01',
          late: true,
        },
      ],
    },
  };
}
