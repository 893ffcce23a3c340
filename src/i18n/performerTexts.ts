import type { Locale } from '../domain/plan/types';

/** Texts about controls with several performer roles. Swedish first. */
export interface PerformerTexts {
  partSaved(missingRoles: string): string;
  heading(mode: 'any' | 'each'): string;
  answered(role: string, name: string, at: string): string;
  missing(role: string, people: string): string;
}

const sv: PerformerTexts = {
  partSaved: (missing) =>
    `Ditt svar är sparat. Kontrollen är klar när även dessa har svarat: ${missing}. Du kan ändra ditt svar tills dess.`,
  heading: (mode) => (mode === 'each' ? 'Svar per utförare (alla ska svara)' : 'Utförare (ett svar räcker)'),
  answered: (role, name, at) => `${role}: svarat av ${name} ${at}`,
  missing: (role, people) => `${role}: saknas (${people})`,
};

const en: PerformerTexts = {
  partSaved: (missing) =>
    `Your answer is stored. The control is complete when these have answered too: ${missing}. You can change your answer until then.`,
  heading: (mode) =>
    mode === 'each' ? 'Answers per performer (everyone answers)' : 'Performers (one answer is enough)',
  answered: (role, name, at) => `${role}: answered by ${name} ${at}`,
  missing: (role, people) => `${role}: missing (${people})`,
};

export function performerTexts(locale: Locale): PerformerTexts {
  return locale === 'en' ? en : sv;
}
