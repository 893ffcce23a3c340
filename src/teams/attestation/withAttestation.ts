import type { AdaptiveCardJson } from '../../cards/AdaptiveCardJson';
import { formatDateTime } from '../../cards/formatDateTime';
import type { Locale } from '../../domain/plan/types';
import type { Attestation } from '../../domain/ports/AttestationRepository';
import { attestationTexts } from '../../i18n/attestationTexts';

/**
 * The summary card of a control that requires attestation: "Väntar på attest" with, for the
 * responsible, a comment box and Attestera / Returnera; or who attested or returned it and when.
 */
export function withAttestation(
  card: AdaptiveCardJson,
  options: {
    occasionId: string;
    version: number;
    decision: Attestation | undefined;
    mayDecide: boolean;
    locale: Locale;
    timeZone: string;
  },
): AdaptiveCardJson {
  const t = attestationTexts(options.locale);
  const { decision } = options;
  const at = decision ? formatDateTime(decision.at, options.timeZone) : '';
  const status = !decision
    ? t.waiting
    : decision.decision === 'attested'
      ? t.attested(decision.by.name, at)
      : t.returned(decision.by.name, at, decision.comment ?? '');
  const data = { occasionId: options.occasionId, version: options.version };
  const items: unknown[] = [
    { type: 'TextBlock', text: t.heading, weight: 'Bolder', wrap: true },
    {
      type: 'TextBlock',
      text: status,
      wrap: true,
      color: decision?.decision === 'attested' ? 'Good' : 'Warning',
    },
  ];
  if (!decision && options.mayDecide) {
    items.push(
      { type: 'Input.Text', id: 'attestComment', label: t.commentLabel, isMultiline: true, maxLength: 500 },
      {
        type: 'ActionSet',
        actions: [
          { type: 'Action.Execute', verb: 'attestResult', title: t.attestButton, data },
          { type: 'Action.Execute', verb: 'returnResult', title: t.returnButton, data },
        ],
      },
    );
  }
  const body = Array.isArray(card.body) ? card.body : [];
  return { ...card, body: [...body, { type: 'Container', id: 'attestation', separator: true, items }] };
}
