import type { Locale } from '../plan/types';
import type { Disposition } from './Verdict';

/** How each disposition is written, Swedish first, as the seeds write them ("kvarstår", "kan avslutas"). */
export const dispositionLabels: Record<Locale, Record<Disposition, string>> = {
  sv: {
    remains: 'Kvarstår',
    closed: 'Avslutas',
    monitored: 'Bevakas',
    transferred: 'Överförs till annan process',
  },
  en: {
    remains: 'Remains',
    closed: 'Closed',
    monitored: 'Monitored',
    transferred: 'Transferred to another process',
  },
};

const spellings: Record<Disposition, readonly string[]> = {
  remains: ['kvarstår', 'kvarstar', 'remains', 'stays', 'remain'],
  closed: ['avslutas', 'kan avslutas', 'avslutad', 'closed', 'close'],
  monitored: ['bevakas', 'fortsatt bevakning', 'monitored', 'monitor'],
  transferred: ['överförs', 'overfors', 'överförs till annan process', 'transferred', 'transfer'],
};

/** The disposition a person wrote (any spelling above, any case), or undefined. */
export function dispositionOf(text: string): Disposition | undefined {
  const wanted = text.trim().toLowerCase();
  for (const [code, words] of Object.entries(spellings) as Array<[Disposition, readonly string[]]>) {
    if (words.includes(wanted) || dispositionLabels.sv[code].toLowerCase() === wanted) return code;
  }
  return undefined;
}

/** The disposition as shown, with where a transferred risk goes: "Överförs till Egenkontroll". */
export function dispositionText(
  verdict: { disposition: Disposition; transferredTo?: string },
  locale: Locale,
): string {
  if (verdict.disposition === 'transferred' && verdict.transferredTo) {
    return locale === 'sv'
      ? `Överförs till ${verdict.transferredTo}`
      : `Transferred to ${verdict.transferredTo}`;
  }
  return dispositionLabels[locale][verdict.disposition];
}
