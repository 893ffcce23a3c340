import { ConfigurationBotFrameworkAuthentication, type Activity } from 'botbuilder';

type ConnectorFactory = ReturnType<ConfigurationBotFrameworkAuthentication['createConnectorFactory']>;
type ClaimsIdentity = Parameters<ConfigurationBotFrameworkAuthentication['createConnectorFactory']>[0];
type ConnectorClient = Awaited<ReturnType<ConnectorFactory['create']>>;
type UserTokenClient = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['createUserTokenClient']>>;
type AuthenticateRequestResult = Awaited<
  ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>
>;

/** Clients kept at most (serviceUrl × audience × app id: a handful in a Teams deployment). */
const MAX_CLIENTS = 64;

/**
 * botbuilder's authentication, with the clients of outgoing calls kept across turns. CloudAdapter
 * otherwise builds a new ConnectorClient and a new UserTokenClient, each an HTTP client with its
 * own pipeline of policies, for every incoming activity, also for the card actions that send
 * nothing (in the card bench that was ~6 % of the bot's CPU, plus the garbage). A client holds no
 * state of a turn: its credentials fetch and cache the bot's token, so one client per service URL,
 * audience and app id serves every turn, as botbuilder's older BotFrameworkAdapter kept them.
 */
export class ReusingClientsAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly connectors = new Map<string, Promise<ConnectorClient>>();
  private readonly userTokenClients = new Map<string, Promise<UserTokenClient>>();

  override async authenticateRequest(
    activity: Activity,
    authHeader: string,
  ): Promise<AuthenticateRequestResult> {
    const result = await super.authenticateRequest(activity, authHeader);
    if (!result.connectorFactory) return result;
    return {
      ...result,
      connectorFactory: this.reusing(result.connectorFactory, appIdOf(result.claimsIdentity)),
    };
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.reusing(super.createConnectorFactory(claimsIdentity), appIdOf(claimsIdentity));
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return remember(this.userTokenClients, appIdOf(claimsIdentity), () =>
      super.createUserTokenClient(claimsIdentity),
    );
  }

  private reusing(factory: ConnectorFactory, appId: string): ConnectorFactory {
    return {
      create: (serviceUrl, audience) =>
        remember(this.connectors, `${appId}|${audience ?? ''}|${serviceUrl}`, () =>
          factory.create(serviceUrl, audience),
        ),
    };
  }
}

/** The app id the clients act for, as botbuilder reads it from the claims (audience, else appid). */
function appIdOf(claimsIdentity: ClaimsIdentity): string {
  return claimsIdentity.getClaimValue('aud') ?? claimsIdentity.getClaimValue('appid') ?? '';
}

/** The client made for `key`, made once; a failed one is forgotten, so the next turn tries again. */
function remember<T>(clients: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
  const kept = clients.get(key);
  if (kept) return kept;
  const made = make();
  if (clients.size >= MAX_CLIENTS) clients.delete(clients.keys().next().value!);
  clients.set(key, made);
  made.catch(() => {
    if (clients.get(key) === made) clients.delete(key);
  });
  return made;
}
