import JSZip from 'jszip';

/**
 * exceljs stamps every part of the .xlsx zip with the current time; rewriting them with one fixed
 * date makes the workbook bytes depend on the plan only (reproducible exports, stable fixtures).
 */
export async function withFixedZipDates(xlsx: Buffer, date: Date): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  zip.forEach((_, entry) => {
    entry.date = date;
  });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
