import type { CellValue } from 'exceljs';

/**
 * A cell as plain data: text trimmed, numbers kept, dates as YYYY-MM-DD (Excel dates carry no
 * time zone, exceljs gives them as UTC midnight), rich text and links as their text.
 */
export function readCellValue(value: CellValue): string | number | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return readCellValue(value.richText.map((part) => part.text).join(''));
  if ('text' in value && typeof value.text === 'string') return readCellValue(value.text);
  if ('result' in value) return readCellValue((value.result ?? null) as CellValue);
  return undefined;
}
