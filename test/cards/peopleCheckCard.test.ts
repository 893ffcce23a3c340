import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { assertNoUnresolvedBindings } from '../../src/cards/assertNoUnresolvedBindings';
import { CARDS_DIR, expandTemplate } from '../../src/cards/expandTemplate';
import type { PeopleCheckData } from '../../src/cards/people/PeopleCheckData';
import { peopleCheckView, renderPeopleCheck } from '../../src/cards/people/renderPeopleCheck';
import type { Locale } from '../../src/domain/plan/types';
import { texts } from './cardTree';
import { adaptiveCardErrors } from './adaptiveCardErrors';

/** Invented people of the Vaggeryd 2025 plan, one of each case. */
function sample(locale: Locale): PeopleCheckData {
  return {
    locale,
    planId: 'VAG-SOF-2025',
    reaches: [
      { personId: 'anna', name: 'Anna Lindqvist', status: { reachable: true, how: 'chat' } },
      { personId: 'erik', name: 'Erik Olsson', status: { reachable: false, reason: 'appNotInstalled' } },
      { personId: 'olle', name: 'Olle Ek', status: { reachable: false, reason: 'accountDisabled' } },
      { personId: 'nils', name: 'Nils Berg', status: { reachable: 'unknown', why: 'noGraph' } },
    ],
  };
}

const dataPath = path.join(CARDS_DIR, 'peopleCheck.data.json');

describe('template peopleCheck', () => {
  it('has sample data matching what the renderer builds from the Swedish sample', () => {
    const expected = JSON.parse(JSON.stringify(peopleCheckView(sample('sv')))) as object;
    if (process.env.UPDATE_CARD_SAMPLES === '1')
      writeFileSync(dataPath, `${JSON.stringify(expected, null, 2)}\n`);
    expect(JSON.parse(readFileSync(dataPath, 'utf8'))).toEqual(expected);
  });

  it.each(['sv', 'en'] as const)('renders %s data into a valid 1.5 card, the unreachable first', (locale) => {
    const card = renderPeopleCheck(sample(locale));
    assertNoUnresolvedBindings(card);
    expect(adaptiveCardErrors(card)).toEqual([]);
    const lines = texts(card as unknown as Record<string, unknown>);
    expect(lines.slice(0, 3)).toEqual(
      locale === 'sv'
        ? [
            'Personer i VAG-SOF-2025: kan ikbot nå dem i Teams?',
            '1 nås, 2 nås inte, 1 okänt.',
            'Nås inte (2)',
          ]
        : [
            'People in VAG-SOF-2025: can ikbot reach them in Teams?',
            '1 reachable, 2 not reachable, 1 unknown.',
            'Not reachable (2)',
          ],
    );
    expect(lines.indexOf(locale === 'sv' ? 'Okänt (1)' : 'Unknown (1)')).toBe(5);
    expect(lines.indexOf(locale === 'sv' ? 'Nås (1)' : 'Reachable (1)')).toBe(7);
  });

  it('leaves out a group with nobody in it', () => {
    const data = sample('sv');
    const lines = texts(
      renderPeopleCheck({ ...data, reaches: data.reaches.slice(0, 1) }) as unknown as Record<string, unknown>,
    );
    expect(lines).not.toContain('Nås inte (0)');
    expect(lines).toContain('Nås (1)');
  });

  it('expands with its sample data file', () => {
    const card = expandTemplate('peopleCheck', JSON.parse(readFileSync(dataPath, 'utf8')) as object);
    expect(adaptiveCardErrors(card)).toEqual([]);
    expect(JSON.stringify(card)).toContain('Erik Olsson');
  });
});
