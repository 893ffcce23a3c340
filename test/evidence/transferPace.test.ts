import { TransferPace } from '../../src/usecases/evidence/TransferPace';

describe('TransferPace', () => {
  // A clock the test moves.
  let now = 0;
  const clock = () => now;
  beforeEach(() => {
    now = 0;
  });

  it('lets a file within the burst through at once, in pieces that are views of the same bytes', async () => {
    const pace = new TransferPace(1024 * 1024, 1024 * 1024, clock);
    const content = Buffer.from('%PDF-1.4\n'.repeat(1000));
    const pieces: Buffer[] = [];
    for await (const piece of pace.paced(content, 4096)) pieces.push(piece);
    expect(pieces.map((piece) => piece.length)).toEqual([4096, 4096, 1000 * 9 - 8192]);
    expect(Buffer.concat(pieces).equals(content)).toBe(true);
    expect(pieces[1].buffer).toBe(content.buffer);
    expect(pace.reserve(0)).toBe(0);
  });

  it('makes bytes beyond the burst wait at the rate, and a second upload queue behind the first', () => {
    const pace = new TransferPace(1000, 100, clock);
    expect(pace.reserve(100)).toBe(0);
    expect(pace.reserve(20)).toBe(20);
    // The second caller at the same instant waits for the first one's bytes too.
    expect(pace.reserve(30)).toBe(50);
    now = 50;
    expect(pace.reserve(10)).toBe(10);
  });

  it('refills with time, up to the burst', () => {
    const pace = new TransferPace(1000, 100, clock);
    expect(pace.reserve(100)).toBe(0);
    now = 10_000;
    // Ten seconds refill far more than the burst; only the burst goes at once.
    expect(pace.reserve(100)).toBe(0);
    expect(pace.reserve(1)).toBe(1);
  });
});
