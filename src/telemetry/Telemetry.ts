import {
  metrics,
  SpanStatusCode,
  trace,
  type Attributes,
  type Counter,
  type Gauge,
  type Histogram,
  type Span,
} from '@opentelemetry/api';

/**
 * ikbot's spans and metrics, on the global OpenTelemetry providers (Azure Monitor when configured,
 * none otherwise, an in-memory exporter in tests). Created once the providers are registered: the
 * metrics API has no proxy that would pick up a provider registered later.
 */
export interface Telemetry {
  /** True when something records the telemetry: only then are measurements that cost a query taken. */
  recording: boolean;
  /** Runs `work` in a new active span (logs written inside carry its trace id); errors mark the span. */
  inSpan<T>(name: string, attributes: Attributes, work: (span: Span) => Promise<T>): Promise<T>;
  turns: Counter;
  turnDuration: Histogram;
  cardActions: Counter;
  reminderPasses: Counter;
  reminderPassDuration: Histogram;
  outboxDepth: Gauge;
  sends: Counter;
  throttled: Counter;
  databaseDuration: Histogram;
}

export function createTelemetry(options: { recording: boolean }): Telemetry {
  const tracer = trace.getTracer('ikbot');
  const meter = metrics.getMeter('ikbot');
  return {
    recording: options.recording,
    inSpan: (name, attributes, work) =>
      tracer.startActiveSpan(name, { attributes }, async (span) => {
        try {
          return await work(span);
        } catch (error) {
          span.recordException(error as Error);
          span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
          throw error;
        } finally {
          span.end();
        }
      }),
    turns: meter.createCounter('ikbot.turns', { description: 'Activities processed, by type and outcome' }),
    turnDuration: meter.createHistogram('ikbot.turn.duration', {
      description: 'Time to process one activity',
      unit: 'ms',
    }),
    cardActions: meter.createCounter('ikbot.card_actions', { description: 'Adaptive Card actions, by verb' }),
    reminderPasses: meter.createCounter('ikbot.reminder_passes', {
      description: 'Reminder passes, by outcome (completed, stopped, failed)',
    }),
    reminderPassDuration: meter.createHistogram('ikbot.reminder_pass.duration', {
      description: 'Time of one reminder pass',
      unit: 'ms',
    }),
    outboxDepth: meter.createGauge('ikbot.outbox.depth', {
      description: 'Reminders still waiting in the outbox after a pass',
    }),
    sends: meter.createCounter('ikbot.sends', {
      description: 'Proactive messages to the Bot Connector, by outcome (sent, retry, failed, refused)',
    }),
    throttled: meter.createCounter('ikbot.sends.throttled', {
      description: 'Bot Connector answers 429 Too Many Requests',
    }),
    databaseDuration: meter.createHistogram('ikbot.db.duration', {
      description: 'MongoDB command round trips, by command',
      unit: 'ms',
    }),
  };
}
