import type { Frequency } from '../domain/plan/types';
import type { FrequencyInput } from './parseFrequency';

/** The frequency as written in YAML/JSON: a word, or `{ months }` / `{ closing }`. */
export function formatFrequency(frequency: Frequency): FrequencyInput {
  switch (frequency.kind) {
    case 'months':
      return { months: [...frequency.months] };
    case 'closing':
      return { closing: [...frequency.occasions] };
    default:
      return frequency.kind;
  }
}

const swedish: Record<Exclude<Frequency['kind'], 'months' | 'closing'>, string> = {
  monthly: 'Månadsvis',
  quarterly: 'Kvartalsvis',
  tertial: 'Tertialvis',
  semiannual: 'Halvårsvis',
  annual: 'Årligen',
};

/** The frequency as shown in an Excel cell, in Swedish, e.g. "Månader: 6, 12" or "Delårs- och årsbokslut". */
export function formatFrequencySwedish(frequency: Frequency): string {
  switch (frequency.kind) {
    case 'months':
      return `Månader: ${frequency.months.join(', ')}`;
    case 'closing': {
      const interim = frequency.occasions.includes('interim');
      const annual = frequency.occasions.includes('annual');
      return interim && annual ? 'Delårs- och årsbokslut' : interim ? 'Delårsbokslut' : 'Årsbokslut';
    }
    default:
      return swedish[frequency.kind];
  }
}

/** Drop-down values offered in the Excel template. */
export const frequencyChoicesSwedish = [
  ...Object.values(swedish),
  'Delårsbokslut',
  'Årsbokslut',
  'Delårs- och årsbokslut',
  'Månader: 6, 12',
];
