import { MongoNetworkError, MongoServerError } from 'mongodb';
import { isTransientStorageError, retryDelayMs, retryTransient } from '../../src/storage/retryTransient';

/** A server error as the driver raises it from a server reply. */
const serverError = (code: number, errmsg: string, labels: string[] = []): MongoServerError => {
  const error = new MongoServerError({ ok: 0, code, errmsg, errorLabels: labels });
  return error;
};

// Azure Cosmos DB for MongoDB's rate-limit reply (code 16500, message as Cosmos words it).
const cosmos429 = serverError(
  16500,
  "Error=16500, RetryAfterMs=120, Details='Response status code does not indicate success: TooManyRequests (429)'",
);

describe('retries on transient storage errors (Cosmos DB 16500/429, failovers, network)', () => {
  it('tells transient errors from the rest', () => {
    expect(isTransientStorageError(cosmos429)).toBe(true);
    expect(isTransientStorageError(serverError(189, 'PrimarySteppedDown'))).toBe(true);
    expect(isTransientStorageError(serverError(112, 'WriteConflict', ['TransientTransactionError']))).toBe(
      true,
    );
    expect(isTransientStorageError(new MongoNetworkError('connection reset'))).toBe(true);
    expect(
      isTransientStorageError(serverError(2, 'Request rate is large. More Request Units may be needed')),
    ).toBe(true);
    expect(isTransientStorageError(serverError(11000, 'E11000 duplicate key error'))).toBe(false);
    expect(isTransientStorageError(serverError(2, 'BadValue'))).toBe(false);
    expect(isTransientStorageError(new Error('validation failed'))).toBe(false);
  });

  it('waits as long as Cosmos asks (RetryAfterMs), otherwise backs off exponentially', () => {
    expect(retryDelayMs(cosmos429, 1, () => 0)).toBe(120);
    const waits = [1, 2, 3, 4, 5].map((n) => retryDelayMs(serverError(189, 'stepped down'), n, () => 0.5));
    expect(waits).toEqual([...waits].sort((a, b) => a - b));
    expect(waits[4]).toBeGreaterThan(waits[0]);
  });

  it('repeats an operation through 429s until it succeeds, and gives up after the attempts', async () => {
    const slept: number[] = [];
    const sleep = async (ms: number): Promise<void> => {
      slept.push(ms);
    };
    let calls = 0;
    const result = await retryTransient(
      async () => {
        calls += 1;
        if (calls < 3) throw cosmos429;
        return 'stored';
      },
      { sleep, random: () => 0 },
    );
    expect({ result, calls, slept }).toEqual({ result: 'stored', calls: 3, slept: [120, 120] });

    let tries = 0;
    await expect(
      retryTransient(
        async () => {
          tries += 1;
          throw cosmos429;
        },
        { attempts: 3, sleep },
      ),
    ).rejects.toBe(cosmos429);
    expect(tries).toBe(3);

    let once = 0;
    const duplicate = serverError(11000, 'E11000 duplicate key error');
    await expect(
      retryTransient(
        async () => {
          once += 1;
          throw duplicate;
        },
        { sleep },
      ),
    ).rejects.toBe(duplicate);
    expect(once).toBe(1);
  });
});
