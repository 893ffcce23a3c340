import zlib from 'node:zlib';

/** One file of a zip archive, already deflated: the bytes as stored, with the CRC and sizes the headers name. */
export interface ZipEntry {
  name: string;
  /** Raw deflate (method 8) of the file's bytes, in order. */
  compressed: readonly Buffer[];
  crc32: number;
  size: number;
  compressedSize: number;
}

/** A small file deflated at once (the package's fixed parts). */
export function deflatedEntry(name: string, content: Buffer): ZipEntry {
  const compressed = zlib.deflateRawSync(content);
  return {
    name,
    compressed: [compressed],
    crc32: zlib.crc32(content),
    size: content.length,
    compressedSize: compressed.length,
  };
}

/** MS-DOS time and date of a zip header (2-second resolution, local fields written as UTC). */
function dosDateTime(at: Date): { time: number; date: number } {
  return {
    time: (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | Math.floor(at.getUTCSeconds() / 2),
    date: ((at.getUTCFullYear() - 1980) << 9) | ((at.getUTCMonth() + 1) << 5) | at.getUTCDate(),
  };
}

const LIMIT = 0xffffffff;

/**
 * The zip archive of deflated entries (local headers, data, central directory): what a docx is.
 * No data descriptors and no ZIP64: every entry is complete before it is written, and a report is
 * far below 4 GB (checked).
 */
export function zipArchive(entries: readonly ZipEntry[], at: Date): Buffer {
  const { time, date } = dosDateTime(at);
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    if (entry.size >= LIMIT || entry.compressedSize >= LIMIT || offset >= LIMIT)
      throw new Error(`${entry.name} is too large for a zip without ZIP64.`);
    const name = Buffer.from(entry.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: deflate
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(entry.crc32, 14);
    local.writeUInt32LE(entry.compressedSize, 18);
    local.writeUInt32LE(entry.size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4); // made by
    local.copy(header, 6, 4, 30); // needed, flags, method, time, date, crc, sizes, name length, extra
    // comment length, disk, internal and external attributes: 0
    header.writeUInt32LE(offset, 42);
    central.push(header, name);
    parts.push(local, name, ...entry.compressed);
    offset += local.length + name.length + entry.compressedSize;
  }
  const centralSize = central.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...central, end]);
}
