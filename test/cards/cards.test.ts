import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { assertNoUnresolvedBindings } from '../../src/cards/assertNoUnresolvedBindings';
import { CARD_NAMES, type CardName } from '../../src/cards/cardNames';
import { controlCardView } from '../../src/cards/renderControlCard';
import { controlReadOnlyView } from '../../src/cards/renderControlReadOnly';
import { controlSummaryView } from '../../src/cards/renderControlSummary';
import { errorCardView } from '../../src/cards/renderErrorCard';
import { awayCardView } from '../../src/cards/renderAwayCard';
import { CARDS_DIR, expandTemplate } from '../../src/cards/expandTemplate';
import { myControlsView } from '../../src/cards/renderMyControls';
import { planSummaryView } from '../../src/cards/renderPlanSummary';
import { renderCard } from '../../src/cards/renderCard';
import { welcomeView } from '../../src/cards/renderWelcome';
import { adaptiveCardErrors } from './adaptiveCardErrors';
import { cardSamples } from './cardSamples';

const MAX_CARD_BYTES = 40 * 1024;

const sv = cardSamples('sv');
/** The template data of each card as built from the Swedish samples: what cards/<name>.data.json holds. */
const expectedSampleData: Record<CardName, object> = {
  controlCard: controlCardView(sv.controlCard),
  controlSummary: controlSummaryView(sv.controlSummary),
  controlReadOnly: controlReadOnlyView(sv.controlReadOnly),
  myControls: myControlsView(sv.myControls),
  welcome: welcomeView(sv.welcome),
  planSummary: planSummaryView(sv.planSummary),
  errorCard: errorCardView(sv.errorCard),
  awayCard: awayCardView(sv.awayCard),
};

function sampleDataPath(name: CardName): string {
  return path.join(CARDS_DIR, `${name}.data.json`);
}

function expectValidCard(card: unknown): void {
  assertNoUnresolvedBindings(card);
  const json = JSON.stringify(card);
  expect(json).not.toContain('${');
  expect(json).not.toContain('$when');
  expect(json).not.toContain('$data');
  expect(adaptiveCardErrors(card)).toEqual([]);
  expect(Buffer.byteLength(json, 'utf8')).toBeLessThan(MAX_CARD_BYTES);
  expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
}

describe.each(CARD_NAMES)('template %s', (name) => {
  it('has sample data matching what the renderer builds from the Swedish sample', () => {
    const expected = JSON.parse(JSON.stringify(expectedSampleData[name])) as object;
    // UPDATE_CARD_SAMPLES=1 npx jest test/cards rewrites the sample data after a deliberate change.
    if (process.env.UPDATE_CARD_SAMPLES === '1') {
      writeFileSync(sampleDataPath(name), `${JSON.stringify(expected, null, 2)}\n`);
    }
    expect(JSON.parse(readFileSync(sampleDataPath(name), 'utf8'))).toEqual(expected);
  });

  it('expands with its sample data file into a valid 1.5 card', () => {
    expectValidCard(expandTemplate(name, JSON.parse(readFileSync(sampleDataPath(name), 'utf8')) as object));
  });

  it.each(['sv', 'en'] as const)('renders realistic %s data into a valid card', (locale) => {
    expectValidCard(renderCard(name, cardSamples(locale)[name]));
  });

  it('differs between Swedish and English', () => {
    expect(JSON.stringify(renderCard(name, cardSamples('en')[name]))).not.toEqual(
      JSON.stringify(renderCard(name, cardSamples('sv')[name])),
    );
  });
});

describe('adaptiveCardErrors', () => {
  it('reports unknown elements, duplicate ids and required inputs without label', () => {
    const broken = {
      type: 'AdaptiveCard',
      version: '1.5',
      body: [
        { type: 'Input.Sparkle', id: 'x' },
        { type: 'Input.Text', id: 'a', isRequired: true },
        { type: 'Input.Text', id: 'a', label: 'A' },
      ],
    };
    const errors = adaptiveCardErrors(broken);
    expect(errors.some((error) => error.startsWith('UnknownElementType'))).toBe(true);
    expect(errors.some((error) => error.startsWith('DuplicateId'))).toBe(true);
    expect(errors.some((error) => error.startsWith('RequiredInputsShouldHaveLabel'))).toBe(true);
  });
});

describe('assertNoUnresolvedBindings', () => {
  it('throws on a binding left in any string', () => {
    expect(() => assertNoUnresolvedBindings({ body: [{ text: 'Hej ${name}' }] })).toThrow(/body\[0\]\.text/);
    expect(() => assertNoUnresolvedBindings({ body: [{ text: 'Hej Anna' }] })).not.toThrow();
  });
});
