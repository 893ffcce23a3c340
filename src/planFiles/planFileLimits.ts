/**
 * Bounds on a plan file, far above any real plan and far below what hurts the bot. The largest plan
 * generateLargePlan makes (250 units x 40 controls) is 114 KB as YAML with 13,000 nodes, and 44 KB as
 * .xlsx that unpacks to 0.3 MB.
 */
export const planFileLimits = {
  /** Bytes of the file itself (CLI and Teams upload). */
  fileBytes: 1024 * 1024,
  /** YAML/JSON: keys, values and list items together. */
  nodes: 50_000,
  /** YAML/JSON: how deeply maps and lists nest. */
  depth: 24,
  /** YAML: how often aliases (*name) may be expanded. */
  aliases: 100,
  /** .xlsx: the sum of the uncompressed sizes of the archive's entries (a zip bomb unpacks to gigabytes). */
  xlsxUncompressedBytes: 32 * 1024 * 1024,
  /** .xlsx: entries in the archive. */
  xlsxEntries: 1_000,
  /** .xlsx: rows in one sheet. */
  sheetRows: 20_000,
  /** Checking runs in a worker thread stopped after this long ... */
  parseMilliseconds: 10_000,
  /** ... or when its heap grows past this. */
  parseHeapMegabytes: 192,
} as const;

const MB = 1024 * 1024;

export function megabytes(bytes: number): string {
  return (bytes / MB).toLocaleString('sv-SE', { maximumFractionDigits: 1 });
}
