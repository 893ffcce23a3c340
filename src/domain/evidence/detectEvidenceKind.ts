import { inflateRawSync } from 'node:zlib';
import type { EvidenceKind } from './types';

export const CONTENT_TYPES: Record<EvidenceKind, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  text: 'text/plain; charset=utf-8',
};

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/**
 * What a file is by its content, not its name: the magic bytes of PDF, PNG and JPEG; a zip whose
 * [Content_Types].xml names the Word or Excel main part; or text (valid UTF-8 without control
 * characters other than tab, CR, LF and form feed; CSV is text). Anything else is null (refused).
 * The name plays no part (contentTypeOf uses it to tell CSV from plain text).
 */
export function detectEvidenceKind(content: Buffer): EvidenceKind | null {
  if (content.length === 0) return null;
  const magic = magicKindOf(content);
  if (magic) return magic;
  if (content.subarray(0, 4).equals(ZIP)) return officeKindOf(content);
  return isPlainText(content) ? 'text' : null;
}

/** Bytes enough for magicKindOf to decide. */
export const MAGIC_BYTES = PNG.length;

/**
 * The kinds the first MAGIC_BYTES bytes decide on their own (PDF, PNG, JPEG), so that such a file
 * can be checked before the rest of it has arrived; null for everything else (a zip or text is
 * only known from the whole content).
 */
export function magicKindOf(head: Buffer): 'pdf' | 'png' | 'jpeg' | null {
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (head.subarray(0, 8).equals(PNG)) return 'png';
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  return null;
}

/** The content type to store and serve a file of this kind with. */
export function contentTypeOf(kind: EvidenceKind, fileName: string): string {
  if (kind === 'text' && /\.csv$/i.test(fileName)) return 'text/csv; charset=utf-8';
  return CONTENT_TYPES[kind];
}

const WORD_MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const EXCEL_MAIN = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';

/**
 * Reads the zip's central directory (no inflating of anything but [Content_Types].xml, which is
 * small) and looks for the Word or Excel main document content type. Macro-enabled variants
 * (docm/xlsm) have other content types and are refused.
 */
function officeKindOf(content: Buffer): EvidenceKind | null {
  const entry = zipEntry(content, '[Content_Types].xml');
  if (!entry) return null;
  const xml = entry.toString('utf8');
  if (xml.includes(`"${WORD_MAIN}"`)) return 'docx';
  if (xml.includes(`"${EXCEL_MAIN}"`)) return 'xlsx';
  return null;
}

const MAX_CONTENT_TYPES_BYTES = 64 * 1024;

function zipEntry(zip: Buffer, name: string): Buffer | null {
  // End of central directory: the last 22..65557 bytes.
  const from = Math.max(0, zip.length - 65_557);
  let eocd = -1;
  for (let i = zip.length - 22; i >= from; i -= 1) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const entries = zip.readUInt16LE(eocd + 10);
  let offset = zip.readUInt32LE(eocd + 16);
  for (let n = 0; n < entries && offset + 46 <= zip.length; n += 1) {
    if (zip.readUInt32LE(offset) !== 0x02014b50) return null;
    const method = zip.readUInt16LE(offset + 10);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const size = zip.readUInt32LE(offset + 24);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const localOffset = zip.readUInt32LE(offset + 42);
    const entryName = zip.subarray(offset + 46, offset + 46 + nameLength).toString('utf8');
    offset += 46 + nameLength + extraLength + commentLength;
    if (entryName !== name) continue;
    if (size > MAX_CONTENT_TYPES_BYTES || localOffset + 30 > zip.length) return null;
    const dataStart =
      localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    const data = zip.subarray(dataStart, dataStart + compressedSize);
    if (method === 0) return data;
    if (method !== 8) return null;
    try {
      return inflateRawSync(data, { maxOutputLength: MAX_CONTENT_TYPES_BYTES });
    } catch {
      return null;
    }
  }
  return null;
}

function isPlainText(content: Buffer): boolean {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let text: string;
  try {
    text = decoder.decode(content);
  } catch {
    return false;
  }
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  return !/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text);
}
