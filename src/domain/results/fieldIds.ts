/**
 * Input ids of the control card, which are also the keys of the submitted data and of the
 * validation errors. The card template (cards/controlCard.json) uses the same names.
 */
export const FIELD = {
  assessment: 'assessment',
  deviations: 'deviations',
  comment: 'comment',
  analysis: 'analysis',
  actionWhat: 'actionWhat',
  actionWho: 'actionWho',
  actionDue: 'actionDue',
  performedOn: 'performedOn',
  notApplicable: 'notApplicable',
  notApplicableReason: 'notApplicableReason',
  /** A sampled control's population, sample and findings (only with a sampling rule). */
  samplePopulation: 'samplePopulation',
  sampleSampled: 'sampleSampled',
  sampleFindings: 'sampleFindings',
  /** Errors about the submission as a whole (not an object, unknown shape). */
  form: '_form',
} as const;

export type FixedFieldId = (typeof FIELD)[keyof typeof FIELD];

const CHECK_ITEM_PREFIX = 'check_';

/** Input id of a check item's answer. */
export function checkItemFieldId(itemId: string): string {
  return `${CHECK_ITEM_PREFIX}${itemId}`;
}

/** Maximum lengths of the free-text fields, in characters. */
export const TEXT_LIMITS = {
  long: 2000,
  medium: 500,
  short: 200,
} as const;
