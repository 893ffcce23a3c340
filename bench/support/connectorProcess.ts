/**
 * The fake Bot Connector (test/support/fakeConnector.ts, playing Teams) in a process of its own, so
 * that the memory and CPU of recording every call do not count as the bot's. Started with
 * startConnectorProcess() below; answers the parent's questions over the IPC channel.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { startFakeConnector, type FakeConnector } from '../../test/support/fakeConnector';

/** What the parent asks for after a run: deliveries per conversation and their times. */
export interface ConnectorSummary {
  sent: number;
  /** Activities delivered per conversation id. */
  perConversation: Record<string, number>;
  firstSentAt: number | null;
  lastSentAt: number | null;
  throttled429: number;
}

type Request = { id: number; kind: 'summary' | 'reset' };

export interface ConnectorProcess {
  url: string;
  pid: number;
  summary(): Promise<ConnectorSummary>;
  /** Forgets the calls recorded so far. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

function summarize(connector: FakeConnector): ConnectorSummary {
  const sent = connector.sent();
  const perConversation: Record<string, number> = {};
  for (const activity of sent)
    perConversation[activity.conversationId] = (perConversation[activity.conversationId] ?? 0) + 1;
  const times = sent.map((activity) => activity.at.getTime()).sort((a, b) => a - b);
  return {
    sent: sent.length,
    perConversation,
    firstSentAt: times[0] ?? null,
    lastSentAt: times[times.length - 1] ?? null,
    throttled429: connector.calls.filter((call) => call.status === 429).length,
  };
}

/** Forks this file; `limitPerSecond` is Teams' per-tenant limit to enforce (none when undefined). */
export async function startConnectorProcess(limitPerSecond?: number): Promise<ConnectorProcess> {
  const child: ChildProcess = fork(__filename, [String(limitPerSecond ?? '')], {
    execArgv: ['--no-deprecation', '--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const pending = new Map<number, (value: unknown) => void>();
  let nextId = 1;
  const url = await new Promise<string>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`The fake connector process exited (code ${code}).`)));
    child.once('message', (message) => resolve((message as { url: string }).url));
  });
  child.on('message', (message) => {
    const { id, value } = message as { id: number; value: unknown };
    pending.get(id)?.(value);
    pending.delete(id);
  });
  const ask = (kind: Request['kind']) =>
    new Promise<unknown>((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      child.send({ id, kind } satisfies Request);
    });
  return {
    url,
    pid: child.pid ?? -1,
    summary: async () => (await ask('summary')) as ConnectorSummary,
    reset: async () => {
      await ask('reset');
    },
    close: async () => {
      child.removeAllListeners('exit');
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function serve(): Promise<void> {
  const limit = Number(process.argv[2]);
  const connector = await startFakeConnector(limit > 0 ? { limitPerSecond: limit } : {});
  process.on('message', (message) => {
    const { id, kind } = message as Request;
    if (kind === 'reset') connector.reset();
    process.send?.({ id, value: kind === 'summary' ? summarize(connector) : null });
  });
  process.send?.({ url: connector.url });
}

if (require.main === module) {
  serve().catch((error: unknown) => {
    process.stderr.write(`fake connector process failed: ${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  });
}
