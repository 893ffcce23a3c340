import type {
  AnswerType,
  HandlingCode,
  Locale,
  PlanStatus,
  ResultScaleId,
  UnitLevel,
} from '../domain/plan/types';

/**
 * The closed word lists of the plan format. Files written by hand (YAML/JSON) use the code; the
 * Excel workbook shows the Swedish label. Both are accepted on import, case-insensitively, so a
 * coordinator may type either.
 */
export interface Vocabulary<Code extends string> {
  codes: readonly Code[];
  /** Swedish label per code, as shown in Excel drop-downs. */
  sv: Record<Code, string>;
  /** Further spellings accepted on import. */
  aliases?: Partial<Record<Code, readonly string[]>>;
}

export const planStatusWords: Vocabulary<PlanStatus> = {
  codes: ['draft', 'adopted', 'closed'],
  sv: { draft: 'Utkast', adopted: 'Antagen', closed: 'Avslutad' },
  aliases: { adopted: ['fastställd', 'beslutad'] },
};

export const answerTypeWords: Vocabulary<AnswerType> = {
  codes: ['yesNoPartial', 'percentage', 'count', 'number', 'text'],
  sv: {
    yesNoPartial: 'Ja/Nej/Delvis',
    percentage: 'Procent',
    count: 'Antal',
    number: 'Tal',
    text: 'Fritext',
  },
  aliases: { yesNoPartial: ['ja/nej/delvis', 'janejdelvis'], percentage: ['%'], text: ['text'] },
};

export const resultScaleWords: Vocabulary<ResultScaleId> = {
  codes: ['godkand', 'anmarkning', 'genomford'],
  sv: { godkand: 'godkand', anmarkning: 'anmarkning', genomford: 'genomford' },
  aliases: {
    godkand: ['godkänd', 'godkänd/delvis/ej godkänd'],
    anmarkning: ['anmärkning', 'utan/med anmärkning'],
    genomford: ['genomförd'],
  },
};

export const localeWords: Vocabulary<Locale> = {
  codes: ['sv', 'en'],
  sv: { sv: 'sv', en: 'en' },
  aliases: { sv: ['svenska', 'swedish'], en: ['engelska', 'english'] },
};

export const unitLevelWords: Vocabulary<UnitLevel> = {
  codes: ['forvaltning', 'omrade', 'enhet'],
  sv: { forvaltning: 'förvaltning', omrade: 'område', enhet: 'enhet' },
};

export const handlingWords: Vocabulary<HandlingCode> = {
  codes: ['none', 'monitor', 'controlPlan', 'controlPlanAndAction'],
  sv: {
    none: 'Ingen åtgärd',
    monitor: 'Risken bevakas',
    controlPlan: 'Internkontrollplan',
    controlPlanAndAction: 'Internkontrollplan samt åtgärd',
  },
};

function normalise(word: string): string {
  return word.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** The code for a word (code, Swedish label or alias), or undefined when it is not in the list. */
export function lookUpWord<Code extends string>(
  vocabulary: Vocabulary<Code>,
  word: string,
): Code | undefined {
  const wanted = normalise(word);
  return vocabulary.codes.find((code) =>
    [code, vocabulary.sv[code], ...(vocabulary.aliases?.[code] ?? [])].some((w) => normalise(w) === wanted),
  );
}

/** "a, b or c" in both languages, for error messages. */
export function listWords<Code extends string>(vocabulary: Vocabulary<Code>): { sv: string; en: string } {
  const codes = vocabulary.codes.join(', ');
  const labels = vocabulary.codes.map((code) => vocabulary.sv[code]).join(', ');
  return codes === labels ? { sv: codes, en: codes } : { sv: `${codes} (eller ${labels})`, en: codes };
}
