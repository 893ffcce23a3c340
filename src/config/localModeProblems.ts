/** What readConfig has already read that decides whether serving without credentials is safe. */
export interface LocalModeFacts {
  credentialsGiven: boolean;
  /** IKBOT_LOCAL_MODE: true/false as written, or undefined when unset. */
  localModeChosen: boolean | undefined;
  host: string;
  publicUrl?: string;
  mongodbUri?: string;
}

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|::1|\[::1\])$/i;

export function isLoopbackHost(host: string): boolean {
  return LOOPBACK.test(host.trim());
}

/** The hosts of a MongoDB connection string (user info, ports, path and options removed). */
export function mongoHostsOf(uri: string): string[] {
  const rest = uri.replace(/^mongodb(\+srv)?:\/\//, '');
  // Greedy: the last "@" followed by a host list ends the user info (passwords may hold / or @).
  const hostList = /^(?:.*@)?([A-Za-z0-9.\-_[\]:,%]+)(?:[/?].*)?$/s.exec(rest)?.[1] ?? rest;
  return hostList
    .split(',')
    .map((host) => host.replace(/:\d+$/, ''))
    .filter(Boolean);
}

/**
 * Fail closed: without Microsoft credentials nothing is authenticated, so that (local mode) is only
 * allowed on this machine (IKBOT_HOST on loopback) or when chosen with IKBOT_LOCAL_MODE=true, and never
 * when the settings look like production (a public IKBOT_PUBLIC_URL or a database on another host).
 * Returns one problem per reason, each naming the variables to set.
 */
export function localModeProblems(facts: LocalModeFacts): string[] {
  const problems: string[] = [];
  if (facts.credentialsGiven) {
    if (facts.localModeChosen === true)
      problems.push(
        'IKBOT_LOCAL_MODE=true contradicts the Microsoft credentials that are set: unset IKBOT_LOCAL_MODE ' +
          '(credentials verify every request) or unset all Microsoft* variables for local mode.',
      );
    return problems;
  }
  const missing =
    'MicrosoftAppId and MicrosoftAppPassword (with MicrosoftAppType and MicrosoftAppTenantId) are missing';
  const publicHost = facts.publicUrl ? hostnameOf(facts.publicUrl) : undefined;
  if (publicHost && !isLoopbackHost(publicHost))
    problems.push(
      `${missing}, but IKBOT_PUBLIC_URL=${facts.publicUrl} says the bot is public: requests would not be authenticated. ` +
        'Set the Azure Bot registration credentials, or unset IKBOT_PUBLIC_URL for local use.',
    );
  const remoteHosts = facts.mongodbUri
    ? mongoHostsOf(facts.mongodbUri).filter((host) => !isLoopbackHost(host))
    : [];
  if (remoteHosts.length > 0 || /^mongodb\+srv:/.test(facts.mongodbUri ?? ''))
    problems.push(
      `${missing}, but MONGODB_URI points at a database on ${remoteHosts.join(', ') || 'another host'}: ` +
        'a shared database without authenticated requests lets anyone act as any user. Set the credentials, ' +
        'or use a database on localhost (or unset MONGODB_URI for the embedded one) for local use.',
    );
  if (!isLoopbackHost(facts.host) && facts.localModeChosen !== true)
    problems.push(
      `${missing}, but IKBOT_HOST=${facts.host} listens beyond this machine: anyone on the network could act as any user. ` +
        'Set the credentials, or IKBOT_HOST=127.0.0.1, or IKBOT_LOCAL_MODE=true to serve unauthenticated requests on purpose.',
    );
  if (facts.localModeChosen === false)
    problems.push(
      `${missing}, and IKBOT_LOCAL_MODE=false refuses local mode: set the Azure Bot registration credentials.`,
    );
  return problems;
}

function hostnameOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}
