import { createHash, randomBytes } from 'node:crypto';
import { EvidenceTooLarge, inspectEvidence } from '../../src/usecases/evidence/inspectEvidence';
import { disguisedExe, evidencePng } from './evidenceSamples';

async function* inPieces(content: Buffer, size: number): AsyncGenerator<Uint8Array> {
  for (let start = 0; start < content.length; start += size)
    yield new Uint8Array(content.subarray(start, start + size));
}

async function readAll(body: Buffer | AsyncIterable<Buffer>): Promise<Buffer> {
  if (Buffer.isBuffer(body)) return body;
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(chunk);
  return Buffer.concat(chunks);
}

describe('inspectEvidence', () => {
  it('passes a PDF on as it arrives (first bytes split over pieces), counted and hashed on the way', async () => {
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(300_000)]);
    const inspected = await inspectEvidence(inPieces(pdf, 3), 1024 * 1024);
    if (!inspected.ok) throw new Error(`refused: ${inspected.reason}`);
    expect(inspected.kind).toBe('pdf');
    expect(Buffer.isBuffer(inspected.body)).toBe(false);
    expect(() => inspected.digest()).toThrow(/not read to its end/);
    expect((await readAll(inspected.body)).equals(pdf)).toBe(true);
    expect(inspected.digest()).toEqual({
      size: pdf.length,
      sha256: createHash('sha256').update(pdf).digest('hex'),
    });
  });

  it('throws EvidenceTooLarge from the stream of a PDF that passes the limit on the way', async () => {
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(200_000)]);
    const inspected = await inspectEvidence(inPieces(pdf, 64 * 1024), 100_000);
    if (!inspected.ok) throw new Error(`refused: ${inspected.reason}`);
    await expect(readAll(inspected.body)).rejects.toBeInstanceOf(EvidenceTooLarge);
  });

  it('checks what the first bytes cannot tell (text, a program) by the whole content', async () => {
    const csv = Buffer.from('enhet;granskade;med brister\nHemtjänst;5;1\n'.repeat(50));
    const text = await inspectEvidence(inPieces(csv, 7), 1024 * 1024);
    expect(text).toMatchObject({ ok: true, kind: 'text' });
    if (text.ok) expect(Buffer.isBuffer(text.body) && text.body.equals(csv)).toBe(true);
    expect(await inspectEvidence(inPieces(disguisedExe, 5), 1024 * 1024)).toEqual({
      ok: false,
      reason: 'notAllowed',
    });
    expect(await inspectEvidence(inPieces(Buffer.alloc(0), 1), 1024)).toEqual({
      ok: false,
      reason: 'notAllowed',
    });
    expect(await inspectEvidence(inPieces(csv, 100), 1000)).toEqual({
      ok: false,
      reason: 'tooLarge',
      maxBytes: 1000,
    });
  });

  it('says unreadable when the source breaks off before the end', async () => {
    async function* broken(): AsyncGenerator<Uint8Array> {
      yield Buffer.from('enhet;antal\n');
      throw new Error('socket hang up');
    }
    expect(await inspectEvidence(broken(), 1024)).toEqual({
      ok: false,
      reason: 'unreadable',
      detail: 'socket hang up',
    });
    const png = await inspectEvidence(evidencePng, 1024);
    expect(png).toMatchObject({ ok: true, kind: 'png' });
  });
});
