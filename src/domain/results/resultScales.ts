import type { Locale, ResultScaleId } from '../plan/types';
import type { AssessmentCode } from './types';

export interface ScaleValue {
  code: AssessmentCode;
  sv: string;
  en: string;
}

/** The result scales of the seeds (domain notes §4); the first value of each is "fully approved". */
export const RESULT_SCALES: Readonly<Record<ResultScaleId, readonly ScaleValue[]>> = {
  godkand: [
    { code: 'godkand', sv: 'Godkänd', en: 'Approved' },
    { code: 'delvisGodkand', sv: 'Delvis godkänd', en: 'Partly approved' },
    { code: 'ejGodkand', sv: 'Ej godkänd', en: 'Not approved' },
  ],
  anmarkning: [
    { code: 'utanAnmarkning', sv: 'Genomförd utan anmärkning', en: 'Done without remark' },
    {
      code: 'forsumbarAnmarkning',
      sv: 'Genomförd med försumbar anmärkning',
      en: 'Done with negligible remark',
    },
    { code: 'medAnmarkning', sv: 'Genomförd med anmärkning', en: 'Done with remark' },
  ],
  genomford: [
    { code: 'genomford', sv: 'Genomförd', en: 'Done' },
    { code: 'genomfordMedAvvikelse', sv: 'Genomförd med avvikelse', en: 'Done with deviation' },
    { code: 'pagaende', sv: 'Pågående', en: 'Ongoing' },
  ],
};

export function scaleCodes(scale: ResultScaleId): AssessmentCode[] {
  return RESULT_SCALES[scale].map((value) => value.code);
}

/** True only for the best value of the scale; every other value needs a proposed action. */
export function isFullyApproved(scale: ResultScaleId, code: AssessmentCode): boolean {
  return RESULT_SCALES[scale][0].code === code;
}

/** The label of a code in the user's language; the code itself if the scale does not know it. */
export function assessmentLabel(scale: ResultScaleId, code: string, locale: Locale): string {
  const value = RESULT_SCALES[scale].find((candidate) => candidate.code === code);
  return value ? value[locale] : code;
}
