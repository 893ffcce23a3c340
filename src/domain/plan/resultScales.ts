import type { ResultScaleId } from './types';

export interface ResultScaleValue {
  /** Stored code, as in the seeds (e.g. delvis_godkand). */
  code: string;
  sv: string;
  en: string;
  /** Counts as fully approved in follow-up: only the clean outcome of each scale. */
  fullyApproved: boolean;
  /** False only for Pågående: the control is not finished, so the occasion stays open. */
  done: boolean;
}

export interface ResultScale {
  id: ResultScaleId;
  sv: string;
  en: string;
  /** Best outcome first, the order in which cards list the choices. */
  values: readonly ResultScaleValue[];
}

/**
 * The three result scales found in the seeds. "Genomförd med försumbar anmärkning" is not
 * fully approved: it still carries a remark the follow-up report has to show.
 */
export const resultScales: Readonly<Record<ResultScaleId, ResultScale>> = Object.freeze({
  godkand: {
    id: 'godkand',
    sv: 'Utvärdering',
    en: 'Evaluation',
    values: [
      { code: 'godkand', sv: 'Godkänd', en: 'Approved', fullyApproved: true, done: true },
      {
        code: 'delvis_godkand',
        sv: 'Delvis godkänd',
        en: 'Partly approved',
        fullyApproved: false,
        done: true,
      },
      { code: 'ej_godkand', sv: 'Ej godkänd', en: 'Not approved', fullyApproved: false, done: true },
    ],
  },
  anmarkning: {
    id: 'anmarkning',
    sv: 'Bedömning',
    en: 'Assessment',
    values: [
      {
        code: 'utan_anmarkning',
        sv: 'Genomförd utan anmärkning',
        en: 'Done without remark',
        fullyApproved: true,
        done: true,
      },
      {
        code: 'forsumbar_anmarkning',
        sv: 'Genomförd med försumbar anmärkning',
        en: 'Done with negligible remark',
        fullyApproved: false,
        done: true,
      },
      {
        code: 'med_anmarkning',
        sv: 'Genomförd med anmärkning',
        en: 'Done with remark',
        fullyApproved: false,
        done: true,
      },
    ],
  },
  genomford: {
    id: 'genomford',
    sv: 'Status',
    en: 'Status',
    values: [
      { code: 'genomford', sv: 'Genomförd', en: 'Done', fullyApproved: true, done: true },
      {
        code: 'genomford_med_avvikelse',
        sv: 'Genomförd med avvikelse',
        en: 'Done with deviation',
        fullyApproved: false,
        done: true,
      },
      { code: 'pagaende', sv: 'Pågående', en: 'Ongoing', fullyApproved: false, done: false },
    ],
  },
});
