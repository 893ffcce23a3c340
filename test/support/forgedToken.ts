import { generateKeyPairSync, sign } from 'node:crypto';

/**
 * A JWT shaped exactly like one the Bot Connector sends (RS256, Bot Framework issuer, the bot's app id
 * as audience, a serviceUrl claim) but signed with a key of our own: what an attacker can make.
 */
let privateKey: ReturnType<typeof generateKeyPairSync>['privateKey'] | undefined;

export function forgedToken(appId: string, serviceUrl: string, claims: Record<string, unknown> = {}): string {
  // One key of our own per test file (making an RSA key takes a while); Microsoft's keys are never it.
  privateKey ??= generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  const now = Math.floor(Date.now() / 1000);
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const header = encode({ alg: 'RS256', typ: 'JWT', kid: 'forged-key-id', x5t: 'forged-key-id' });
  const payload = encode({
    iss: 'https://api.botframework.com',
    aud: appId,
    serviceurl: serviceUrl,
    nbf: now - 60,
    exp: now + 3600,
    ...claims,
  });
  const signature = sign('sha256', Buffer.from(`${header}.${payload}`), privateKey).toString('base64url');
  return `${header}.${payload}.${signature}`;
}
