import { randomBytes, randomUUID } from 'node:crypto';
import type { EvidenceContentStore, EvidencePlace } from '../../src/domain/ports/EvidenceContentStore';

/**
 * The one contract every EvidenceContentStore passes (GridFS and SharePoint through Graph): the
 * bytes come back identical, small and large (a SharePoint upload session above 4 MB), whole or
 * streamed, a stream that fails makes save fail, a second
 * file with the same name never replaces the first, and an unknown location reads as null.
 */
export function evidenceContentStoreContract(
  name: string,
  open: () => Promise<{ store: EvidenceContentStore; close(): Promise<void> }>,
): void {
  describe(`EvidenceContentStore contract: ${name}`, () => {
    let store: EvidenceContentStore;
    let close: () => Promise<void>;
    const place: EvidencePlace = {
      planId: 'vaggeryd-2025',
      controlId: 'K1.2',
      occasionId: 'vaggeryd-2025|K1.2|hemtjanst|2025-06',
    };

    beforeAll(async () => {
      ({ store, close } = await open());
    });
    afterAll(async () => close());

    it('gives back a small file byte-identical', async () => {
      const content = Buffer.from('%PDF-1.4\nloglista signerad\n%%EOF\n');
      const location = await store.save(place, {
        id: randomUUID(),
        fileName: 'loglista.pdf',
        contentType: 'application/pdf',
        content,
      });
      expect(location.store).toBe(store.kind);
      expect((await store.read(location))?.equals(content)).toBe(true);
    });

    it('gives back a 10 MB file byte-identical', async () => {
      const content = randomBytes(10 * 1024 * 1024 + 123);
      const location = await store.save(place, {
        id: randomUUID(),
        fileName: 'foto.jpg',
        contentType: 'image/jpeg',
        content,
      });
      const read = await store.read(location);
      expect(read?.length).toBe(content.length);
      expect(read?.equals(content)).toBe(true);
    });

    it('takes the content as a stream of pieces and gives it back byte-identical', async () => {
      const content = randomBytes(5 * 1024 * 1024 + 77);
      const location = await store.save(place, {
        id: randomUUID(),
        fileName: 'foto.png',
        contentType: 'image/png',
        content: piecesOf(content),
      });
      expect((await store.read(location))?.equals(content)).toBe(true);
    });

    it('takes a stream with its size announced (SharePoint: fragment by fragment) byte-identical', async () => {
      const content = randomBytes(5 * 1024 * 1024 * 2 + 99);
      const location = await store.save(place, {
        id: randomUUID(),
        fileName: 'foto.jpg',
        contentType: 'image/jpeg',
        content: piecesOf(content),
        size: content.length,
      });
      expect((await store.read(location))?.equals(content)).toBe(true);
    });

    it('refuses a stream that is longer or shorter than announced', async () => {
      const content = randomBytes(4 * 1024 * 1024 + 10);
      async function* once(): AsyncGenerator<Buffer> {
        yield content;
      }
      for (const size of [content.length - 1, content.length + 1])
        await expect(
          store.save(place, {
            id: randomUUID(),
            fileName: 'fel.pdf',
            contentType: 'application/pdf',
            content: once(),
            size,
          }),
        ).rejects.toThrow(/(longer|shorter) than the \d+ bytes announced/);
    });

    it('rejects with the error of a stream that fails on the way', async () => {
      async function* failing(): AsyncGenerator<Buffer> {
        yield randomBytes(600 * 1024);
        throw new Error('the download broke off');
      }
      await expect(
        store.save(place, {
          id: randomUUID(),
          fileName: 'avbruten.pdf',
          contentType: 'application/pdf',
          content: failing(),
        }),
      ).rejects.toThrow('the download broke off');
    });

    it('keeps both files when the same name is attached twice (nothing overwritten)', async () => {
      const first = Buffer.from('första versionen');
      const second = Buffer.from('andra versionen');
      const a = await store.save(place, {
        id: randomUUID(),
        fileName: 'lista.txt',
        contentType: 'text/plain',
        content: first,
      });
      const b = await store.save(place, {
        id: randomUUID(),
        fileName: 'lista.txt',
        contentType: 'text/plain',
        content: second,
      });
      expect(a.ref).not.toBe(b.ref);
      expect((await store.read(a))?.toString()).toBe('första versionen');
      expect((await store.read(b))?.toString()).toBe('andra versionen');
    });

    it('refuses to save a file id twice rather than replace it', async () => {
      const id = randomUUID();
      const first = await store.save(place, {
        id,
        fileName: 'x.txt',
        contentType: 'text/plain',
        content: Buffer.from('1'),
      });
      const again = store.save(place, {
        id,
        fileName: 'x.txt',
        contentType: 'text/plain',
        content: Buffer.from('2'),
      });
      if (store.kind === 'sharepoint') await expect(again).rejects.toThrow(/already there|409/);
      else {
        // GridFS names are not unique, but every save gets a new ObjectId: the first bytes stay readable.
        expect((await again).ref).not.toBe(first.ref);
      }
      expect((await store.read(first))?.toString()).toBe('1');
    });

    it('reads an unknown location as null', async () => {
      const unknown = store.kind === 'gridfs' ? '0123456789abcdef01234567' : '01UNKNOWNITEM';
      expect(await store.read({ store: store.kind, ref: unknown })).toBeNull();
    });
  });
}

/** The content as a stream of 64 KB pieces, as an upload arrives. */
async function* piecesOf(content: Buffer): AsyncGenerator<Buffer> {
  for (let start = 0; start < content.length; start += 64 * 1024)
    yield content.subarray(start, start + 64 * 1024);
}
