import { readFileSync } from 'node:fs';
import {
  ClientCertificateCredential,
  ClientSecretCredential,
  ManagedIdentityCredential,
  type TokenCredential,
} from '@azure/identity';
import type { GraphConfig } from '../config/readGraphConfig';

/**
 * The bot registration's own credential for Graph (application permissions, no user): client secret,
 * certificate, or the user-assigned managed identity the bot runs as.
 */
export function createGraphCredential(config: GraphConfig): TokenCredential {
  const ca = config.caFile ? readFileSync(config.caFile, 'utf8') : undefined;
  const common = {
    authorityHost: config.authorityHost,
    // Instance discovery asks login.microsoftonline.com about the authority; a configured host is trusted as given.
    disableInstanceDiscovery: config.authorityHost !== 'https://login.microsoftonline.com',
    ...(ca ? { tlsOptions: { ca } } : {}),
  };
  switch (config.credential) {
    case 'secret':
      return new ClientSecretCredential(config.tenantId, config.clientId, config.clientSecret ?? '', common);
    case 'certificate':
      return new ClientCertificateCredential(
        config.tenantId,
        config.clientId,
        { certificatePath: config.certificatePath ?? '' },
        common,
      );
    case 'managedIdentity':
      return new ManagedIdentityCredential({ clientId: config.clientId });
  }
}
