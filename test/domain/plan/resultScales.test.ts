import { resultScales } from '../../../src/domain/plan/resultScales';
import { resultValueOf } from '../../../src/domain/plan/resultValueOf';
import type { ResultScaleId } from '../../../src/domain/plan/types';

describe('resultScales', () => {
  it('lists the three seed scales with their Swedish labels, best first', () => {
    const labels = (id: ResultScaleId) => resultScales[id].values.map((value) => value.sv);
    expect(labels('godkand')).toEqual(['Godkänd', 'Delvis godkänd', 'Ej godkänd']);
    expect(labels('anmarkning')).toEqual([
      'Genomförd utan anmärkning',
      'Genomförd med försumbar anmärkning',
      'Genomförd med anmärkning',
    ]);
    expect(labels('genomford')).toEqual(['Genomförd', 'Genomförd med avvikelse', 'Pågående']);
  });

  it('counts exactly the first value of each scale as fully approved', () => {
    for (const scale of Object.values(resultScales)) {
      expect(scale.values.map((value) => value.fullyApproved)).toEqual([true, false, false]);
    }
  });

  it('has an English label and a unique code for every value', () => {
    for (const [id, scale] of Object.entries(resultScales)) {
      expect(scale.id).toBe(id);
      const codes = scale.values.map((value) => value.code);
      expect(new Set(codes).size).toBe(codes.length);
      for (const value of scale.values) expect(value.en.length).toBeGreaterThan(0);
    }
  });

  it('treats only Pågående as not done', () => {
    expect(resultValueOf('genomford', 'pagaende')?.done).toBe(false);
    expect(resultValueOf('genomford', 'genomford_med_avvikelse')?.done).toBe(true);
    expect(resultValueOf('godkand', 'ej_godkand')?.done).toBe(true);
  });

  it('finds values by code and returns undefined for a code the scale lacks', () => {
    expect(resultValueOf('anmarkning', 'forsumbar_anmarkning')?.en).toBe('Done with negligible remark');
    expect(resultValueOf('godkand', 'pagaende')).toBeUndefined();
  });
});
