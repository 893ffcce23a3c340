import type { Config } from '../config/readConfig';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/**
 * Where proactive messages may go. With Microsoft credentials: wherever Teams' authenticated
 * activities said (undefined: no restriction). In local mode (no credentials, unauthenticated
 * requests) nothing may leave for Microsoft's connector or an address a request made up: only
 * IKBOT_SERVICE_URL's origin when it is set, otherwise only this machine (the emulator, the Agents
 * Playground, the tests' fake connector).
 */
export function localModeServiceUrls(config: Config): ((serviceUrl: string) => boolean) | undefined {
  if (!config.localMode) return undefined;
  const configured = config.reminders.serviceUrlConfigured
    ? originOf(config.reminders.serviceUrl)
    : undefined;
  return (serviceUrl) => {
    const origin = originOf(serviceUrl);
    if (!origin) return false;
    if (configured) return origin === configured;
    return LOOPBACK.has(new URL(serviceUrl).hostname);
  };
}
