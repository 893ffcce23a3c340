import { crc32, createDeflateRaw } from 'node:zlib';

/** A YAML plan file with `count` keys in one map (the quadratic duplicate-key check took minutes on 190,000). */
export function manyKeysYaml(count: number): Buffer {
  const lines = ['year: 2025', 'padding:'];
  for (let i = 0; i < count; i += 1) lines.push(`  k${i}: ${i}`);
  return Buffer.from(lines.join('\n'));
}

/** "Billion laughs": nine aliases of nine aliases ... expanding to 9^7 strings from 300 bytes. */
export function aliasBombYaml(): Buffer {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (const [name, previous] of [
    ['b', 'a'],
    ['c', 'b'],
    ['d', 'c'],
    ['e', 'd'],
    ['f', 'e'],
    ['g', 'f'],
  ])
    lines.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
  return Buffer.from(lines.join('\n'));
}

/** JSON nested `depth` lists deep. */
export function deepJson(depth: number): Buffer {
  return Buffer.from('['.repeat(depth) + ']'.repeat(depth));
}

/**
 * An .xlsx-named zip whose one worksheet entry inflates to `megabytes` MB of spaces from a few hundred
 * KB, built chunk by chunk so the test itself never holds the expanded bytes. With `declaredBytes` the
 * central directory lies about the uncompressed size, as a crafted bomb can.
 */
export async function zipBomb(megabytes: number, declaredBytes?: number): Promise<Buffer> {
  const chunk = Buffer.alloc(1024 * 1024, 0x20);
  const deflate = createDeflateRaw({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on('data', (data: Buffer) => parts.push(data));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  let crc = 0;
  for (let i = 0; i < megabytes; i += 1) {
    crc = crc32(chunk, crc);
    if (!deflate.write(chunk)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await done;
  const data = Buffer.concat(parts);
  const size = declaredBytes ?? megabytes * chunk.length;
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc >>> 0, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(size, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc >>> 0, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(size, 24);
  central.writeUInt16LE(name.length, 28);
  central.writeUInt32LE(0, 42);
  const directoryOffset = local.length + name.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(directoryOffset, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}
