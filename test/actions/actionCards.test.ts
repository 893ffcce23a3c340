import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { actionCardView, renderActionCard } from '../../src/cards/actions/renderActionCard';
import { myActionsView, renderMyActions } from '../../src/cards/actions/renderMyActions';
import { ACTION_CARD_NAMES } from '../../src/cards/actions/actionCardNames';
import { assertNoUnresolvedBindings } from '../../src/cards/assertNoUnresolvedBindings';
import { CARDS_DIR, expandTemplate } from '../../src/cards/expandTemplate';
import { adaptiveCardErrors } from '../cards/adaptiveCardErrors';
import { executeActions as allExecuteActions } from '../cards/cardTree';
import { actionCardSamples } from './actionCardSamples';

const sv = actionCardSamples('sv');
/** The buttons (the refresh action left out). */
const executeActions = (card: unknown) => allExecuteActions(card).filter((a) => a.verb !== 'refreshAction');
const views = { actionCard: actionCardView(sv.actionCard), myActions: myActionsView(sv.myActions) };
const render = {
  actionCard: (locale: 'sv' | 'en') => renderActionCard(actionCardSamples(locale).actionCard),
  myActions: (locale: 'sv' | 'en') => renderMyActions(actionCardSamples(locale).myActions),
};

function expectValidCard(card: unknown): void {
  assertNoUnresolvedBindings(card);
  const json = JSON.stringify(card);
  expect(json).not.toContain('${');
  expect(adaptiveCardErrors(card)).toEqual([]);
  expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
}

describe.each(ACTION_CARD_NAMES)('template %s', (name) => {
  const samplePath = path.join(CARDS_DIR, `${name}.data.json`);

  it('has sample data matching what the renderer builds from the Swedish sample', () => {
    const expected = JSON.parse(JSON.stringify(views[name])) as object;
    if (process.env.UPDATE_CARD_SAMPLES === '1')
      writeFileSync(samplePath, `${JSON.stringify(expected, null, 2)}\n`);
    expect(JSON.parse(readFileSync(samplePath, 'utf8'))).toEqual(expected);
  });

  it('expands with its sample data into a valid 1.5 card', () => {
    expectValidCard(expandTemplate(name, JSON.parse(readFileSync(samplePath, 'utf8')) as object));
  });

  it.each(['sv', 'en'] as const)('renders %s into a valid card that differs by language', (locale) => {
    expectValidCard(render[name](locale));
    expect(JSON.stringify(render[name](locale))).not.toEqual(
      JSON.stringify(render[name](locale === 'sv' ? 'en' : 'sv')),
    );
  });
});

describe('the action card', () => {
  it('shows the newest comment first with period, date, tag and author, and sends the entry count', () => {
    const view = views.actionCard;
    expect(view.history[0]).toEqual({
      heading: 'Tertial 1 2024 · 2024-04-29 · Socialnämnden · Erik Olsson – Pågående',
      text: 'Inventering av behörigheter pågår i två av tre verksamheter.',
    });
    const card = renderActionCard(sv.actionCard);
    expect(executeActions(card).map((a) => [a.verb, a.data])).toEqual([
      ['updateAction', { actionId: sv.actionCard.action.id, entries: 2 }],
      ['manageAction', { actionId: sv.actionCard.action.id, entries: 2 }],
    ]);
    expect(card).toMatchObject({ refresh: { action: { verb: 'refreshAction' } } });
  });

  it('keeps what was entered and lists the problems when it could not be stored', () => {
    const card = actionCardView({
      ...sv.actionCard,
      entered: { status: 'Genomförd med avvikelse', comment: 'Klart i två verksamheter' },
      issues: [{ field: 'reason', sv: 'Skriv vad som avvek.', en: 'Write what deviated.' }],
    });
    expect(card.value.comment).toBe('Klart i två verksamheter');
    expect(card.value.status).toBe('Genomförd med avvikelse');
    expect(card.errorLines).toEqual([{ text: 'Skriv vad som avvek.' }]);
  });

  it('offers no forms on a closed action, or to someone who may only read', () => {
    const closed = {
      ...sv.actionCard.action,
      entries: [
        ...sv.actionCard.action.entries,
        { ...sv.actionCard.action.entries[1], id: 'x', status: 'Genomförd' as const },
      ],
    };
    expect(executeActions(renderActionCard({ ...sv.actionCard, action: closed }))).toEqual([]);
    expect(
      executeActions(renderActionCard({ ...sv.actionCard, canUpdate: false, canManage: false })),
    ).toEqual([]);
  });
});
