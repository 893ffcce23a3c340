import { createInflateRaw } from 'node:zlib';
import { megabytes, planFileLimits } from './planFileLimits';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;

/**
 * Reads an .xlsx file's zip central directory (without unpacking anything) and tells what is wrong
 * when the archive would unpack to more than the limit, holds too many entries or needs ZIP64 (no plan
 * does). Returns undefined for an archive within bounds, or for bytes that are not a zip at all (the
 * workbook reader then says it cannot open the file). Declared sizes can lie, so the entries are also
 * inflated (and dropped) up to the limit; ZIP64 is refused since no plan needs it.
 */
export async function xlsxArchiveProblem(content: Buffer): Promise<{ sv: string; en: string } | undefined> {
  const end = findEndOfCentralDirectory(content);
  if (end < 0) return undefined;
  const entries = content.readUInt16LE(end + 10);
  const directoryOffset = content.readUInt32LE(end + 16);
  if (entries === 0xffff || directoryOffset === 0xffffffff) return zip64();
  if (entries > planFileLimits.xlsxEntries)
    return {
      sv: `Excel-filen innehåller ${entries} delar (högst ${planFileLimits.xlsxEntries}); det är ingen vanlig plan. Utgå från mallen (ikbot plan template) och spara om.`,
      en: `The Excel file holds ${entries} parts (at most ${planFileLimits.xlsxEntries}); it is not an ordinary plan. Start from the template (ikbot plan template) and save again.`,
    };
  const limit = planFileLimits.xlsxUncompressedBytes;
  let declared = 0;
  let actual = 0;
  let at = directoryOffset;
  for (let i = 0; i < entries; i += 1) {
    if (at + 46 > content.length || content.readUInt32LE(at) !== CENTRAL_DIRECTORY_ENTRY) return undefined;
    const method = content.readUInt16LE(at + 10);
    const compressed = content.readUInt32LE(at + 20);
    const uncompressed = content.readUInt32LE(at + 24);
    const localHeader = content.readUInt32LE(at + 42);
    if (uncompressed === 0xffffffff || compressed === 0xffffffff || localHeader === 0xffffffff)
      return zip64();
    declared += uncompressed;
    if (declared > limit) return tooLarge(declared);
    if (localHeader + 30 > content.length) return undefined;
    const dataStart =
      localHeader + 30 + content.readUInt16LE(localHeader + 26) + content.readUInt16LE(localHeader + 28);
    const data = content.subarray(dataStart, dataStart + compressed);
    if (method === 0) actual += data.length;
    if (method === 8) {
      const inflated = await inflatedLength(data, limit - actual);
      // Corrupt data (undefined): the workbook reader says the file cannot be opened.
      if (inflated === undefined) return undefined;
      actual += inflated;
    }
    if (actual > limit) return tooLarge(actual, true);
    at += 46 + content.readUInt16LE(at + 28) + content.readUInt16LE(at + 30) + content.readUInt16LE(at + 32);
  }
  return undefined;
}

/**
 * How many bytes deflated data inflates to, counted chunk by chunk and dropped, stopping once past
 * `atMost` (then atMost + 1 or more); undefined when the data is not valid deflate.
 */
function inflatedLength(data: Buffer, atMost: number): Promise<number | undefined> {
  return new Promise((resolve) => {
    const inflate = createInflateRaw();
    let length = 0;
    inflate.on('data', (chunk: Buffer) => {
      length += chunk.length;
      if (length > atMost) {
        inflate.destroy();
        resolve(length);
      }
    });
    inflate.on('end', () => resolve(length));
    inflate.on('error', () => resolve(undefined));
    inflate.end(data);
  });
}

function tooLarge(total: number, atLeast = false): { sv: string; en: string } {
  const more = atLeast ? 'mer än ' : '';
  return {
    sv: `Excel-filen packas upp till ${more}${megabytes(total)} MB (högst ${megabytes(planFileLimits.xlsxUncompressedBytes)} MB); det är ingen vanlig plan. Kontrollera att det är rätt fil, eller ta bort tomma rader, bilder och extra flikar och spara om.`,
    en: `The Excel file unpacks to ${atLeast ? 'more than ' : ''}${megabytes(total)} MB (at most ${megabytes(planFileLimits.xlsxUncompressedBytes)} MB); it is not an ordinary plan. Check that it is the right file, or remove empty rows, pictures and extra sheets and save again.`,
  };
}

function zip64(): { sv: string; en: string } {
  return {
    sv: 'Excel-filen är för stor (ZIP64-arkiv); en plan är aldrig det. Kontrollera att det är rätt fil.',
    en: 'The Excel file is too large (a ZIP64 archive); a plan never is. Check that it is the right file.',
  };
}

function findEndOfCentralDirectory(content: Buffer): number {
  // The record is 22 bytes plus a comment of up to 65,535 bytes at the very end.
  const earliest = Math.max(0, content.length - 22 - 0xffff);
  for (let at = content.length - 22; at >= earliest; at -= 1) {
    if (content.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  return -1;
}
