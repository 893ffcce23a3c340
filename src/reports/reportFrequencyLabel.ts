import type { Frequency } from '../domain/plan/types';

/** The frequency as the committee's tables write it: "2 ggr/år", "Månadsvis", "Delår och årsbokslut". */
export function reportFrequencyLabel(frequency: Frequency): string {
  switch (frequency.kind) {
    case 'monthly':
      return 'Månadsvis';
    case 'quarterly':
      return 'Kvartalsvis';
    case 'tertial':
      return 'Tertialvis';
    case 'semiannual':
      return '2 ggr/år';
    case 'annual':
      return '1 ggr/år';
    case 'months':
      return `${frequency.months.length} ggr/år`;
    case 'closing': {
      const interim = frequency.occasions.includes('interim');
      const annual = frequency.occasions.includes('annual');
      return interim && annual ? 'Delår och årsbokslut' : interim ? 'Delårsbokslut' : 'Årsbokslut';
    }
  }
}
