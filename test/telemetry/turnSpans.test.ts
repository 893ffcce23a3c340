import { Writable } from 'node:stream';
import { metrics, trace } from '@opentelemetry/api';
import {
  AggregationTemporality,
  InMemoryMetricExporter,
  MeterProvider,
  PeriodicExportingMetricReader,
} from '@opentelemetry/sdk-metrics';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { createReminderTick } from '../../src/app/createReminderTick';
import { createLogger } from '../../src/logging/createLogger';
import { createTelemetry } from '../../src/telemetry/Telemetry';
import { startTestBot, type TestBot } from '../support/startTestBot';
import { performer } from '../support/testUsers';

// The providers a deployment gets from Azure Monitor, with in-memory exporters instead.
const spans = new InMemorySpanExporter();
const tracerProvider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(spans)] });
tracerProvider.register();
const exportedMetrics = new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE);
const reader = new PeriodicExportingMetricReader({
  exporter: exportedMetrics,
  exportIntervalMillis: 3_600_000,
});
metrics.setGlobalMeterProvider(new MeterProvider({ readers: [reader] }));

/** Every data point of the metric `name` exported so far, with its attributes and value. */
async function points(name: string): Promise<Array<{ attributes: Record<string, unknown>; value: unknown }>> {
  await reader.forceFlush();
  // Cumulative: the latest export holds everything so far.
  return (exportedMetrics.getMetrics().slice(-1)[0]?.scopeMetrics ?? [])
    .flatMap((scope) => scope.metrics)
    .filter((metric) => metric.descriptor.name === name)
    .flatMap((metric) => metric.dataPoints.map((p) => ({ attributes: p.attributes, value: p.value })));
}

describe('telemetry: a turn produces its spans and metrics', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ label: 'telemetry', telemetry: createTelemetry({ recording: true }) });
  });
  afterAll(async () => {
    await bot.stop();
    await tracerProvider.shutdown();
  });
  beforeEach(() => spans.reset());

  it('a message is one ikbot.turn span, counted with its duration, and its database calls are measured', async () => {
    const response = await bot.post(bot.activities.message({ text: 'hjälp', user: performer }));
    expect(response.status).toBe(200);
    const turn = spans.getFinishedSpans().find((span) => span.name === 'ikbot.turn message');
    expect(turn?.attributes).toMatchObject({
      'ikbot.activity.type': 'message',
      'ikbot.channel': 'msteams',
      'ikbot.conversation.type': 'personal',
    });
    // No user text in telemetry.
    expect(JSON.stringify(turn?.attributes)).not.toMatch(/hjälp/);
    expect(await points('ikbot.turns')).toContainEqual({
      attributes: { 'ikbot.activity.type': 'message', outcome: 'ok' },
      value: expect.any(Number),
    });
    const durations = await points('ikbot.turn.duration');
    expect(durations.length).toBeGreaterThan(0);
    const commands = (await points('ikbot.db.duration')).map((p) => p.attributes.command);
    expect(commands).toEqual(expect.arrayContaining(['find']));
  });

  it('without telemetry that records, the database commands are not monitored', async () => {
    // Each command event copies its command and decodes the whole reply: a cost only worth paying
    // when the latency metric goes somewhere.
    expect(bot.app.database.client.options.monitorCommands).toBe(true);
    const quiet = await startTestBot({ label: 'telemetry-off' });
    try {
      expect(quiet.app.database.client.options.monitorCommands).toBe(false);
      const response = await quiet.post(quiet.activities.message({ text: 'hjälp', user: performer }));
      expect(response.status).toBe(200);
    } finally {
      await quiet.stop();
    }
  });

  it('a card action is a turn span with its verb and is counted by verb', async () => {
    await bot.post(bot.activities.adaptiveCardAction({ verb: 'mycontrols', user: performer }));
    const turn = spans.getFinishedSpans().find((span) => span.name === 'ikbot.turn invoke');
    expect(turn?.attributes).toMatchObject({
      'ikbot.activity.type': 'invoke',
      'ikbot.card.verb': 'mycontrols',
    });
    expect((await points('ikbot.card_actions')).map((p) => p.attributes)).toContainEqual({
      verb: 'mycontrols',
      outcome: 'ok',
    });
  });

  it('a reminder pass is a span, counted by outcome, with the outbox depth after it', async () => {
    const telemetry = createTelemetry({ recording: true });
    const tick = createReminderTick(
      bot.config,
      bot.app.database.db,
      bot.app.services.messenger,
      bot.app.services.logger,
      () => new Date('2025-02-07T08:00:00Z'),
      telemetry,
    );
    const summary = await tick();
    const pass = spans.getFinishedSpans().find((span) => span.name === 'ikbot.reminder_pass');
    expect(pass?.attributes).toMatchObject({ 'ikbot.reminders.sent': summary.remindersSent });
    expect((await points('ikbot.reminder_passes')).map((p) => p.attributes)).toContainEqual({
      outcome: 'completed',
    });
    expect(await points('ikbot.outbox.depth')).toEqual([{ attributes: {}, value: 0 }]);
  });

  it('proactive sends are counted by outcome, and 429 answers on their own', async () => {
    const { messenger } = bot.app.services;
    const recipient = { aadObjectId: performer.aadObjectId, tenantId: performer.tenantId };
    // Someone Teams refuses (403: the app is not installed for them): a failed send.
    const stranger = { aadObjectId: '00000000-0000-4000-8000-0000000000ff', tenantId: performer.tenantId };
    bot.connector.failNext({ status: 403 });
    expect(await messenger.sendToPerson(stranger, { text: 'Påminnelse' })).toMatchObject({ ok: false });
    await bot.post(bot.activities.installationUpdate({ action: 'add', user: performer }));
    bot.connector.failNext({ status: 429 });
    expect(await messenger.sendToPerson(recipient, { text: 'Påminnelse' })).toMatchObject({ status: 429 });
    expect(await messenger.sendToPerson(recipient, { text: 'Påminnelse' })).toMatchObject({ ok: true });
    const sends = (await points('ikbot.sends')).map((p) => [p.attributes.outcome, p.value]);
    expect(sends).toEqual(
      expect.arrayContaining([
        ['failed', 1],
        ['retry', 1],
        ['sent', 1],
      ]),
    );
    expect(await points('ikbot.sends.throttled')).toEqual([
      { attributes: { operation: 'person' }, value: 1 },
    ]);
    expect(spans.getFinishedSpans().filter((span) => span.name === 'ikbot.send person')).toHaveLength(3);
  });

  it('log lines written inside a span carry its trace id', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const logger = createLogger('info', 'ikbot', sink);
    const traceId = await trace.getTracer('test').startActiveSpan('outer', async (span) => {
      logger.info('inside');
      span.end();
      return span.spanContext().traceId;
    });
    logger.info('outside');
    const [inside, outside] = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(inside).toMatchObject({ msg: 'inside', trace_id: traceId });
    expect(outside.trace_id).toBeUndefined();
  });
});
