import type { AdaptiveCardJson } from '../../cards/AdaptiveCardJson';
import { formatDateTime } from '../../cards/formatDateTime';
import type { Locale } from '../../domain/plan/types';
import { evidenceTexts, fileSizeText } from '../../i18n/evidenceTexts';
import type { EvidenceLinkView } from '../../usecases/evidence/evidenceLinks';

/**
 * The control card (editable, summary or read-only) with its evidence files at the end of the
 * body: each a download link with size, who and when; for performer, substitute and responsible a
 * "Bifoga underlag" button and a "Ta bort" button per file. Added after rendering, so the card
 * templates in cards/ are unchanged.
 */
export function withEvidence(
  card: AdaptiveCardJson,
  options: {
    occasionId: string;
    links: readonly EvidenceLinkView[];
    locale: Locale;
    timeZone: string;
    mayAttach: boolean;
  },
): AdaptiveCardJson {
  const { occasionId, links, locale, mayAttach } = options;
  if (links.length === 0 && !mayAttach) return card;
  const t = evidenceTexts(locale);
  const lines = links.map(({ file, url }) => ({
    type: 'ColumnSet',
    columns: [
      {
        type: 'Column',
        width: 'stretch',
        items: [
          {
            type: 'TextBlock',
            wrap: true,
            text: t.fileLine(
              file.fileName.replace(/[[\]()]/g, '_'),
              url,
              fileSizeText(file.size, locale),
              file.uploadedBy.name,
              formatDateTime(file.uploadedAt, options.timeZone),
            ),
          },
        ],
      },
      ...(mayAttach
        ? [
            {
              type: 'Column',
              width: 'auto',
              items: [
                {
                  type: 'ActionSet',
                  actions: [
                    {
                      type: 'Action.Execute',
                      verb: 'removeEvidence',
                      title: t.removeButton,
                      associatedInputs: 'none',
                      data: { occasionId, fileId: file.id },
                    },
                  ],
                },
              ],
            },
          ]
        : []),
    ],
  }));
  const section = {
    type: 'Container',
    id: 'evidence',
    separator: true,
    spacing: 'Medium',
    items: [
      { type: 'TextBlock', text: t.heading, weight: 'Bolder', wrap: true },
      ...(links.length === 0 ? [{ type: 'TextBlock', text: t.none, wrap: true, isSubtle: true }] : lines),
      ...(mayAttach
        ? [
            {
              type: 'ActionSet',
              actions: [
                {
                  type: 'Action.Execute',
                  verb: 'attachEvidence',
                  title: t.attachButton,
                  associatedInputs: 'none',
                  data: { occasionId },
                },
              ],
            },
          ]
        : []),
    ],
  };
  const body = Array.isArray(card.body) ? card.body : [];
  return { ...card, body: [...body, section] };
}
