import type { ManagerDigest } from '../domain/digests/ManagerDigest';
import type { Locale } from '../domain/plan/types';
import { unreachableSectionTexts, unreachableWords } from '../i18n/peopleMessages';
import type { AdaptiveCardJson } from './AdaptiveCardJson';
import { fill } from './fill';

/** Appends "who ikbot cannot reach, and why" to a manager's digest card (nothing when everyone is reachable). */
export function withUnreachableSection(
  card: AdaptiveCardJson,
  digest: ManagerDigest,
  locale: Locale,
): AdaptiveCardJson {
  const people = digest.unreachable ?? [];
  if (people.length === 0) return card;
  const texts = unreachableSectionTexts[locale];
  const body = Array.isArray(card.body) ? (card.body as unknown[]) : [];
  return {
    ...card,
    body: [
      ...body,
      {
        type: 'Container',
        id: 'unreachable',
        separator: true,
        items: [
          {
            type: 'TextBlock',
            text: fill(texts.heading, { count: people.length }),
            weight: 'Bolder',
            wrap: true,
            color: 'Attention',
          },
          ...people.map((person) => ({
            type: 'TextBlock',
            text: fill(texts.line, { name: person.name, reason: unreachableWords[locale][person.reason] }),
            wrap: true,
            spacing: 'Small',
          })),
        ],
      },
    ],
  };
}
