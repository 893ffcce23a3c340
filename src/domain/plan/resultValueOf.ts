import { resultScales, type ResultScaleValue } from './resultScales';
import type { ResultScaleId } from './types';

/** A value of a result scale by its code; undefined for a code the scale does not have. */
export function resultValueOf(scaleId: ResultScaleId, code: string): ResultScaleValue | undefined {
  return resultScales[scaleId].values.find((value) => value.code === code);
}
