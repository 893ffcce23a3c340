import { trace } from '@opentelemetry/api';

/** The active span's ids for a log line (pino mixin): a log in Application Insights joins its trace. */
export function traceFields(): { trace_id?: string; span_id?: string } {
  const context = trace.getActiveSpan()?.spanContext();
  if (!context || !trace.isSpanContextValid(context)) return {};
  return { trace_id: context.traceId, span_id: context.spanId };
}
