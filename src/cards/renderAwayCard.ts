import type { AdaptiveCardJson } from './AdaptiveCardJson';
import type { AwayCardData, AwayCardView } from './AwayCardData';
import { expandTemplate } from './expandTemplate';

const TEXTS = {
  sv: {
    title: 'Frånvarande',
    intro: 'Till och med vilket datum är du borta? Under tiden får din ersättare dina påminnelser.',
    substitutes: (names: string) => `Din ersättare enligt internkontrollplanen: ${names}.`,
    noSubstitute:
      'Planen anger ingen ersättare för dig, så påminnelserna fortsätter att komma till dig. Be kvalitetssamordnaren lägga till en ersättare i planen.',
    dateLabel: 'Frånvarande till och med',
    dateError: 'Välj ett datum från och med i dag.',
    submitTitle: 'Spara frånvaron',
    and: 'och',
  },
  en: {
    title: 'Away',
    intro: 'Until which date are you away? Meanwhile your substitute gets your reminders.',
    substitutes: (names: string) => `Your substitute in the internal-control plan: ${names}.`,
    noSubstitute:
      'The plan names no substitute for you, so the reminders keep coming to you. Ask the quality coordinator to add one to the plan.',
    dateLabel: 'Away up to and including',
    dateError: 'Choose a date from today on.',
    submitTitle: 'Save',
    and: 'and',
  },
} as const;

export function renderAwayCard(data: AwayCardData): AdaptiveCardJson {
  return expandTemplate('awayCard', awayCardView(data));
}

export function awayCardView(data: AwayCardData): AwayCardView {
  const t = TEXTS[data.locale];
  const names =
    data.substitutes.length > 1
      ? `${data.substitutes.slice(0, -1).join(', ')} ${t.and} ${data.substitutes[data.substitutes.length - 1]}`
      : (data.substitutes[0] ?? '');
  return {
    title: t.title,
    intro: data.done ?? t.intro,
    substituteText: names ? t.substitutes(names) : t.noSubstitute,
    dateLabel: t.dateLabel,
    dateError: t.dateError,
    submitTitle: t.submitTitle,
    until: data.until ?? '',
    today: data.today,
    hasProblem: Boolean(data.problem),
    problem: data.problem ?? '',
    isDone: Boolean(data.done),
  };
}
