import ExcelJS from 'exceljs';
import { contentTypeOf, detectEvidenceKind } from '../../src/domain/evidence/detectEvidenceKind';
import { evidencePdf, evidencePng, evidenceJpeg, disguisedExe } from './evidenceSamples';

describe('detectEvidenceKind', () => {
  it('recognises PDF, PNG and JPEG by their magic bytes, whatever the name', () => {
    expect(detectEvidenceKind(evidencePdf)).toBe('pdf');
    expect(detectEvidenceKind(evidencePng)).toBe('png');
    expect(detectEvidenceKind(evidenceJpeg)).toBe('jpeg');
  });

  it('refuses a Windows program renamed .pdf, and binary junk', () => {
    expect(detectEvidenceKind(disguisedExe)).toBeNull();
    expect(detectEvidenceKind(Buffer.from([0, 1, 2, 3, 4]))).toBeNull();
    expect(detectEvidenceKind(Buffer.alloc(0))).toBeNull();
  });

  it('accepts text and CSV in UTF-8, typed by the name', () => {
    const csv = Buffer.from('enhet;antal\nHemtjänst;48\n');
    expect(detectEvidenceKind(csv)).toBe('text');
    expect(contentTypeOf('text', 'urval.csv')).toBe('text/csv; charset=utf-8');
    expect(contentTypeOf('text', 'urval.txt')).toBe('text/plain; charset=utf-8');
  });

  it('tells an Excel workbook from a zip that is not one', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Stickprov').addRow(['Akt', 'Avvikelse']);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(detectEvidenceKind(xlsx)).toBe('xlsx');
    // A plain zip (no [Content_Types].xml naming Word or Excel) is refused.
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(40)]);
    expect(detectEvidenceKind(zip)).toBeNull();
  });
});
