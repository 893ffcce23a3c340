import { CARD_NAMES } from '../../src/cards/cardNames';
import { DIGEST_CARD_NAMES } from '../../src/cards/digestCardNames';
import type { PreviewTheme } from './teamsHostConfig';

/** Widths Teams gives a card: a laptop chat (full-width cards get more) and a phone held upright. */
export const PREVIEW_WIDTHS = { laptop: 560, phone: 360 } as const;
export type PreviewWidth = keyof typeof PREVIEW_WIDTHS;

export interface PreviewCase {
  card: string;
  width: PreviewWidth;
  theme: PreviewTheme;
  file: string;
}

/** Every card template, digests included, at both widths, in the light and the dark theme. */
export function previewCases(): PreviewCase[] {
  const cards = [...CARD_NAMES, ...DIGEST_CARD_NAMES];
  return cards.flatMap((card) =>
    (Object.keys(PREVIEW_WIDTHS) as PreviewWidth[]).flatMap((width) =>
      (['light', 'dark'] as const).map((theme) => ({
        card,
        width,
        theme,
        file: `${card}.${width}.${theme}.png`,
      })),
    ),
  );
}
