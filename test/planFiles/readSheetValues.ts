import ExcelJS from 'exceljs';

/** Every sheet's cell values as plain rows, for comparing workbooks whose bytes may differ. */
export async function readSheetValues(content: Buffer): Promise<Record<string, unknown[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  const sheets: Record<string, unknown[][]> = {};
  workbook.eachSheet((worksheet) => {
    const rows: unknown[][] = [];
    worksheet.eachRow({ includeEmpty: true }, (row) => {
      rows.push((row.values as unknown[]).slice(1));
    });
    sheets[worksheet.name] = rows;
  });
  return sheets;
}
