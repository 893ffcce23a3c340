import { resultScales } from '../plan/resultScales';
import { resultValueOf } from '../plan/resultValueOf';
import type { Locale, ResultScaleId } from '../plan/types';
import type { AssessmentCode } from './types';

/** The codes a control's result scale accepts, best first (the scales live in the plan domain). */
export function scaleCodes(scale: ResultScaleId): AssessmentCode[] {
  return resultScales[scale].values.map((value) => value.code as AssessmentCode);
}

/** True only for the scale's clean outcome; every other value needs a proposed action. */
export function isFullyApproved(scale: ResultScaleId, code: AssessmentCode): boolean {
  return resultValueOf(scale, code)?.fullyApproved ?? false;
}

/** The label of a code in the user's language; the code itself if the scale does not know it. */
export function assessmentLabel(scale: ResultScaleId, code: string, locale: Locale): string {
  return resultValueOf(scale, code)?.[locale] ?? code;
}
