/**
 * What a report layout is made of, independent of the file format: the xlsx and docx writers
 * render the same blocks, so a layout is written once (src/reports/layouts/*Layout.ts).
 */
export type Cell = string | number | null;

export type ReportBlock =
  /** Starts a worksheet in xlsx (column widths in characters); a page break in docx after the first. */
  | { kind: 'sheet'; name: string; widths: number[] }
  | { kind: 'title'; text: string }
  /** Level 1 is an area's heading; `aside` is written beside it (e.g. "kvarstår från 2024"). */
  | { kind: 'heading'; level: 1 | 2 | 3; text: string; aside?: string }
  | { kind: 'text'; text: string }
  /** A labelled value: one row "label | value" in xlsx, "label: value" in docx. */
  | { kind: 'field'; label: string; value: string; bold?: boolean }
  /**
   * A table: `groups` is an optional row of column group labels above the header (span in columns);
   * `empty` is written instead when there are no rows.
   */
  | {
      kind: 'table';
      columns: readonly string[];
      rows: Cell[][];
      groups?: Array<{ text: string; span: number }>;
      empty?: string;
      /** Rows (0-based) written in bold, e.g. an area's row among its control points. */
      boldRows?: number[];
    }
  | { kind: 'blank' };
